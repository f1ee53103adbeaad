//! A suggestion applied as a scenario: ordinary operations (move, split, merge teams of the
//! service) that put the service's agents on the chosen sites in proportion to the demand each
//! serves, kept together as one operation so that the journal shows one line and undo takes it
//! back in one step. Agents are conserved exactly: only moves, splits and merges are used, so the
//! change impact counts the agents who change site.

use serde::{Deserialize, Serialize};

use crate::engine::lang::Lang;
use crate::engine::model::{ServiceIx, SiteIx, TeamIx, Territory};
use crate::engine::operations::{apply, Named, Operation, OperationError};
use crate::engine::travel::{haversine_km, TravelMatrix};

use super::capacity::{agents_of, share_agents};
use super::{layout, sort_by_id, Goal, SuggestError};

/// A suggestion applied: the service, the chosen sites, and the ordinary operations that put
/// its teams there, applied in order as one operation ([`Operation::ApplySuggestion`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppliedSuggestion {
    /// The service, by id.
    pub service: String,
    /// The goal the sites were chosen for (for the journal).
    pub goal: Goal,
    /// The chosen sites, by id, in id order.
    pub sites: Vec<String>,
    /// The operations, in order.
    pub steps: Vec<Operation>,
}

/// The operation that applies a suggestion to `territory`: the teams of `service` on sites
/// outside `sites` move to them, and agents move between the chosen sites, so that each chosen
/// site ends with the service's agents shared in proportion to the demand it serves
/// ([`share_agents`]: whole agents, at least one a site). Sites left without a team stay open.
pub fn scenario_operation(
    territory: &Territory,
    service: &str,
    sites: &[String],
    goal: Goal,
) -> Result<Operation, SuggestError> {
    let k = territory
        .service_ix(service.trim())
        .ok_or_else(|| SuggestError::UnknownService {
            id: service.trim().to_string(),
        })?;
    let mut chosen = Vec::new();
    for id in sites {
        let site = territory
            .site_ix(id.trim())
            .ok_or_else(|| SuggestError::UnknownSite {
                id: id.trim().to_string(),
            })?;
        if !chosen.contains(&site) {
            chosen.push(site);
        }
    }
    sort_by_id(territory, &mut chosen);
    if chosen.is_empty() {
        return Err(SuggestError::SitesOutOfRange {
            asked: 0,
            candidates: territory.sites.len(),
        });
    }
    let agents = agents_of(territory, k);
    if agents < chosen.len() as u64 {
        return Err(SuggestError::TooFewAgents {
            service: service_named(territory, k),
            agents,
            sites: chosen.len(),
        });
    }
    let targets = targets(territory, k, &chosen, agents);
    let steps = Plan::new(territory, k, &chosen, &targets).run()?;
    Ok(Operation::ApplySuggestion(AppliedSuggestion {
        service: territory.service(k).id.clone(),
        goal,
        sites: chosen
            .iter()
            .map(|&s| territory.site(s).id.clone())
            .collect(),
        steps,
    }))
}

impl super::Suggestion {
    /// The operation that applies this suggestion to `territory` (the one it was computed on).
    pub fn operation(&self, territory: &Territory) -> Result<Operation, SuggestError> {
        let service = territory
            .services
            .get(self.service.index())
            .map(|k| k.id.clone())
            .unwrap_or_default();
        let sites: Vec<String> = self
            .sites()
            .iter()
            .filter_map(|s| territory.sites.get(s.index()).map(|site| site.id.clone()))
            .collect();
        scenario_operation(territory, &service, &sites, self.goal)
    }
}

/// Applies the steps of an applied suggestion, in order (called by [`apply`]).
pub(crate) fn apply_steps(
    territory: &Territory,
    applied: &AppliedSuggestion,
) -> Result<Territory, OperationError> {
    let mut current = territory.clone();
    for step in &applied.steps {
        current = apply(&current, step)?;
    }
    Ok(current)
}

