//! The SVG map of the territory: commune boundaries drawn from the real data, named, with their population.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::atlas::Commune;
use crate::ui::geo::Projection;
use crate::ui::i18n::{format_int, t, Lang, T};

const WIDTH: f64 = 800.0;
const HEIGHT: f64 = 560.0;

/// What the map draws.
#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub communes: Rc<Vec<Commune>>,
    pub lang: Lang,
}

/// The workshop map: the current territory's communes.
#[function_component(WorkshopMap)]
pub fn workshop_map() -> Html {
    let workspace = crate::ui::state::use_workspace();
    let communes = use_memo(workspace.atlas.clone(), |atlas| atlas.communes.clone());
    html! { <TerritoryMap communes={communes} lang={workspace.lang} /> }
}

/// The map, with a title and description for assistive technologies and the communes table as its text alternative.
#[function_component(TerritoryMap)]
pub fn territory_map(props: &MapProps) -> Html {
    let lang = props.lang;
    let projection = Projection::fit(
        props
            .communes
            .iter()
            .flat_map(|c| c.polygons.iter().flatten()),
        WIDTH,
        HEIGHT,
        16.0,
    );
    let shapes = props.communes.iter().map(|commune| {
        let path: String = commune.polygons.iter().map(|polygon| projection.path(polygon)).collect();
        html! {
            <path class="commune" d={path} fill-rule="evenodd" data-commune={commune.code.clone()}>
                <title>{ format!("{} — {} {}", commune.name, format_int(lang, commune.population.into()), t(lang, T::Residents)) }</title>
            </path>
        }
    });
    let labels = props.communes.iter().map(|commune| {
        let (x, y) = projection.project(commune.label);
        html! {
            <g class="commune-label" aria-hidden="true">
                <text x={format!("{x:.1}")} y={format!("{y:.1}")} class="commune-name">{ &commune.name }</text>
                <text x={format!("{x:.1}")} y={format!("{:.1}", y + 18.0)} class="commune-population">
                    { format!("{} {}", format_int(lang, commune.population.into()), t(lang, T::Residents)) }
                </text>
            </g>
        }
    });
    html! {
        <figure class="map">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="map-title map-desc" class="map-svg">
                <title id="map-title">{ t(lang, T::MapTitle) }</title>
                <desc id="map-desc">{ t(lang, T::MapDescription) }</desc>
                <g class="communes">{ for shapes }</g>
                <g class="labels">{ for labels }</g>
            </svg>
            <figcaption>
                <CommunesTable communes={props.communes.clone()} {lang} />
            </figcaption>
        </figure>
    }
}

/// The communes and their population as a table: the map's text alternative.
#[function_component(CommunesTable)]
pub fn communes_table(props: &MapProps) -> Html {
    let lang = props.lang;
    let total: i64 = props.communes.iter().map(|c| i64::from(c.population)).sum();
    html! {
        <table class="communes-table">
            <caption>{ t(lang, T::CommunesTable) }</caption>
            <thead>
                <tr><th scope="col">{ t(lang, T::Commune) }</th><th scope="col" class="number">{ t(lang, T::Population) }</th></tr>
            </thead>
            <tbody>
                { for props.communes.iter().map(|commune| html! {
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
