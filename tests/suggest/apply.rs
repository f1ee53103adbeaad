//! A suggestion applied as a scenario: ordinary operations, one journal line, one undo, every
//! agent kept, the change impact counting those who move.

use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::{ServiceIx, Territory};
use maillage::engine::operations::Operation;
use maillage::engine::scenario::{SavedScenario, Scenario};
use maillage::engine::suggest::{scenario_operation, suggest, Goal, Request, SuggestError};

use crate::{embedded, line, line_files, load};

/// Agents of service `k` on each site, by site id.
fn agents_by_site(t: &Territory, k: &str) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for site in &t.sites {
        let agents: u32 = t
            .teams
            .iter()
            .filter(|team| t.service(team.service).id == k && t.site(team.site).id == site.id)
            .map(|team| team.agents)
            .sum();
        if agents > 0 {
            out.push((site.id.clone(), agents));
        }
    }
    out
}

fn coverage_two() -> Request {
    Request {
        service: "K".into(),
        sites: Some(2),
        locked: Vec::new(),
        goal: Goal::Coverage,
        within_room: false,
    }
}

#[test]
fn applying_moves_the_teams_and_is_one_journal_line_undone_in_one_step() {
    let t = line();
    let suggestion = suggest(&t, &coverage_two()).expect("valid");
    let operation = suggestion.operation(&t).expect("applicable");
    // T1 (6 agents) from S1 to S2, which needs 6; T2 (4) from S5 to S4, which needs 4.
    let Operation::ApplySuggestion(applied) = &operation else {
        panic!("one compound operation: {operation:?}")
    };
    assert_eq!(
        applied.steps,
        [
            Operation::MoveTeam {
                team: "T1".into(),
                to_site: "S2".into()
            },
            Operation::MoveTeam {
                team: "T2".into(),
                to_site: "S4".into()
            },
        ]
    );
    let mut scenario = Scenario::new(t.clone());
    scenario.apply(operation.clone()).expect("applies");
    let after = scenario.current().clone();
    assert_eq!(
        agents_by_site(&after, "K"),
        [("S2".into(), 6), ("S4".into(), 4)]
    );
    assert_eq!(after.total_agents(), t.total_agents());
    // The figures of the dashboard are the suggestion's.
    let figures = &evaluate(&after).services[0];
    assert_eq!(figures.mean_minutes, suggestion.layout.mean_minutes);
    assert_eq!(figures.share_within, suggestion.layout.share_within);
    // One line in the journal, in both languages.
    assert_eq!(
        scenario.journal(Lang::Fr),
        ["Suggestion appliquée (le plus d'habitants à portée) : Accueil sur 2 sites — Site deux, Site quatre"]
    );
    assert_eq!(
        scenario.journal(Lang::En),
        ["Suggestion applied (most residents within reach): Accueil on 2 sites — Site deux, Site quatre"]
    );
    // Every agent of K changed site; nobody was hired or left.
    let impact = scenario.change_impact();
    assert_eq!(
        (impact.agents_moved, impact.agents_new, impact.agents_gone),
        (10, 0, 0)
    );
    // One undo gives the territory back, exactly.
    assert_eq!(scenario.undo(), Some(operation));
    assert_eq!(scenario.current(), &t);
    assert!(scenario.journal(Lang::Fr).is_empty());
}

#[test]
fn a_saved_scenario_with_a_suggestion_reads_back_equal() {
    let t = line();
    let operation = suggest(&t, &coverage_two())
        .and_then(|s| s.operation(&t))
        .expect("applicable");
    let mut scenario = Scenario::new(t);
    scenario.apply(operation).expect("applies");
    let json = serde_json::to_string(&SavedScenario::from(scenario.clone())).expect("writes");
    let saved: SavedScenario = serde_json::from_str(&json).expect("reads");
    assert_eq!(Scenario::try_from(saved).expect("replays"), scenario);
}

#[test]
fn agents_move_between_chosen_sites_to_follow_demand() {
    // Keep S1 (locked) and add one: S1 ends with its share of demand, the rest moves.
    let t = line();
    let request = Request {
        service: "K".into(),
        sites: Some(2),
        locked: vec!["S1".into()],
        goal: Goal::Distance,
        within_room: false,
    };
    let suggestion = suggest(&t, &request).expect("valid");
    let operation = suggestion.operation(&t).expect("applicable");
    let after = maillage::engine::operations::apply(&t, &operation).expect("applies");
    let expected: Vec<(String, u32)> = suggestion
        .capacity
        .iter()
        .map(|l| (t.site(l.site).id.clone(), l.agents_needed))
        .collect();
    assert_eq!(agents_by_site(&after, "K"), expected);
    assert_eq!(after.total_agents(), t.total_agents());
}