/// The journal's line for an applied suggestion.
pub(crate) fn describe(applied: &AppliedSuggestion, before: &Territory, lang: Lang) -> String {
    let service = before
        .service_ix(&applied.service)
        .map_or(applied.service.clone(), |k| {
            let name = &before.service(k).name;
            if name.is_empty() {
                applied.service.clone()
            } else {
                name.clone()
            }
        });
    let sites: Vec<String> = applied
        .sites
        .iter()
        .map(|id| {
            before
                .site_ix(id)
                .map(|s| before.site(s).name.clone())
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| id.clone())
        })
        .collect();
    let n = sites.len();
    let sites = sites.join(", ");
    match (lang, applied.goal) {
        (Lang::Fr, Goal::Distance) => format!(
            "Suggestion appliquée (au plus près des habitants) : {service} sur {n} sites — {sites}"
        ),
        (Lang::Fr, Goal::Coverage) => format!(
            "Suggestion appliquée (le plus d'habitants à portée) : {service} sur {n} sites — {sites}"
        ),
        (Lang::En, Goal::Distance) => format!(
            "Suggestion applied (closest to residents): {service} on {n} sites — {sites}"
        ),
        (Lang::En, Goal::Coverage) => format!(
            "Suggestion applied (most residents within reach): {service} on {n} sites — {sites}"
        ),
    }
}

fn service_named(territory: &Territory, k: ServiceIx) -> Named {
    let service = territory.service(k);
    Named {
        id: service.id.clone(),
        name: service.name.clone(),
    }
}

/// Agents each chosen site ends with: the service's agents in proportion to the demand it
/// serves (each zone to its nearest chosen site).
fn targets(territory: &Territory, k: ServiceIx, chosen: &[SiteIx], agents: u64) -> Vec<u32> {
    let matrix = TravelMatrix::new(territory);
    let layout = layout(territory, &matrix, k, chosen);
    let loads = super::capacity::site_loads(territory, k, &layout.sites, &layout.zones);
    let demand: Vec<f64> = loads.iter().map(|l| l.demand).collect();
    share_agents(u32::try_from(agents).unwrap_or(u32::MAX), &demand)
}

/// Agents leaving a team: all of them (the team leaves its site) or some.
struct Source {
    team: String,
    from: SiteIx,
    agents: u32,
    whole: bool,
}

/// The operations being written, each applied at once to a working copy of the territory so
/// that the next one is written against the territory it will meet.
struct Plan<'a> {
    start: &'a Territory,
    work: Territory,
    service: ServiceIx,
    chosen: &'a [SiteIx],
    targets: &'a [u32],
    steps: Vec<Operation>,
}

