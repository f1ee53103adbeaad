//! The « Suggérer » panel beside the map: the question (service, number of sites, goal, within
//! room, locked sites — in a list, or chosen on the map), its progress in the worker with a way
//! to stop it, then the answer. Once answered the question folds into one line, so that the
//! answer shows where the eye is.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::model::{SiteIx, Territory};
use crate::engine::ordered;
use crate::engine::suggest::{today_sites, Goal, Stage};
use crate::ui::i18n::{format_decimal, format_int, t};
use crate::ui::map::dom;
use crate::ui::map::texts::fill;
use crate::ui::state::{use_workspace, Action, Control, Workspace, WorkspaceHandle};

use super::answer::{count_sites, refusal_note, AnswerView};
use super::runner::Suggester;
use super::state::{Field, Refusal, Status, SuggestAction};
use super::texts::SuggestText;

/// Where the focus goes back when the panel closes.
pub const TOGGLE_ID: &str = "suggest-toggle";

#[derive(Properties, PartialEq)]
pub struct SuggestPanelProps {
    pub suggester: Suggester,
}

#[function_component(SuggestPanel)]
pub fn suggest_panel(props: &SuggestPanelProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let suggester = &props.suggester;
    let title = use_node_ref();
    let answer_heading = use_node_ref();
    let answer = suggester.answer.clone();
    let answer_key = answer.as_ref().map(|a| Rc::as_ptr(a) as usize);
    // The question folds away once answered; "Change the question" unfolds it.
    let editing = use_state(|| answer_key.is_none());
    {
        let (title, answer_heading, editing) =
            (title.clone(), answer_heading.clone(), editing.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(answer_key, move |key| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                dom::focus(&title);
            } else if key.is_some() {
                // The button that asked is folded away with the question: the answer takes the focus.
                editing.set(false);
                dom::focus(&answer_heading);
            }
        });
    }
    let territory = workspace.scenario().current_rc();
    let service = territory.service_ix(&workspace.service);
    let today = service.map_or_else(Vec::new, |k| today_sites(&territory, k));
    let running = matches!(suggester.status, Status::Running(_));
    let refusal = |field: Field| {
        suggester
            .refusal
            .as_ref()
            .filter(|r| r.field() == field)
            .map(|r| r.message(lang))
    };
    let onkeydown = {
        let suggester = suggester.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                if suggester.locking {
                    suggester.dispatch(SuggestAction::SetLocking(false));
                } else {
                    close(&suggester);
                }
            }
        })
    };
    let onclose = {
        let suggester = suggester.clone();
        Callback::from(move |_: MouseEvent| close(&suggester))
    };
    let ask = {
        let (suggester, workspace) = (suggester.clone(), workspace.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            suggester.ask(&workspace);
        })
    };
    let recompute = {
        let (suggester, workspace) = (suggester.clone(), workspace.clone());
        Callback::from(move |_: MouseEvent| suggester.ask(&workspace))
    };
    let stop = {
        let suggester = suggester.clone();
        Callback::from(move |_: MouseEvent| suggester.cancel())
    };
    let unfold = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    let answer_view = answer
        .as_ref()
        .filter(|a| a.service_id() == workspace.service)
        .map(|answer| {
            let standing = answer.standing(workspace.scenario());
            let apply = {
                let (suggester, workspace, answer) =
                    (suggester.clone(), workspace.clone(), Rc::clone(answer));
                Callback::from(
                    move |_: MouseEvent| match answer.suggestion.operation(&answer.on) {
                        Ok(operation) => workspace.dispatch(Action::Apply {
                            operation,
                            control: Control::Suggest,
                        }),
                        Err(error) => {
                            suggester.dispatch(SuggestAction::Refuse(Refusal::of(&error)))
                        }
                    },
                )
            };
            let service_name = territory
                .services
                .get(answer.suggestion.service.index())
                .map_or("", |k| k.name.as_str());
            AnswerView {
                lang,
                answer,
                standing,
                service_name,
                scenario_name: &workspace.active_scenario().name,
                moved: workspace.impact().agents_moved,
                show_today: suggester.show_today,
                refusal: refusal(Field::Apply).or_else(|| {
                    crate::ui::form::refusal(&workspace, Control::Suggest, None::<SuggestText>)
                }),
                heading: answer_heading.clone(),
                onapply: apply,
                onrecompute: recompute.clone(),
                onshow_today: {
                    let suggester = suggester.clone();
                    Callback::from(move |today| suggester.dispatch(SuggestAction::ShowToday(today)))
                },
            }
            .view()
        });
    let folded = !*editing && answer_view.is_some();
    html! {
        <section id="suggest-panel" class="suggest-panel" aria-labelledby="suggest-title" {onkeydown}>
            <div class="panel-head">
                <h3 id="suggest-title" tabindex="-1" ref={title}>{ t(lang, SuggestText::Title) }</h3>
                <button type="button" class="dismiss" aria-label={t(lang, SuggestText::Close)} title={t(lang, SuggestText::Close)}
                    onclick={onclose}>{ "×" }</button>
            </div>
            if folded {
                <p class="suggest-question">
                    <span>{ question_line(&workspace, suggester, &territory, today.len()) }</span>
                    <button type="button" class="link-button" aria-expanded="false" aria-controls="suggest-form"
                        onclick={unfold}>{ t(lang, SuggestText::Change) }</button>
                </p>
            } else {
                <p class="form-help">{ t(lang, SuggestText::Intro) }</p>
                <form id="suggest-form" class="suggest-form" novalidate=true onsubmit={ask}>
                    { question_fields(&workspace, suggester, &territory, &today, &refusal) }
                    <div class="form-actions">
                        <button type="submit" aria-describedby={refusal(Field::Ask).map(|_| "suggest-ask-refusal")}>
                            { t(lang, SuggestText::Ask) }
                        </button>
                        <button type="button" onclick={stop} disabled={!running}>{ t(lang, SuggestText::Stop) }</button>
                    </div>
                </form>
            }
            { status_line(&workspace, suggester) }
            { refusal_note("suggest-ask-refusal", refusal(Field::Ask)) }
            { for answer_view }
        </section>
    }
}

