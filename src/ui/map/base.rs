//! The map's picture: shaded zones under the real commune boundaries and names. Clicking it picks a position.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::geo::viewbox_point;
use crate::ui::i18n::{format_int, t, T};
use crate::ui::map::dom;
use crate::ui::map::drawing::{Drawing, Shared, ZoneOutline, HEIGHT};
use crate::ui::map::shading::ZoneShade;

#[derive(Properties, PartialEq)]
pub struct BaseMapProps {
    pub lang: Lang,
    pub drawing: Shared<Drawing>,
    /// Indexed like the drawing's zones.
    pub shades: Shared<Vec<ZoneShade>>,
    /// The map's description for assistive technologies.
    pub description: AttrValue,
    /// A click on the map, as (longitude, latitude).
    pub onpick: Callback<[f64; 2]>,
}

/// The picture: a `role="img"` SVG (its text alternative is the tables below); only the zones' fill
/// changes from one render to the next, and it re-renders only when the drawing or the shades do.
#[function_component(BaseMap)]
pub fn base_map(props: &BaseMapProps) -> Html {
    let lang = props.lang;
    let svg = use_node_ref();
    let width = props.drawing.width;
    let onclick = {
        let projection = props.drawing.projection;
        let onpick = props.onpick.clone();
        let svg = svg.clone();
        Callback::from(move |event: MouseEvent| {
            let Some((offset, size)) = dom::offset_in(&svg, &event) else {
                return;
            };
            if let Some(point) = viewbox_point(offset, size, (width, HEIGHT)) {
                onpick.emit(projection.unproject(point));
            }
        })
    };
    let shades: &[ZoneShade] = &props.shades;
    let zones = props.drawing.zones.iter().zip(shades).map(|(outline, shade)| {
        let class = classes!("zone", shade.band.class());
        match outline {
            ZoneOutline::Path(d) => html! {
                <path {class} d={d.clone()} fill-rule="evenodd"><title>{ shade.title.clone() }</title></path>
            },
            ZoneOutline::Dot(x, y) => html! {
                <circle class={classes!(class, "zone-dot")} cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="6">
                    <title>{ shade.title.clone() }</title>
                </circle>
            },
        }
    });
    // The hatching is a second layer over the zones beyond the catchment, so that it never hides the band's colour.
    let hatched = props
        .drawing
        .zones
        .iter()
        .zip(shades)
        .filter(|(_, shade)| shade.beyond)
        .map(|(outline, _)| match outline {
            ZoneOutline::Path(d) => {
                html! { <path class="zone-beyond" d={d.clone()} fill-rule="evenodd" /> }
            }
            ZoneOutline::Dot(x, y) => html! {
                <circle class="zone-beyond" cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="6" />
            },
        });
    let communes = props.drawing.communes.iter().map(|commune| {
        let population = format_int(lang, commune.population.into());
        html! {
            <path class="commune" d={commune.path.clone()} fill-rule="evenodd" data-commune={commune.code.clone()}>
                <title>{ format!("{} — {population} {}", commune.name, t(lang, T::Residents)) }</title>
            </path>
        }
    });
    let labels = props.drawing.communes.iter().filter(|c| c.named).map(|commune| {
        let (x, y) = commune.label;
        html! {
            <text x={format!("{x:.1}")} y={format!("{y:.1}")} class="commune-name">{ &commune.name }</text>
        }
    });
    html! {
        <svg viewBox={format!("0 0 {width} {HEIGHT}")} role="img" aria-labelledby="map-title map-desc"
            class="map-svg" ref={svg} {onclick}>
            <title id="map-title">{ t(lang, T::MapTitle) }</title>
            <desc id="map-desc">{ props.description.clone() }</desc>
            <defs>
                // Black and white stripes stay visible over every band, light or dark.
                <pattern id="hatch-beyond" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect x="0" y="0" width="2" height="8" fill="#ffffff" fill-opacity="0.85" />
                    <rect x="2" y="0" width="1.5" height="8" fill="#000000" fill-opacity="0.7" />
                </pattern>
            </defs>
            <g class="zones">{ for zones }</g>
            <g class="zones-beyond" aria-hidden="true">{ for hatched }</g>
            <g class="communes">{ for communes }</g>
            <g class="labels" aria-hidden="true">{ for labels }</g>
        </svg>
    }
}