impl<'a> Plan<'a> {
    fn new(
        territory: &'a Territory,
        service: ServiceIx,
        chosen: &'a [SiteIx],
        targets: &'a [u32],
    ) -> Plan<'a> {
        Plan {
            start: territory,
            work: territory.clone(),
            service,
            chosen,
            targets,
            steps: Vec::new(),
        }
    }

    fn run(mut self) -> Result<Vec<Operation>, SuggestError> {
        let t = self.start;
        let mut today = vec![0u64; t.sites.len()];
        for team in t.teams.iter().filter(|team| team.service == self.service) {
            today[team.site.index()] += u64::from(team.agents);
        }
        // What each chosen site still needs once its own agents stay.
        let mut need: Vec<(SiteIx, u64)> = self
            .chosen
            .iter()
            .zip(self.targets)
            .map(|(&s, &target)| (s, u64::from(target).saturating_sub(today[s.index()])))
            .collect();
        let mut sources = self.sources(&today);
        self.leave_multi_trade_teams(&mut sources)?;
        for source in sources {
            let mut left = u64::from(source.agents);
            while left > 0 {
                let Some(slot) = destination(t, &need, source.from, left) else {
                    break;
                };
                let (site, wanted) = need[slot];
                let sent = left.min(wanted);
                self.send(&source.team, sent as u32, site)?;
                need[slot].1 -= sent;
                left -= sent;
            }
        }
        Ok(self.steps)
    }

    /// The agents that leave: every team of the service on a site not chosen, then, on a
    /// chosen site holding more than its share, whole teams while they fit and part of one for
    /// the rest. Whole teams first, largest first, so that fewer teams are split.
    fn sources(&self, today: &[u64]) -> Vec<Source> {
        let t = self.start;
        let mut whole = Vec::new();
        let mut partial = Vec::new();
        let teams_at = |site: SiteIx| -> Vec<TeamIx> {
            let mut teams: Vec<TeamIx> = (0..t.teams.len())
                .map(TeamIx::from_index)
                .filter(|&ix| {
                    let team = t.team(ix);
                    team.service == self.service && team.site == site && team.agents > 0
                })
                .collect();
            crate::engine::ordered::sort_by(&mut teams, |a, b| {
                t.team(*b).agents.cmp(&t.team(*a).agents)
            });
            teams
        };
        for (s, _) in t.sites.iter().enumerate() {
            let site = SiteIx::from_index(s);
            let target = match self.chosen.iter().position(|&c| c == site) {
                Some(i) => u64::from(self.targets[i]),
                None => 0,
            };
            let mut excess = today[s].saturating_sub(target);
            if excess == 0 {
                continue;
            }
            let mut kept = Vec::new();
            for ix in teams_at(site) {
                let agents = u64::from(t.team(ix).agents);
                if agents <= excess {
                    excess -= agents;
                    whole.push(Source {
                        team: t.team(ix).id.clone(),
                        from: site,
                        agents: agents as u32,
                        whole: true,
                    });
                } else {
                    kept.push(ix);
                }
            }
            if excess > 0 {
                if let Some(&ix) = kept.first() {
                    partial.push(Source {
                        team: t.team(ix).id.clone(),
                        from: site,
                        agents: excess as u32,
                        whole: false,
                    });
                }
            }
        }
        whole.extend(partial);
        whole
    }

    /// Rows of a multi-trade team that leave whole cannot move (their other trades would go
    /// along): each first becomes a team of its own on its site, which then leaves like any other.
    /// Splitting off all but one agent and merging the row into the new team does it; a row of
    /// one agent joins another team of the service instead, which then sends one more agent.
    /// The new teams draw only on the row, so the change impact counts each agent once.
    fn leave_multi_trade_teams(&mut self, sources: &mut Vec<Source>) -> Result<(), SuggestError> {
        let mut i = 0;
        while i < sources.len() {
            let Some(ix) = self.work.team_ix(&sources[i].team) else {
                i += 1;
                continue;
            };
            if !sources[i].whole || self.work.crew_of(ix).len() < 2 {
                i += 1;
                continue;
            }
            let row = sources[i].team.clone();
            let agents = self.work.team(ix).agents;
            let own_site = self.work.site(self.work.team(ix).site).id.clone();
            if agents >= 2 {
                let team = self.split(&row, agents - 1, &own_site)?;
                self.push(Operation::MergeTeams {
                    keep: team.clone(),
                    absorb: row,
                })?;
                sources[i].team = team;
                i += 1;
                continue;
            }
            let from = sources[i].from;
            let holder = self
                .team_of_service_at(from, &row)
                .or_else(|| self.any_other_team_of_service(&row));
            let Some(holder) = holder else {
                let t = self.work.team(ix);
                return Err(SuggestError::CrewCannotMove {
                    team: Named {
                        id: t.id.clone(),
                        name: t.name.clone(),
                    },
                });
            };
            self.push(Operation::MergeTeams {
                keep: holder.clone(),
                absorb: row,
            })?;
            sources.remove(i);
            match sources.iter_mut().find(|s| s.team == holder) {
                Some(source) => source.agents += 1,
                None => {
                    let site = self
                        .work
                        .team_ix(&holder)
                        .map_or(from, |h| self.work.team(h).site);
                    sources.push(Source {
                        team: holder,
                        from: site,
                        agents: 1,
                        whole: false,
                    });
                }
            }
        }
        // Whole teams first, largest first, so that fewer teams are split.
        crate::engine::ordered::sort_by(sources, |a, b| {
            b.whole.cmp(&a.whole).then(b.agents.cmp(&a.agents))
        });
        Ok(())
    }

    /// Writes and applies `operation`.
    fn push(&mut self, operation: Operation) -> Result<(), SuggestError> {
        self.work = apply(&self.work, &operation)?;
        self.steps.push(operation);
        Ok(())
    }

    /// Sends `agents` agents of `team` (as it is now) to `site`: the whole team moves, or the
    /// agents are split off into a new team that moves.
    fn send(&mut self, team: &str, agents: u32, site: SiteIx) -> Result<(), SuggestError> {
        let site_id = self.work.site(site).id.clone();
        let ix = self.work.team_ix(team).ok_or(OperationError::UnknownId {
            entity: crate::engine::model::Entity::Team,
            id: team.to_string(),
        })?;
        if agents < self.work.team(ix).agents {
            let new_team = self.split(team, agents, &site_id)?;
            return self.push(Operation::MoveTeam {
                team: new_team,
                to_site: site_id,
            });
        }
        if self.work.crew_of(ix).len() > 1 {
            // Not reached: rows of multi-trade teams never leave whole (see above).
            let t = self.work.team(ix);
            return Err(SuggestError::CrewCannotMove {
                team: Named {
                    id: t.id.clone(),
                    name: t.name.clone(),
                },
            });
        }
        self.push(Operation::MoveTeam {
            team: team.to_string(),
            to_site: site_id,
        })
    }

    /// Splits `agents` agents off `team` into a new team named after the site they go to.
    fn split(&mut self, team: &str, agents: u32, site_id: &str) -> Result<String, SuggestError> {
        let name = self
            .work
            .team_ix(team)
            .map(|ix| self.work.team(ix).name.clone())
            .unwrap_or_default();
        let stem = format!("{team}-{site_id}");
        let new_id = (1..)
            .map(|n| match n {
                1 => stem.clone(),
                n => format!("{stem}-{n}"),
            })
            .find(|id| self.work.team_ix(id).is_none())
            .unwrap_or(stem);
        let new_name = format!("{name} ({site_id})");
        self.push(Operation::SplitTeam {
            team: team.to_string(),
            new_team_id: new_id.clone(),
            new_name,
            agents,
        })?;
        Ok(new_id)
    }

    /// A team of the service at `site` other than `not`, not part of a multi-trade team.
    fn team_of_service_at(&self, site: SiteIx, not: &str) -> Option<String> {
        self.work
            .teams
            .iter()
            .find(|t| {
                t.service == self.service && t.site == site && t.id != not && t.crew.is_none()
            })
            .map(|t| t.id.clone())
    }

    /// Any team of the service other than `not`, not part of a multi-trade team (an empty one
    /// too: it can take the agent as well as any other).
    fn any_other_team_of_service(&self, not: &str) -> Option<String> {
        self.work
            .teams
            .iter()
            .find(|t| t.service == self.service && t.id != not && t.crew.is_none())
            .map(|t| t.id.clone())
    }
}

/// Where agents leaving `from` go: the nearest chosen site that needs at least `agents` (so a
/// team moves whole), or else the nearest that needs any; the first in id order on a tie.
fn destination(t: &Territory, need: &[(SiteIx, u64)], from: SiteIx, agents: u64) -> Option<usize> {
    let km = |s: SiteIx| {
        let (a, b) = (t.site(from), t.site(s));
        haversine_km(a.lat, a.lon, b.lat, b.lon)
    };
    let nearest = |fits: &dyn Fn(u64) -> bool| {
        let mut best: Option<(usize, f64)> = None;
        for (slot, &(site, wanted)) in need.iter().enumerate() {
            if wanted == 0 || !fits(wanted) {
                continue;
            }
            let d = km(site);
            if best.is_none_or(|(_, best_d)| d < best_d) {
                best = Some((slot, d));
            }
        }
        best.map(|(slot, _)| slot)
    };
    nearest(&|wanted| wanted >= agents).or_else(|| nearest(&|_| true))
}
