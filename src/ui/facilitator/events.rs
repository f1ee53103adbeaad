//! The events a facilitator injects during a session (`Operation::Event`): a site becomes
//! unavailable, an absence wave, a demand surge. Each is applied to the active scenario like any
//! change, so it is in the journal, the figures and the saved work, and Undo removes it.

use yew::prelude::*;

use super::texts::FacText;
use crate::engine::operations::{Event, Operation};
use crate::engine::siting::default_relocation;
use crate::engine::timeline::Scheduled;
use crate::ui::form::{self, value_of, Frame};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Control, Workspace, WorkspaceHandle};

/// Where an event form sends its event: applied now (`plan: None`), or scheduled on the timeline
/// at the time and with the announcement typed in these two fields.
#[derive(Properties, PartialEq, Clone)]
struct EventProps {
    plan: Option<(NodeRef, NodeRef)>,
}

/// An event form's submit: `form::submit_checked`'s, or, while planning, the event added to the
/// timeline instead of applied.
fn submit_event(
    workspace: &WorkspaceHandle,
    control: Control,
    own: &UseStateHandle<Option<FacText>>,
    plan: Option<(NodeRef, NodeRef)>,
    build: impl Fn(&Workspace) -> Result<Operation, FacText> + 'static,
) -> Callback<SubmitEvent> {
    let Some((time, text)) = plan else {
        return form::submit_checked(workspace, control, own, build);
    };
    let (workspace, own) = (workspace.clone(), own.clone());
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        match build(&workspace) {
            Ok(operation) => {
                own.set(None);
                workspace.dispatch(Action::Schedule(Scheduled {
                    time: value_of(&time),
                    text: value_of(&text),
                    operation,
                    fired: false,
                }));
            }
            Err(message) => own.set(Some(message)),
        }
    })
}

/// The submit button's label: the form's own, or « Programmer » while planning.
fn submit_label(plan: &Option<(NodeRef, NodeRef)>, own: FacText) -> FacText {
    if plan.is_some() {
        FacText::ScheduleSubmit
    } else {
        own
    }
}

/// A percentage typed in either language's way (`12,5` or `12.5`, a `%` sign allowed), as a
/// fraction: `15` → 0.15. Range checks are the engine's.
pub fn percent(text: &str) -> Option<f64> {
    let cleaned = text.trim().trim_end_matches('%').trim().replace(',', ".");
    let cleaned = cleaned.strip_prefix('+').unwrap_or(&cleaned);
    cleaned
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| v / 100.0)
}

/// The three event forms, applying their event now or scheduling it on the timeline.
#[function_component(EventForms)]
pub fn event_forms() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let planning = use_state(|| false);
    let (time, text) = (use_node_ref(), use_node_ref());
    let plan = planning.then(|| (time.clone(), text.clone()));
    let toggle = {
        let planning = planning.clone();
        Callback::from(move |_: yew::Event| planning.set(!*planning))
    };
    html! {
        <section class="facilitator-events" aria-labelledby="events-title">
            <h3 id="events-title">{ t(lang, FacText::EventsTitle) }</h3>
            <p class="form-help">{ t(lang, FacText::EventsHelp) }</p>
            <div class="event-planning">
                <input type="checkbox" id="event-planning" checked={*planning} onchange={toggle} />
                <label for="event-planning">{ t(lang, FacText::Planning) }</label>
                if *planning {
                    <div class="field">
                        <label for="event-time">{ t(lang, FacText::PlanTime) }</label>
                        <input id="event-time" type="time" value="10:30" ref={time} />
                    </div>
                    <div class="field">
                        <label for="event-text">{ t(lang, FacText::PlanText) }</label>
                        <input id="event-text" type="text" ref={text} placeholder={t(lang, FacText::PlanTextExample)} />
                    </div>
                }
            </div>
            <SiteUnavailableForm plan={plan.clone()} />
            <AbsenceWaveForm plan={plan.clone()} />
            <DemandSurgeForm {plan} />
        </section>
    }
}

/// A site becomes unavailable: its teams go where the engine's default relocation sends them.
#[function_component(SiteUnavailableForm)]
fn site_unavailable_form(props: &EventProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let site = use_node_ref();
    let own = use_state(|| None::<FacText>);
    let onsubmit = {
        let site = site.clone();
        submit_event(
            &workspace,
            Control::EventSite,
            &own,
            props.plan.clone(),
            move |workspace| {
                let id = chosen(value_of(&site)).ok_or(FacText::NoSite)?;
                let territory = workspace.territory();
                let relocate = territory
                    .site_ix(&id)
                    .map(|ix| default_relocation(territory, ix))
                    .unwrap_or_default();
                Ok(Operation::Event(Event::SiteUnavailable {
                    site: id,
                    relocate,
                }))
            },
        )
    };
    let frame = Frame {
        id: "event-site",
        heading: "h4",
        title: t(lang, FacText::SiteTitle),
        help: t(lang, FacText::SiteHelp),
        submit: t(lang, submit_label(&props.plan, FacText::SiteSubmit)),
    };
    let fields = html! {
        <div class="field">
            <label for="event-site">{ t(lang, FacText::SiteLabel) }</label>
            // Nothing picked at first: an event names its site on purpose.
            <select id="event-site" ref={site}>
                <option value="" selected=true>{ t(lang, FacText::PickSite) }</option>
                { for workspace.territory().sites.iter().map(|s| html! {
                    <option value={s.id.clone()}>{ crate::engine::names::shown(lang, &s.name).into_owned() }</option>
                }) }
            </select>
        </div>
    };
    let message = form::note(&workspace, Control::EventSite, *own);
    frame.view(fields, message, onsubmit)
}

