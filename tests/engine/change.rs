//! The change impact of a scenario against a reference that follows each agent one by one.
//!
//! The reference keeps, for each team, its agents in the order they joined it, each known by
//! the base team it comes from (or as a hire), and the agents it let go. It applies the
//! counting rule of `engine::change` agent by agent: a split takes the agents who joined last;
//! a merge puts the absorbed team's agents after the kept team's; a headcount decrease takes
//! back the team's latest hire first, then lets go the agent who joined last; an increase
//! brings back the agent the team let go last, then hires. An agent has moved when its team's
//! site is not its base team's site, and has a new manager likewise.

use std::collections::BTreeMap;

use maillage::engine::change::{compare, ChangeImpact};
use maillage::engine::model::{
    Family, Manager, ManagerIx, Role, Service, ServiceIx, Site, SiteIx, Team, Territory, Zone,
};
use maillage::engine::operations::{apply, Operation};
use maillage::engine::scenario::Scenario;
use maillage::engine::suggest::{scenario_operation, AppliedSuggestion, Goal};
use proptest::collection::vec;
use proptest::prelude::*;

use super::properties::{operation, pick, territory, Seed};

/// An agent, by the base team it comes from; `None` for an agent hired during the scenario.
type Agent = Option<String>;

/// A team's agents in the order they joined it, and the base teams of the agents it let go.
#[derive(Clone, Debug, Default)]
struct Staff {
    present: Vec<Agent>,
    let_go: Vec<String>,
}

/// Every team's staff, agent by agent.
#[derive(Clone, Debug)]
struct Reference {
    teams: BTreeMap<String, Staff>,
}

impl Reference {
    fn of(base: &Territory) -> Reference {
        let teams = base
            .teams
            .iter()
            .map(|t| {
                let staff = Staff {
                    present: vec![Some(t.id.clone()); t.agents as usize],
                    let_go: Vec::new(),
                };
                (t.id.clone(), staff)
            })
            .collect();
        Reference { teams }
    }

    /// Follows one operation that `before` accepted.
    fn record(&mut self, before: &Territory, op: &Operation) {
        match op {
            Operation::MergeTeams { keep, absorb } => {
                let service = |id: &str| before.team_ix(id).map(|ix| before.team(ix).service);
                if service(keep) == service(absorb) {
                    let absorbed = self.teams.remove(absorb).expect("absorbed team");
                    let kept = self.teams.get_mut(keep).expect("kept team");
                    kept.present.extend(absorbed.present);
                    kept.let_go.extend(absorbed.let_go);
                }
            }
            Operation::SplitTeam {
                team,
                new_team_id,
                agents,
                ..
            } => {
                let from = self.teams.get_mut(team).expect("split team");
                let at = from.present.len() - *agents as usize;
                let taken = from.present.split_off(at);
                let new = Staff {
                    present: taken,
                    let_go: Vec::new(),
                };
                self.teams.insert(new_team_id.trim().to_string(), new);
            }
            Operation::SetHeadcount { team, agents } => {
                let staff = self.teams.get_mut(team).expect("team");
                let target = usize::try_from(*agents).expect("accepted headcount");
                while staff.present.len() > target {
                    match staff.present.iter().rposition(Option::is_none) {
                        Some(hire) => {
                            staff.present.remove(hire);
                        }
                        None => {
                            let agent = staff.present.pop().flatten().expect("an agent");
                            staff.let_go.push(agent);
                        }
                    }
                }
                while staff.present.len() < target {
                    staff.present.push(staff.let_go.pop());
                }
            }
            Operation::ApplySuggestion(applied) => {
                let mut current = before.clone();
                for step in &applied.steps {
                    self.record(&current, step);
                    current = apply(&current, step).expect("accepted step");
                }
            }
            _ => {}
        }
    }

    fn impact(&self, base: &Territory, current: &Territory) -> ChangeImpact {
        let mut impact = ChangeImpact::default();
        let mut stayed = 0;
        for team in &current.teams {
            let staff = &self.teams[&team.id];
            assert_eq!(
                staff.present.len(),
                team.agents as usize,
                "team {}",
                team.id
            );
            for agent in &staff.present {
                let Some(origin) = agent else {
                    impact.agents_new += 1;
                    continue;
                };
                stayed += 1;
                let origin = base.team(base.team_ix(origin).expect("base team"));
                let moved = base.site(origin.site).id != current.site(team.site).id;
                let new_manager =
                    base.manager(origin.manager).id != current.manager(team.manager).id;
                impact.agents_moved += u64::from(moved);
                impact.agents_new_manager += u64::from(new_manager);
                // An agent who both moves and changes manager is changing once.
                impact.agents_changing += u64::from(moved || new_manager);
            }
        }
        impact.agents_gone = base.total_agents() - stayed;
        impact
    }
}

