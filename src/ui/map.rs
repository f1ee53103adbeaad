//! The workshop map: zones shaded by travel time to the selected service, sites as markers that take dropped teams, and the forms that move teams and open or close sites.

pub mod base;
pub mod canvas;
pub mod confirm;
pub mod dom;
pub mod drawing;
pub mod layout;
pub mod open_site;
pub mod overlay;
pub mod palette;
pub mod placement;
pub mod search;
pub mod shading;
pub mod site_panel;
pub mod tables;
pub mod teams;
pub mod texts;
mod views;

use yew::prelude::*;

use crate::engine::operations::Operation;
use crate::engine::siting::{fresh_site_id, room_per_site};
use crate::ui::form;
use crate::ui::geo::search::Entry;
use crate::ui::geo::within::containing;
use crate::ui::i18n::t;
use crate::ui::key_figures::{key_figures, presentation_figures};
use crate::ui::state::{use_workspace, Action, Atlas, Control};
use crate::ui::strip;
use crate::ui::suggest::{self, use_suggester, SuggestAction, SuggestPanel, TOGGLE_ID};

use canvas::MapCanvas;
use confirm::MoveConfirm;
use drawing::{Drawing, Shared};
use open_site::OpenSiteForm;
use search::SiteSearch;
use shading::{shades, shades_of, Legend};
use site_panel::SitePanel;
use tables::{CommunesTable, ZonesTable};
use teams::{MoveForm, TeamList};
use texts::{fill, MapText};

