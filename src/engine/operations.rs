//! The changes a planner can make to a territory, each checked before it is applied.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::hierarchy::Hierarchy;
use super::lang::{definite, format_percent, Lang};
use super::model::{
    Absence, DemandFactor, Entity, Manager, ManagerIx, Role, ServiceIx, Site, SiteIx, Team, TeamIx,
    Territory, MAX_ABSENCE_RATE, MAX_DEMAND_FACTOR,
};
use super::names::Names;
use crate::engine::ordered;

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
    /// away, so its capacity falls as much. Set, not compounded; 0 ends it.
    AbsenceWave {
        /// The service; `None` for every service.
        service: Option<String>,
        /// The share of its agents away, from 0 to [`MAX_ABSENCE_RATE`].
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

/// An entity named in a message: its text id and its name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    /// The text id.
    pub id: String,
    /// The name (may be empty).
    pub name: String,
}

impl fmt::Display for Named {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name.is_empty() || self.name == self.id {
            f.write_str(&self.id)
        } else {
            write!(f, "{} ({})", self.name, self.id)
        }
    }
}

/// Why an operation was refused; the territory is then left as it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum OperationError {
    /// No entity of that kind has this id.
    UnknownId {
        /// The kind looked for.
        entity: Entity,
        /// The id given.
        id: String,
    },
    /// The new id is already used by an entity of the same kind.
    DuplicateId {
        /// The kind.
        entity: Entity,
        /// The id given.
        id: String,
    },
    /// The new id is empty.
    EmptyId {
        /// The kind.
        entity: Entity,
    },
    /// The post would report to itself or to a post below it.
    ReportingCycle {
        /// The post.
        post: Named,
        /// The post it would report to.
        reports_to: Named,
    },
    /// Teams of a site being closed were given no site to go to.
    TeamsWithNowhereToGo {
        /// The site.
        site: Named,
        /// The teams left without a destination.
        teams: Vec<Named>,
    },
    /// A team was sent to the very site being closed.
    RelocatedToClosingSite {
        /// The team.
        team: Named,
        /// The site.
        site: Named,
    },
    /// A relocation names a team that does not work at the site being closed.
    TeamNotOnSite {
        /// The team.
        team: Named,
        /// The site being closed.
        site: Named,
    },
    /// Rows of one multi-trade team were sent to different sites.
    CrewSplit {
        /// The multi-trade team's name.
        crew: String,
    },
    /// The top post cannot be removed.
    RemovingTopPost {
        /// The top post.
        post: Named,
    },
    /// A headcount below zero.
    NegativeHeadcount {
        /// The team.
        team: Named,
        /// The number given.
        agents: i64,
    },
    /// A headcount too large to be a number of people.
    HeadcountTooLarge {
        /// The team.
        team: Named,
        /// The number given.
        agents: i64,
    },
    /// A split takes as many agents as the team has, or more.
    SplitTooLarge {
        /// The team.
        team: Named,
        /// Agents asked for the new team.
        asked: u32,
        /// Agents the team has.
        available: u32,
    },
    /// A split of zero agents.
    EmptySplit {
        /// The team.
        team: Named,
    },
    /// A team merged with itself.
    MergeWithItself {
        /// The team.
        team: Named,
    },
    /// No zone belongs to this commune.
    UnknownCommune {
        /// The commune given.
        commune: String,
    },
    /// A demand factor below 0, above [`MAX_DEMAND_FACTOR`], or not a number.
    BadDemandFactor {
        /// The factor given.
        factor: f64,
    },
    /// An absence rate below 0, above [`MAX_ABSENCE_RATE`], or not a number.
    BadAbsenceRate {
        /// The rate given.
        rate: f64,
    },
    /// Coordinates outside the globe, or not numbers.
    BadCoordinates {
        /// Latitude given.
        lat: f64,
        /// Longitude given.
        lon: f64,
    },
}

