//! The sheet's map: the workshop map's picture for one service, still and small — zones shaded by
//! travel time (the map's bands and hatching), commune outlines and names, the service's sites as
//! squares and the others as rings, a site over capacity marked with « ! » in a triangle — with
//! its legend in words. Nothing on it takes the pointer or the keyboard: it is a page to print.

use std::rc::Rc;

use yew::prelude::*;

use super::texts::SheetText;
use crate::engine::lang::Lang;
use crate::engine::metrics::Evaluation;
use crate::engine::model::{ServiceIx, SiteIx, Territory, Warning};
use crate::ui::i18n::{format_decimal, t};
use crate::ui::map::drawing::{Drawing, Shared, ZoneOutline, HEIGHT};
use crate::ui::map::placement::text_width;
use crate::ui::map::shading::{shades, Band};
use crate::ui::map::texts::{fill, MapText};
use crate::ui::state::Atlas;

/// The commune names' size in drawing units, as the map writes them at its first view.
const NAME_SIZE: f64 = 17.0;

#[derive(Properties, PartialEq)]
pub struct StillMapProps {
    pub lang: Lang,
    pub atlas: Rc<Atlas>,
    /// The starting territory: its zones are the map's (operations never change zones).
    pub start: Rc<Territory>,
    /// The scenario's territory and its figures.
    pub now: Rc<Territory>,
    pub figures: Rc<Evaluation>,
    pub service: ServiceIx,
}

/// The map of one service in one scenario, with its legend.
#[function_component(StillMap)]
pub fn still_map(props: &StillMapProps) -> Html {
    let lang = props.lang;
    let drawing = use_memo(
        (Shared(props.atlas.clone()), Shared(props.start.clone())),
        |(atlas, start)| Drawing::new(atlas, start),
    );
    let territory = &props.now;
    let service = territory.services.get(props.service.index());
    let figures = props.figures.services.get(props.service.index());
    let zone_shades = shades(territory, service.zip(figures), lang);
    // A zone's outline (or its dot), filled by `class`.
    let outline = |zone: &ZoneOutline, class: Classes| match zone {
        ZoneOutline::Path(d) => html! { <path {class} d={d.clone()} fill-rule="evenodd" /> },
        ZoneOutline::Dot(x, y) => html! { <circle {class} cx={at(*x)} cy={at(*y)} r="6" /> },
    };
    let zones = drawing.zones.iter().zip(&zone_shades).map(|(zone, shade)| {
        let hatch = shade
            .beyond
            .then(|| outline(zone, classes!("zone-beyond", "still-hatch")));
        html! { <>{ outline(zone, classes!("zone", shade.band.class())) }{ for hatch }</> }
    });
    let communes = drawing
        .communes
        .iter()
        .map(|c| html! { <path class="commune" d={c.path.clone()} fill-rule="evenodd" /> });
    // A commune's name where it fits inside the commune, a little above its point.
    let names = drawing
        .communes
        .iter()
        .filter(|c| text_width(c.spot.chars, NAME_SIZE) <= c.spot.extent)
        .map(|c| {
            let (x, y) = c.spot.at;
            html! { <text class="commune-name" x={at(x)} y={at(y - NAME_SIZE * 1.3)}>{ &c.name }</text> }
        });
    let hosting = figures.map(|f| f.sites.clone()).unwrap_or_default();
    let crowded: Vec<&str> = props
        .figures
        .warnings
        .iter()
        .map(|Warning::SiteOverCapacity { site, .. }| site.as_str())
        .collect();
    let sites = territory.sites.iter().enumerate().map(|(s, site)| {
        let (x, y) = drawing.projection.project([site.lon, site.lat]);
        let here = format!("translate({} {})", at(x), at(y));
        let over = crowded.contains(&site.id.as_str()).then(|| {
            let beside = format!("translate({} {})", at(x + 8.0), at(y - 8.0));
            html! { <g transform={beside}>{ over_mark() }</g> }
        });
        html! { <><g transform={here}>{ site_mark(hosting.contains(&SiteIx::from_index(s))) }</g>{ for over }</> }
    });
    let name = service.map_or("—", |s| s.name.as_str());
    let title = fill(t(lang, MapText::LegendTitle), &[("service", name)]);
    let beyond = fill(
        t(lang, MapText::BeyondCatchment),
        &[(
            "minutes",
            &format_decimal(lang, service.map_or(0.0, |s| s.catchment_minutes), 0),
        )],
    );
    html! {
        <figure class="still-map">
            <svg viewBox={format!("0 0 {} {HEIGHT}", drawing.width)} role="img" aria-label={title.clone()} class="still-svg">
                <defs>
                    <pattern id="sheet-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect x="0" y="0" width="2" height="8" fill="#ffffff" fill-opacity="0.85" />
                        <rect x="2" y="0" width="1.5" height="8" fill="#000000" fill-opacity="0.7" />
                    </pattern>
                </defs>
                <g>{ for zones }</g>
                <g>{ for communes }</g>
                <g>{ for names }</g>
                <g>{ for sites }</g>
            </svg>
            <figcaption>
                <strong>{ title }</strong>
                <ul class="still-legend">
                    { for Band::ALL.iter().map(|band| html! {
                        <li><span class={classes!("swatch", band.class())} aria-hidden="true"></span>{ t(lang, band.label()) }</li>
                    }) }
                    <li><span class="swatch swatch-beyond" aria-hidden="true"></span>{ beyond }</li>
                    <li><svg class="still-mark" viewBox="-10 -10 20 20" aria-hidden="true">{ site_mark(true) }</svg>{ t(lang, SheetText::ServiceSite) }</li>
                    <li><svg class="still-mark" viewBox="-10 -10 20 20" aria-hidden="true">{ site_mark(false) }</svg>{ t(lang, MapText::OtherSite) }</li>
                    <li><svg class="still-mark" viewBox="-10 -10 20 20" aria-hidden="true">{ over_mark() }</svg>{ t(lang, SheetText::CrowdedMark) }</li>
                </ul>
            </figcaption>
        </figure>
    }
}

/// A coordinate in the SVG's user units, to a tenth.
fn at(value: f64) -> String {
    format!("{value:.1}")
}

/// A site as the map draws it, at the origin: a square for a site of the service shown, a ring
/// otherwise, each an ink and a white edge so that it stands out on any band.
fn site_mark(hosting: bool) -> Html {
    if hosting {
        html! {
            <g class="hosting">
                <rect class="site-edge" x="-7" y="-7" width="14" height="14" />
                <rect class="site-ring" x="-5.5" y="-5.5" width="11" height="11" />
                <rect class="site-core" x="-3.5" y="-3.5" width="7" height="7" />
            </g>
        }
    } else {
        html! { <g><circle class="site-edge" r="6" /><circle class="site-ring" r="4.5" /><circle class="site-core" r="2.5" /></g> }
    }
}

/// « ! » in a triangle, as the map marks a site over capacity, at the origin.
fn over_mark() -> Html {
    html! { <g class="over-badge"><path d="M0,-6.5 L6.5,5 L-6.5,5 Z" /><text y="3.8">{ "!" }</text></g> }
}