/// Hires and departures a scenario's headcount changes make, counted in its own words (each
/// operation against its own territory, a suggestion's steps one by one).
#[derive(Clone, Copy, Debug, Default)]
struct Headcounts {
    changes: usize,
    raised: u64,
    lowered: u64,
}

impl Headcounts {
    fn record(&mut self, before: &Territory, op: &Operation) {
        match op {
            Operation::SetHeadcount { team, agents } => {
                let old = i64::from(before.team(before.team_ix(team).expect("team")).agents);
                self.changes += 1;
                if *agents > old {
                    self.raised += (agents - old) as u64;
                } else {
                    self.lowered += (old - agents) as u64;
                }
            }
            Operation::ApplySuggestion(applied) => {
                let mut current = before.clone();
                for step in &applied.steps {
                    self.record(&current, step);
                    current = apply(&current, step).expect("accepted step");
                }
            }
            _ => {}
        }
    }
}

/// Teams of the service that `a` picks, merged, split (under a fresh id or the id of a team
/// that may have left) or resized more often than `operation` draws them; suggestions, and
/// suggestions written by hand whose steps hire and split (as a saved file may hold them).
fn change_operation(t: &Territory, step: usize, seed: Seed) -> Operation {
    let (kind, a, b, c, n) = seed;
    let team = |x: usize| pick(&t.teams, x, |t| &t.id, c);
    match kind % 12 {
        0 | 1 => Operation::SplitTeam {
            team: team(a),
            new_team_id: if c % 3 == 0 {
                format!("T{}", b % 8)
            } else {
                format!("N{step}")
            },
            new_name: String::new(),
            agents: 1 + n.unsigned_abs() as u32 % 6,
        },
        2 | 3 => {
            // Mostly two teams of one service, so that the agents join.
            let keep = team(a);
            let service = t.team_ix(&keep).map(|ix| t.team(ix).service);
            let mates: Vec<&str> = t
                .teams
                .iter()
                .filter(|x| Some(x.service) == service && x.id != keep)
                .map(|x| x.id.as_str())
                .collect();
            let absorb = if mates.is_empty() || b % 5 == 0 {
                team(b)
            } else {
                mates[b % mates.len()].to_string()
            };
            Operation::MergeTeams { keep, absorb }
        }
        4 | 5 => Operation::SetHeadcount {
            team: team(a),
            agents: n % 25,
        },
        6 => {
            let service = t
                .team_ix(&team(a))
                .map(|ix| t.services[t.team(ix).service.index()].id.clone())
                .unwrap_or_default();
            let sites: Vec<String> = t
                .sites
                .iter()
                .enumerate()
                .filter(|(i, _)| (b >> (i % 16)) & 1 == 1)
                .map(|(_, s)| s.id.clone())
                .collect();
            let goal = if c % 2 == 0 {
                Goal::Distance
            } else {
                Goal::Coverage
            };
            scenario_operation(t, &service, &sites, goal)
                .unwrap_or_else(|_| operation(t, step, seed))
        }
        7 => {
            // A suggestion as a saved file may hold it: any steps, applied in order.
            let mut work = t.clone();
            let mut steps = Vec::new();
            for i in 0..1 + c % 3 {
                let inner = (kind / 12 + i * 7, a + i, b / (i + 1), c + i, n + i as i64);
                let op = change_operation(&work, step * 10 + i, inner);
                if let Ok(next) = apply(&work, &op) {
                    work = next;
                    steps.push(op);
                }
            }
            Operation::ApplySuggestion(AppliedSuggestion {
                service: String::new(),
                goal: Goal::Distance,
                sites: Vec::new(),
                steps,
            })
        }
        _ => operation(t, step, seed),
    }
}

fn seeds(most: usize) -> impl Strategy<Value = Vec<Seed>> {
    vec(
        (
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
            any::<usize>(),
            -3i64..40,
        ),
        0..most,
    )
}