#[test]
fn a_multi_trade_team_s_other_trade_stays_where_it_is() {
    // T1 (K) and T4 (K2) form one multi-trade team at S1. Moving T1 would take T4 along, so
    // T1's agents go to a new team at S2 and T1 joins it.
    let mut files = line_files();
    files[4].1 = "team_id,name,service_id,site_id,agents,manager_id,crew\n\
        T1,Accueil un,K,S1,6,L,Pôle\n\
        T4,Voirie un,K2,S1,2,L,Pôle\n\
        T2,Accueil lointain,K,S5,4,L,\n\
        T3,Voirie deux,K2,S2,3,L,\n";
    let t = load(&files);
    let operation = scenario_operation(&t, "K", &["S2".into(), "S4".into()], Goal::Distance)
        .expect("applicable");
    let mut scenario = Scenario::new(t.clone());
    scenario.apply(operation).expect("applies");
    let after = scenario.current();
    assert_eq!(
        agents_by_site(after, "K"),
        [("S2".into(), 6), ("S4".into(), 4)]
    );
    assert_eq!(
        agents_by_site(after, "K2"),
        [("S1".into(), 2), ("S2".into(), 3)]
    );
    assert_eq!(after.total_agents(), t.total_agents());
    assert_eq!(scenario.journal(Lang::En).len(), 1);
    let impact = scenario.change_impact();
    assert_eq!(
        (impact.agents_moved, impact.agents_new, impact.agents_gone),
        (10, 0, 0)
    );
}

#[test]
fn applying_refuses_more_sites_than_agents() {
    let t = line();
    let sites: Vec<String> = ["S1", "S2", "S3", "S4", "S5"].map(String::from).to_vec();
    let mut files = line_files();
    files[4].1 = "team_id,name,service_id,site_id,agents,manager_id\nT1,a,K,S1,3,L\n";
    let few = load(&files);
    let error = scenario_operation(&few, "K", &sites, Goal::Distance).expect_err("refused");
    assert!(matches!(
        error,
        SuggestError::TooFewAgents {
            agents: 3,
            sites: 5,
            ..
        }
    ));
    assert_eq!(
        error.message(Lang::Fr),
        "le service Accueil (K) compte 3 agents : pas assez pour tenir 5 sites (il faut au moins un agent par site)"
    );
    assert!(matches!(
        scenario_operation(&t, "K", &["S9".into()], Goal::Distance),
        Err(SuggestError::UnknownSite { .. })
    ));
}

#[test]
fn on_the_whole_metropole_every_agent_is_kept_and_lands_where_the_check_said() {
    let t = embedded("metropole");
    let k = t.service_ix("pmi").unwrap_or(ServiceIx(0));
    let request = Request {
        service: "pmi".into(),
        sites: Some(12),
        locked: vec![t.sites[0].id.clone()],
        goal: Goal::Distance,
        within_room: false,
    };
    let suggestion = suggest(&t, &request).expect("valid");
    let operation = suggestion.operation(&t).expect("applicable");
    let mut scenario = Scenario::new(t.clone());
    scenario.apply(operation).expect("applies");
    let after = scenario.current();
    assert_eq!(after.total_agents(), t.total_agents());
    let expected: Vec<(String, u32)> = {
        let mut loads: Vec<(String, u32)> = suggestion
            .capacity
            .iter()
            .map(|l| (t.site(l.site).id.clone(), l.agents_needed))
            .collect();
        let order: Vec<&str> = t.sites.iter().map(|s| s.id.as_str()).collect();
        loads.sort_by_key(|(id, _)| order.iter().position(|o| o == id));
        loads
    };
    assert_eq!(agents_by_site(after, "pmi"), expected);
    // Other services did not move.
    for service in t.services.iter().filter(|s| s.id != "pmi") {
        assert_eq!(
            agents_by_site(after, &service.id),
            agents_by_site(&t, &service.id)
        );
    }
    let impact = scenario.change_impact();
    assert_eq!((impact.agents_new, impact.agents_gone), (0, 0));
    assert!(impact.agents_moved > 0);
    let figures = &evaluate(after).services[k.index()];
    assert_eq!(figures.mean_minutes, suggestion.layout.mean_minutes);
}