/// The map area of the workshop, reading and changing the shared workspace.
#[function_component(WorkshopMap)]
pub fn workshop_map() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let selected_site = use_state(|| None::<String>);
    let draft = use_state(|| None::<[f64; 2]>);
    // "Create a site" pressed, no place chosen yet: the map waits for a click, or Enter.
    let placing = use_state(|| false);
    // The team being dragged, for the room the sites would have with it; and for the drop, when
    // the browser's drag data does not carry it.
    let dragging = use_state(|| None::<String>);
    let dragged = use_mut_ref(|| None::<String>);
    // A site chosen while a team was chosen: the move waiting for its confirmation (team, site).
    let confirming = use_state(|| None::<(String, String)>);
    // The site the search found last, for the map to centre on.
    let found = use_state(|| None::<(usize, u32)>);
    let territory = Shared(workspace.scenario().current_rc());
    // Outlines depend on the atlas and the zones only: projected once per territory loaded.
    let drawing = Shared(use_memo(
        (
            Shared(workspace.atlas().clone()),
            Shared(workspace.scenario().base_rc()),
        ),
        |(atlas, base)| Drawing::new(atlas, base),
    ));
    let service = territory.service_ix(&workspace.service);
    // A suggestion and the locks for the next one: the map draws the answer while its panel is open.
    let suggester = use_suggester();
    let suggested = suggester
        .on_map(workspace.scenario(), &workspace.service)
        .map(Shared);
    let zone_shades = Shared(use_memo(
        (
            territory.clone(),
            Shared(workspace.figures().clone()),
            service,
            lang,
            suggested.clone(),
        ),
        |(territory, figures, service, lang, suggested)| {
            let service = service.and_then(|k| territory.services.get(k.index()));
            match (service, suggested) {
                (Some(service), Some(answer)) => {
                    let minutes: Vec<Option<f64>> = answer
                        .suggestion
                        .layout
                        .zones
                        .iter()
                        .map(|zone| zone.map(|(_, minutes)| minutes))
                        .collect();
                    shades_of(territory, Some((service, &minutes)), *lang)
                }
                _ => {
                    let figures = service.and_then(|s| {
                        let k = territory.service_ix(&s.id)?;
                        Some((s, figures.services.get(k.index())?))
                    });
                    shades(territory, figures, *lang)
                }
            }
        },
    ));
    let focus_panel = use_state(|| false);
    use_followed_operations(&workspace, &selected_site, &draft, &focus_panel);
    {
        // Another territory, or another scenario: no site is being opened there.
        let (draft, placing) = (draft.clone(), placing.clone());
        let key = (workspace.atlas().key, workspace.active);
        use_effect_with(key, move |_| {
            draft.set(None);
            placing.set(false);
        });
    }

    let refusal = |control: Control| form::refusal(&workspace, control, None::<MapText>);
    let apply = |control: Control| {
        let workspace = workspace.clone();
        Callback::from(move |operation: Operation| {
            workspace.dispatch(Action::Apply { operation, control })
        })
    };
    let move_team = apply(Control::MapMoveTeam)
        .reform(|(team, to_site): (String, String)| Operation::MoveTeam { team, to_site });
    // Callbacks made once, reading the workspace as of the last render: the markers and the team
    // list, whose props then stay equal, skip re-rendering when something else changes (the
    // Métropole has ~200 markers and hundreds of teams).
    let latest = use_mut_ref(|| workspace.clone());
    *latest.borrow_mut() = workspace.clone();
    let latest_suggester = use_mut_ref(|| suggester.clone());
    *latest_suggester.borrow_mut() = suggester.clone();
    let select_team = {
        let (latest, latest_suggester) = (latest.clone(), latest_suggester.clone());
        use_callback((), move |team: String, _| {
            // Cloned out first: a dispatch may render at once, and the render writes `latest`.
            let workspace = latest.borrow().clone();
            let again = workspace.selected_team.as_deref() == Some(team.as_str());
            // A team chosen is a move to come: choosing a site moves it, rather than locking the site.
            latest_suggester
                .borrow()
                .clone()
                .dispatch(SuggestAction::SetLocking(false));
            workspace.dispatch(Action::SelectTeam((!again).then_some(team)));
        })
    };
    let on_service = {
        let workspace = workspace.clone();
        Callback::from(move |event: Event| {
            if let Some(service) = dom::event_value(&event) {
                workspace.dispatch(Action::SelectService(service));
            }
        })
    };
    let pick = {
        let (draft, placing) = (draft.clone(), placing.clone());
        use_callback((), move |at: [f64; 2], _| {
            placing.set(false);
            draft.set(Some(at));
        })
    };
    // Opening a site starts on the map: the focus goes there, where a click or Enter places it.
    let start_opening = {
        let (draft, placing) = (draft.clone(), placing.clone());
        Callback::from(move |_: MouseEvent| {
            draft.set(None);
            placing.set(true);
            dom::focus_selector(".map-viewport");
        })
    };
    let opening = *placing || draft.is_some();
    let cancel_opening = {
        let (draft, placing) = (draft.clone(), placing.clone());
        Callback::from(move |()| {
            draft.set(None);
            placing.set(false);
        })
    };
    // A site chosen on the map: while locking sites for a suggestion, locked or freed; with a team
    // chosen, the move to confirm; else the site's panel.
    let choose_site = {
        let (selected_site, focus_panel) = (selected_site.clone(), focus_panel.clone());
        let (latest, confirming) = (latest.clone(), confirming.clone());
        let latest_suggester = latest_suggester.clone();
        use_callback((), move |site: String, _| {
            let suggester = latest_suggester.borrow().clone();
            if suggester.locking {
                suggester.dispatch(SuggestAction::ToggleLock(site));
                return;
            }
            let workspace = latest.borrow().clone();
            let territory = workspace.territory();
            let team = workspace
                .selected_team
                .as_deref()
                .and_then(|id| territory.team_ix(id));
            match team {
                Some(team) if territory.site_ix(&site) != Some(territory.team(team).site) => {
                    confirming.set(Some((territory.team(team).id.clone(), site)));
                }
                _ => {
                    focus_panel.set(false);
                    selected_site.set(Some(site));
                }
            }
        })
    };
    let cancel_move = {
        let confirming = confirming.clone();
        let latest_suggester = latest_suggester.clone();
        use_callback((), move |(), _| {
            let suggester = latest_suggester.borrow().clone();
            if suggester.locking {
                // Escape ends the choosing of locked sites; the focus goes back to its button.
                suggester.dispatch(SuggestAction::SetLocking(false));
                dom::focus_selector(".suggest-locks .lock-on-map");
                return;
            }
            if let Some((_, site)) = &*confirming {
                dom::focus_selector(&format!(".site-marker[data-members~=\"{site}\"]"));
            }
            confirming.set(None);
        })
    };
    // Escape on the map: leaves the opening of a site (the focus back on its button), or else
    // the move waiting for its confirmation.
    let on_escape = {
        let (cancel_move, cancel_opening) = (cancel_move.clone(), cancel_opening.clone());
        use_callback(opening, move |(), opening| {
            if *opening {
                cancel_opening.emit(());
                dom::focus_selector("button.open-site");
            } else {
                cancel_move.emit(());
            }
        })
    };
    let drop_team = {
        let (latest, dragged, dragging) = (latest.clone(), dragged.clone(), dragging.clone());
        use_callback((), move |(team, site): (Option<String>, String), _| {
            dragging.set(None);
            let Some(team) = team.or_else(|| dragged.borrow_mut().take()) else {
                return;
            };
            let workspace = latest.borrow().clone();
            let territory = workspace.territory();
            let here = territory.team_ix(&team).map(|ix| territory.team(ix).site);
            if here.is_none() || here == territory.site_ix(&site) {
                return; // A drop where the team already works changes nothing: no journal line.
            }
            workspace.dispatch(Action::SelectTeam(Some(team.clone())));
            workspace.dispatch(Action::Apply {
                operation: Operation::MoveTeam {
                    team,
                    to_site: site,
                },
                control: Control::MapMoveTeam,
            });
        })
    };
    let drag_start = {
        let (dragged, dragging) = (dragged.clone(), dragging.clone());
        use_callback((), move |team: String, _| {
            *dragged.borrow_mut() = Some(team.clone());
            dragging.set(Some(team));
        })
    };
    let drag_end = {
        let dragging = dragging.clone();
        use_callback((), move |(), _| dragging.set(None))
    };
    let entries = Shared(use_memo(
        (Shared(workspace.atlas().clone()), territory.clone()),
        |(atlas, territory)| site_entries(atlas, territory),
    ));
    let territory_key = format!("{}:{}", workspace.atlas().key, workspace.atlas().name);
    let confirm = (*confirming).clone().and_then(|(team_id, site_id)| {
        let team = territory.team_ix(&team_id)?;
        let site = territory.site_ix(&site_id)?;
        let room = room_per_site(&territory, Some(team));
        let room = views::room_words(lang, room.get(site.index()).copied().unwrap_or_default());
        let onconfirm = {
            let (workspace, confirming) = (workspace.clone(), confirming.clone());
            let (team_id, site_id) = (team_id.clone(), site_id.clone());
            Callback::from(move |()| {
                confirming.set(None);
                workspace.dispatch(Action::Apply {
                    operation: Operation::MoveTeam { team: team_id.clone(), to_site: site_id.clone() },
                    control: Control::MapMoveTeam,
                });
                // Done: the next site chosen opens its panel; the focus stays on the site.
                workspace.dispatch(Action::SelectTeam(None));
                dom::focus_selector(&format!(".site-marker[data-members~=\"{site_id}\"]"));
            })
        };
        let onshow = {
            let (confirming, selected_site, focus_panel) = (confirming.clone(), selected_site.clone(), focus_panel.clone());
            let site_id = site_id.clone();
            Callback::from(move |()| {
                confirming.set(None);
                focus_panel.set(true);
                selected_site.set(Some(site_id.clone()));
            })
        };
        Some(html! {
            <MoveConfirm {lang} team={territory.team(team).name.clone()} site={crate::engine::names::shown(lang, &territory.site(site).name).into_owned()}
                room={room} {onconfirm} {onshow} oncancel={cancel_move.clone()} />
        })
    });

    // Sites a change made on the map put over capacity: said over the map, where the team was
    // dropped, floating so that the map does not move.
    let capacity_alert = [Control::MapMoveTeam, Control::CloseSite, Control::OpenSite]
        .into_iter()
        .find_map(|control| strip::capacity_alert_for(&workspace, control));
    let dismiss_alert = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::DismissCapacityAlert))
    };
    let toggle_suggest = {
        let suggester = suggester.clone();
        Callback::from(move |_: MouseEvent| {
            suggester.dispatch(SuggestAction::Open(!suggester.open))
        })
    };
    let view = views::View::new(&workspace, &territory, service);
    let draft_point = (*draft).map(|at| drawing.projection.project(at));
    let arriving = (*dragging)
        .clone()
        .or_else(|| workspace.selected_team.clone());
    // The site a move waits to be confirmed for is marked as chosen, else the site of the panel.
    let chosen = confirming.as_ref().map(|(_, site)| site.as_str());
    let mut markers = view.markers(
        &workspace,
        &drawing,
        chosen.or(selected_site.as_deref()),
        arriving.as_deref(),
    );
    let locked: &[String] = if suggester.open {
        &suggester.locked
    } else {
        &[]
    };
    suggest::marks::mark(&mut markers, lang, suggested.as_deref(), locked);
    let markers = Shared(std::rc::Rc::new(markers));
    let description = fill(
        if suggested.is_some() {
            t(lang, suggest::texts::SuggestText::MapDescription)
        } else {
            t(lang, MapText::MapDescription)
        },
        &[("service", &view.service_name)],
    );
    let site_panel = view.site_panel(&workspace, selected_site.as_deref()).map(|panel| {
        let selected_site = selected_site.clone();
        let close = apply(Control::CloseSite).reform(|(site, relocate)| Operation::CloseSite { site, relocate });
        html! {
            <SitePanel key={panel.id.as_str()} {lang} id={panel.id.clone()} name={panel.name} facts={panel.facts}
                warning={panel.warning} teams={panel.teams} others={panel.others} relocation={panel.relocation}
                refusal={refusal(Control::CloseSite)} onclose={close} onselect_team={select_team.clone()}
                autofocus={*focus_panel} ondismiss={Callback::from(move |()| selected_site.set(None))} />
        }
    });
    let move_form = view.moving.as_ref().map(|moving| html! {
        <MoveForm key={moving.team.as_str()} {lang} team={moving.team.clone()} team_name={moving.name.clone()}
            current_site={moving.site.clone()} sites={view.sites_by_name.clone()} refusal={refusal(Control::MapMoveTeam)}
            onmove={move_team} />
    });
    let open_form = opening.then(|| {
        let at = *draft;
        let commune = at.and_then(|point| commune_at(workspace.atlas(), point)).map(AttrValue::from);
        let capacity = workspace.new_site_capacity().unwrap_or(DEFAULT_CAPACITY);
        html! {
            <OpenSiteForm {lang} {at} {commune} {capacity} fresh_id={fresh_site_id(&territory, "SITE")}
                refusal={refusal(Control::OpenSite)} onopen={apply(Control::OpenSite)} oncancel={cancel_opening.clone()} />
        }
    });
    let find = {
        let found = found.clone();
        Callback::from(move |site: usize| {
            let count = found.map_or(0, |(_, count)| count.wrapping_add(1));
            found.set(Some((site, count)));
        })
    };
    html! {
        <section class="workshop-map" aria-labelledby="map-heading">
            <h2 id="map-heading" class="map-sr-only">{ t(lang, MapText::Heading) }</h2>
            <div class="map-head">
                <div class="service-choice">
                    <label for="map-service">{ t(lang, MapText::ServiceLabel) }</label>
                    <select id="map-service" onchange={on_service}>
                        { for territory.services.iter().map(|s| html! {
                            <option value={s.id.clone()} selected={s.id == workspace.service}>{ &s.name }</option>
                        }) }
                    </select>
                </div>
                <SiteSearch {lang} entries={entries} onfind={find} />
                <button type="button" class="open-site" onclick={start_opening}>{ t(lang, MapText::OpenSiteButton) }</button>
                <button type="button" id={TOGGLE_ID} class="suggest-toggle" aria-expanded={suggester.open.to_string()}
                    aria-controls="suggest-panel" onclick={toggle_suggest}>
                    { t(lang, suggest::texts::SuggestText::Open) }
                </button>
            </div>
            <div class={classes!("map-body", suggester.open.then_some("suggesting"))}>
                <figure class="map">
                    <MapCanvas {lang} drawing={drawing.clone()} shades={zone_shades} {description} {markers}
                        territory={territory_key} large={workspace.presentation} draft={draft_point} placing={opening}
                        dragging={dragging.is_some()} locking={suggester.locking} onpick={pick} onchoose={choose_site} ondrop={drop_team}
                        onescape={on_escape} found={*found} />
                    if let Some(alert) = capacity_alert {
                        <div class="map-alert" role="alert">
                            <p>{ alert }</p>
                            <button type="button" class="dismiss" onclick={dismiss_alert}
                                aria-label={t(lang, MapText::DismissAlert)}>{ "×" }</button>
                        </div>
                    }
                    // The presentation view has no strip: the last change is said under the map, on a
                    // line kept for it, so that the map never moves when it appears.
                    if workspace.presentation {
                        <p class="map-status" role="status" title={view.last_change.clone().unwrap_or_default()}>
                            { view.last_change.clone().unwrap_or_default() }
                        </p>
                    }
                </figure>
                // Beside the map, so that a team is dragged onto a marker without scrolling, and
                // what a click on the map or on a marker opens shows where the eye already is.
                <div class="map-side">
                    // First, beside the map: the site just chosen stays in view, not covered.
                    <div class="map-confirm">{ for confirm }</div>
                    // A site being opened: its form first too, seen whole beside the map.
                    { for open_form }
                    if workspace.presentation {
                        { key_figures(lang, &presentation_figures(&workspace)) }
                    }
                    if suggester.open {
                        <SuggestPanel suggester={suggester.clone()} />
                    }
                    <Legend {lang} service={view.service_name.clone()} catchment_minutes={view.catchment_minutes}
                        suggested={suggested.is_some()} locked={!locked.is_empty()} />
                    { for site_panel }
                    if confirming.is_none() {
                        { for move_form }
                    }
                    <TeamList {lang} groups={view.teams} onselect={select_team} ondragstart={drag_start} ondragend={drag_end} />
                </div>
            </div>
            <ZonesTable {lang} territory={territory.clone()} figures={Shared(workspace.figures().clone())} {service} />
            <CommunesTable {lang} drawing={drawing} />
        </section>
    }
}