/// A scenario on `base` with the operations the seeds draw (the refused ones left out), the
/// reference after each accepted one, and the headcount changes made.
fn scenario_of(base: Territory, seeds: Vec<Seed>) -> (Scenario, Vec<Reference>, Headcounts) {
    let mut reference = Reference::of(&base);
    let mut headcounts = Headcounts::default();
    let mut scenario = Scenario::new(base);
    let mut references = vec![reference.clone()];
    for (step, seed) in seeds.into_iter().enumerate() {
        let before = scenario.current().clone();
        let op = change_operation(&before, step, seed);
        if scenario.apply(op.clone()).is_ok() {
            reference.record(&before, &op);
            headcounts.record(&before, &op);
            references.push(reference.clone());
        }
    }
    (scenario, references, headcounts)
}

/// What holds whatever the rule that says which agents a split or a departure takes.
fn assert_bounds(scenario: &Scenario, impact: &ChangeImpact, headcounts: Headcounts) {
    let (before, after) = (scenario.base(), scenario.current());
    let context = format!("{impact:?} {headcounts:?} {:#?}", scenario.operations());
    assert_eq!(
        impact.agents_new as i64 - impact.agents_gone as i64,
        after.total_agents() as i64 - before.total_agents() as i64,
        "hires less departures is the change in agents: {context}"
    );
    if headcounts.changes == 0 {
        assert_eq!((impact.agents_new, impact.agents_gone), (0, 0), "{context}");
    }
    assert!(impact.agents_new <= headcounts.raised, "{context}");
    assert!(impact.agents_gone <= headcounts.lowered, "{context}");
    assert!(
        impact.agents_moved + impact.agents_new <= after.total_agents(),
        "{context}"
    );
    assert!(
        impact.agents_new_manager + impact.agents_new <= after.total_agents(),
        "{context}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_impact_neither_creates_nor_loses_agents(base in territory(), seeds in seeds(20)) {
        let (scenario, _, headcounts) = scenario_of(base, seeds);
        assert_bounds(&scenario, &scenario.change_impact(), headcounts);
    }

    #[test]
    fn the_impact_is_the_sum_over_each_agent(base in territory(), seeds in seeds(20)) {
        let (scenario, references, _) = scenario_of(base, seeds);
        let expected = references[references.len() - 1].impact(scenario.base(), scenario.current());
        prop_assert_eq!(scenario.change_impact(), expected, "{:#?}", scenario.operations());
    }

    #[test]
    fn undo_and_a_saved_copy_give_back_each_impact(base in territory(), seeds in seeds(12)) {
        let (mut scenario, mut references, _) = scenario_of(base, seeds);
        let saved = serde_json::to_string(&scenario).expect("saved");
        let back: Scenario = serde_json::from_str(&saved).expect("read back");
        prop_assert_eq!(back.change_impact(), scenario.change_impact());
        while let Some(reference) = references.pop() {
            let expected = reference.impact(scenario.base(), scenario.current());
            prop_assert_eq!(scenario.change_impact(), expected);
            scenario.undo();
        }
    }

    #[test]
    fn two_territories_are_compared_team_by_team_under_the_same_id(
        base in territory(),
        seeds in seeds(12),
    ) {
        let (scenario, _, _) = scenario_of(base, seeds);
        let (before, after) = (scenario.base(), scenario.current());
        // MODEL.md's comparison of two folders: a team is the team of the same id, its agents up
        // to the smaller headcount; the rest of a larger team are hires, of a smaller one gone.
        let mut expected = ChangeImpact::default();
        let mut stayed = 0;
        for team in &after.teams {
            let Some(old) = before.team_ix(&team.id).map(|ix| before.team(ix)) else {
                expected.agents_new += u64::from(team.agents);
                continue;
            };
            let kept = u64::from(team.agents.min(old.agents));
            stayed += kept;
            expected.agents_new += u64::from(team.agents) - kept;
            let moved = before.site(old.site).id != after.site(team.site).id;
            let new_manager = before.manager(old.manager).id != after.manager(team.manager).id;
            if moved {
                expected.agents_moved += kept;
            }
            if new_manager {
                expected.agents_new_manager += kept;
            }
            if moved || new_manager {
                expected.agents_changing += kept;
            }
        }
        expected.agents_gone = before.total_agents() - stayed;
        prop_assert_eq!(compare(before, after), expected);
    }
}

