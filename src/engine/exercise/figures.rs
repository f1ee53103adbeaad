//! The figures an objective can constrain: a closed list, each read off the engine's own figures and described in French and English.

use std::collections::BTreeSet;

use crate::engine::catalogue::Measure;
use crate::engine::change::ChangeImpact;
use crate::engine::hierarchy::Hierarchy;
use crate::engine::lang::Lang;
use crate::engine::metrics::{
    CommuneProximity, Evaluation, ServiceFigures, TeamFigures, OVERLOADED_ABOVE,
};
use crate::engine::model::{ManagerIx, Role, ServiceIx, Territory};
use crate::engine::names::Names;

use super::Bilingual;
use crate::engine::ordered;

/// A figure of the engine that an objective puts a bound on. Entities are named by their text
/// ids (checked against the exercise's starting territory when the file is loaded).
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// `service_load`: the service's demand over its capacity (MODEL.md).
    ServiceLoad {
        /// The service.
        service: String,
    },
    /// `team_load_max`: the load of the busiest team, of one service or of all.
    TeamLoadMax {
        /// The service; `None` for every team.
        service: Option<String>,
    },
    /// `service_load_with_absence`: the service's load with its usual absence, demand over the
    /// capacity of the agents present in an ordinary month.
    ServiceLoadWithAbsence {
        /// The service.
        service: String,
    },
    /// `team_load_with_absence_max`: the load with usual absence of the busiest team, of one
    /// service or of all.
    TeamLoadWithAbsenceMax {
        /// The service; `None` for every team.
        service: Option<String>,
    },
    /// `overloaded_teams`: how many teams have a load with usual absence above 1 (the
    /// dashboard's overloaded teams), of one service or of all.
    OverloadedTeams {
        /// The service; `None` for every team.
        service: Option<String>,
    },
    /// `mean_minutes`: the population-weighted mean travel time to the service, whole territory.
    MeanMinutes {
        /// The service.
        service: String,
    },
    /// `commune_mean_minutes`: the mean travel time of one commune's residents, or, without a
    /// commune, of the commune whose residents are furthest on average.
    CommuneMeanMinutes {
        /// The service.
        service: String,
        /// The commune; `None` for the furthest one.
        commune: Option<String>,
    },
    /// `max_minutes`: the longest travel time of a zone with residents, in the territory or in
    /// one commune.
    MaxMinutes {
        /// The service.
        service: String,
        /// The commune; `None` for the whole territory.
        commune: Option<String>,
    },
    /// `share_within`: the share of residents (0 to 1) within the service's catchment time, in
    /// the territory or in one commune.
    ShareWithin {
        /// The service.
        service: String,
        /// The commune; `None` for the whole territory.
        commune: Option<String>,
    },
    /// `max_span`: the largest span, over every post or over the posts that have a team of the
    /// listed services under them (at any depth).
    MaxSpan {
        /// The services; empty for every post.
        services: Vec<String>,
    },
    /// `post_span`: the direct reports of one post (0 once the post is removed).
    PostSpan {
        /// The post.
        post: String,
    },
    /// `posts_outside_norm`: how many posts have a span outside `min..=max` (a post with no
    /// report is below).
    PostsOutsideNorm {
        /// The norm's minimum (5 unless given).
        min: u64,
        /// The norm's maximum (12 unless given).
        max: u64,
    },
    /// `layers`: the deepest level, agents included.
    Layers,
    /// `posts`: how many management posts there are.
    Posts,
    /// `heads_over`: how many distinct heads of service lead the teams of the listed services
    /// (for a team with no head above it, the post that leads it).
    HeadsOver {
        /// The services.
        services: Vec<String>,
    },
    /// `site_agents`: the agents working at a site (0 once it is closed).
    SiteAgents {
        /// The site.
        site: String,
    },
    /// `site_services`: how many services have agents at a site.
    SiteServices {
        /// The site.
        site: String,
    },
    /// `team_sites`: how many distinct sites the listed teams work from. A listed team that no
    /// longer exists (merged into another) counts as one more site: where its agents went is
    /// not the figure's to know, and merging a team away must not pass for bringing it in.
    TeamSites {
        /// The teams.
        teams: Vec<String>,
    },
    /// `sites_in_use`: how many sites host at least one agent.
    SitesInUse,
    /// `sites_over_capacity`: how many sites hold more agents than their capacity.
    SitesOverCapacity,
    /// `capacity_total`: the places of all sites together (what the territory rents or owns).
    CapacityTotal,
    /// `headcount`: the agents of the territory, or of one service.
    Headcount {
        /// The service; `None` for every agent.
        service: Option<String>,
    },
    /// `agents_moved`: agents whose team works from another site than at the start.
    AgentsMoved,
    /// `agents_new_manager`: agents whose team has another manager than at the start.
    AgentsNewManager,
}