/// After an operation from anywhere: a site just opened is selected and its form closed; a site
/// just closed is deselected.
#[hook]
fn use_followed_operations(
    workspace: &crate::ui::state::WorkspaceHandle,
    selected_site: &UseStateHandle<Option<String>>,
    draft: &UseStateHandle<Option<[f64; 2]>>,
    focus_panel: &UseStateHandle<bool>,
) {
    let count = workspace.scenario().operations().len();
    let last = workspace.scenario().operations().last().cloned();
    let seen = use_mut_ref(|| count);
    let (selected_site, draft, focus_panel) =
        (selected_site.clone(), draft.clone(), focus_panel.clone());
    use_effect_with(count, move |count| {
        let grew = *count > *seen.borrow();
        *seen.borrow_mut() = *count;
        match last {
            Some(Operation::OpenSite { id, .. }) if grew => {
                // Opened from this map's form, whose button just vanished: the focus goes to the
                // new site's panel. Opened elsewhere: the focus stays where the user is.
                focus_panel.set(draft.is_some());
                draft.set(None);
                selected_site.set(Some(id.trim().to_owned()));
            }
            Some(Operation::CloseSite { site, .. })
                if grew && selected_site.as_deref() == Some(site.as_str()) =>
            {
                // The panel and its form are gone: the focus goes back to the sites on the map.
                selected_site.set(None);
                dom::refocus_selector(".site-marker[tabindex=\"0\"]");
            }
            _ => {}
        }
    });
}