/// Team A, 4 agents at S1 under M0; team B, 3 agents at S2 under M1; one service.
fn two_teams() -> Territory {
    let site = |id: &str| Site {
        id: id.into(),
        name: String::new(),
        lat: 45.7,
        lon: 4.9,
        capacity: 50,
    };
    let team = |id: &str, at: usize, agents: u32| Team {
        id: id.into(),
        name: String::new(),
        service: ServiceIx::from_index(0),
        site: SiteIx::from_index(at),
        agents,
        manager: ManagerIx::from_index(at),
        crew: None,
    };
    let post = |id: &str, role, reports_to| Manager {
        id: id.into(),
        name: String::new(),
        role,
        reports_to,
    };
    Territory {
        zones: vec![Zone {
            id: "Z".into(),
            name: String::new(),
            commune: "C".into(),
            lat: 45.7,
            lon: 4.9,
            population: 100.0,
        }],
        sites: vec![site("S1"), site("S2")],
        services: vec![Service {
            id: "K".into(),
            name: String::new(),
            family: Family::Urban,
            demand_per_1000: 1.0,
            units_per_agent: 1.0,
            catchment_minutes: 20.0,
            usual_absence: None,
        }],
        managers: vec![
            post("M0", Role::Director, None),
            post("M1", Role::Lead, Some(ManagerIx::from_index(0))),
        ],
        teams: vec![team("A", 0, 4), team("B", 1, 3)],
        travel_overrides: Vec::new(),
        demand_factors: Vec::new(),
        absence_waves: Vec::new(),
        usual_absence: None,
    }
}

/// Every team split (one or two agents, under a fresh id or a base team's id), merged with
/// every team, resized by −2 to +2, moved to the other site.
fn every_operation(t: &Territory, step: usize) -> Vec<Operation> {
    let mut ops = Vec::new();
    for x in &t.teams {
        for (new_team_id, agents) in [(format!("N{step}"), 1), (format!("N{step}"), 2)]
            .into_iter()
            .chain(["A", "B"].map(|id| (id.to_string(), 1)))
        {
            ops.push(Operation::SplitTeam {
                team: x.id.clone(),
                new_team_id,
                new_name: String::new(),
                agents,
            });
        }
        for y in &t.teams {
            ops.push(Operation::MergeTeams {
                keep: x.id.clone(),
                absorb: y.id.clone(),
            });
        }
        for change in [-2i64, -1, 1, 2] {
            ops.push(Operation::SetHeadcount {
                team: x.id.clone(),
                agents: i64::from(x.agents) + change,
            });
        }
        let other = if x.site.index() == 0 { "S2" } else { "S1" };
        ops.push(Operation::MoveTeam {
            team: x.id.clone(),
            to_site: other.to_string(),
        });
    }
    ops
}

#[test]
fn every_sequence_of_three_operations_on_two_teams_counts_each_agent() {
    let base = two_teams();
    let mut level = vec![(
        Scenario::new(base.clone()),
        Reference::of(&base),
        Headcounts::default(),
    )];
    let mut tried = 0;
    for step in 0..3 {
        let mut next = Vec::new();
        for (scenario, reference, headcounts) in &level {
            for op in every_operation(scenario.current(), step) {
                let mut scenario = scenario.clone();
                let before = scenario.current().clone();
                if scenario.apply(op.clone()).is_err() {
                    continue;
                }
                let (mut reference, mut headcounts) = (reference.clone(), *headcounts);
                reference.record(&before, &op);
                headcounts.record(&before, &op);
                let impact = scenario.change_impact();
                assert_bounds(&scenario, &impact, headcounts);
                assert_eq!(
                    impact,
                    reference.impact(scenario.base(), scenario.current()),
                    "{:?}",
                    scenario.operations()
                );
                tried += 1;
                next.push((scenario, reference, headcounts));
            }
        }
        level = next;
    }
    // 16 + 266 + 4,863 sequences: every one was counted.
    assert_eq!(tried, 5145);
}

fn s(text: &str) -> String {
    text.to_string()
}

/// The impact of these operations on [`two_teams`], as (moved, new manager, new, gone).
fn impact_of(ops: &[Operation]) -> (u64, u64, u64, u64) {
    let mut scenario = Scenario::new(two_teams());
    for op in ops {
        scenario
            .apply(op.clone())
            .unwrap_or_else(|e| panic!("{op:?}: {e}"));
    }
    let i = scenario.change_impact();
    (
        i.agents_moved,
        i.agents_new_manager,
        i.agents_new,
        i.agents_gone,
    )
}