impl OperationError {
    /// The refusal in words a planner understands.
    pub fn message(&self, lang: Lang) -> String {
        use OperationError as E;
        match (self, lang) {
            (E::UnknownId { entity, id }, Lang::Fr) => {
                format!("{} « {id} » n'existe pas", definite(*entity))
            }
            (E::UnknownId { entity, id }, Lang::En) => {
                format!("there is no {} “{id}”", entity.noun(lang))
            }
            (E::DuplicateId { entity, id }, Lang::Fr) => format!(
                "l'identifiant « {id} » est déjà pris par {} {}",
                indefinite_fr(*entity),
                entity.noun(lang)
            ),
            (E::DuplicateId { entity, id }, Lang::En) => {
                format!("the id “{id}” is already used by another {}", entity.noun(lang))
            }
            (E::EmptyId { entity }, Lang::Fr) => {
                format!("il faut un identifiant pour {}", new_fr(*entity))
            }
            (E::EmptyId { entity }, Lang::En) => {
                format!("the new {} needs an id", entity.noun(lang))
            }
            (E::ReportingCycle { post, reports_to }, Lang::Fr) => format!(
                "le poste {post} ne peut pas être rattaché à {reports_to} : {reports_to} est lui-même sous {post}, ce qui ferait une boucle"
            ),
            (E::ReportingCycle { post, reports_to }, Lang::En) => format!(
                "post {post} cannot report to {reports_to}: {reports_to} is itself under {post}, which would make a loop"
            ),
            (E::TeamsWithNowhereToGo { site, teams }, Lang::Fr) => format!(
                "le site {site} ne peut pas fermer : aucun site d'accueil n'est indiqué pour {}",
                list(teams)
            ),
            (E::TeamsWithNowhereToGo { site, teams }, Lang::En) => format!(
                "site {site} cannot close: no new site is given for {}",
                list(teams)
            ),
            (E::RelocatedToClosingSite { team, site }, Lang::Fr) => format!(
                "l'équipe {team} ne peut pas être relogée sur le site {site}, qui ferme"
            ),
            (E::RelocatedToClosingSite { team, site }, Lang::En) => {
                format!("team {team} cannot move to site {site}: that site is closing")
            }
            (E::TeamNotOnSite { team, site }, Lang::Fr) => {
                format!("l'équipe {team} ne travaille pas sur le site {site}")
            }
            (E::TeamNotOnSite { team, site }, Lang::En) => {
                format!("team {team} does not work at site {site}")
            }
            (E::CrewSplit { crew }, Lang::Fr) => format!(
                "l'équipe pluri-métiers « {crew} » serait coupée entre plusieurs sites : envoyez-la sur un seul"
            ),
            (E::CrewSplit { crew }, Lang::En) => format!(
                "multi-trade team “{crew}” would be split across sites: send it to one site"
            ),
            (E::RemovingTopPost { post }, Lang::Fr) => {
                format!("le poste {post} est le poste de tête : il ne peut pas être supprimé")
            }
            (E::RemovingTopPost { post }, Lang::En) => {
                format!("post {post} is the top post: it cannot be removed")
            }
            (E::NegativeHeadcount { team, agents }, Lang::Fr) => {
                format!("l'équipe {team} ne peut pas compter {agents} agents : il faut 0 ou plus")
            }
            (E::NegativeHeadcount { team, agents }, Lang::En) => {
                format!("team {team} cannot have {agents} agents: it must be 0 or more")
            }
            (E::HeadcountTooLarge { team, agents }, Lang::Fr) => {
                format!("{agents} agents, c'est trop pour l'équipe {team}")
            }
            (E::HeadcountTooLarge { team, agents }, Lang::En) => {
                format!("{agents} agents is too many for team {team}")
            }
            (E::SplitTooLarge { team, asked, available }, Lang::Fr) => format!(
                "impossible de prendre {asked} agents à l'équipe {team}, qui en compte {available} : chacune des deux équipes doit garder au moins un agent"
            ),
            (E::SplitTooLarge { team, asked, available }, Lang::En) => format!(
                "cannot take {asked} agents out of team {team}, which has {available}: both teams must keep at least one agent"
            ),
            (E::EmptySplit { team }, Lang::Fr) => {
                format!("pour scinder l'équipe {team}, il faut donner au moins un agent à la nouvelle équipe")
            }
            (E::EmptySplit { team }, Lang::En) => {
                format!("to split team {team}, give the new team at least one agent")
            }
            (E::MergeWithItself { team }, Lang::Fr) => {
                format!("l'équipe {team} ne peut pas fusionner avec elle-même")
            }
            (E::MergeWithItself { team }, Lang::En) => {
                format!("team {team} cannot merge with itself")
            }
            (E::UnknownCommune { commune }, Lang::Fr) => {
                format!("aucune zone du territoire n'appartient à la commune « {commune} »")
            }
            (E::UnknownCommune { commune }, Lang::En) => {
                format!("no zone of the territory belongs to commune “{commune}”")
            }
            (E::BadDemandFactor { factor }, Lang::Fr) => format!(
                "{factor} n'est pas un facteur de demande possible : il faut un nombre entre 0 et {MAX_DEMAND_FACTOR}"
            ),
            (E::BadDemandFactor { factor }, Lang::En) => format!(
                "{factor} is not a possible demand factor: it must be a number from 0 to {MAX_DEMAND_FACTOR}"
            ),
            (E::BadAbsenceRate { rate }, Lang::Fr) => format!(
                "{} n'est pas une part d'agents absents possible : il faut un pourcentage entre 0 et {}",
                percent_text(*rate, lang),
                percent_text(MAX_ABSENCE_RATE, lang)
            ),
            (E::BadAbsenceRate { rate }, Lang::En) => format!(
                "{} is not a possible share of agents away: it must be a percentage from 0 to {}",
                percent_text(*rate, lang),
                percent_text(MAX_ABSENCE_RATE, lang)
            ),
            (E::BadCoordinates { lat, lon }, Lang::Fr) => format!(
                "({lat}, {lon}) n'est pas une position possible (latitude entre −90 et 90, longitude entre −180 et 180)"
            ),
            (E::BadCoordinates { lat, lon }, Lang::En) => format!(
                "({lat}, {lon}) is not a possible position (latitude between −90 and 90, longitude between −180 and 180)"
            ),
        }
    }
}

impl fmt::Display for OperationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for OperationError {}

