//! What a room decides on: the decision strip's few figures, each against the start (teams over
//! their load with usual absence, the longest trip of a resident and to which service, residents
//! beyond their service's reach, sites over capacity, agents changing site or manager, posts
//! outside the span norm), and every figure that changed, the largest change first.
//!
//! Each is a pure function of two versions of a territory — a start and a scenario, as
//! [`Column`]s — so that the workshop's strip, the comparison's headline, the scenario sheet and a
//! board of groups all read the same figures for any scenario, not only the active one.

mod changes;

pub use changes::{changes, most_affected_service, Changed, Subject};

use super::catalogue::{Figure, Measure, SpanNorm};
use super::comparison::Column;
use super::lang::{colon, format_int, singular, Lang};
use super::metrics::Evaluation;
use super::model::{ServiceIx, Territory, Warning};
use super::names::shown;

/// The strip's figures, in the order the strip shows them.
pub const STRIP: [Measure; 6] = [
    Measure::OverloadedTeams,
    Measure::LongestTrip,
    Measure::ResidentsBeyondReach,
    Measure::SitesOverCapacity,
    Measure::AgentsChanging,
    Measure::PostsOutsideNorm,
];

/// One figure of the strip.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    /// Which figure (its name, unit and direction are the catalogue's).
    pub measure: Measure,
    /// Its value in the scenario and at the start.
    pub figure: Figure,
    /// What it names, in words: the most loaded team, the service of the longest trip, the site
    /// over capacity… (empty where there is nothing to name).
    pub detail: String,
    /// The service it is about, where it is about one (the longest trip, the residents beyond
    /// reach), so that the map can show it.
    pub service: Option<ServiceIx>,
}

/// The longest trip of a resident over every service, and that service (the first in service
/// order on a tie); `None` where no service has a site.
pub fn longest_trip(figures: &Evaluation) -> Option<(ServiceIx, f64)> {
    let mut longest: Option<(ServiceIx, f64)> = None;
    for (k, service) in figures.services.iter().enumerate() {
        if let Some(minutes) = service.max_minutes {
            if longest.is_none_or(|(_, most)| minutes > most) {
                longest = Some((ServiceIx::from_index(k), minutes));
            }
        }
    }
    longest
}

/// Per service, the residents beyond its catchment time (MODEL.md: `t(z) > catchment_minutes`);
/// every resident where the service has no site at all.
pub fn residents_beyond_reach(territory: &Territory, figures: &Evaluation) -> Vec<f64> {
    territory
        .services
        .iter()
        .zip(&figures.services)
        .map(|(service, figures)| {
            territory
                .zones
                .iter()
                .zip(&figures.minutes)
                .filter(|(_, minutes)| minutes.is_none_or(|t| t > service.catchment_minutes))
                .map(|(zone, _)| zone.population)
                .sum()
        })
        .collect()
}

/// The value of a strip figure (or of any figure of the four the strip adds to the catalogue)
/// for one version; `None` for a figure that is not the strip's.
pub fn value(column: &Column, measure: Measure, norm: SpanNorm) -> Option<f64> {
    let (territory, figures) = (column.territory, column.figures);
    match measure {
        Measure::OverloadedTeams => Some(figures.overloaded_teams.len() as f64),
        Measure::LongestTrip => longest_trip(figures).map(|(_, minutes)| minutes),
        Measure::ResidentsBeyondReach => {
            Some(residents_beyond_reach(territory, figures).iter().sum())
        }
        Measure::SitesOverCapacity => Some(over_capacity(figures).count() as f64),
        Measure::AgentsChanging => Some(column.impact.agents_changing as f64),
        Measure::PostsOutsideNorm => Some(figures.posts_outside_norm(norm.min, norm.max) as f64),
        _ => None,
    }
}

/// The strip of `now` against `start`, in [`STRIP`]'s order, named in `lang`.
pub fn strip(start: &Column, now: &Column, norm: SpanNorm, lang: Lang) -> Vec<KeyFigure> {
    STRIP
        .iter()
        .map(|&measure| {
            let figure = Figure::measured(
                measure,
                value(now, measure, norm),
                value(start, measure, norm),
            );
            let (detail, service) = detail(start, now, measure, norm, lang);
            KeyFigure {
                measure,
                figure,
                detail,
                service,
            }
        })
        .collect()
}

