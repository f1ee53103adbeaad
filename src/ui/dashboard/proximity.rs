//! Proximity: per service, how far residents travel, how many are within reach, the furthest
//! zone and the least served one; per commune on request, so a workshop sees which one loses.

use yew::prelude::*;

use super::disclosure::{disclosure, Opened};
use super::explain::how_computed;
use super::figure::{figure_html, figures_table, Figure, Measure};
use super::texts::DashText;
use crate::engine::metrics::ServiceFigures;
use crate::engine::model::Territory;
use crate::engine::names::shown;
use crate::ui::i18n::{format_decimal, format_int, t, Lang};
use crate::ui::state::{use_workspace, Workspace};

/// The proximity section.
#[function_component(ProximitySection)]
pub fn proximity_section() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let opened: Opened = use_state(Default::default);
    let territory = workspace.territory();
    let pairs = || {
        territory
            .services
            .iter()
            .enumerate()
            .filter_map(|(k, service)| {
                let now = workspace.figures().services.get(k)?;
                let start = workspace.base_figures().services.get(k)?;
                Some((service, now, start))
            })
    };
    let rows = pairs().map(|(service, now, start)| {
        let mean = Figure::measured(Measure::MeanMinutes, now.mean_minutes, start.mean_minutes);
        let within = Figure::measured(Measure::ShareWithin, now.share_within, start.share_within);
        let worst = Figure::measured(Measure::MaxMinutes, now.max_minutes, start.max_minutes);
        let access = Figure::measured(
            Measure::LowestAccess,
            now.lowest_access(territory).map(|(_, a)| a),
            start.lowest_access(workspace.base()).map(|(_, a)| a),
        );
        html! {
            <tr data-service={service.id.clone()}>
                <th scope="row">
                    { &service.name }
                    <span class="figure-sub">{ reach(lang, service.catchment_minutes) }</span>
                </th>
                <td class="number">{ figure_html(lang, &mean) }</td>
                <td class="number">{ figure_html(lang, &within) }</td>
                <td class="number">
                    { figure_html(lang, &worst) }
                    <span class="figure-sub zone-name">{ shown(lang, &furthest_zone(territory, now)).into_owned() }</span>
                </td>
                <td class="number">{ figure_html(lang, &access) }</td>
            </tr>
        }
    });
    let per_commune = pairs().map(|(service, now, start)| {
        disclosure(
            &opened,
            &format!("communes-{}", service.id),
            service.name.clone(),
            || commune_table(&workspace, &service.name, now, start),
        )
    });
    html! {
        <section class="dash-section" aria-labelledby="dash-proximity">
            <h2 id="dash-proximity">{ t(lang, DashText::ProximityTitle) }</h2>
            { how_computed(lang, DashText::ProximityTitle, DashText::HowProximity) }
            <div id={super::source_id(Measure::LongestTrip)} tabindex="-1">
                { figures_table("proximity-table", t(lang, DashText::ProximityCaption).to_owned(), t(lang, DashText::Service), &[Measure::MeanMinutes.name(lang), Measure::ShareWithin.name(lang), Measure::MaxMinutes.name(lang), Measure::LowestAccess.name(lang)], html! { { for rows } }) }
                { key_lines(&workspace, &[Measure::LongestTrip, Measure::ResidentsBeyondReach]) }
            </div>
            <h3>{ t(lang, DashText::CommunesTitle) }</h3>
            { for per_commune }
        </section>
    }
}

/// Strip figures as lines under a table: the name, the value with its change, what it names.
pub fn key_lines(workspace: &Workspace, measures: &[Measure]) -> Html {
    let lang = workspace.lang;
    let keys = workspace.key_figures(workspace.active_scenario());
    html! {
        { for keys.into_iter().filter(|k| measures.contains(&k.measure)).map(|key| html! {
            <p class="figure-line key-line">
                <span class="figure-label">{ key.measure.name(lang) }{ crate::ui::i18n::colon(lang) }</span>
                { figure_html(lang, &key.figure) }
                <span class="figure-sub">{ key.detail }</span>
            </p>
        }) }
    }
}

/// « portée : 20 min »: the service's catchment time.
fn reach(lang: Lang, minutes: f64) -> String {
    format!(
        "{}{}{}\u{a0}min",
        t(lang, DashText::Reach),
        crate::ui::i18n::colon(lang),
        format_decimal(lang, minutes, 0)
    )
}

/// The name of the inhabited zone whose time is the service's longest (the first in zone order,
/// as the engine picks it).
fn furthest_zone(territory: &Territory, figures: &ServiceFigures) -> String {
    let Some(max) = figures.max_minutes else {
        return String::new();
    };
    territory
        .zones
        .iter()
        .zip(&figures.minutes)
        .find(|(zone, minutes)| zone.population > 0.0 && **minutes == Some(max))
        .map(|(zone, _)| zone.name.clone())
        .unwrap_or_default()
}

/// One service's proximity per commune, each against the same commune at the start.
fn commune_table(
    workspace: &Workspace,
    service_name: &str,
    now: &ServiceFigures,
    start: &ServiceFigures,
) -> Html {
    let lang = workspace.lang;
    let territory = workspace.territory();
    let rows = now.communes.iter().map(|commune| {
        let before = start.communes.iter().find(|c| c.commune == commune.commune);
        let mean = Figure::measured(
            Measure::MeanMinutes,
            commune.mean_minutes,
            before.and_then(|c| c.mean_minutes),
        );
        let within = Figure::measured(
            Measure::ShareWithin,
            commune.share_within,
            before.and_then(|c| c.share_within),
        );
        let worst = Figure::measured(
            Measure::MaxMinutes,
            commune.worst_zone.map(|(_, m)| m),
            before.and_then(|c| c.worst_zone).map(|(_, m)| m),
        );
        let worst_name = commune
            .worst_zone
            .and_then(|(zone, _)| territory.zones.get(zone.index()))
            .map(|zone| shown(lang, &zone.name).into_owned())
            .unwrap_or_default();
        html! {
            <tr>
                <th scope="row">
                    { &commune.commune }
                    <span class="figure-sub population">{ format!("{} {}", format_int(lang, commune.population.round() as i64), t(lang, DashText::Residents)) }</span>
                </th>
                <td class="number">{ figure_html(lang, &mean) }</td>
                <td class="number">{ figure_html(lang, &within) }</td>
                <td class="number">{ figure_html(lang, &worst) }<span class="figure-sub zone-name">{ worst_name }</span></td>
            </tr>
        }
    });
    figures_table(
        "commune-table",
        format!("{} — {}", t(lang, DashText::CommunesCaption), service_name),
        t(lang, DashText::Commune),
        &[
            Measure::MeanMinutes.name(lang),
            Measure::ShareWithin.name(lang),
            Measure::MaxMinutes.name(lang),
        ],
        html! { { for rows } },
    )
}
