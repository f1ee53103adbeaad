//! The changes a planner can make to a territory, each checked before it is applied: the
//! operations themselves here; why one is refused in `error`; applying one in `applying`; the
//! journal's wording in `journal`.

mod applying;
mod error;
mod journal;

pub use applying::apply;
pub use error::{Named, OperationError};

use serde::{Deserialize, Serialize};

use super::model::Role;
use super::suggest::AppliedSuggestion;

/// One change to a territory. Entities are named by their text ids, so that a saved scenario
/// still means the same thing after the territory is reloaded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Operation {
    /// Move a team (with its whole multi-trade team, if it belongs to one) to another site.
    MoveTeam {
        /// The team.
        team: String,
        /// The site it moves to.
        to_site: String,
    },
    /// Merge two teams. Same service: `absorb`'s agents join `keep` and `absorb` disappears.
    /// Different services: both rows stay, `absorb` (and its own multi-trade team) moves to
    /// `keep`'s site and manager, and they share a crew name: one multi-trade team.
    MergeTeams {
        /// The team that stays.
        keep: String,
        /// The team that joins it.
        absorb: String,
    },
    /// Put two services under one head.
    ///
    /// For every team of the two services, its *head* is the nearest post of role `head` at or
    /// above its manager. Each such head other than `head` hands to `head` its direct reports
    /// that concern only the two services: the teams of those services it leads itself, and
    /// the posts under it whose teams all belong to the two services. A head left with no
    /// report disappears. Teams of the two services with no head above them go directly to
    /// `head`. Rows of a multi-trade team move together.
    MergeServicesUnderHead {
        /// The two services.
        services: [String; 2],
        /// The post that leads both from now on.
        head: String,
    },
    /// Split a team: `agents` of its agents form a new team of the same service, site and
    /// manager.
    SplitTeam {
        /// The team to split.
        team: String,
        /// Text id of the new team.
        new_team_id: String,
        /// Name of the new team.
        new_name: String,
        /// Agents who go to the new team.
        agents: u32,
    },
    /// Close a site; each of its teams goes to the site named for it (a pair team, site). One
    /// row of a multi-trade team is enough to move the whole team.
    CloseSite {
        /// The site to close.
        site: String,
        /// Where each team of the site goes: (team id, site id).
        relocate: Vec<(String, String)>,
    },
    /// Open a new site.
    OpenSite {
        /// Its text id.
        id: String,
        /// Its name.
        name: String,
        /// Latitude, WGS84 degrees.
        lat: f64,
        /// Longitude, WGS84 degrees.
        lon: f64,
        /// The most agents it can host.
        capacity: u32,
    },
    /// Set a team's headcount (hiring or leaving): the only operation that changes how many
    /// agents the territory has.
    SetHeadcount {
        /// The team.
        team: String,
        /// Its new number of agents (signed, so that a mistyped negative is refused, not wrapped).
        agents: i64,
    },
    /// Give a team (with its whole multi-trade team) another manager.
    SetTeamManager {
        /// The team.
        team: String,
        /// Its new manager.
        manager: String,
    },
    /// Make a post report to another one.
    SetReportsTo {
        /// The post.
        manager: String,
        /// The post it now reports to.
        reports_to: String,
    },
    /// Create a management post.
    AddPost {
        /// Its text id.
        id: String,
        /// Its name.
        name: String,
        /// Its role.
        role: Role,
        /// The post it reports to.
        reports_to: String,
    },
    /// Remove a post: its teams and the posts under it go to `hand_to`. When `hand_to` reported
    /// to the removed post, it takes its place.
    RemovePost {
        /// The post removed.
        post: String,
        /// The post that takes its reports.
        hand_to: String,
    },
    /// Set what the demand of one service is multiplied by in one commune, or in every commune:
    /// a surge (1.15 for +15 %), a lull (0.9), or back to normal (1). It is set, not compounded,
    /// so the same operation twice gives the same territory. No agent moves.
    SetDemandFactor {
        /// The service.
        service: String,
        /// The commune, as written in zones.csv; `None` for every commune of the territory.
        commune: Option<String>,
        /// The factor, from 0 to [`MAX_DEMAND_FACTOR`].
        factor: f64,
    },
    /// Something that happens to the territory rather than a choice of its managers: a workshop
    /// facilitator injects it, and the journal says so.
    Event(Event),
    /// A suggestion applied (`engine::suggest`): moves, splits and merges of one service's
    /// teams, kept together so that the journal shows one line and undo takes them back at once.
    ApplySuggestion(AppliedSuggestion),
}

/// An event a facilitator injects during a session. It changes the territory for every operation
/// that follows, like any operation, and undo removes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A site becomes unavailable (flood, fire, end of lease): it closes and each of its teams
    /// goes to the site named for it, as with [`Operation::CloseSite`].
    SiteUnavailable {
        /// The site.
        site: String,
        /// Where each team of the site goes: (team id, site id).
        relocate: Vec<(String, String)>,
    },
    /// An absence wave: `rate` of the agents of `service` (of every service when `None`) are
    /// away on top of the usual absence, so its capacity falls as much. Set, not compounded; 0
    /// ends it.
    AbsenceWave {
        /// The service; `None` for every service.
        service: Option<String>,
        /// The share of its agents away in the wave, from 0 to [`MAX_ABSENCE_WAVE`].
        rate: f64,
    },
    /// A demand surge: the demand of `service` in `commune` (every commune when `None`) is
    /// multiplied by `factor`, as with [`Operation::SetDemandFactor`].
    DemandSurge {
        /// The service.
        service: String,
        /// The commune, as written in zones.csv; `None` for every commune.
        commune: Option<String>,
        /// The factor, from 0 to [`MAX_DEMAND_FACTOR`].
        factor: f64,
    },
}

#[cfg(test)]
mod tests;