fn over_capacity(figures: &Evaluation) -> impl Iterator<Item = &Warning> {
    figures
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::SiteOverCapacity { .. }))
}

/// What a strip figure names, and the service it is about.
fn detail(
    start: &Column,
    now: &Column,
    measure: Measure,
    norm: SpanNorm,
    lang: Lang,
) -> (String, Option<ServiceIx>) {
    let (territory, figures) = (now.territory, now.figures);
    let none = || lang.pick("aucun", "none").to_string();
    let service_name = |territory: &Territory, k: ServiceIx| {
        territory
            .services
            .get(k.index())
            .map_or_else(String::new, |s| s.name.clone())
    };
    match measure {
        Measure::OverloadedTeams => {
            let Some(&team) = figures.overloaded_teams.first() else {
                return (lang.pick("aucune", "none").to_string(), None);
            };
            let load = figures
                .teams
                .get(team.index())
                .and_then(|f| f.load_with_usual_absence)
                .map(|load| Measure::LoadWithAbsence.unit().shown(load, lang))
                .unwrap_or_default();
            let name = &territory.team(team).name;
            let text = format!(
                "{}{}{name} ({load})",
                lang.pick("la plus chargée", "most loaded"),
                colon(lang)
            );
            (text, Some(territory.team(team).service))
        }
        Measure::LongestTrip => {
            let Some((k, _)) = longest_trip(figures) else {
                return (none(), None);
            };
            let mut text = service_name(territory, k);
            if let Some((before, _)) = longest_trip(start.figures) {
                let before = service_name(start.territory, before);
                if before != text {
                    let at_start = lang.pick("au départ", "at start");
                    text += &format!(" ({at_start}{}{before})", colon(lang));
                }
            }
            (text, Some(k))
        }
        Measure::ResidentsBeyondReach => {
            let beyond = residents_beyond_reach(territory, figures);
            let most = beyond
                .iter()
                .enumerate()
                .filter(|(_, &residents)| residents >= 0.5)
                .fold(None::<(usize, f64)>, |most, (k, &residents)| match most {
                    Some((_, top)) if top >= residents => most,
                    _ => Some((k, residents)),
                });
            let Some((k, residents)) = most else {
                return (none(), None);
            };
            let k = ServiceIx::from_index(k);
            let text = format!(
                "{}{}{} ({})",
                lang.pick("surtout", "mostly"),
                colon(lang),
                service_name(territory, k),
                format_int(lang, residents.round() as i64)
            );
            (text, Some(k))
        }
        Measure::SitesOverCapacity => {
            let mut sites = over_capacity(figures);
            let Some(Warning::SiteOverCapacity {
                name,
                agents,
                capacity,
                ..
            }) = sites.next()
            else {
                return (none(), None);
            };
            let mut text = format!(
                "{}{}{} {} {}",
                shown(lang, name),
                colon(lang),
                format_int(lang, *agents as i64),
                lang.pick("pour", "for"),
                format_int(lang, i64::from(*capacity)),
            );
            text += " places";
            let others = sites.count() as u64;
            if others > 0 {
                let word = match (lang, singular(lang, others)) {
                    (Lang::Fr, true) => "autre",
                    (Lang::Fr, false) => "autres",
                    (Lang::En, true) => "other",
                    (Lang::En, false) => "others",
                };
                text += &format!(
                    " {} {} {word}",
                    lang.pick("et", "and"),
                    format_int(lang, others as i64)
                );
            }
            (text, None)
        }
        Measure::AgentsChanging => {
            let impact = now.impact;
            let text = format!(
                "{} {}, {} {}",
                format_int(lang, impact.agents_moved as i64),
                lang.pick("de site", "moving site"),
                format_int(lang, impact.agents_new_manager as i64),
                lang.pick("d'encadrant", "new manager"),
            );
            (text, None)
        }
        Measure::PostsOutsideNorm => {
            let text = format!(
                "{}{}{} {} {}",
                lang.pick("norme", "norm"),
                colon(lang),
                format_int(lang, norm.min as i64),
                lang.pick("à", "to"),
                format_int(lang, norm.max as i64)
            );
            (text, None)
        }
        _ => (String::new(), None),
    }
}
