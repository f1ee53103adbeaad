//! What a scenario changes against doing nothing, read on Portes des Alpes: a team moved in a
//! strained service leaves work undone to the end, one moved in a service with room catches up,
//! and the services it does not touch are told apart.

use maillage::engine::embedded;
use maillage::engine::io::read_territory;
use maillage::engine::model::Territory;
use maillage::engine::operations::{apply, Operation};
use maillage::engine::simulation::{read_scenario, simulate, CatchUp, SimulationParams};

fn portes_des_alpes() -> Territory {
    read_territory(&embedded::portes_des_alpes().files)
        .expect("the embedded territory reads")
        .territory
}

fn moved(team: &str, to_site: &str) -> (Territory, Territory) {
    let before = portes_des_alpes();
    let after = apply(
        &before,
        &Operation::MoveTeam {
            team: team.into(),
            to_site: to_site.into(),
        },
    )
    .expect("the move is accepted");
    (before, after)
}

fn params() -> SimulationParams {
    SimulationParams {
        runs: 200,
        ..SimulationParams::default()
    }
}

#[test]
fn a_team_moved_in_a_strained_service_leaves_work_waiting_to_the_end() {
    let (before, after) = moved("ASE-SP1", "MDM-BR");
    let params = params();
    let without = simulate(&before, &before, &params).unwrap();
    let with = simulate(&before, &after, &params).unwrap();
    let reading = read_scenario(&before, &after, &without, &with);
    assert_eq!(reading.touched.len(), 1);
    let child = &reading.touched[0];
    assert_eq!(child.service, "ase");
    // Child protection has no room: the work lost while the team settles is never made up.
    assert_eq!(child.catch_up, CatchUp::NotWithinHorizon);
    let last = |r: &maillage::engine::simulation::SimulationResult| {
        *r.services["ase"].backlog.p50.last().unwrap()
    };
    assert_eq!(child.at_end, last(&with) - last(&without));
    assert!(child.at_end > 0.0);
    assert_eq!(reading.untouched.len(), before.services.len() - 1);
    assert!(!reading.untouched.contains(&"ase".to_string()));
}

#[test]
fn a_team_moved_in_a_service_with_room_catches_up_after_the_change() {
    let (before, after) = moved("PAPH-SP", "MDM-MI");
    let params = params();
    let without = simulate(&before, &before, &params).unwrap();
    let with = simulate(&before, &after, &params).unwrap();
    let reading = read_scenario(&before, &after, &without, &with);
    let home_help = &reading.touched[0];
    assert_eq!(home_help.service, "paph");
    assert_eq!(home_help.at_end, 0.0);
    let CatchUp::By { month } = home_help.catch_up else {
        panic!("made up within the months: {:?}", home_help.catch_up);
    };
    // Made up before the team is back to full productivity plus the time to clear the queue.
    assert!(month > params.change_month && month <= params.months);
    let (peak_month, extra) = home_help.most_behind.expect("some extra work on the way");
    assert!(peak_month < month && extra > 0.0);
    let gap =
        |m: usize| with.services["paph"].backlog.p50[m] - without.services["paph"].backlog.p50[m];
    assert_eq!(gap(peak_month as usize - 1), extra);
}
