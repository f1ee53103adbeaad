//! Change impact between two versions of a territory: who moved, who has a new manager.
//!
//! Teams are matched by text id. A *lineage* says, for each team of the later version, which
//! teams of the earlier one its agents come from: a team comes from itself; a merge of two teams
//! of one service brings the absorbed team's agents along; the new team of a split draws on the
//! team it was split from. Comparing two CSV folders can only use the identity lineage (the
//! files do not say where a vanished team went); a [`Scenario`](super::scenario::Scenario)
//! traces its operations and gives the full one.
//!
//! Counting rule: each original team's agents are handed out first to the later teams that
//! drew on it under another id (absorbing or split-off teams), then to the team that kept its
//! id, which thus takes up any headcount change. An agent handed from original team O to later
//! team T has *moved* when T's site differs from O's (site ids compared) and has a *new
//! manager* when T's manager differs from O's (post ids compared); it is *changing* when either
//! holds (counted once). Agents beyond what the original teams had are new hires, counted in
//! none of these figures.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{TeamIx, Territory};
use super::operations::{apply, Operation};
use crate::engine::ordered;

/// Later team id → ids of the original teams its agents come from, in the order they joined.
pub type Lineage = BTreeMap<String, Vec<String>>;

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

/// Each team comes from the team of the same id, when there was one.
pub fn identity_lineage(before: &Territory, after: &Territory) -> Lineage {
    ordered::map_of(
        after
            .teams
            .iter()
            .filter(|t| before.team_ix(&t.id).is_some())
            .map(|t| (t.id.clone(), vec![t.id.clone()])),
    )
}

/// Updates a lineage for one operation applied to `before` (the territory it applies to).
pub fn trace(lineage: &mut Lineage, before: &Territory, operation: &Operation) {
    match operation {
        Operation::MergeTeams { keep, absorb } => {
            let service = |id: &str| before.team_ix(id).map(|ix| before.team(ix).service);
            if keep != absorb && service(keep).is_some() && service(keep) == service(absorb) {
                let absorbed = lineage.remove(absorb).unwrap_or_default();
                let origins = lineage.entry(keep.clone()).or_default();
                for origin in absorbed {
                    if !origins.contains(&origin) {
                        origins.push(origin);
                    }
                }
            }
        }
        Operation::SplitTeam {
            team, new_team_id, ..
        } => {
            let origins = lineage.get(team).cloned().unwrap_or_default();
            lineage.insert(new_team_id.trim().to_string(), origins);
        }
        Operation::ApplySuggestion(applied) => {
            // Its steps, each on the territory it applied to.
            let mut current = before.clone();
            for step in &applied.steps {
                trace(lineage, &current, step);
                match apply(&current, step) {
                    Ok(next) => current = next,
                    Err(_) => break,
                }
            }
        }
        _ => {}
    }
}

/// Change impact with the identity lineage (two CSV folders, say).
pub fn compare(before: &Territory, after: &Territory) -> ChangeImpact {
    compare_with_lineage(before, after, &identity_lineage(before, after))
}

/// Change impact following a lineage (see the module's counting rule).
pub fn compare_with_lineage(
    before: &Territory,
    after: &Territory,
    lineage: &Lineage,
) -> ChangeImpact {
    let mut left: BTreeMap<&str, u64> = ordered::map_of(
        before
            .teams
            .iter()
            .map(|t| (t.id.as_str(), u64::from(t.agents))),
    );
    let mut needed: Vec<u64> = after.teams.iter().map(|t| u64::from(t.agents)).collect();
    let mut impact = ChangeImpact::default();
    // First pass: origins under another id; second pass: the team that kept the id.
    for namesake in [false, true] {
        for (ix, team) in after.teams.iter().enumerate() {
            let Some(origins) = lineage.get(&team.id) else {
                continue;
            };
            for origin in origins.iter().filter(|o| (**o == team.id) == namesake) {
                let (Some(available), Some(from)) =
                    (left.get_mut(origin.as_str()), before.team_ix(origin))
                else {
                    continue;
                };
                let taken = (*available).min(needed[ix]);
                *available -= taken;
                needed[ix] -= taken;
                let from = before.team(from);
                let moved = before.site(from.site).id != after.site(team.site).id;
                let new_manager = before.manager(from.manager).id != after.manager(team.manager).id;
                if moved {
                    impact.agents_moved += taken;
                }
                if new_manager {
                    impact.agents_new_manager += taken;
                }
                if moved || new_manager {
                    impact.agents_changing += taken;
                }
            }
        }
    }
    impact.agents_new = needed.iter().sum();
    impact.agents_gone = left.values().sum();
    impact
}

/// The teams MODEL.md's simulation calls *touched*: in `after` and new, or on another site, or
/// under another manager than before (text ids compared), in `after`'s order.
pub fn touched_teams(before: &Territory, after: &Territory) -> Vec<TeamIx> {
    after
        .teams
        .iter()
        .enumerate()
        .filter(|(_, team)| match before.team_ix(&team.id) {
            None => true,
            Some(old) => {
                let old = before.team(old);
                before.site(old.site).id != after.site(team.site).id
                    || before.manager(old.manager).id != after.manager(team.manager).id
            }
        })
        .map(|(ix, _)| TeamIx::from_index(ix))
        .collect()
}
