//! What the map draws that depends only on the atlas and the zones: the projection, outlines and labels, computed once per territory.

use std::ops::Deref;
use std::rc::Rc;

use yew::AttrValue;

use crate::engine::atlas::Ring;
use crate::engine::model::Territory;
use crate::ui::geo::Projection;
use crate::ui::map::layout::CommuneSpot;
use crate::ui::state::Atlas;

/// The SVG drawing's height in user units; its width follows the territory's shape.
pub const HEIGHT: f64 = 560.0;
/// The narrowest and widest drawing, in user units.
const WIDTHS: (f64, f64) = (380.0, 900.0);
const MARGIN: f64 = 16.0;

/// A shared value compared by identity: props holding big values stay cheap to compare, and a
/// component re-renders only when a new value was computed.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A commune's outline and where its name goes.
#[derive(Debug, PartialEq)]
pub struct CommuneShape {
    pub code: String,
    pub name: String,
    pub population: u32,
    pub path: AttrValue,
    /// Where the name goes and how wide the commune is, for the layout of each view.
    pub spot: CommuneSpot,
}

/// How a zone is drawn: its modelled outline, or a dot at its centre when the territory has none.
#[derive(Debug, PartialEq)]
pub enum ZoneOutline {
    Path(AttrValue),
    Dot(f64, f64),
}

/// Everything drawn once per territory; only the zones' fill changes with the figures.
#[derive(Debug, PartialEq)]
pub struct Drawing {
    pub projection: Projection,
    /// Width of the drawing in user units (its height is [`HEIGHT`]).
    pub width: f64,
    pub communes: Vec<CommuneShape>,
    /// Indexed like the territory's zones.
    pub zones: Vec<ZoneOutline>,
}

impl Drawing {
    /// Projects the atlas and the zones of `territory` (zones never change with operations).
    pub fn new(atlas: &Atlas, territory: &Territory) -> Drawing {
        let (projection, width) = fit(atlas, territory);
        let communes = atlas
            .communes
            .iter()
            .map(|commune| {
                let (west, east) = commune
                    .polygons
                    .iter()
                    .flatten()
                    .flatten()
                    .map(|p| projection.project(*p).0)
                    .fold((f64::MAX, f64::MIN), |(w, e), x| (w.min(x), e.max(x)));
                CommuneShape {
                    code: commune.code.clone(),
                    name: commune.name.clone(),
                    population: commune.population,
                    path: commune
                        .polygons
                        .iter()
                        .map(|polygon| projection.path(polygon))
                        .collect::<String>()
                        .into(),
                    spot: CommuneSpot {
                        at: projection.project(commune.label),
                        extent: (east - west).max(0.0),
                        chars: commune.name.chars().count(),
                        population: commune.population,
                    },
                }
            })
            .collect();
        let zones = territory
            .zones
            .iter()
            .map(|zone| match atlas.zone_shapes.get(&zone.id) {
                Some(rings) if !rings.is_empty() => {
                    ZoneOutline::Path(projection.path(rings).into())
                }
                _ => {
                    let (x, y) = projection.project([zone.lon, zone.lat]);
                    ZoneOutline::Dot(x, y)
                }
            })
            .collect();
        Drawing {
            projection,
            width,
            communes,
            zones,
        }
    }
}

/// Fits the communes; an imported territory without boundaries is fitted on its zones and sites.
fn fit(atlas: &Atlas, territory: &Territory) -> (Projection, f64) {
    if !atlas.communes.is_empty() {
        let rings = atlas
            .communes
            .iter()
            .flat_map(|c| c.polygons.iter().flatten());
        return Projection::fit_height(rings, HEIGHT, MARGIN, WIDTHS);
    }
    let points: Ring = territory
        .zones
        .iter()
        .map(|z| [z.lon, z.lat])
        .chain(territory.sites.iter().map(|s| [s.lon, s.lat]))
        .filter(|p| p[0].is_finite() && p[1].is_finite())
        .collect();
    Projection::fit_height([&points], HEIGHT, MARGIN * 2.0, WIDTHS)
}