fn indefinite_fr(entity: Entity) -> &'static str {
    match entity {
        Entity::Zone | Entity::Team => "une autre",
        _ => "un autre",
    }
}

fn new_fr(entity: Entity) -> &'static str {
    match entity {
        Entity::Zone => "la nouvelle zone",
        Entity::Site => "le nouveau site",
        Entity::Service => "le nouveau service",
        Entity::Post => "le nouveau poste",
        Entity::Team => "la nouvelle équipe",
    }
}

fn list(items: &[Named]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn team_named(t: &Territory, ix: TeamIx) -> Named {
    let team = t.team(ix);
    Named {
        id: team.id.clone(),
        name: team.name.clone(),
    }
}

fn site_named(t: &Territory, ix: SiteIx) -> Named {
    let site = t.site(ix);
    Named {
        id: site.id.clone(),
        name: site.name.clone(),
    }
}

fn post_named(t: &Territory, ix: ManagerIx) -> Named {
    let post = t.manager(ix);
    Named {
        id: post.id.clone(),
        name: post.name.clone(),
    }
}

fn unknown(entity: Entity, id: &str) -> OperationError {
    OperationError::UnknownId {
        entity,
        id: id.to_string(),
    }
}

fn find_team(t: &Territory, id: &str) -> Result<TeamIx, OperationError> {
    t.team_ix(id).ok_or_else(|| unknown(Entity::Team, id))
}

fn find_site(t: &Territory, id: &str) -> Result<SiteIx, OperationError> {
    t.site_ix(id).ok_or_else(|| unknown(Entity::Site, id))
}

fn find_post(t: &Territory, id: &str) -> Result<ManagerIx, OperationError> {
    t.manager_ix(id).ok_or_else(|| unknown(Entity::Post, id))
}

fn find_service(t: &Territory, id: &str) -> Result<ServiceIx, OperationError> {
    t.service_ix(id).ok_or_else(|| unknown(Entity::Service, id))
}

/// A new id: trimmed (as the CSV reader would read it back), not empty, not taken.
fn new_id(entity: Entity, id: &str, taken: bool) -> Result<String, OperationError> {
    let id = id.trim();
    if id.is_empty() {
        return Err(OperationError::EmptyId { entity });
    }
    if taken {
        return Err(OperationError::DuplicateId {
            entity,
            id: id.to_string(),
        });
    }
    Ok(id.to_string())
}

/// Applies one operation to a copy of the territory; a refused operation changes nothing.
pub fn apply(before: &Territory, operation: &Operation) -> Result<Territory, OperationError> {
    let mut t = before.clone();
    match operation {
        Operation::MoveTeam { team, to_site } => move_team(&mut t, team, to_site)?,
        Operation::MergeTeams { keep, absorb } => merge_teams(&mut t, keep, absorb)?,
        Operation::MergeServicesUnderHead { services, head } => {
            merge_services_under_head(&mut t, services, head)?
        }
        Operation::SplitTeam {
            team,
            new_team_id,
            new_name,
            agents,
        } => split_team(&mut t, team, new_team_id, new_name, *agents)?,
        Operation::CloseSite { site, relocate } => close_site(&mut t, site, relocate)?,
        Operation::OpenSite {
            id,
            name,
            lat,
            lon,
            capacity,
        } => open_site(&mut t, id, name, *lat, *lon, *capacity)?,
        Operation::SetHeadcount { team, agents } => set_headcount(&mut t, team, *agents)?,
        Operation::SetTeamManager { team, manager } => set_team_manager(&mut t, team, manager)?,
        Operation::SetReportsTo {
            manager,
            reports_to,
        } => set_reports_to(&mut t, manager, reports_to)?,
        Operation::AddPost {
            id,
            name,
            role,
            reports_to,
        } => add_post(&mut t, id, name, *role, reports_to)?,
        Operation::RemovePost { post, hand_to } => remove_post(&mut t, post, hand_to)?,
        Operation::SetDemandFactor {
            service,
            commune,
            factor,
        } => set_demand_factor(&mut t, service, commune.as_deref(), *factor)?,
        Operation::Event(Event::SiteUnavailable { site, relocate }) => {
            close_site(&mut t, site, relocate)?
        }
        Operation::Event(Event::AbsenceWave { service, rate }) => {
            set_absence(&mut t, service.as_deref(), *rate)?
        }
        Operation::Event(Event::DemandSurge {
            service,
            commune,
            factor,
        }) => set_demand_factor(&mut t, service, commune.as_deref(), *factor)?,
    }
    Ok(t)
}

/// Sets the share of agents away in one service or in all; 0 leaves no entry, so that a wave
/// ended gives the territory as it was.
fn set_absence(t: &mut Territory, service: Option<&str>, rate: f64) -> Result<(), OperationError> {
    let services: Vec<ServiceIx> = match service {
        Some(id) => vec![find_service(t, id)?],
        None => (0..t.services.len()).map(ServiceIx::from_index).collect(),
    };
    if !(rate.is_finite() && (0.0..=MAX_ABSENCE_RATE).contains(&rate)) {
        return Err(OperationError::BadAbsenceRate { rate });
    }
    for service in services {
        let slot = t.absences.iter().position(|a| a.service == service);
        match (slot, rate == 0.0) {
            (Some(i), true) => {
                t.absences.remove(i);
            }
            (Some(i), false) => t.absences[i].rate = rate,
            (None, true) => {}
            (None, false) => t.absences.push(Absence { service, rate }),
        }
    }
    // In service order, as the CSV reader gives them, so that a territory read back is equal.
    ordered::sort_by_key(&mut t.absences, |a| a.service);
    Ok(())
}

/// Sets a demand factor; a factor of 1 leaves no entry, so that setting a surge and then
/// setting it back to 1 gives the territory as it was loaded.
fn set_demand_factor(
    t: &mut Territory,
    service: &str,
    commune: Option<&str>,
    factor: f64,
) -> Result<(), OperationError> {
    let service = find_service(t, service)?;
    if !(factor.is_finite() && (0.0..=MAX_DEMAND_FACTOR).contains(&factor)) {
        return Err(OperationError::BadDemandFactor { factor });
    }
    let communes: Vec<String> = match commune.map(str::trim) {
        Some(name) => {
            if !t.zones.iter().any(|z| z.commune == name) {
                return Err(OperationError::UnknownCommune {
                    commune: name.to_string(),
                });
            }
            vec![name.to_string()]
        }
        None => t.communes().into_iter().map(str::to_string).collect(),
    };
    for commune in communes {
        let slot = t
            .demand_factors
            .iter()
            .position(|f| f.service == service && f.commune == commune);
        match (slot, factor == 1.0) {
            (Some(i), true) => {
                t.demand_factors.remove(i);
            }
            (Some(i), false) => t.demand_factors[i].factor = factor,
            (None, true) => {}
            (None, false) => t.demand_factors.push(DemandFactor {
                service,
                commune,
                factor,
            }),
        }
    }
    Ok(())
}

fn move_team(t: &mut Territory, team: &str, to_site: &str) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    let site = find_site(t, to_site)?;
    for mate in t.crew_of(team) {
        t.teams[mate.index()].site = site;
    }
    Ok(())
}

