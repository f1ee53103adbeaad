//! Change impact between two versions of a territory: who moved, who has a new manager, who was
//! hired, who left.
//!
//! Two folders of CSV files ([`compare`]) do not say where a vanished team went, so a team is
//! matched with the team of the same text id: its agents, up to the smaller of the two
//! headcounts, come from it; the rest of a larger team are hires; the rest of a smaller one,
//! and every agent of a team that is gone, have left.
//!
//! A [`Scenario`](super::scenario::Scenario) says more: its operations, replayed in order, give
//! exact *flows*, for each team how many of its agents come from each team of the base and how
//! many were hired. A team's agents are kept in the order they joined it, and:
//! - a split gives the new team the agents who joined the team last (so splitting off as many
//!   agents as a merge brought in gives them back);
//! - a merge of two teams of one service puts the absorbed team's agents after the kept team's;
//!   a merge across services, like a move, a closing, a manager change or an event, changes no
//!   team's agents: they go with their team;
//! - a headcount decrease first takes back the team's latest hires, then lets go the agents who
//!   joined last; an increase first brings back the agents the team let go, the last to leave
//!   first (a merged team's included), then hires. Setting a headcount down and up again, or up
//!   and down, counts only the difference.
//!
//! Then an agent of a team T who comes from base team O has *moved* when T's site differs from
//! O's (site ids compared), and has a *new manager* when T's manager differs from O's (post ids
//! compared); it is *changing* when either holds (counted once). Hires are in none of these
//! figures; agents of the base no team holds any more are gone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{ServiceIx, TeamIx, Territory};
use super::operations::Operation;
use crate::engine::ordered;

/// What a reorganisation changes for the agents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeImpact {
    /// Agents whose team works from another site than before.
    pub agents_moved: u64,
    /// Agents whose team now has another manager.
    pub agents_new_manager: u64,
    /// Agents whose team works from another site or has another manager, or both (each agent
    /// once): the decision strip's "agents changing site or manager".
    #[serde(default)]
    pub agents_changing: u64,
    /// Agents of the later version that no original team accounts for (hires).
    pub agents_new: u64,
    /// Agents of the original version that no later team accounts for (departures).
    pub agents_gone: u64,
}

/// Change impact of two versions matched by team id (two CSV folders, say).
pub fn compare(before: &Territory, after: &Territory) -> ChangeImpact {
    let index = ordered::map_of(
        before
            .teams
            .iter()
            .enumerate()
            .map(|(ix, team)| (team.id.as_str(), TeamIx::from_index(ix))),
    );
    // Each team of `after` holds, from the team of the same id, up to the smaller headcount;
    // the rest are hires.
    let staff: Vec<Staff> = after
        .teams
        .iter()
        .map(|team| {
            let mut present = Vec::new();
            let mut hired = team.agents;
            if let Some(&origin) = index.get(team.id.as_str()) {
                let kept = team.agents.min(before.team(origin).agents);
                join(&mut present, Source::Base(origin), kept);
                hired -= kept;
            }
            join(&mut present, Source::Hired, hired);
            Staff {
                service: team.service,
                present,
                let_go: Vec::new(),
            }
        })
        .collect();
    let changed = ordered::map_of(
        after
            .teams
            .iter()
            .enumerate()
            .map(|(at, team)| (team.id.as_str(), at)),
    );
    Flows {
        base: before,
        changed,
        staff,
    }
    .impact(after)
}

/// Where agents come from: a team of the base, or hiring during the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Base(TeamIx),
    Hired,
}

/// Agents of one source who joined a team one after the other.
#[derive(Clone, Copy, Debug)]
struct Run {
    source: Source,
    agents: u32,
}

/// One team's agents: in the order they joined it, and those it let go (the last one last).
#[derive(Clone, Debug)]
struct Staff {
    service: ServiceIx,
    present: Vec<Run>,
    let_go: Vec<Run>,
}

/// Where the agents of a scenario's current territory come from (see the module's counting
/// rule). Derived by replaying the operations, never saved.
pub(crate) struct Flows<'a> {
    base: &'a Territory,
    /// The teams whose agents an operation changed (split, merged, resized, new): text id →
    /// position in `staff`. Any other team of the current territory is a team of the base with
    /// its own agents. An absorbed team keeps its entry, emptied: no later operation names it
    /// (it is gone) unless a split makes a team of that id again, whose entry replaces it.
    changed: BTreeMap<&'a str, usize>,
    staff: Vec<Staff>,
}