/// The places a new site starts with when no exercise gives them.
const DEFAULT_CAPACITY: u32 = 20;

/// The commune whose boundary holds a point (longitude, latitude), where the map has boundaries.
fn commune_at(atlas: &Atlas, point: [f64; 2]) -> Option<String> {
    let shapes = atlas.communes.iter().map(|c| c.polygons.as_slice());
    containing(point, shapes)
        .and_then(|i| atlas.communes.get(i))
        .map(|c| c.name.clone())
}

/// Each site's name and commune, for the search: the commune whose boundary holds the site, else
/// (a territory imported without boundaries) the commune of the nearest zone.
fn site_entries(atlas: &Atlas, territory: &crate::engine::model::Territory) -> Vec<Entry> {
    let shapes: Vec<&[Vec<crate::engine::atlas::Ring>]> = atlas
        .communes
        .iter()
        .map(|c| c.polygons.as_slice())
        .collect();
    territory
        .sites
        .iter()
        .map(|site| {
            let point = [site.lon, site.lat];
            let commune = containing(point, shapes.iter().copied())
                .and_then(|i| atlas.communes.get(i))
                .map(|c| c.name.clone())
                .or_else(|| {
                    let distance =
                        |z: &crate::engine::model::Zone| (z.lon - site.lon).hypot(z.lat - site.lat);
                    territory
                        .zones
                        .iter()
                        .min_by(|a, b| distance(a).total_cmp(&distance(b)))
                        .map(|z| z.commune.clone())
                })
                .unwrap_or_default();
            Entry {
                name: site.name.clone(),
                commune,
            }
        })
        .collect()
}