fn merge_teams(t: &mut Territory, keep: &str, absorb: &str) -> Result<(), OperationError> {
    let keep = find_team(t, keep)?;
    let absorb = find_team(t, absorb)?;
    if keep == absorb {
        return Err(OperationError::MergeWithItself {
            team: team_named(t, keep),
        });
    }
    if t.team(keep).service == t.team(absorb).service {
        let total = t.team(keep).agents.checked_add(t.team(absorb).agents);
        let total = total.ok_or_else(|| OperationError::HeadcountTooLarge {
            team: team_named(t, keep),
            agents: i64::from(t.team(keep).agents) + i64::from(t.team(absorb).agents),
        })?;
        t.teams[keep.index()].agents = total;
        t.teams.remove(absorb.index());
    } else {
        let crew = match &t.team(keep).crew {
            Some(crew) => crew.clone(),
            None => fresh_crew_name(t, keep),
        };
        let (site, manager) = (t.team(keep).site, t.team(keep).manager);
        t.teams[keep.index()].crew = Some(crew.clone());
        for mate in t.crew_of(absorb) {
            let row = &mut t.teams[mate.index()];
            row.site = site;
            row.manager = manager;
            row.crew = Some(crew.clone());
        }
    }
    Ok(())
}

/// A crew name for a new multi-trade team: the name of the team that keeps its place, made
/// unique so that two crews never share a name by accident.
fn fresh_crew_name(t: &Territory, keep: TeamIx) -> String {
    let team = t.team(keep);
    let base = if team.name.is_empty() {
        team.id.clone()
    } else {
        team.name.clone()
    };
    let taken = |name: &str| t.teams.iter().any(|row| row.crew.as_deref() == Some(name));
    if !taken(&base) {
        return base;
    }
    (1..)
        .map(|n| match n {
            1 => format!("{base} ({})", team.id),
            n => format!("{base} ({}, {n})", team.id),
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}

fn split_team(
    t: &mut Territory,
    team: &str,
    new_team_id: &str,
    new_name: &str,
    agents: u32,
) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    let id = new_id(
        Entity::Team,
        new_team_id,
        t.team_ix(new_team_id.trim()).is_some(),
    )?;
    let available = t.team(team).agents;
    if agents == 0 {
        return Err(OperationError::EmptySplit {
            team: team_named(t, team),
        });
    }
    if agents >= available {
        return Err(OperationError::SplitTooLarge {
            team: team_named(t, team),
            asked: agents,
            available,
        });
    }
    let original = t.team(team).clone();
    t.teams[team.index()].agents = available - agents;
    t.teams.push(Team {
        id,
        name: new_name.trim().to_string(),
        agents,
        crew: None,
        ..original
    });
    Ok(())
}

fn set_headcount(t: &mut Territory, team: &str, agents: i64) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    if agents < 0 {
        return Err(OperationError::NegativeHeadcount {
            team: team_named(t, team),
            agents,
        });
    }
    let agents = u32::try_from(agents).map_err(|_| OperationError::HeadcountTooLarge {
        team: team_named(t, team),
        agents,
    })?;
    t.teams[team.index()].agents = agents;
    Ok(())
}

