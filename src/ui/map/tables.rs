//! The map's text alternatives: the zones with their travel time (folded, long for the Métropole) and the communes with their population.

use crate::engine::names::shown;
use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::metrics::Evaluation;
use crate::engine::model::{ServiceIx, Territory};
use crate::engine::siting::within_catchment;
use crate::ui::i18n::{format_decimal, format_int, t, T};
use crate::ui::map::dom;
use crate::ui::map::drawing::{Drawing, Shared};
use crate::ui::map::texts::{fill, MapText};

#[derive(Properties, PartialEq)]
pub struct ZonesTableProps {
    pub lang: Lang,
    pub territory: Shared<Territory>,
    pub figures: Shared<Evaluation>,
    pub service: Option<ServiceIx>,
    /// Start unfolded (render tests; the page starts folded).
    #[prop_or_default]
    pub open: bool,
}

/// Each zone, its commune and population, and the engine's minutes to the nearest site of the
/// service shown. The rows are built only while the table is unfolded: the Métropole has ~550.
#[function_component(ZonesTable)]
pub fn zones_table(props: &ZonesTableProps) -> Html {
    let lang = props.lang;
    let open = use_state(|| props.open);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| open.set(dom::details_open(&event)))
    };
    let territory: &Territory = &props.territory;
    let service = props
        .service
        .and_then(|k| territory.services.get(k.index()));
    let figures = props
        .service
        .and_then(|k| props.figures.services.get(k.index()));
    let service_name = service.map(|s| s.name.as_str()).unwrap_or("—");
    let summary = fill(
        t(lang, MapText::ZonesSummary),
        &[
            ("count", &format_int(lang, territory.zones.len() as i64)),
            ("service", service_name),
        ],
    );
    let rows = territory.zones.iter().enumerate().map(|(z, zone)| {
        let minutes = figures.and_then(|f| f.minutes.get(z).copied().flatten());
        let site = figures
            .and_then(|f| f.nearest_site.get(z).copied().flatten())
            .and_then(|s| territory.sites.get(s.index()))
            .map_or_else(|| "—".to_owned(), |s| shown(lang, &s.name).into_owned());
        let within = service.and_then(|s| within_catchment(minutes, s.catchment_minutes));
        let within = match within {
            Some(true) => t(lang, MapText::Yes),
            Some(false) => t(lang, MapText::No),
            None => "—",
        };
        html! {
            <tr data-zone={zone.id.clone()}>
                <th scope="row">{ shown(lang, &zone.name).into_owned() }</th>
                <td>{ &zone.commune }</td>
                <td class="number">{ format_decimal(lang, zone.population, 0) }</td>
                <td class="number">{ minutes.map_or_else(|| "—".to_owned(), |m| format_decimal(lang, m, 1)) }</td>
                <td>{ site }</td>
                <td>{ within }</td>
            </tr>
        }
    });
    let caption = fill(
        t(lang, MapText::ZonesCaption),
        &[
            ("service", service_name),
            (
                "minutes",
                &service.map_or_else(
                    || "—".to_owned(),
                    |s| format_decimal(lang, s.catchment_minutes, 0),
                ),
            ),
        ],
    );
    html! {
        <details class="zones-box" open={*open} {ontoggle}>
            <summary>{ summary }</summary>
            if *open {
                <table class="zones-table">
                    <caption>{ caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, MapText::Zone) }</th>
                            <th scope="col">{ t(lang, MapText::Commune) }</th>
                            <th scope="col" class="number">{ t(lang, MapText::Population) }</th>
                            <th scope="col" class="number">{ t(lang, MapText::Minutes) }</th>
                            <th scope="col">{ t(lang, MapText::NearestSite) }</th>
                            <th scope="col">{ t(lang, MapText::Within) }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct CommunesTableProps {
    pub lang: Lang,
    pub drawing: Shared<Drawing>,
}

/// The communes and their population (INSEE 2023).
#[function_component(CommunesTable)]
pub fn communes_table(props: &CommunesTableProps) -> Html {
    let lang = props.lang;
    let communes = &props.drawing.communes;
    let total: i64 = communes.iter().map(|c| i64::from(c.population)).sum();
    html! {
        <table class="communes-table">
            <caption>{ t(lang, T::CommunesTable) }</caption>
            <thead>
                <tr><th scope="col">{ t(lang, T::Commune) }</th><th scope="col" class="number">{ t(lang, T::Population) }</th></tr>
            </thead>
            <tbody>
                { for communes.iter().map(|commune| html! {
                    <tr>
                        <th scope="row">{ &commune.name }</th>
                        <td class="number">{ format_int(lang, commune.population.into()) }</td>
                    </tr>
                }) }
            </tbody>
            <tfoot>
                <tr><th scope="row">{ t(lang, T::Total) }</th><td class="number">{ format_int(lang, total) }</td></tr>
            </tfoot>
        </table>
    }
}