/// Closes the panel; the focus goes back to the button that opens it.
fn close(suggester: &Suggester) {
    suggester.dispatch(SuggestAction::Open(false));
    dom::focus_selector(&format!("#{TOGGLE_ID}"));
}

/// The question in one line: « Collecte des déchets · 4 sites · Les habitants au plus près ».
fn question_line(
    workspace: &Workspace,
    suggester: &Suggester,
    territory: &Territory,
    today: usize,
) -> String {
    let lang = workspace.lang;
    let Some(answer) = suggester.answer.as_ref() else {
        return String::new();
    };
    let question = &answer.question;
    let service = territory
        .service_ix(&question.service)
        .map_or(question.service.as_str(), |k| {
            territory.service(k).name.as_str()
        });
    let sites = question.sites.map_or(today, |p| p.max(0) as usize);
    let locked = match question.locked.len() {
        0 => String::new(),
        1 => t(lang, SuggestText::QuestionOneLocked).to_owned(),
        n => fill(
            t(lang, SuggestText::QuestionLocked),
            &[("n", &format_int(lang, n as i64))],
        ),
    };
    fill(
        t(lang, SuggestText::Question),
        &[
            ("service", service),
            ("sites", &count_sites(lang, sites)),
            ("goal", t(lang, goal_label(question.goal))),
            (
                "room",
                if question.within_room {
                    t(lang, SuggestText::QuestionRoom)
                } else {
                    ""
                },
            ),
            ("locked", &locked),
        ],
    )
}

fn goal_label(goal: Goal) -> SuggestText {
    match goal {
        Goal::Distance => SuggestText::Distance,
        Goal::Coverage => SuggestText::Coverage,
    }
}