fn split(team: &str, new_team_id: &str, agents: u32) -> Operation {
    Operation::SplitTeam {
        team: s(team),
        new_team_id: s(new_team_id),
        new_name: String::new(),
        agents,
    }
}

fn merge(keep: &str, absorb: &str) -> Operation {
    Operation::MergeTeams {
        keep: s(keep),
        absorb: s(absorb),
    }
}

fn headcount(team: &str, agents: i64) -> Operation {
    Operation::SetHeadcount {
        team: s(team),
        agents,
    }
}

fn move_to(team: &str, site: &str) -> Operation {
    Operation::MoveTeam {
        team: s(team),
        to_site: s(site),
    }
}

#[test]
fn agents_split_off_before_a_merge_stay_where_they_went() {
    // N keeps 1 agent of A at S1; B (S2, M1) gets A's other 3: they move, new manager.
    assert_eq!(
        impact_of(&[split("A", "N", 1), merge("B", "A")]),
        (3, 3, 0, 0)
    );
    // Then C takes the 2 agents who joined B last, A's: still 3 moved, nobody hired or gone.
    assert_eq!(
        impact_of(&[split("A", "N", 1), merge("B", "A"), split("B", "C", 2)]),
        (3, 3, 0, 0)
    );
}

#[test]
fn a_team_split_off_that_absorbs_another_holds_both_teams_agents() {
    // N: 1 agent of A, then B's 3, who come to S1 under M0.
    assert_eq!(
        impact_of(&[split("A", "N", 1), merge("N", "B")]),
        (3, 3, 0, 0)
    );
}

#[test]
fn agents_who_left_before_a_merge_are_not_counted_as_moving() {
    // Two of A's 4 leave; the other 2 join B at S2.
    assert_eq!(
        impact_of(&[headcount("A", 2), merge("B", "A")]),
        (2, 2, 0, 2)
    );
}

#[test]
fn hires_in_a_team_split_off_are_hires_not_movers() {
    // N: 1 agent of A and 2 hires, all moved to S2: only the one from A has moved.
    assert_eq!(
        impact_of(&[split("A", "N", 1), headcount("N", 3), move_to("N", "S2")]),
        (1, 0, 2, 0)
    );
}

#[test]
fn splitting_off_what_a_merge_brought_gives_those_agents_back() {
    // A absorbs B's 3, then splits 3 off, who return to S2 under M1: nobody has changed.
    let back = [
        merge("A", "B"),
        split("A", "N", 3),
        move_to("N", "S2"),
        Operation::SetTeamManager {
            team: s("N"),
            manager: s("M1"),
        },
    ];
    assert_eq!(impact_of(&back), (0, 0, 0, 0));
    // Under B's own id again, the same.
    let mut same_id = back.clone();
    same_id[1] = split("A", "B", 3);
    for op in &mut same_id[2..] {
        if let Operation::MoveTeam { team, .. } | Operation::SetTeamManager { team, .. } = op {
            *team = s("B");
        }
    }
    assert_eq!(impact_of(&same_id), (0, 0, 0, 0));
}

#[test]
fn a_merged_team_that_shrinks_lets_go_of_the_last_to_join_first() {
    // A: its 4, then B's 3; 2 leave, of B's: 1 of B's is left, moved to S1 under M0.
    assert_eq!(
        impact_of(&[merge("A", "B"), headcount("A", 5)]),
        (1, 1, 0, 2)
    );
}

#[test]
fn headcount_changes_of_one_team_net_out() {
    assert_eq!(
        impact_of(&[headcount("A", 2), headcount("A", 4)]),
        (0, 0, 0, 0)
    );
    assert_eq!(
        impact_of(&[headcount("A", 6), headcount("A", 4)]),
        (0, 0, 0, 0)
    );
    assert_eq!(
        impact_of(&[headcount("A", 0), headcount("A", 5)]),
        (0, 0, 1, 0)
    );
    // A hire in one team and a departure in another are both counted.
    assert_eq!(
        impact_of(&[headcount("A", 5), headcount("B", 2)]),
        (0, 0, 1, 1)
    );
    // A merged team brings back the agents its parts let go.
    assert_eq!(
        impact_of(&[headcount("B", 1), merge("A", "B"), headcount("A", 7)]),
        (3, 3, 0, 0)
    );
}