/// The name of every figure as written in an exercise file, in the order of the documentation.
pub const FIGURE_NAMES: [&str; 24] = [
    "service_load",
    "team_load_max",
    "service_load_with_absence",
    "team_load_with_absence_max",
    "overloaded_teams",
    "mean_minutes",
    "commune_mean_minutes",
    "max_minutes",
    "share_within",
    "max_span",
    "post_span",
    "posts_outside_norm",
    "layers",
    "posts",
    "heads_over",
    "site_agents",
    "site_services",
    "team_sites",
    "sites_in_use",
    "sites_over_capacity",
    "capacity_total",
    "headcount",
    "agents_moved",
    "agents_new_manager",
];

pub use crate::engine::catalogue::Unit;

impl Figure {
    /// The name written in exercise files (`service_load`, `max_span`…).
    pub fn name(&self) -> &'static str {
        match self {
            Figure::ServiceLoad { .. } => "service_load",
            Figure::TeamLoadMax { .. } => "team_load_max",
            Figure::ServiceLoadWithAbsence { .. } => "service_load_with_absence",
            Figure::TeamLoadWithAbsenceMax { .. } => "team_load_with_absence_max",
            Figure::OverloadedTeams { .. } => "overloaded_teams",
            Figure::MeanMinutes { .. } => "mean_minutes",
            Figure::CommuneMeanMinutes { .. } => "commune_mean_minutes",
            Figure::MaxMinutes { .. } => "max_minutes",
            Figure::ShareWithin { .. } => "share_within",
            Figure::MaxSpan { .. } => "max_span",
            Figure::PostSpan { .. } => "post_span",
            Figure::PostsOutsideNorm { .. } => "posts_outside_norm",
            Figure::Layers => "layers",
            Figure::Posts => "posts",
            Figure::HeadsOver { .. } => "heads_over",
            Figure::SiteAgents { .. } => "site_agents",
            Figure::SiteServices { .. } => "site_services",
            Figure::TeamSites { .. } => "team_sites",
            Figure::SitesInUse => "sites_in_use",
            Figure::SitesOverCapacity => "sites_over_capacity",
            Figure::CapacityTotal => "capacity_total",
            Figure::Headcount { .. } => "headcount",
            Figure::AgentsMoved => "agents_moved",
            Figure::AgentsNewManager => "agents_new_manager",
        }
    }

    /// How the figure's value reads: as the catalogue's figure it is a version of, a count
    /// otherwise.
    pub fn unit(&self) -> Unit {
        match self {
            Figure::ServiceLoad { .. } | Figure::TeamLoadMax { .. } => Measure::Load.unit(),
            Figure::ServiceLoadWithAbsence { .. } | Figure::TeamLoadWithAbsenceMax { .. } => {
                Measure::LoadWithAbsence.unit()
            }
            Figure::MeanMinutes { .. } | Figure::CommuneMeanMinutes { .. } => {
                Measure::MeanMinutes.unit()
            }
            Figure::MaxMinutes { .. } => Measure::MaxMinutes.unit(),
            Figure::ShareWithin { .. } => Measure::ShareWithin.unit(),
            _ => Unit::Count,
        }
    }

    /// The figure's value for a territory, its evaluation and its change impact since the start;
    /// `None` where the figure has no meaning (a service with no agent has no travel time).
    pub fn value(
        &self,
        territory: &Territory,
        evaluation: &Evaluation,
        impact: &ChangeImpact,
    ) -> Option<f64> {
        let service = |id: &str| {
            territory
                .service_ix(id)
                .and_then(|k| evaluation.services.get(k.index()))
        };
        let count = |n: usize| Some(n as f64);
        match self {
            Figure::ServiceLoad { service: id } => service(id)?.load,
            Figure::TeamLoadMax { service: id } => {
                team_loads(territory, evaluation, id.as_deref(), |f| f.load).reduce(f64::max)
            }
            Figure::ServiceLoadWithAbsence { service: id } => service(id)?.load_with_usual_absence,
            Figure::TeamLoadWithAbsenceMax { service: id } => {
                team_loads(territory, evaluation, id.as_deref(), |f| {
                    f.load_with_usual_absence
                })
                .reduce(f64::max)
            }
            Figure::OverloadedTeams { service: id } => count(
                team_loads(territory, evaluation, id.as_deref(), |f| {
                    f.load_with_usual_absence
                })
                .filter(|&l| l > OVERLOADED_ABOVE)
                .count(),
            ),
            Figure::MeanMinutes { service: id } => service(id)?.mean_minutes,
            Figure::CommuneMeanMinutes {
                service: id,
                commune,
            } => match commune {
                Some(name) => commune_of(service(id)?, name)?.mean_minutes,
                None => service(id)?
                    .communes
                    .iter()
                    .filter_map(|c| c.mean_minutes)
                    .reduce(f64::max),
            },
            Figure::MaxMinutes {
                service: id,
                commune,
            } => match commune {
                Some(name) => commune_of(service(id)?, name)?.worst_zone.map(|(_, m)| m),
                None => service(id)?.max_minutes,
            },
            Figure::ShareWithin {
                service: id,
                commune,
            } => match commune {
                Some(name) => commune_of(service(id)?, name)?.share_within,
                None => service(id)?.share_within,
            },
            Figure::MaxSpan { services } if services.is_empty() => Some(evaluation.max_span as f64),
            Figure::MaxSpan { services } => {
                let over = posts_over(territory, services);
                evaluation
                    .managers
                    .iter()
                    .zip(over)
                    .filter(|(_, over)| *over)
                    .map(|(m, _)| m.span as f64)
                    .reduce(f64::max)
            }
            Figure::PostSpan { post } => Some(territory.manager_ix(post).map_or(0.0, |m| {
                evaluation
                    .managers
                    .get(m.index())
                    .map_or(0.0, |f| f.span as f64)
            })),
            Figure::PostsOutsideNorm { min, max } => {
                count(evaluation.posts_outside_norm(*min, *max))
            }
            Figure::Layers => Some(f64::from(evaluation.layers)),
            Figure::Posts => count(territory.managers.len()),
            Figure::HeadsOver { services } => heads_over(territory, services),
            Figure::SiteAgents { site } => Some(territory.site_ix(site).map_or(0.0, |s| {
                territory
                    .agents_per_site()
                    .get(s.index())
                    .map_or(0.0, |&a| a as f64)
            })),
            Figure::SiteServices { site } => {
                let Some(s) = territory.site_ix(site) else {
                    return Some(0.0);
                };
                let services = ordered::set_of(
                    territory
                        .teams
                        .iter()
                        .filter(|t| t.site == s && t.agents > 0)
                        .map(|t| t.service),
                );
                count(services.len())
            }
            Figure::TeamSites { teams } => {
                let present: Vec<_> = teams
                    .iter()
                    .filter_map(|id| territory.team_ix(id))
                    .collect();
                let sites = ordered::set_of(present.iter().map(|&t| territory.team(t).site));
                count(sites.len() + (teams.len() - present.len()))
            }
            Figure::SitesInUse => count(
                territory
                    .agents_per_site()
                    .iter()
                    .filter(|&&a| a > 0)
                    .count(),
            ),
            Figure::SitesOverCapacity => count(
                territory
                    .agents_per_site()
                    .iter()
                    .zip(&territory.sites)
                    .filter(|(agents, site)| **agents > u64::from(site.capacity))
                    .count(),
            ),
            Figure::CapacityTotal => {
                Some(territory.sites.iter().map(|s| f64::from(s.capacity)).sum())
            }
            Figure::Headcount { service: None } => Some(territory.total_agents() as f64),
            Figure::Headcount { service: Some(id) } => {
                let k = territory.service_ix(id)?;
                let agents: u64 = territory
                    .teams
                    .iter()
                    .filter(|t| t.service == k)
                    .map(|t| u64::from(t.agents))
                    .sum();
                Some(agents as f64)
            }
            Figure::AgentsMoved => Some(impact.agents_moved as f64),
            Figure::AgentsNewManager => Some(impact.agents_new_manager as f64),
        }
    }

    /// The first service the figure names, if any: what the map shows for an exercise that
    /// does not choose.
    pub fn service(&self) -> Option<&str> {
        match self {
            Figure::ServiceLoad { service }
            | Figure::ServiceLoadWithAbsence { service }
            | Figure::MeanMinutes { service }
            | Figure::CommuneMeanMinutes { service, .. }
            | Figure::MaxMinutes { service, .. }
            | Figure::ShareWithin { service, .. } => Some(service),
            Figure::TeamLoadMax { service }
            | Figure::TeamLoadWithAbsenceMax { service }
            | Figure::OverloadedTeams { service }
            | Figure::Headcount { service } => service.as_deref(),
            Figure::MaxSpan { services } | Figure::HeadsOver { services } => {
                services.first().map(String::as_str)
            }
            _ => None,
        }
    }

    /// What the figure measures, as the subject of a sentence, naming things as `names` does.
    pub(super) fn subject(&self, names: &Territory) -> Bilingual {
        let n = Names(names);
        let of_service = |id: &Option<String>| match id {
            Some(id) => (
                format!(" ({})", n.service(id)),
                format!(" ({})", n.service(id)),
            ),
            None => (String::new(), String::new()),
        };
        let (fr, en) = match self {
            Figure::ServiceLoad { service } => {
                let s = n.service(service);
                (format!("Charge du service {s}"), format!("Load of {s}"))
            }
            Figure::TeamLoadMax { service } => {
                let (fr, en) = of_service(service);
                (
                    format!("Charge de l'équipe la plus chargée{fr}"),
                    format!("Load of the busiest team{en}"),
                )
            }
            Figure::ServiceLoadWithAbsence { service } => {
                let s = n.service(service);
                (
                    format!("Charge du service {s} avec l'absence habituelle"),
                    format!("Load of {s} with usual absence"),
                )
            }
            Figure::TeamLoadWithAbsenceMax { service } => {
                let (fr, en) = of_service(service);
                (
                    format!("Charge avec l'absence habituelle de l'équipe la plus chargée{fr}"),
                    format!("Load with usual absence of the busiest team{en}"),
                )
            }
            Figure::OverloadedTeams { service } => {
                let (fr, en) = of_service(service);
                (
                    format!("Équipes en surcharge (charge avec l'absence habituelle au-dessus de 1){fr}"),
                    format!("Overloaded teams (load with usual absence above 1){en}"),
                )
            }
            Figure::MeanMinutes { service } => {
                let s = n.service(service);
                (
                    format!("Temps moyen d'accès au service {s}"),
                    format!("Mean travel time to {s}"),
                )
            }
            Figure::CommuneMeanMinutes { service, commune } => {
                let s = n.service(service);
                match commune {
                    Some(c) => (
                        format!("Temps moyen d'accès des habitants de {c} au service {s}"),
                        format!("Mean travel time from {c} to {s}"),
                    ),
                    None => (
                        format!(
                            "Temps moyen d'accès au service {s} depuis la commune la plus éloignée"
                        ),
                        format!("Mean travel time to {s} from the furthest commune"),
                    ),
                }
            }
            Figure::MaxMinutes { service, commune } => {
                let s = n.service(service);
                match commune {
                    Some(c) => (
                        format!("Temps d'accès le plus long au service {s} depuis {c}"),
                        format!("Longest travel time to {s} from {c}"),
                    ),
                    None => (
                        format!("Temps d'accès le plus long au service {s}"),
                        format!("Longest travel time to {s}"),
                    ),
                }
            }
            Figure::ShareWithin { service, commune } => {
                let s = n.service(service);
                let minutes = n.catchment(service);
                let (fr, en) = (
                    Unit::Minutes.format(minutes, Lang::Fr),
                    Unit::Minutes.format(minutes, Lang::En),
                );
                match commune {
                    Some(c) => (
                        format!("Part des habitants de {c} à {fr} au plus du service {s}"),
                        format!("Share of residents of {c} within {en} of {s}"),
                    ),
                    None => (
                        format!("Part des habitants à {fr} au plus du service {s}"),
                        format!("Share of residents within {en} of {s}"),
                    ),
                }
            }
            Figure::MaxSpan { services } if services.is_empty() => (
                "Plus grand nombre de rattachements directs d'un encadrant".into(),
                "Largest number of direct reports of a manager".into(),
            ),
            Figure::MaxSpan { services } => {
                let (fr, en) = n.services(services);
                (
                    format!("Plus grand nombre de rattachements directs d'un encadrant de {fr}"),
                    format!("Largest number of direct reports of a manager of {en}"),
                )
            }
            Figure::PostSpan { post } => {
                let p = n.post(post);
                (
                    format!("Rattachements directs du poste {p}"),
                    format!("Direct reports of {p}"),
                )
            }
            Figure::PostsOutsideNorm { min, max } => (
                format!("Encadrants hors de la norme de {min} à {max} rattachements directs"),
                format!("Managers outside the norm of {min} to {max} direct reports"),
            ),
            Figure::Layers => ("Niveaux hiérarchiques".into(), "Management layers".into()),
            Figure::Posts => ("Postes d'encadrement".into(), "Management posts".into()),
            Figure::HeadsOver { services } => {
                let (fr, en) = n.services(services);
                (
                    format!("Chefs de service à la tête de {fr}"),
                    format!("Heads of service leading {en}"),
                )
            }
            Figure::SiteAgents { site } => {
                let s = n.site(site);
                (format!("Agents sur le site {s}"), format!("Agents at {s}"))
            }
            Figure::SiteServices { site } => {
                let s = n.site(site);
                (
                    format!("Services présents sur le site {s}"),
                    format!("Services at {s}"),
                )
            }
            Figure::TeamSites { teams } => {
                let (fr, en) = n.teams(teams);
                (
                    format!("Sites des équipes {fr}"),
                    format!("Sites of teams {en}"),
                )
            }
            Figure::SitesInUse => ("Sites occupés".into(), "Sites in use".into()),
            Figure::SitesOverCapacity => (
                "Sites au-delà de leur capacité".into(),
                "Sites over capacity".into(),
            ),
            Figure::CapacityTotal => (
                "Places de travail de tous les sites".into(),
                "Workplaces in all sites".into(),
            ),
            Figure::Headcount { service: None } => {
                ("Effectif total".into(), "Total headcount".into())
            }
            Figure::Headcount {
                service: Some(service),
            } => {
                let s = n.service(service);
                (
                    format!("Effectif du service {s}"),
                    format!("Headcount of {s}"),
                )
            }
            Figure::AgentsMoved => (
                "Agents qui changent de site".into(),
                "Agents who change site".into(),
            ),
            Figure::AgentsNewManager => (
                "Agents qui changent d'encadrant".into(),
                "Agents with a new manager".into(),
            ),
        };
        Bilingual { fr, en }
    }
}

