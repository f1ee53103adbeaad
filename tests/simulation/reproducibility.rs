//! Same inputs and seed, same figures: whatever the seed, the batching or the platform.

use maillage::engine::simulation::{simulate, SimulationParams, SimulationResult, Simulator};

use crate::{after, before};

fn params(seed: u64) -> SimulationParams {
    SimulationParams {
        seed,
        change_month: 3,
        runs: 300,
        ..SimulationParams::default()
    }
}

fn result(seed: u64) -> SimulationResult {
    match simulate(&before(), &after(), &params(seed)) {
        Ok(result) => result,
        Err(error) => panic!("{error}"),
    }
}

fn simulator(seed: u64) -> Simulator {
    match Simulator::new(&before(), &after(), &params(seed)) {
        Ok(simulator) => simulator,
        Err(error) => panic!("{error}"),
    }
}

#[test]
fn the_same_seed_gives_the_same_figures() {
    assert_eq!(result(7), result(7));
    assert_eq!(
        result(7).to_model_json().to_string(),
        result(7).to_model_json().to_string()
    );
}

#[test]
fn another_seed_gives_other_figures() {
    let (one, other) = (result(7), result(8));
    assert_ne!(one, other);
    // Not only somewhere: the demand means differ in every month.
    let (a, b) = (
        &one.services["child"].demand_mean,
        &other.services["child"].demand_mean,
    );
    assert!(a.iter().zip(b).all(|(x, y)| x != y));
}

#[test]
fn batches_give_exactly_the_figures_of_one_go() {
    let whole = result(11);

    let mut batched = simulator(11);
    batched.run_batch(0..37);
    assert_eq!(batched.runs_done(), 37);
    batched.run_batch(200..1_000);
    batched.run_batch(30..120);
    assert_eq!(batched.runs_done(), 37 + 100 + 83);
    assert_eq!(batched.finish(), whole);

    let mut stepped = simulator(11);
    let mut progress = Vec::new();
    while stepped.runs_done() < 300 {
        progress.push(stepped.run_next(64));
    }
    assert_eq!(progress, [64, 128, 192, 256, 300]);
    assert_eq!(stepped.finish(), whole);

    // Running a run twice changes nothing.
    let mut repeated = simulator(11);
    repeated.run_batch(0..10);
    repeated.run_batch(0..10);
    assert_eq!(repeated.runs_done(), 10);
    assert_eq!(repeated.finish(), whole);
}

#[test]
fn the_figures_of_a_fixed_seed_never_change() {
    // Pinned figures: the same on every platform (the browser build checks the same numbers),
    // and any change to the random stream layout or the samplers shows up here.
    let params = SimulationParams {
        months: 6,
        runs: 50,
        seed: 42,
        change_month: 2,
        ..SimulationParams::default()
    };
    let result = match simulate(&before(), &after(), &params) {
        Ok(result) => result,
        Err(error) => panic!("{error}"),
    };
    let roads = &result.services["roads"];
    let figures = format!(
        "p10 {:?}\np50 {:?}\np90 {:?}\ndemand {:?}\ncapacity {:?}",
        roads.backlog.p10,
        roads.backlog.p50,
        roads.backlog.p90,
        roads.demand_mean,
        roads.capacity_mean
    );
    expect_test::expect![[r#"
        p10 [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        p50 [3.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        p90 [16.0, 12.75, 11.875, 8.541666666666671, 7.375, 6.625]
        demand [60.46, 58.14, 58.56, 58.04, 58.76, 59.7]
        capacity [55.3, 63.825, 67.1, 66.6, 67.5125, 68.15833333333335]"#]]
    .assert_eq(&figures);
}
