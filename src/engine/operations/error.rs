//! Why an operation was refused, in words a planner understands, in French and in English.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::engine::lang::{definite, format_percent, Lang};
use crate::engine::model::{
    Entity, ManagerIx, SiteIx, TeamIx, Territory, MAX_ABSENCE_WAVE, MAX_DEMAND_FACTOR,
};

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
    /// An absence wave's share below 0, above [`MAX_ABSENCE_WAVE`], or not a number.
    BadAbsenceWave {
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
            (E::BadAbsenceWave { rate }, Lang::Fr) => format!(
                "{} n'est pas une part d'agents absents possible : il faut un pourcentage entre 0 et {}",
                format_percent(lang, rate * 100.0, 1),
                format_percent(lang, MAX_ABSENCE_WAVE * 100.0, 1)
            ),
            (E::BadAbsenceWave { rate }, Lang::En) => format!(
                "{} is not a possible share of agents away: it must be a percentage from 0 to {}",
                format_percent(lang, rate * 100.0, 1),
                format_percent(lang, MAX_ABSENCE_WAVE * 100.0, 1)
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

pub(super) fn team_named(t: &Territory, ix: TeamIx) -> Named {
    let team = t.team(ix);
    Named {
        id: team.id.clone(),
        name: team.name.clone(),
    }
}

pub(super) fn site_named(t: &Territory, ix: SiteIx) -> Named {
    let site = t.site(ix);
    Named {
        id: site.id.clone(),
        name: site.name.clone(),
    }
}

pub(super) fn post_named(t: &Territory, ix: ManagerIx) -> Named {
    let post = t.manager(ix);
    Named {
        id: post.id.clone(),
        name: post.name.clone(),
    }
}
