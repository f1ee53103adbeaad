//! The catalogue of figures: each figure the app shows or compares, with its name in both
//! languages, its unit (how its value reads), its direction (which way it improves) and its
//! section. The dashboard, the comparison, the ranking and the exercises all take these from here,
//! so that a figure has one name, one way of being written and one direction everywhere.

mod figure;

pub use figure::{Change, Figure, Trend};

use super::lang::{format_decimal, format_minutes, format_percent, format_trimmed, Lang};

/// Which way a figure improves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Less is better (travel time, load, overloaded teams, span, layers).
    Lower,
    /// More is better (residents within reach, capacity, access).
    Higher,
    /// Neither: no value is called better (demand, headcount, agents moved).
    Neither,
}

/// How a figure's value reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A load, demand over capacity: a percentage with one decimal on the dashboard (a change in
    /// points); in an objective's sentence demand over capacity with two decimals (« 1,05 »), so
    /// that a load just under 1 never reads as a round 1.
    Load,
    /// A share from 0 to 1: a percentage (one decimal; a change in points).
    Share,
    /// Minutes of travel, one decimal.
    Minutes,
    /// A whole count (teams, posts, agents, units of work).
    Count,
    /// A number with this many decimals (a mean span, an access).
    Decimal(usize),
}

impl Unit {
    /// The scale applied before rounding, the decimals shown, and the units written after a
    /// value and after a change, as the dashboard and the comparison write them.
    pub fn layout(self, lang: Lang) -> (f64, usize, &'static str, &'static str) {
        match self {
            Unit::Load | Unit::Share => (100.0, 1, lang.pick("\u{202F}%", "%"), "\u{a0}pts"),
            Unit::Minutes => (1.0, 1, "\u{a0}min", "\u{a0}min"),
            Unit::Count => (1.0, 0, "", ""),
            Unit::Decimal(decimals) => (1.0, decimals, "", ""),
        }
    }

    /// The value as the dashboard shows it: `97,5 %`, `9,9 min`, `1 234`.
    pub fn shown(self, value: f64, lang: Lang) -> String {
        let (scale, decimals, unit, _) = self.layout(lang);
        format!("{}{unit}", format_decimal(lang, value * scale, decimals))
    }

    /// The value in steps of the last decimal shown, so that two values written alike compare
    /// equal.
    pub fn steps(self, value: f64) -> f64 {
        let (scale, decimals, _, _) = self.layout(Lang::Fr);
        (value * scale * 10f64.powi(decimals as i32)).round()
    }

    /// The value as a sentence says it (an exercise's objectives and debrief): at most the
    /// decimals that matter, « 1,05 », « 12,5 min », « 95 % », « 381 ».
    pub fn format(self, value: f64, lang: Lang) -> String {
        match self {
            Unit::Load => format_decimal(lang, value, 2),
            Unit::Minutes => format_minutes(lang, value),
            Unit::Share => format_percent(lang, value * 100.0, 1),
            Unit::Count => format_trimmed(lang, value, 0),
            Unit::Decimal(decimals) => format_trimmed(lang, value, decimals),
        }
    }
}

/// The dashboard's sections, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Workload,
    Proximity,
    Management,
    Impact,
}

/// A figure of the dashboard, of the comparison's rows and of the ranking's criteria; the
/// per-service ones are read for one service at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Measure {
    /// Monthly demand of a service (units).
    Demand,
    /// Monthly capacity of a service (units).
    Capacity,
    /// Load of a service: demand / capacity.
    Load,
    /// Load of a service with its usual absence: demand / (capacity × (1 − usual absence)).
    LoadWithAbsence,
    /// Teams whose load with usual absence is above 1.
    OverloadedTeams,
    /// Mean travel time of residents to a service (minutes).
    MeanMinutes,
    /// Share of residents within the service's catchment time (0–1).
    ShareWithin,
    /// Travel time of the furthest resident (minutes).
    MaxMinutes,
    /// 2SFCA access of the least served zone (agents per 1,000 residents within reach).
    LowestAccess,
    /// Largest span of control.
    MaxSpan,
    /// Mean span over posts with reports.
    MeanSpan,
    /// Depth of the hierarchy.
    Layers,
    /// Posts whose span is outside the norm.
    PostsOutsideNorm,
    /// Agents in the territory.
    Agents,
    /// Agents whose site changed since the base.
    AgentsMoved,
    /// Agents whose team has another manager since the base.
    AgentsNewManager,
    /// The longest trip of a resident to a service, over every service (minutes).
    LongestTrip,
    /// Residents beyond a service's catchment time, added up over the services (a resident
    /// beyond the reach of two services counts twice).
    ResidentsBeyondReach,
    /// Sites holding more agents than their capacity.
    SitesOverCapacity,
    /// Agents whose team changed site or manager (or both) since the base.
    AgentsChanging,
}