/// The loads (`pick`: without or with the usual absence) of the teams of one service or of all.
fn team_loads<'a>(
    territory: &'a Territory,
    evaluation: &'a Evaluation,
    service: Option<&str>,
    pick: fn(&TeamFigures) -> Option<f64>,
) -> impl Iterator<Item = f64> + 'a {
    let k = service.map(|id| territory.service_ix(id));
    territory
        .teams
        .iter()
        .zip(&evaluation.teams)
        .filter(move |(team, _)| k.is_none_or(|k| k == Some(team.service)))
        .filter_map(move |(_, figures)| pick(figures))
}

fn commune_of<'a>(service: &'a ServiceFigures, name: &str) -> Option<&'a CommuneProximity> {
    service.communes.iter().find(|c| c.commune == name)
}

/// Per post: whether a team of one of the services works under it, at any depth.
fn posts_over(territory: &Territory, services: &[String]) -> Vec<bool> {
    let wanted = service_ixs(territory, services);
    let hierarchy = Hierarchy::of(territory);
    let mut over = vec![false; territory.managers.len()];
    for team in territory
        .teams
        .iter()
        .filter(|t| wanted.contains(&t.service))
    {
        for post in hierarchy.ancestors(team.manager) {
            over[post.index()] = true;
        }
    }
    over
}