fn set_team_manager(t: &mut Territory, team: &str, manager: &str) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    let manager = find_post(t, manager)?;
    for mate in t.crew_of(team) {
        t.teams[mate.index()].manager = manager;
    }
    Ok(())
}

/// Refuses `post` reporting to `boss` when `boss` is `post` or under it.
fn check_no_cycle(t: &Territory, post: ManagerIx, boss: ManagerIx) -> Result<(), OperationError> {
    if Hierarchy::of(t).is_under(boss, post) {
        return Err(OperationError::ReportingCycle {
            post: post_named(t, post),
            reports_to: post_named(t, boss),
        });
    }
    Ok(())
}

fn set_reports_to(
    t: &mut Territory,
    manager: &str,
    reports_to: &str,
) -> Result<(), OperationError> {
    let post = find_post(t, manager)?;
    let boss = find_post(t, reports_to)?;
    check_no_cycle(t, post, boss)?;
    t.managers[post.index()].reports_to = Some(boss);
    Ok(())
}

fn add_post(
    t: &mut Territory,
    id: &str,
    name: &str,
    role: Role,
    reports_to: &str,
) -> Result<(), OperationError> {
    let id = new_id(Entity::Post, id, t.manager_ix(id.trim()).is_some())?;
    let boss = find_post(t, reports_to)?;
    t.managers.push(Manager {
        id,
        name: name.trim().to_string(),
        role,
        reports_to: Some(boss),
    });
    Ok(())
}

fn remove_post(t: &mut Territory, post: &str, hand_to: &str) -> Result<(), OperationError> {
    let post = find_post(t, post)?;
    let heir = find_post(t, hand_to)?;
    let Some(boss) = t.manager(post).reports_to else {
        return Err(OperationError::RemovingTopPost {
            post: post_named(t, post),
        });
    };
    if t.manager(heir).reports_to == Some(post) {
        // The heir steps into the removed post's place.
        t.managers[heir.index()].reports_to = Some(boss);
    } else {
        check_no_cycle(t, post, heir)?;
    }
    hand_over(t, post, heir);
    delete_post(t, post);
    Ok(())
}

/// Every post and team reporting directly to `from` now reports to `to`.
fn hand_over(t: &mut Territory, from: ManagerIx, to: ManagerIx) {
    for manager in &mut t.managers {
        if manager.reports_to == Some(from) {
            manager.reports_to = Some(to);
        }
    }
    for team in &mut t.teams {
        if team.manager == from {
            team.manager = to;
        }
    }
}

/// Removes a post nobody reports to any more, shifting the indices above it.
fn delete_post(t: &mut Territory, post: ManagerIx) {
    t.managers.remove(post.index());
    let shift = |ix: ManagerIx| {
        if ix > post {
            ManagerIx(ix.0 - 1)
        } else {
            ix
        }
    };
    for manager in &mut t.managers {
        manager.reports_to = manager.reports_to.map(shift);
    }
    for team in &mut t.teams {
        team.manager = shift(team.manager);
    }
}

fn open_site(
    t: &mut Territory,
    id: &str,
    name: &str,
    lat: f64,
    lon: f64,
    capacity: u32,
) -> Result<(), OperationError> {
    let id = new_id(Entity::Site, id, t.site_ix(id.trim()).is_some())?;
    let on_globe = |value: f64, limit: f64| value.is_finite() && value.abs() <= limit;
    if !on_globe(lat, 90.0) || !on_globe(lon, 180.0) {
        return Err(OperationError::BadCoordinates { lat, lon });
    }
    t.sites.push(Site {
        id,
        name: name.trim().to_string(),
        lat,
        lon,
        capacity,
    });
    Ok(())
}

fn close_site(
    t: &mut Territory,
    site: &str,
    relocate: &[(String, String)],
) -> Result<(), OperationError> {
    let closing = find_site(t, site)?;
    let destinations = destinations(t, closing, relocate)?;
    let nowhere: Vec<Named> = (0..t.teams.len())
        .map(TeamIx::from_index)
        .filter(|&ix| t.team(ix).site == closing && !destinations.contains_key(&ix))
        .map(|ix| team_named(t, ix))
        .collect();
    if !nowhere.is_empty() {
        return Err(OperationError::TeamsWithNowhereToGo {
            site: site_named(t, closing),
            teams: nowhere,
        });
    }
    for (team, to) in destinations {
        t.teams[team.index()].site = to;
    }
    delete_site(t, closing);
    Ok(())
}