impl Measure {
    /// The figure's name, as the dashboard's headers, the comparison's rows and the ranking's
    /// criteria write it.
    pub fn name(self, lang: Lang) -> &'static str {
        use Measure as M;
        let (fr, en) = match self {
            M::Demand => ("Demande (unités/mois)", "Demand (units/month)"),
            M::Capacity => ("Capacité (unités/mois)", "Capacity (units/month)"),
            M::Load => ("Charge", "Load"),
            M::LoadWithAbsence => (
                "Charge avec l'absence habituelle",
                "Load with usual absence",
            ),
            M::OverloadedTeams => ("Équipes en surcharge", "Overloaded teams"),
            M::MeanMinutes => ("Temps moyen", "Mean time"),
            M::ShareWithin => ("Habitants à portée", "Residents within reach"),
            M::MaxMinutes => ("Zone la plus éloignée", "Furthest zone"),
            M::LowestAccess => (
                "Accès minimal (agents pour 1\u{202F}000 hab.)",
                "Lowest access (agents per 1,000 residents)",
            ),
            M::MaxSpan => (
                "Span maximal (rattachements directs d'un poste)",
                "Largest span (direct reports of one post)",
            ),
            M::MeanSpan => ("Span moyen", "Mean span"),
            M::Layers => (
                "Niveaux hiérarchiques, agents compris",
                "Layers, agents included",
            ),
            M::PostsOutsideNorm => ("Postes hors norme", "Posts outside the norm"),
            M::Agents => ("Agents du territoire", "Agents in the territory"),
            M::AgentsMoved => ("Agents changeant de site", "Agents moving site"),
            M::AgentsNewManager => ("Agents changeant d'encadrant", "Agents with a new manager"),
            M::LongestTrip => ("Trajet le plus long", "Longest trip"),
            M::ResidentsBeyondReach => ("Habitants hors de portée", "Residents beyond reach"),
            M::SitesOverCapacity => ("Sites au-delà de leur capacité", "Sites over capacity"),
            M::AgentsChanging => (
                "Agents changeant de site ou d'encadrant",
                "Agents changing site or manager",
            ),
        };
        lang.pick(fr, en)
    }

    /// How the figure's value reads.
    pub fn unit(self) -> Unit {
        use Measure as M;
        match self {
            M::Load | M::LoadWithAbsence => Unit::Load,
            M::ShareWithin => Unit::Share,
            M::MeanMinutes | M::MaxMinutes | M::LongestTrip => Unit::Minutes,
            M::LowestAccess => Unit::Decimal(2),
            M::MeanSpan => Unit::Decimal(1),
            M::Demand
            | M::Capacity
            | M::OverloadedTeams
            | M::MaxSpan
            | M::Layers
            | M::PostsOutsideNorm
            | M::Agents
            | M::AgentsMoved
            | M::AgentsNewManager
            | M::ResidentsBeyondReach
            | M::SitesOverCapacity
            | M::AgentsChanging => Unit::Count,
        }
    }

    /// Which way the figure improves.
    pub fn direction(self) -> Direction {
        use Measure as M;
        match self {
            M::Load
            | M::LoadWithAbsence
            | M::OverloadedTeams
            | M::MeanMinutes
            | M::MaxMinutes
            | M::MaxSpan
            | M::Layers
            | M::PostsOutsideNorm
            | M::LongestTrip
            | M::ResidentsBeyondReach
            | M::SitesOverCapacity => Direction::Lower,
            M::Capacity | M::ShareWithin | M::LowestAccess => Direction::Higher,
            M::Demand
            | M::MeanSpan
            | M::Agents
            | M::AgentsMoved
            | M::AgentsNewManager
            | M::AgentsChanging => Direction::Neither,
        }
    }

    /// The dashboard's section the figure belongs to.
    pub fn group(self) -> Group {
        use Measure as M;
        match self {
            M::Demand
            | M::Capacity
            | M::Load
            | M::LoadWithAbsence
            | M::OverloadedTeams
            | M::SitesOverCapacity => Group::Workload,
            M::MeanMinutes
            | M::ShareWithin
            | M::MaxMinutes
            | M::LowestAccess
            | M::LongestTrip
            | M::ResidentsBeyondReach => Group::Proximity,
            M::MaxSpan | M::MeanSpan | M::Layers | M::PostsOutsideNorm => Group::Management,
            M::Agents | M::AgentsMoved | M::AgentsNewManager | M::AgentsChanging => Group::Impact,
        }
    }
}

/// The span of control the org chart colours against and "posts outside the norm" counts
/// (direct reports, both bounds included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpanNorm {
    pub min: u64,
    pub max: u64,
}

impl Default for SpanNorm {
    /// 5 to 12 direct reports: between McKinsey's "coach" and "facilitator" archetypes (DOMAIN.md).
    fn default() -> Self {
        SpanNorm { min: 5, max: 12 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_the_same_on_the_dashboard_and_in_sentences() {
        assert_eq!(Unit::Load.shown(0.975, Lang::Fr), "97,5\u{202F}%");
        assert_eq!(Unit::Load.format(0.976, Lang::Fr), "0,98");
        assert_eq!(Unit::Share.shown(0.9886, Lang::En), "98.9%");
        assert_eq!(Unit::Minutes.shown(9.94, Lang::Fr), "9,9\u{a0}min");
        assert_eq!(Unit::Count.shown(1234.0, Lang::En), "1,234");
        assert_eq!(Unit::Decimal(2).format(1.5, Lang::Fr), "1,5");
        assert_eq!(Unit::Share.steps(0.9704), Unit::Share.steps(0.9701));
    }

    #[test]
    fn every_figure_is_named_in_both_languages() {
        use Measure as M;
        let all = [
            M::Demand,
            M::Capacity,
            M::Load,
            M::LoadWithAbsence,
            M::OverloadedTeams,
            M::MeanMinutes,
            M::ShareWithin,
            M::MaxMinutes,
            M::LowestAccess,
            M::MaxSpan,
            M::MeanSpan,
            M::Layers,
            M::PostsOutsideNorm,
            M::Agents,
            M::AgentsMoved,
            M::AgentsNewManager,
            M::LongestTrip,
            M::ResidentsBeyondReach,
            M::SitesOverCapacity,
            M::AgentsChanging,
        ];
        for measure in all {
            assert!(!measure.name(Lang::Fr).is_empty() && !measure.name(Lang::En).is_empty());
        }
        assert_eq!(M::LoadWithAbsence.direction(), Direction::Lower);
        assert_eq!(M::LoadWithAbsence.group(), Group::Workload);
    }
}