/// The fields of the question, each with its help and the refusal that concerns it.
fn question_fields(
    workspace: &WorkspaceHandle,
    suggester: &Suggester,
    territory: &Territory,
    today: &[SiteIx],
    refusal: &dyn Fn(Field) -> Option<String>,
) -> Html {
    let lang = workspace.lang;
    let on_service = {
        let (suggester, workspace) = (suggester.clone(), workspace.clone());
        Callback::from(move |event: Event| {
            if let Some(service) = dom::event_value(&event) {
                workspace.dispatch(Action::SelectService(service));
                suggester.dispatch(SuggestAction::SetSites(None));
            }
        })
    };
    let on_sites = {
        let suggester = suggester.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = dom::event_value(&event) {
                suggester.dispatch(SuggestAction::SetSites(Some(value)));
            }
        })
    };
    let sites_value = suggester.sites.clone().unwrap_or_else(|| {
        if today.is_empty() {
            String::new()
        } else {
            today.len().to_string()
        }
    });
    let max = format_int(lang, territory.sites.len() as i64);
    let sites_help = if today.is_empty() {
        fill(t(lang, SuggestText::SitesNone), &[("max", &max)])
    } else {
        fill(
            t(lang, SuggestText::SitesHelp),
            &[("today", &count_sites(lang, today.len())), ("max", &max)],
        )
    };
    let sites_refusal = refusal(Field::Sites);
    let catchment = territory
        .service_ix(&workspace.service)
        .map_or(0.0, |k| territory.service(k).catchment_minutes);
    let goal = |value: Goal, help: String| {
        let suggester = suggester.clone();
        let id = format!("suggest-goal-{}", value.as_str());
        let help_id = format!("{id}-help");
        html! {
            <div class="suggest-choice">
                <input type="radio" id={id.clone()} name="suggest-goal" value={value.as_str()} checked={suggester.goal == value}
                    aria-describedby={help_id.clone()}
                    onchange={Callback::from(move |_: Event| suggester.dispatch(SuggestAction::SetGoal(value)))} />
                <label for={id}>{ t(lang, goal_label(value)) }</label>
                <p id={help_id} class="hint">{ help }</p>
            </div>
        }
    };
    let within_room = {
        let suggester = suggester.clone();
        let on = suggester.within_room;
        Callback::from(move |_: Event| suggester.dispatch(SuggestAction::SetWithinRoom(!on)))
    };
    html! {
        <>
            <div class="form-row">
                <label for="suggest-service">{ t(lang, SuggestText::Service) }</label>
                <select id="suggest-service" onchange={on_service}>
                    { for territory.services.iter().map(|s| html! {
                        <option value={s.id.clone()} selected={s.id == workspace.service}>{ &s.name }</option>
                    }) }
                </select>
            </div>
            <div class="form-row">
                <label for="suggest-sites">{ t(lang, SuggestText::Sites) }</label>
                <input id="suggest-sites" type="text" inputmode="numeric" value={sites_value} oninput={on_sites}
                    aria-invalid={sites_refusal.is_some().then_some("true")}
                    aria-describedby={if sites_refusal.is_some() { "suggest-sites-refusal suggest-sites-help" } else { "suggest-sites-help" }} />
                <p id="suggest-sites-help" class="hint">{ sites_help }</p>
                { refusal_note("suggest-sites-refusal", sites_refusal) }
            </div>
            <fieldset class="suggest-goal">
                <legend>{ t(lang, SuggestText::Goal) }</legend>
                { goal(Goal::Distance, t(lang, SuggestText::DistanceHelp).to_owned()) }
                { goal(Goal::Coverage, fill(t(lang, SuggestText::CoverageHelp), &[("minutes", &format_decimal(lang, catchment, 0))])) }
            </fieldset>
            <div class="suggest-choice">
                <input type="checkbox" id="suggest-room" checked={suggester.within_room} onchange={within_room}
                    aria-describedby="suggest-room-help" />
                <label for="suggest-room">{ t(lang, SuggestText::WithinRoom) }</label>
                <p id="suggest-room-help" class="hint">{ t(lang, SuggestText::WithinRoomHelp) }</p>
            </div>
            { locks(workspace, suggester, territory, today, refusal(Field::Locked)) }
        </>
    }
}