/// Where each team of the closing site goes, crew mates on the site going with the row named.
fn destinations(
    t: &Territory,
    closing: SiteIx,
    relocate: &[(String, String)],
) -> Result<BTreeMap<TeamIx, SiteIx>, OperationError> {
    let mut destinations = BTreeMap::new();
    for (team, to) in relocate {
        let team = find_team(t, team)?;
        let to = find_site(t, to)?;
        if to == closing {
            return Err(OperationError::RelocatedToClosingSite {
                team: team_named(t, team),
                site: site_named(t, closing),
            });
        }
        if t.team(team).site != closing {
            return Err(OperationError::TeamNotOnSite {
                team: team_named(t, team),
                site: site_named(t, closing),
            });
        }
        for mate in t.crew_of(team) {
            if t.team(mate).site != closing {
                continue;
            }
            if destinations
                .insert(mate, to)
                .is_some_and(|earlier| earlier != to)
            {
                let crew = t.team(mate).crew.clone().unwrap_or_default();
                return Err(OperationError::CrewSplit { crew });
            }
        }
    }
    Ok(destinations)
}

/// Removes a site no team works at any more, with its measured travel times.
fn delete_site(t: &mut Territory, site: SiteIx) {
    t.sites.remove(site.index());
    t.travel_overrides.retain(|o| o.site != site);
    let shift = |ix: SiteIx| {
        if ix > site {
            SiteIx(ix.0 - 1)
        } else {
            ix
        }
    };
    for team in &mut t.teams {
        team.site = shift(team.site);
    }
    for measured in &mut t.travel_overrides {
        measured.site = shift(measured.site);
    }
}

fn merge_services_under_head(
    t: &mut Territory,
    services: &[String; 2],
    head: &str,
) -> Result<(), OperationError> {
    let first = find_service(t, &services[0])?;
    let second = find_service(t, &services[1])?;
    let head = find_post(t, head)?;
    let in_scope = |k: ServiceIx| k == first || k == second;
    let hierarchy = Hierarchy::of(t);
    let below = hierarchy.services_below(t);
    let mut old_heads = Vec::new();
    let mut teams_to_head = Vec::new();
    for (ix, team) in t.teams.iter().enumerate() {
        if !in_scope(team.service) {
            continue;
        }
        match hierarchy.nearest(team.manager, Role::Head) {
            Some(h) if h == head => {}
            Some(h) => {
                if !old_heads.contains(&h) {
                    old_heads.push(h);
                }
            }
            None => teams_to_head.push(TeamIx::from_index(ix)),
        }
    }
    let mut posts_to_head = Vec::new();
    for &old in &old_heads {
        for (ix, team) in t.teams.iter().enumerate() {
            if team.manager == old && in_scope(team.service) {
                teams_to_head.push(TeamIx::from_index(ix));
            }
        }
        for (ix, post) in t.managers.iter().enumerate() {
            let only_ours = !below[ix].is_empty() && below[ix].iter().all(|&k| in_scope(k));
            if post.reports_to == Some(old) && ix != head.index() && only_ours {
                let post = ManagerIx::from_index(ix);
                check_no_cycle(t, post, head)?;
                posts_to_head.push(post);
            }
        }
    }
    for team in teams_to_head {
        for mate in t.crew_of(team) {
            t.teams[mate.index()].manager = head;
        }
    }
    for post in posts_to_head {
        t.managers[post.index()].reports_to = Some(head);
    }
    remove_emptied_heads(t, old_heads);
    Ok(())
}

/// Removes the former heads that have no report left, highest index first so that the
/// indices still to remove stay valid.
fn remove_emptied_heads(t: &mut Territory, mut heads: Vec<ManagerIx>) {
    ordered::sort_by(&mut heads, |a, b| b.cmp(a));
    for head in heads {
        let has_posts = t.managers.iter().any(|m| m.reports_to == Some(head));
        let has_teams = t.teams.iter().any(|team| team.manager == head);
        let is_top = t.manager(head).reports_to.is_none();
        if !has_posts && !has_teams && !is_top {
            delete_post(t, head);
        }
    }
}

/// A factor as a change against normal demand: « +15 % », « −10 % », « normale » (one decimal
/// at most, French decimal comma).
fn percent_change(factor: f64, lang: Lang) -> String {
    let percent = ((factor - 1.0) * 1000.0).round() / 10.0;
    if percent == 0.0 {
        return lang.pick("demande normale", "normal demand").to_string();
    }
    let sign = if percent > 0.0 { "+" } else { "−" };
    format!("{sign}{}", format_percent(lang, percent.abs(), 1))
}

