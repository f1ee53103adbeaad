//! The workshop map: zones shaded by travel time to the selected service, sites as markers that take dropped teams, and the forms that move teams and open or close sites.

pub mod base;
pub mod dom;
pub mod drawing;
pub mod open_site;
pub mod placement;
pub mod shading;
pub mod site_panel;
pub mod sites;
pub mod tables;
pub mod teams;
pub mod texts;
mod views;

use yew::prelude::*;

use crate::engine::operations::Operation;
use crate::engine::siting::fresh_site_id;
use crate::ui::form;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Control};
use crate::ui::strip;

use base::BaseMap;
use drawing::{Drawing, Shared, HEIGHT};
use open_site::OpenSiteForm;
use shading::{shades, Legend};
use site_panel::SitePanel;
use sites::SitesLayer;
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
    let dragging = use_state(|| false);
    let dragged = use_mut_ref(|| None::<String>);
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
    let zone_shades = Shared(use_memo(
        (
            territory.clone(),
            Shared(workspace.figures().clone()),
            service,
            lang,
        ),
        |(territory, figures, service, lang)| {
            let service = service.and_then(|k| {
                Some((
                    territory.services.get(k.index())?,
                    figures.services.get(k.index())?,
                ))
            });
            shades(territory, service, *lang)
        },
    ));
    let focus_panel = use_state(|| false);
    use_followed_operations(&workspace, &selected_site, &draft, &focus_panel);

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
    let select_team = {
        let latest = latest.clone();
        use_callback((), move |team: String, _| {
            // Cloned out first: a dispatch may render at once, and the render writes `latest`.
            let workspace = latest.borrow().clone();
            let again = workspace.selected_team.as_deref() == Some(team.as_str());
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
        let draft = draft.clone();
        use_callback((), move |at: [f64; 2], _| draft.set(Some(at)))
    };
    let open_at_centre = {
        let draft = draft.clone();
        let centre = drawing
            .projection
            .unproject((drawing.width / 2.0, HEIGHT / 2.0));
        Callback::from(move |_: MouseEvent| draft.set(Some(centre)))
    };
    let select_site = {
        let (selected_site, focus_panel) = (selected_site.clone(), focus_panel.clone());
        use_callback((), move |site: String, _| {
            focus_panel.set(false);
            selected_site.set(Some(site));
        })
    };
    let drop_team = {
        let (latest, dragged, dragging) = (latest.clone(), dragged.clone(), dragging.clone());
        use_callback((), move |(team, site): (Option<String>, String), _| {
            dragging.set(false);
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
            *dragged.borrow_mut() = Some(team);
            dragging.set(true);
        })
    };
    let drag_end = {
        let dragging = dragging.clone();
        use_callback((), move |(), _| dragging.set(false))
    };

    // Sites a change made on the map put over capacity: said over the map, where the team was
    // dropped, floating so that the map does not move.
    let capacity_alert = [Control::MapMoveTeam, Control::CloseSite, Control::OpenSite]
        .into_iter()
        .find_map(|control| strip::capacity_alert_for(&workspace, control));
    let dismiss_alert = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::DismissCapacityAlert))
    };
    let view = views::View::new(&workspace, &territory, service);
    let draft_point = (*draft).map(|at| drawing.projection.project(at));
    let description = fill(
        t(lang, MapText::MapDescription),
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
    let open_form = (*draft).map(|at| {
        let draft = draft.clone();
        html! {
            <OpenSiteForm {lang} {at} fresh_id={fresh_site_id(&territory, "SITE")} refusal={refusal(Control::OpenSite)}
                onopen={apply(Control::OpenSite)} oncancel={Callback::from(move |()| draft.set(None))} />
        }
    });
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
                <button type="button" class="open-site" onclick={open_at_centre}>{ t(lang, MapText::OpenSiteButton) }</button>
            </div>
            <div class="map-body">
                <figure class="map">
                    <div class="map-stack">
                        if let Some(alert) = capacity_alert {
                            <div class="map-alert" role="alert">
                                <p>{ alert }</p>
                                <button type="button" class="dismiss" onclick={dismiss_alert}
                                    aria-label={t(lang, MapText::DismissAlert)}>{ "×" }</button>
                            </div>
                        }
                        <BaseMap {lang} drawing={drawing.clone()} shades={zone_shades} description={description} onpick={pick} />
                        <SitesLayer drawing={drawing.clone()} label={t(lang, MapText::SitesLayer)}
                            markers={view.markers(&drawing, selected_site.as_deref())}
                            draft={draft_point} dragging={*dragging} onselect={select_site} ondrop={drop_team} />
                    </div>
                </figure>
                // Beside the map, so that a team is dragged onto a marker without scrolling, and
                // what a click on the map or on a marker opens shows where the eye already is.
                <div class="map-side">
                    <Legend {lang} service={view.service_name.clone()} catchment_minutes={view.catchment_minutes} />
                    { for open_form }
                    { for site_panel }
                    { for move_form }
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
