//! Why a suggestion was refused, in French and in English.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::engine::lang::Lang;
use crate::engine::operations::{Named, OperationError};

/// A suggestion that cannot be made, or cannot be applied; nothing is changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SuggestError {
    /// No service has this id.
    UnknownService {
        /// The id given.
        id: String,
    },
    /// No site has this id.
    UnknownSite {
        /// The id given.
        id: String,
    },
    /// The territory has no site to choose from.
    NoSites,
    /// The number of sites asked for is not between 1 and the number of sites.
    SitesOutOfRange {
        /// The number asked for.
        asked: i64,
        /// Sites of the territory.
        candidates: usize,
    },
    /// More sites locked than sites asked for.
    MoreLocksThanSites {
        /// Distinct sites locked.
        locked: usize,
        /// Sites asked for.
        sites: usize,
    },
    /// No number of sites was given and the service works from no site today, so "as many as
    /// today" means nothing.
    NoSitesToday {
        /// The service.
        service: Named,
    },
    /// Applying: the service has fewer agents than sites to staff.
    TooFewAgents {
        /// The service.
        service: Named,
        /// Its agents.
        agents: u64,
        /// Sites to staff.
        sites: usize,
    },
    /// Applying: a multi-trade team's only agent of the service would have to leave alone, and
    /// no other team of the service can take it in.
    CrewCannotMove {
        /// The team (one row of the multi-trade team).
        team: Named,
    },
    /// Applying: one of the ordinary operations was refused.
    Operation(OperationError),
}

impl SuggestError {
    /// The refusal in words a planner understands.
    pub fn message(&self, lang: Lang) -> String {
        use SuggestError as E;
        match (self, lang) {
            (E::UnknownService { id }, Lang::Fr) => format!("le service « {id} » n'existe pas"),
            (E::UnknownService { id }, Lang::En) => format!("there is no service “{id}”"),
            (E::UnknownSite { id }, Lang::Fr) => format!("le site « {id} » n'existe pas"),
            (E::UnknownSite { id }, Lang::En) => format!("there is no site “{id}”"),
            (E::NoSites, Lang::Fr) => {
                "le territoire n'a aucun site parmi lesquels choisir".to_string()
            }
            (E::NoSites, Lang::En) => "the territory has no site to choose from".to_string(),
            (E::SitesOutOfRange { asked, candidates }, Lang::Fr) => format!(
                "impossible de choisir {asked} sites : il en faut entre 1 et {candidates}, le nombre de sites du territoire"
            ),
            (E::SitesOutOfRange { asked, candidates }, Lang::En) => format!(
                "cannot choose {asked} sites: the number must be from 1 to {candidates}, the territory's number of sites"
            ),
            (E::MoreLocksThanSites { locked, sites }, Lang::Fr) => format!(
                "{locked} sites sont imposés pour {sites} sites à choisir : imposez-en au plus {sites}, ou choisissez plus de sites"
            ),
            (E::MoreLocksThanSites { locked, sites }, Lang::En) => format!(
                "{locked} sites are locked for {sites} sites to choose: lock at most {sites}, or choose more sites"
            ),
            (E::NoSitesToday { service }, Lang::Fr) => format!(
                "le service {service} ne travaille aujourd'hui depuis aucun site : indiquez le nombre de sites à choisir"
            ),
            (E::NoSitesToday { service }, Lang::En) => format!(
                "service {service} works from no site today: give the number of sites to choose"
            ),
            (E::TooFewAgents { service, agents, sites }, Lang::Fr) => format!(
                "le service {service} compte {agents} agents : pas assez pour tenir {sites} sites (il faut au moins un agent par site)"
            ),
            (E::TooFewAgents { service, agents, sites }, Lang::En) => format!(
                "service {service} has {agents} agents: not enough to staff {sites} sites (each site needs at least one)"
            ),
            (E::CrewCannotMove { team }, Lang::Fr) => format!(
                "l'équipe {team} fait partie d'une équipe pluri-métiers et aucune autre équipe du service ne peut accueillir son agent : déplacez-la à la main"
            ),
            (E::CrewCannotMove { team }, Lang::En) => format!(
                "team {team} belongs to a multi-trade team and no other team of the service can take its agent in: move it by hand"
            ),
            (E::Operation(error), lang) => error.message(lang),
        }
    }
}

impl fmt::Display for SuggestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SuggestError {}

impl From<OperationError> for SuggestError {
    fn from(error: OperationError) -> SuggestError {
        SuggestError::Operation(error)
    }
}