/// The locked sites: chosen on the map (a mode of the map) or in a list, each freed by a button.
fn locks(
    workspace: &Workspace,
    suggester: &Suggester,
    territory: &Territory,
    today: &[SiteIx],
    refusal: Option<String>,
) -> Html {
    let lang = workspace.lang;
    let locked: Vec<(String, String)> = suggester
        .locked
        .iter()
        .filter_map(|id| {
            let site = territory.site_ix(id)?;
            Some((id.clone(), territory.site(site).name.clone()))
        })
        .collect();
    let toggle = |id: String| {
        let suggester = suggester.clone();
        Callback::from(move |_: Event| suggester.dispatch(SuggestAction::ToggleLock(id.clone())))
    };
    let lock_on_map = {
        let suggester = suggester.clone();
        let on = suggester.locking;
        Callback::from(move |_: MouseEvent| {
            suggester.dispatch(SuggestAction::SetLocking(!on));
            if !on {
                // To the map's sites: the arrow keys go from one to the next, Enter locks.
                dom::focus_selector(".site-marker[tabindex=\"0\"]");
            }
        })
    };
    let check = |site: SiteIx| {
        let id = territory.site(site).id.clone();
        let input_id = format!("suggest-lock-{id}");
        html! {
            <li>
                <input type="checkbox" id={input_id.clone()} checked={suggester.locked.contains(&id)} onchange={toggle(id)} />
                <label for={input_id}>{ &territory.site(site).name }</label>
            </li>
        }
    };
    let mut others: Vec<SiteIx> = (0..territory.sites.len())
        .map(SiteIx::from_index)
        .filter(|s| !today.contains(s))
        .collect();
    ordered::sort_by_key(&mut others, |s| territory.site(*s).name.to_lowercase());
    let names: String = locked
        .iter()
        .map(|(_, name)| name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let said = fill(
        t(lang, SuggestText::LockedNow),
        &[
            ("count", &format_int(lang, locked.len() as i64)),
            (
                "names",
                &if names.is_empty() {
                    String::new()
                } else {
                    format!("{}{names}", crate::ui::i18n::colon(lang))
                },
            ),
        ],
    );
    html! {
        <fieldset class="suggest-locks" aria-describedby={refusal.as_ref().map(|_| "suggest-locked-refusal")}>
            <legend>{ t(lang, SuggestText::Locked) }</legend>
            <button type="button" class="lock-on-map" aria-pressed={suggester.locking.to_string()} onclick={lock_on_map}>
                { t(lang, SuggestText::LockOnMap) }
            </button>
            if suggester.locking {
                <p class="hint locking-hint">{ t(lang, SuggestText::LockingHint) }</p>
            }
            if locked.is_empty() {
                <p class="hint">{ t(lang, SuggestText::NoneLocked) }</p>
            } else {
                <ul class="locked-sites">
                    { for locked.iter().map(|(id, name)| {
                        let suggester = suggester.clone();
                        let id = id.clone();
                        html! {
                            <li>
                                <button type="button" class="unlock" aria-label={fill(t(lang, SuggestText::Unlock), &[("site", name)])}
                                    onclick={Callback::from(move |_: MouseEvent| suggester.dispatch(SuggestAction::ToggleLock(id.clone())))}>
                                    { name }<span aria-hidden="true">{ " ×" }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p class="map-sr-only" aria-live="polite">{ said }</p>
            <details class="lock-list">
                <summary>{ t(lang, SuggestText::LockList) }</summary>
                if !today.is_empty() {
                    <fieldset>
                        <legend>{ t(lang, SuggestText::TodaySites) }</legend>
                        <ul>{ for today.iter().copied().map(check) }</ul>
                    </fieldset>
                }
                <fieldset>
                    <legend>{ t(lang, SuggestText::OtherSites) }</legend>
                    <ul>{ for others.into_iter().map(check) }</ul>
                </fieldset>
            </details>
            { refusal_note("suggest-locked-refusal", refusal) }
        </fieldset>
    }
}

/// The progress bar while the worker searches, and what it is doing, in words.
fn status_line(workspace: &Workspace, suggester: &Suggester) -> Html {
    let lang = workspace.lang;
    let (message, progress) = match &suggester.status {
        Status::Running(progress) => {
            let stage = match progress.as_ref().map(|p| p.stage) {
                Some(Stage::Bounding) => SuggestText::Bounding,
                _ => SuggestText::Searching,
            };
            (
                t(lang, stage),
                progress
                    .as_ref()
                    .map(|p| (p.done, p.total.max(1)))
                    .or(Some((0, 1))),
            )
        }
        Status::Finished if suggester.answer.is_some() => (t(lang, SuggestText::Ready), None),
        Status::Cancelled => (t(lang, SuggestText::Stopped), None),
        Status::Unavailable => (t(lang, SuggestText::NoWorker), None),
        _ => ("", None),
    };
    let running = progress.is_some();
    html! {
        <div class="suggest-status" aria-busy={running.to_string()}>
            if let Some((done, total)) = progress {
                <progress id="suggest-progress" aria-label={t(lang, SuggestText::Progress)}
                    max={total.to_string()} value={done.min(total).to_string()}></progress>
            }
            <p class="suggest-state" aria-live="polite">{ message }</p>
        </div>
    }
}