/// Distinct heads over the teams of the services; `None` when they have no team.
fn heads_over(territory: &Territory, services: &[String]) -> Option<f64> {
    let wanted = service_ixs(territory, services);
    let hierarchy = Hierarchy::of(territory);
    let heads: BTreeSet<ManagerIx> = ordered::set_of(
        territory
            .teams
            .iter()
            .filter(|t| wanted.contains(&t.service))
            .map(|t| {
                hierarchy
                    .nearest(t.manager, Role::Head)
                    .unwrap_or(t.manager)
            }),
    );
    (!heads.is_empty()).then_some(heads.len() as f64)
}

fn service_ixs(territory: &Territory, services: &[String]) -> Vec<ServiceIx> {
    services
        .iter()
        .filter_map(|id| territory.service_ix(id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_planners_write_them() {
        assert_eq!(Unit::Load.format(1.0499, Lang::Fr), "1,05");
        assert_eq!(Unit::Load.format(0.998, Lang::En), "1.00");
        assert_eq!(Unit::Minutes.format(20.0, Lang::Fr), "20\u{a0}min");
        assert_eq!(Unit::Minutes.format(12.46, Lang::Fr), "12,5\u{a0}min");
        assert_eq!(Unit::Share.format(0.95, Lang::Fr), "95\u{202F}%");
        assert_eq!(Unit::Share.format(0.9886, Lang::En), "98.9%");
        assert_eq!(Unit::Count.format(381.0, Lang::Fr), "381");
        assert_eq!(Unit::Count.format(-0.0, Lang::Fr), "0");
    }

    #[test]
    fn lists_read_as_sentences() {
        let items = |names: &[&str]| names.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(Lang::Fr.list(&items(&["A"])), "A");
        assert_eq!(Lang::Fr.list(&items(&["A", "B"])), "A et B");
        assert_eq!(Lang::En.list(&items(&["A", "B", "C"])), "A, B and C");
    }

    #[test]
    fn every_figure_name_is_listed_once() {
        let names: BTreeSet<&str> = FIGURE_NAMES.iter().copied().collect();
        assert_eq!(names.len(), FIGURE_NAMES.len());
    }
}
