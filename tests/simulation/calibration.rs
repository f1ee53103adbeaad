//! The calibration of the default territory (issue 13): simulated with the default parameters and
//! no change, six services of Portes des Alpes stay stable and child protection and roads, strained
//! on purpose, build up a backlog; the command line says the same on the exported folder; the
//! territory's usual absence and a service's own drive the simulation's presence.

use std::path::PathBuf;
use std::process::Command;

use maillage::engine::embedded;
use maillage::engine::io::read_territory;
use maillage::engine::model::Territory;
use maillage::engine::simulation::{
    is_stable, monthly_demand, simulate, SimulationParams, SimulationResult, STABLE_BACKLOG_MONTHS,
};

/// The services strained on purpose (data/README.md).
const STRAINED: [&str; 2] = ["ase", "voirie"];
/// A strained service's median backlog at the last month, in months of its demand, at least.
const STRAINED_BACKLOG_MONTHS: f64 = 0.5;

fn portes_des_alpes() -> Territory {
    read_territory(&embedded::portes_des_alpes().files)
        .expect("the embedded territory reads")
        .territory
}

/// The median backlog of the last month, in months of the service's monthly demand.
fn last_median_in_months(territory: &Territory, result: &SimulationResult, id: &str) -> f64 {
    let service = &territory.services[territory.service_ix(id).expect("a service").index()];
    let backlog = *result.services[id].backlog.p50.last().expect("months");
    backlog / monthly_demand(territory, service)
}

#[test]
fn with_the_default_parameters_six_services_stay_stable_and_two_grow() {
    let territory = portes_des_alpes();
    let result = simulate(&territory, &territory, &SimulationParams::default()).expect("runs");
    assert_eq!(result.services.len(), 8);
    for service in &territory.services {
        let series = &result.services[&service.id];
        let months = last_median_in_months(&territory, &result, &service.id);
        if STRAINED.contains(&service.id.as_str()) {
            assert!(
                months >= STRAINED_BACKLOG_MONTHS,
                "{} should be strained: {months} months of demand waiting",
                service.id
            );
            assert!(!is_stable(series), "{}", service.id);
        } else {
            assert!(
                is_stable(series),
                "{} should stay stable: median backlog up to {:?} months of demand",
                service.id,
                maillage::engine::simulation::median_peak_in_months(series)
            );
            assert!(months <= STABLE_BACKLOG_MONTHS, "{}: {months}", service.id);
        }
    }
}

/// The check, on the real binary: export the default, simulate it with 500 runs and seed
/// 1, count the stable and the strained services.
#[test]
fn the_exported_default_simulated_by_the_command_line_has_six_stable_services() {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("maillage-calibration-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let path = dir.to_str().expect("a UTF-8 path");
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_maillage"))
            .args(args)
            .output()
            .expect("the maillage binary runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&output.stdout).ok()
    };
    run(&["export", "portes-des-alpes", path]);
    let simulated = run(&[
        "simulate", path, "--months", "24", "--runs", "500", "--seed", "1",
    ])
    .expect("JSON");
    let evaluated = run(&["evaluate", path]).expect("JSON");
    let _ = std::fs::remove_dir_all(&dir);
    let services = simulated["services"].as_object().expect("services");
    assert_eq!(services.len(), 8);
    let (mut stable, mut strained) = (0, 0);
    for (id, series) in services {
        let demand = evaluated["services"][id]["demand"]
            .as_f64()
            .expect("demand");
        let p50 = series["backlog"]["p50"].as_array().expect("p50");
        assert_eq!(p50.len(), 24);
        let months = p50[23].as_f64().expect("a number") / demand;
        if months <= STABLE_BACKLOG_MONTHS {
            stable += 1;
        }
        if months >= STRAINED_BACKLOG_MONTHS {
            strained += 1;
        }
    }
    assert!(stable >= 6, "{stable} stable services");
    assert!((1..=2).contains(&strained), "{strained} strained services");
}

/// The simulation's absence rate starts from the territory's usual absence, and a service with
/// its own keeps it whatever the parameter says.
#[test]
fn the_usual_absence_of_the_territory_and_of_a_service_set_the_presence() {
    let base = crate::before();
    let params = SimulationParams {
        months: 4,
        runs: 4000,
        ..SimulationParams::default()
    };
    let capacity = |territory: &Territory, params: &SimulationParams, id: &str| {
        let result = simulate(territory, territory, params).expect("runs");
        result.services[id].capacity_mean[0]
    };
    // The small territory's child protection: 30 agents × 10 units with everyone present.
    let close = |actual: f64, expected: f64| (actual - expected).abs() < 0.01 * expected;
    let default = capacity(&base, &params, "child");
    assert!(close(default, 300.0 * 0.92), "{default}");
    let mut absent = base.clone();
    absent.usual_absence = Some(0.2);
    let territory_rate = capacity(&absent, &params, "child");
    assert!(close(territory_rate, 300.0 * 0.8), "{territory_rate}");
    let set_by_user = SimulationParams {
        usual_absence: Some(0.5),
        ..params.clone()
    };
    assert!(close(capacity(&absent, &set_by_user, "child"), 150.0));
    let mut own = absent.clone();
    own.services[0].usual_absence = Some(0.1);
    assert!(close(capacity(&own, &set_by_user, "child"), 270.0));
    assert!(close(capacity(&own, &set_by_user, "roads"), 60.0 * 0.5));
    // Without any usual absence set, the draws are exactly those of MODEL.md's 0.08.
    let model = SimulationParams {
        usual_absence: Some(0.08),
        ..params.clone()
    };
    assert_eq!(
        simulate(&base, &base, &params).expect("runs"),
        simulate(&base, &base, &model).expect("runs")
    );
}