impl<'a> Flows<'a> {
    /// Before any operation: each team of the base holds its own agents.
    pub(crate) fn of(base: &'a Territory) -> Flows<'a> {
        Flows {
            base,
            changed: BTreeMap::new(),
            staff: Vec::new(),
        }
    }

    /// Follows one operation that the territory it applied to accepted.
    pub(crate) fn record(&mut self, operation: &'a Operation) {
        match operation {
            Operation::MergeTeams { keep, absorb } => self.merge(keep, absorb),
            Operation::SplitTeam {
                team,
                new_team_id,
                agents,
                ..
            } => {
                let Some(staff) = self.staff(team) else {
                    return;
                };
                let new = Staff {
                    service: staff.service,
                    present: take_last(&mut staff.present, *agents),
                    let_go: Vec::new(),
                };
                self.changed.insert(new_team_id.trim(), self.staff.len());
                self.staff.push(new);
            }
            Operation::SetHeadcount { team, agents } => {
                if let (Some(staff), Ok(agents)) = (self.staff(team), u32::try_from(*agents)) {
                    staff.set_headcount(agents);
                }
            }
            Operation::ApplySuggestion(applied) => {
                for step in &applied.steps {
                    self.record(step);
                }
            }
            _ => {}
        }
    }

    /// The agents of the current team `id`, about to change.
    fn staff(&mut self, id: &'a str) -> Option<&mut Staff> {
        let at = self.position(id)?;
        self.staff.get_mut(at)
    }

    /// Where the current team `id` is in `staff`, put there first if no operation changed it.
    fn position(&mut self, id: &'a str) -> Option<usize> {
        if let Some(&at) = self.changed.get(id) {
            return Some(at);
        }
        // Not changed yet, so a team of the base with its own agents.
        let ix = self.base.team_ix(id)?;
        let team = self.base.team(ix);
        let mut present = Vec::new();
        join(&mut present, Source::Base(ix), team.agents);
        self.staff.push(Staff {
            service: team.service,
            present,
            let_go: Vec::new(),
        });
        let at = self.staff.len() - 1;
        self.changed.insert(id, at);
        Some(at)
    }

    /// Same service: the absorbed team's agents join the kept team's, after them.
    fn merge(&mut self, keep: &'a str, absorb: &'a str) {
        let (Some(kept), Some(absorbed)) = (self.position(keep), self.position(absorb)) else {
            return;
        };
        if kept == absorbed || self.staff[kept].service != self.staff[absorbed].service {
            return;
        }
        let present = std::mem::take(&mut self.staff[absorbed].present);
        let let_go = std::mem::take(&mut self.staff[absorbed].let_go);
        let kept = &mut self.staff[kept];
        for run in present {
            join(&mut kept.present, run.source, run.agents);
        }
        for run in let_go {
            join(&mut kept.let_go, run.source, run.agents);
        }
    }

    /// The figures for `current`, the territory after the operations recorded.
    pub(crate) fn impact(&self, current: &Territory) -> ChangeImpact {
        let base = self.base;
        let mut impact = ChangeImpact::default();
        let mut stayed = 0;
        // Operations keep the base's teams in their order, so each unchanged team is found
        // from where the previous one was.
        let mut next = 0;
        for team in &current.teams {
            let own;
            let runs = match self.changed.get(team.id.as_str()) {
                Some(&at) => self.staff[at].present.as_slice(),
                None => {
                    // A team of the base that no operation changed (one of no known origin,
                    // which a replay cannot give, would count as hired).
                    let source =
                        base_team(base, &team.id, &mut next).map_or(Source::Hired, Source::Base);
                    own = [Run {
                        source,
                        agents: team.agents,
                    }];
                    &own[..]
                }
            };
            let site = &current.site(team.site).id;
            let manager = &current.manager(team.manager).id;
            for run in runs {
                let agents = u64::from(run.agents);
                let Source::Base(origin) = run.source else {
                    impact.agents_new += agents;
                    continue;
                };
                stayed += agents;
                let origin = base.team(origin);
                let moved = base.site(origin.site).id != *site;
                let new_manager = base.manager(origin.manager).id != *manager;
                if moved {
                    impact.agents_moved += agents;
                }
                if new_manager {
                    impact.agents_new_manager += agents;
                }
                if moved || new_manager {
                    impact.agents_changing += agents;
                }
            }
        }
        impact.agents_gone = base.total_agents().saturating_sub(stayed);
        impact
    }
}

/// The base team of this id, looked for from `next` on, then anywhere.
fn base_team(base: &Territory, id: &str, next: &mut usize) -> Option<TeamIx> {
    let later = base.teams.get(*next..).unwrap_or_default();
    let ix = match later.iter().position(|team| team.id == id) {
        Some(offset) => *next + offset,
        None => base.team_ix(id)?.index(),
    };
    *next = ix + 1;
    Some(TeamIx::from_index(ix))
}

impl Staff {
    fn set_headcount(&mut self, agents: u32) {
        let now = count(&self.present);
        let target = u64::from(agents);
        if target < now {
            let mut leaving = now - target;
            // Hires first, the latest first: a hire taken back is no hire.
            for run in self.present.iter_mut().rev() {
                if run.source == Source::Hired {
                    let taken = u64::from(run.agents).min(leaving);
                    run.agents -= taken as u32;
                    leaving -= taken;
                }
            }
            for run in std::mem::take(&mut self.present) {
                join(&mut self.present, run.source, run.agents);
            }
            let gone = take_last(&mut self.present, leaving as u32);
            for run in gone.into_iter().rev() {
                join(&mut self.let_go, run.source, run.agents);
            }
        } else {
            let mut coming = target - now;
            let back = take_last(&mut self.let_go, coming as u32);
            for run in back.into_iter().rev() {
                coming -= u64::from(run.agents);
                join(&mut self.present, run.source, run.agents);
            }
            join(&mut self.present, Source::Hired, coming as u32);
        }
    }
}

fn count(runs: &[Run]) -> u64 {
    runs.iter().map(|run| u64::from(run.agents)).sum()
}

/// Adds agents at the end of a list of runs.
fn join(runs: &mut Vec<Run>, source: Source, agents: u32) {
    if agents == 0 {
        return;
    }
    match runs.last_mut() {
        Some(last) if last.source == source => last.agents += agents,
        _ => runs.push(Run { source, agents }),
    }
}

/// Takes up to `agents` agents from the end of a list of runs; they keep their order.
fn take_last(runs: &mut Vec<Run>, agents: u32) -> Vec<Run> {
    let mut taken = Vec::new();
    let mut left = agents;
    while left > 0 {
        let Some(last) = runs.last_mut() else { break };
        let n = last.agents.min(left);
        taken.push(Run {
            source: last.source,
            agents: n,
        });
        last.agents -= n;
        left -= n;
        if last.agents == 0 {
            runs.pop();
        }
    }
    taken.reverse();
    taken
}