impl Operation {
    /// The operation as one line of the scenario's journal, naming things as the territory
    /// `before` it names them, e.g. « Équipe Collecte Nord : Dépôt de Bron → Agence de Saint-Priest ».
    pub fn describe(&self, before: &Territory, lang: Lang) -> String {
        let n = Names(before);
        let fr = lang == Lang::Fr;
        match self {
            Operation::MoveTeam { team, to_site } => {
                let (team, from, to) = (n.team(team), n.team_site(team), n.site(to_site));
                if fr {
                    format!("Équipe {team} : {from} → {to}")
                } else {
                    format!("Team {team}: {from} → {to}")
                }
            }
            Operation::MergeTeams { keep, absorb } => {
                let same = n.same_service(keep, absorb);
                let (keep, absorb) = (n.team(keep), n.team(absorb));
                match (fr, same) {
                    (true, true) => format!("Fusion : l'équipe {absorb} rejoint l'équipe {keep}"),
                    (false, true) => format!("Merge: team {absorb} joins team {keep}"),
                    (true, false) => format!(
                        "Équipe pluri-métiers : {absorb} rejoint {keep} (même site, même encadrant)"
                    ),
                    (false, false) => {
                        format!("Multi-trade team: {absorb} joins {keep} (same site, same manager)")
                    }
                }
            }
            Operation::MergeServicesUnderHead { services, head } => {
                let (a, b, head) = (
                    n.service(&services[0]),
                    n.service(&services[1]),
                    n.post(head),
                );
                if fr {
                    format!("Services {a} et {b} réunis sous {head}")
                } else {
                    format!("Services {a} and {b} put under {head}")
                }
            }
            Operation::SplitTeam {
                team,
                new_name,
                agents,
                ..
            } => {
                let team = n.team(team);
                if fr {
                    format!("Équipe {team} scindée : {agents} agents forment l'équipe {new_name}")
                } else {
                    format!("Team {team} split: {agents} agents form team {new_name}")
                }
            }
            Operation::CloseSite { site, relocate } => {
                let moves = relocation_text(relocate, &n);
                let site = n.site(site);
                match (fr, moves.is_empty()) {
                    (true, true) => format!("Fermeture du site {site}"),
                    (false, true) => format!("Site {site} closed"),
                    (true, false) => format!("Fermeture du site {site} : {moves}"),
                    (false, false) => format!("Site {site} closed: {moves}"),
                }
            }
            Operation::OpenSite { name, capacity, .. } => {
                if fr {
                    format!("Ouverture du site {name} ({capacity} places)")
                } else {
                    format!("New site {name} (room for {capacity})")
                }
            }
            Operation::SetHeadcount { team, agents } => {
                let old = before.team_ix(team).map_or(0, |ix| before.team(ix).agents);
                let team = n.team(team);
                if fr {
                    format!("Équipe {team} : {old} → {agents} agents")
                } else {
                    format!("Team {team}: {old} → {agents} agents")
                }
            }
            Operation::SetTeamManager { team, manager } => {
                let (from, to, team) = (n.team_manager(team), n.post(manager), n.team(team));
                if fr {
                    format!("Équipe {team} : encadrée par {from} → {to}")
                } else {
                    format!("Team {team}: led by {from} → {to}")
                }
            }
            Operation::SetReportsTo {
                manager,
                reports_to,
            } => {
                let (from, to, post) = (n.boss(manager), n.post(reports_to), n.post(manager));
                if fr {
                    format!("Poste {post} : rattaché à {from} → {to}")
                } else {
                    format!("Post {post}: reports to {from} → {to}")
                }
            }
            Operation::AddPost {
                name,
                role,
                reports_to,
                ..
            } => {
                let (role, boss) = (role.label(lang), n.post(reports_to));
                if fr {
                    format!("Nouveau poste {name} ({role}), rattaché à {boss}")
                } else {
                    format!("New post {name} ({role}), reporting to {boss}")
                }
            }
            Operation::RemovePost { post, hand_to } => {
                let (post, heir) = (n.post(post), n.post(hand_to));
                if fr {
                    format!("Suppression du poste {post} : ses équipes et postes passent à {heir}")
                } else {
                    format!("Post {post} removed: its teams and posts go to {heir}")
                }
            }
            Operation::SetDemandFactor {
                service,
                commune,
                factor,
            } => {
                let change = percent_change(*factor, lang);
                let name = n.service(service);
                match (fr, commune) {
                    (true, Some(c)) => format!("Demande {name} à {c} : {change}"),
                    (false, Some(c)) => format!("Demand for {name} in {c}: {change}"),
                    (true, None) => format!("Demande {name} dans toutes les communes : {change}"),
                    (false, None) => format!("Demand for {name} in every commune: {change}"),
                }
            }
            Operation::Event(event) => {
                let what = describe_event(event, &n, lang);
                match lang {
                    Lang::Fr => format!("Événement : {what}"),
                    Lang::En => format!("Event: {what}"),
                }
            }
        }
    }
}

