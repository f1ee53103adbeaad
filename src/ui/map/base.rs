//! The map's picture: shaded zones under the real commune boundaries, shown through the current
//! view (its `viewBox`); zooming or panning changes that attribute only, not the zones.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::i18n::{format_int, t, T};
use crate::ui::map::drawing::{Drawing, Shared, ZoneOutline};
use crate::ui::map::shading::ZoneShade;

#[derive(Properties, PartialEq)]
pub struct BaseMapProps {
    pub lang: Lang,
    pub drawing: Shared<Drawing>,
    /// Indexed like the drawing's zones.
    pub shades: Shared<Vec<ZoneShade>>,
    /// The map's description for assistive technologies.
    pub description: AttrValue,
    /// The part of the drawing shown: x, y, width, height in drawing units.
    pub view_box: [f64; 4],
    /// Drawing units per pixel, so that the hatching keeps its width at every zoom.
    pub unit: f64,
}

/// The picture: a `role="img"` SVG (its text alternative is the tables below).
#[function_component(BaseMap)]
pub fn base_map(props: &BaseMapProps) -> Html {
    let lang = props.lang;
    let [x, y, width, height] = props.view_box;
    // Stripes 8 px apart on screen, whatever the zoom.
    let stripe = 8.0 * props.unit;
    html! {
        <svg viewBox={format!("{x:.2} {y:.2} {width:.2} {height:.2}")} role="img" aria-labelledby="map-title map-desc"
            class="map-svg" preserveAspectRatio="xMidYMid meet">
            <title id="map-title">{ t(lang, T::MapTitle) }</title>
            <desc id="map-desc">{ props.description.clone() }</desc>
            <defs>
                // Black and white stripes stay visible over every band, light or dark.
                <pattern id="hatch-beyond" width={format!("{stripe:.3}")} height={format!("{stripe:.3}")}
                    patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect x="0" y="0" width={format!("{:.3}", stripe / 4.0)} height={format!("{stripe:.3}")} fill="#ffffff" fill-opacity="0.85" />
                    <rect x={format!("{:.3}", stripe / 4.0)} y="0" width={format!("{:.3}", stripe * 0.19)} height={format!("{stripe:.3}")} fill="#000000" fill-opacity="0.7" />
                </pattern>
            </defs>
            <Picture {lang} drawing={props.drawing.clone()} shades={props.shades.clone()} />
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct PictureProps {
    lang: Lang,
    drawing: Shared<Drawing>,
    shades: Shared<Vec<ZoneShade>>,
}

/// The zones, over those beyond the catchment the hatching, and the commune boundaries: rendered
/// again only when the figures change, never for a zoom or a pan (the Métropole has 554 zones).
#[function_component(Picture)]
fn picture(props: &PictureProps) -> Html {
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
    // A second layer over the zones beyond the catchment, so that it never hides the band's colour.
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
    // The commune boundaries, each on a white casing so that it shows over the darkest band too.
    let lang = props.lang;
    let casings = props.drawing.communes.iter().map(|commune| {
        html! { <path class="commune-casing" d={commune.path.clone()} fill-rule="evenodd" /> }
    });
    let communes = props.drawing.communes.iter().map(|commune| {
        let population = format_int(lang, commune.population.into());
        html! {
            <path class="commune" d={commune.path.clone()} fill-rule="evenodd" data-commune={commune.code.clone()}>
                <title>{ format!("{} — {population} {}", commune.name, t(lang, T::Residents)) }</title>
            </path>
        }
    });
    html! {
        <>
            <g class="zones">{ for zones }</g>
            <g class="zones-beyond" aria-hidden="true">{ for hatched }</g>
            <g class="commune-casings" aria-hidden="true">{ for casings }</g>
            <g class="communes">{ for communes }</g>
        </>
    }
}