/// The `<option>`s of a service picker, led by an empty choice (`first`: "every service", or
/// "choose a service").
fn service_options(workspace: &Workspace, first: FacText) -> Html {
    let lang = workspace.lang;
    html! {
        <>
            <option value="" selected=true>{ t(lang, first) }</option>
            { for workspace.territory().services.iter().map(|s| html! {
                <option value={s.id.clone()}>{ &s.name }</option>
            }) }
        </>
    }
}

/// `None` for the "every …" option's empty value.
fn chosen(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

/// An absence wave on one service or on all.
#[function_component(AbsenceWaveForm)]
fn absence_wave_form(props: &EventProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (service, rate) = (use_node_ref(), use_node_ref());
    let own = use_state(|| None::<FacText>);
    let onsubmit = {
        let (service, rate) = (service.clone(), rate.clone());
        submit_event(
            &workspace,
            Control::EventAbsence,
            &own,
            props.plan.clone(),
            move |_| {
                let rate = percent(&value_of(&rate)).ok_or(FacText::NotANumber)?;
                Ok(Operation::Event(Event::AbsenceWave {
                    service: chosen(value_of(&service)),
                    rate,
                }))
            },
        )
    };
    let frame = Frame {
        id: "event-wave",
        heading: "h4",
        title: t(lang, FacText::WaveTitle),
        help: t(lang, FacText::WaveHelp),
        submit: t(lang, submit_label(&props.plan, FacText::WaveSubmit)),
    };
    let fields = html! {
        <>
            <div class="field">
                <label for="event-wave-service">{ t(lang, FacText::ServiceLabel) }</label>
                <select id="event-wave-service" ref={service}>
                    { service_options(&workspace, FacText::EveryService) }
                </select>
            </div>
            <div class="field">
                <label for="event-wave-rate">{ t(lang, FacText::WaveShare) }</label>
                <input id="event-wave-rate" type="text" inputmode="decimal" value="20" ref={rate} />
            </div>
        </>
    };
    let message = form::note(&workspace, Control::EventAbsence, *own);
    frame.view(fields, message, onsubmit)
}

/// A demand surge of one service, in one commune or in all.
#[function_component(DemandSurgeForm)]
fn demand_surge_form(props: &EventProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (service, commune, rise) = (use_node_ref(), use_node_ref(), use_node_ref());
    let own = use_state(|| None::<FacText>);
    let onsubmit = {
        let (service, commune, rise) = (service.clone(), commune.clone(), rise.clone());
        submit_event(
            &workspace,
            Control::EventSurge,
            &own,
            props.plan.clone(),
            move |_| {
                let rise = percent(&value_of(&rise)).ok_or(FacText::NotANumber)?;
                let service = chosen(value_of(&service)).ok_or(FacText::NoService)?;
                Ok(Operation::Event(Event::DemandSurge {
                    service,
                    commune: chosen(value_of(&commune)),
                    factor: 1.0 + rise,
                }))
            },
        )
    };
    let frame = Frame {
        id: "event-surge",
        heading: "h4",
        title: t(lang, FacText::SurgeTitle),
        help: t(lang, FacText::SurgeHelp),
        submit: t(lang, submit_label(&props.plan, FacText::SurgeSubmit)),
    };
    let fields = html! {
        <>
            <div class="field">
                <label for="event-surge-service">{ t(lang, FacText::ServiceLabel) }</label>
                <select id="event-surge-service" ref={service}>
                    { service_options(&workspace, FacText::PickService) }
                </select>
            </div>
            <div class="field">
                <label for="event-surge-commune">{ t(lang, FacText::CommuneLabel) }</label>
                <select id="event-surge-commune" ref={commune}>
                    <option value="">{ t(lang, FacText::EveryCommune) }</option>
                    { for workspace.territory().communes().into_iter().map(|c| html! {
                        <option value={c.to_string()}>{ c }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="event-surge-rate">{ t(lang, FacText::SurgeRate) }</label>
                <input id="event-surge-rate" type="text" inputmode="decimal" value="15" ref={rise} />
            </div>
        </>
    };
    let message = form::note(&workspace, Control::EventSurge, *own);
    frame.view(fields, message, onsubmit)
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_are_read_in_either_language_s_way() {
        assert_eq!(percent("15"), Some(0.15));
        assert_eq!(percent(" 12,5 % "), Some(0.125));
        assert_eq!(percent("+20%"), Some(0.2));
        assert_eq!(percent("-10"), Some(-0.1));
        assert_eq!(percent("beaucoup"), None);
        assert_eq!(percent(""), None);
        assert_eq!(percent("inf"), None);
    }
}