/// Where a closed site's teams go, in words: « Team A → Site B, Team C → Site D ».
fn relocation_text(relocate: &[(String, String)], n: &Names) -> String {
    relocate
        .iter()
        .map(|(team, to)| format!("{} → {}", n.team(team), n.site(to)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An event in words, after « Événement : ».
fn describe_event(event: &Event, n: &Names, lang: Lang) -> String {
    let fr = lang == Lang::Fr;
    match event {
        Event::SiteUnavailable { site, relocate } => {
            let moves = relocation_text(relocate, n);
            let site = n.site(site);
            match (fr, moves.is_empty()) {
                (true, true) => format!("le site {site} devient indisponible"),
                (false, true) => format!("site {site} becomes unavailable"),
                (true, false) => format!("le site {site} devient indisponible ; {moves}"),
                (false, false) => format!("site {site} becomes unavailable; {moves}"),
            }
        }
        Event::AbsenceWave { service, rate } => {
            let share = percent_text(*rate, lang);
            let service = service.as_deref().map(|s| n.service(s));
            match (fr, service, *rate == 0.0) {
                (true, Some(s), true) => format!("fin de la vague d'absences du service {s}"),
                (false, Some(s), true) => format!("the absence wave in {s} ends"),
                (true, None, true) => "fin de la vague d'absences dans tous les services".into(),
                (false, None, true) => "the absence wave ends in every service".into(),
                (true, Some(s), false) => {
                    format!("vague d'absences, {share} des agents du service {s} absents")
                }
                (false, Some(s), false) => {
                    format!("absence wave, {share} of the agents of {s} away")
                }
                (true, None, false) => {
                    format!("vague d'absences, {share} des agents de tous les services absents")
                }
                (false, None, false) => {
                    format!("absence wave, {share} of the agents of every service away")
                }
            }
        }
        Event::DemandSurge {
            service,
            commune,
            factor,
        } => {
            let change = percent_change(*factor, lang);
            let name = n.service(service);
            match (fr, commune) {
                (true, Some(c)) => format!("demande {name} à {c} : {change}"),
                (false, Some(c)) => format!("demand for {name} in {c}: {change}"),
                (true, None) => format!("demande {name} dans toutes les communes : {change}"),
                (false, None) => format!("demand for {name} in every commune: {change}"),
            }
        }
    }
}

/// A share as a percentage: « 20 % », « 12,5 % » (one decimal at most).
fn percent_text(share: f64, lang: Lang) -> String {
    format_percent(lang, share * 100.0, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Family, Service, Zone, ZoneIx};

    /// Two communes, one service, no team: enough for demand factors.
    fn territory() -> Territory {
        let zone = |id: &str, commune: &str| Zone {
            id: id.into(),
            name: id.into(),
            commune: commune.into(),
            lat: 45.7,
            lon: 4.9,
            population: 1000.0,
        };
        Territory {
            zones: vec![zone("A1", "Alpha"), zone("B1", "Beta"), zone("A2", "Alpha")],
            services: vec![Service {
                id: "paph".into(),
                name: "Autonomie".into(),
                family: Family::Social,
                demand_per_1000: 4.0,
                units_per_agent: 25.0,
                catchment_minutes: 20.0,
            }],
            ..Territory::default()
        }
    }

    fn set(service: &str, commune: Option<&str>, factor: f64) -> Operation {
        Operation::SetDemandFactor {
            service: service.into(),
            commune: commune.map(str::to_string),
            factor,
        }
    }

    #[test]
    fn a_demand_factor_multiplies_the_demand_of_its_commune_only() {
        let t = apply(&territory(), &set("paph", Some("Alpha"), 1.15)).expect("applies");
        let k = ServiceIx(0);
        assert!((t.zone_demand(ZoneIx(0), k) - 4.6).abs() < 1e-12);
        assert_eq!(t.zone_demand(ZoneIx(1), k), 4.0);
        assert!((t.zone_demand(ZoneIx(2), k) - 4.6).abs() < 1e-12);
        let figures = crate::engine::metrics::evaluate(&t);
        assert!((figures.services[0].resident_demand - 13.2).abs() < 1e-12);
        // Set, not compounded; back to 1 leaves the territory as it was.
        assert_eq!(apply(&t, &set("paph", Some("Alpha"), 1.15)), Ok(t.clone()));
        assert_eq!(apply(&t, &set("paph", Some("Alpha"), 1.0)), Ok(territory()));
    }

    #[test]
    fn a_demand_factor_for_every_commune_sets_each_one() {
        let t = apply(&territory(), &set("paph", None, 0.5)).expect("applies");
        let communes: Vec<&str> = t
            .demand_factors
            .iter()
            .map(|f| f.commune.as_str())
            .collect();
        assert_eq!(communes, ["Alpha", "Beta"]);
        assert_eq!(apply(&t, &set("paph", None, 1.0)), Ok(territory()));
    }

    #[test]
    fn bad_demand_factors_are_refused_with_their_reason() {
        let t = territory();
        for factor in [-0.1, f64::NAN, f64::INFINITY, MAX_DEMAND_FACTOR + 1.0] {
            assert!(matches!(
                apply(&t, &set("paph", Some("Alpha"), factor)),
                Err(OperationError::BadDemandFactor { .. })
            ));
        }
        let error = apply(&t, &set("paph", Some("Gamma"), 1.2)).expect_err("no such commune");
        assert_eq!(
            error.message(Lang::Fr),
            "aucune zone du territoire n'appartient à la commune « Gamma »"
        );
        assert!(matches!(
            apply(&t, &set("pmi", None, 1.2)),
            Err(OperationError::UnknownId {
                entity: Entity::Service,
                ..
            })
        ));
    }

    #[test]
    fn the_journal_reads_a_demand_factor_as_a_change_in_percent() {
        let t = territory();
        assert_eq!(
            set("paph", Some("Alpha"), 1.15).describe(&t, Lang::Fr),
            "Demande Autonomie à Alpha : +15\u{202F}%"
        );
        assert_eq!(
            set("paph", None, 0.875).describe(&t, Lang::En),
            "Demand for Autonomie in every commune: −12.5%"
        );
        assert_eq!(
            set("paph", Some("Beta"), 1.0).describe(&t, Lang::Fr),
            "Demande Autonomie à Beta : demande normale"
        );
    }
}
