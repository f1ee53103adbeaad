//! The figures follow MODEL.md: demand and capacity means, the dip and its recovery, the backlog rule, touched teams.

use maillage::engine::simulation::{simulate, touched_teams, SimulationParams, SimulationResult};

use crate::{after, before, territory, MANAGERS, SERVICES, SITES, ZONES};

fn run(
    before: &maillage::engine::model::Territory,
    after: &maillage::engine::model::Territory,
    params: &SimulationParams,
) -> SimulationResult {
    match simulate(before, after, params) {
        Ok(result) => result,
        Err(error) => panic!("{error}"),
    }
}

/// Many runs, so that means are within a small sampling error of their expectation.
fn many_runs() -> SimulationParams {
    SimulationParams {
        months: 10,
        runs: 10_000,
        seed: 2024,
        change_month: 3,
        dip: 0.25,
        recovery_months: 4.0,
        usual_absence: Some(0.08),
    }
}

#[test]
fn demand_mean_is_the_monthly_demand_of_model_md() {
    let result = run(&before(), &after(), &many_runs());
    // D = Σ population × demand_per_1000 / 1000: 15,000 × 20 / 1000 and 15,000 × 4 / 1000.
    for (service, demand) in [("child", 300.0), ("roads", 60.0)] {
        // Standard error of a mean of 10,000 Poisson draws: √(D / 10,000); allow 5 of them.
        let tolerance = 5.0 * (demand / 10_000.0_f64).sqrt();
        for (m, mean) in result.services[service].demand_mean.iter().enumerate() {
            assert!(
                (mean - demand).abs() < tolerance,
                "{service} month {}: {mean} vs {demand}",
                m + 1
            );
        }
    }
}

#[test]
fn capacity_mean_shows_absence_dip_and_linear_recovery() {
    let params = many_runs();
    let result = run(&before(), &after(), &params);
    let child = &result.services["child"].capacity_mean;
    // t1 (20 agents, untouched) + t2 (10 agents, moved at month 3): 10 units per agent, 92 % present.
    // Productivity of t2: 1, 1, then 0.75 at c = 3, 0.8125, 0.875, 0.9375, then 1 from month 7.
    let productivity = [1.0, 1.0, 0.75, 0.8125, 0.875, 0.9375, 1.0, 1.0, 1.0, 1.0];
    for (m, &p) in productivity.iter().enumerate() {
        let expected = 20.0 * 10.0 * 0.92 + 10.0 * 10.0 * 0.92 * p;
        // Standard deviation of one month's capacity: 10 × √(Σ agents × 0.92 × 0.08 × p²) < 15.
        let tolerance = 5.0 * 15.0 / 100.0;
        assert!(
            (child[m] - expected).abs() < tolerance,
            "month {}: {} vs {expected}",
            m + 1,
            child[m]
        );
    }
    // Explicitly: the dip month and the recovery line.
    assert!(
        (child[2] - (184.0 + 69.0)).abs() < 0.75,
        "dip month: {}",
        child[2]
    );
    assert!(
        (child[4] - (184.0 + 80.5)).abs() < 0.75,
        "halfway: {}",
        child[4]
    );
    assert!((child[6] - 276.0).abs() < 0.75, "recovered: {}", child[6]);

    // Roads: t3 (12 agents) untouched; t4 (3 agents) is new from month 3, so it dips too.
    let roads = &result.services["roads"].capacity_mean;
    for (m, &p) in productivity.iter().enumerate() {
        let new_team = if m + 1 >= 3 {
            3.0 * 5.0 * 0.92 * p
        } else {
            0.0
        };
        let expected = 12.0 * 5.0 * 0.92 + new_team;
        assert!(
            (roads[m] - expected).abs() < 0.5,
            "roads month {}: {} vs {expected}",
            m + 1,
            roads[m]
        );
    }
}

#[test]
fn an_unchanged_after_territory_has_no_dip() {
    // No team is touched, so the change month changes nothing: same draws, same figures.
    let territory = before();
    let early = SimulationParams {
        change_month: 1,
        ..many_runs()
    };
    let late = SimulationParams {
        change_month: 6,
        ..many_runs()
    };
    assert_eq!(
        run(&territory, &territory, &early),
        run(&territory, &territory, &late)
    );
    // And the capacity keeps its level: 276 × 0.92 … in fact 30 agents × 10 × 0.92 = 276.
    let result = run(&territory, &territory, &early);
    for mean in &result.services["child"].capacity_mean {
        assert!((mean - 276.0).abs() < 0.75, "{mean}");
    }
}

#[test]
fn touched_teams_follow_model_md() {
    let teams_after = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance centre,child,a,25,h1
t2,Enfance nord,child,a,10,h1
t3,Voirie,roads,a,12,h1
t4,Voirie nord,roads,b,3,h2
";
    let later = territory(ZONES, SITES, SERVICES, MANAGERS, teams_after);
    // t1: more agents only → untouched; t2: other site; t3: other manager; t4: new.
    assert_eq!(
        touched_teams(&before(), &later),
        vec![false, true, true, true]
    );
    assert_eq!(
        touched_teams(&before(), &before()),
        vec![false, false, false]
    );
}

#[test]
fn backlog_follows_its_recurrence_exactly_in_a_single_run() {
    // With one run, the means are that run's demand and capacity and every percentile is its
    // backlog: check max(0, backlog(m−1) + demand − capacity) from 0, to the last bit.
    // Roads capacity (54 to 69) is close to its demand (60), so the backlog both grows and empties.
    for seed in 0..20 {
        let params = SimulationParams {
            runs: 1,
            months: 24,
            seed,
            change_month: 4,
            ..SimulationParams::default()
        };
        let result = run(&before(), &after(), &params);
        for series in result.services.values() {
            let mut backlog = 0.0;
            for m in 0..24 {
                let next = backlog + series.demand_mean[m] - series.capacity_mean[m];
                backlog = if next > 0.0 { next } else { 0.0 };
                assert_eq!(
                    series.backlog.p50[m],
                    backlog,
                    "seed {seed} month {}",
                    m + 1
                );
                assert_eq!(series.backlog.p10[m], backlog);
                assert_eq!(series.backlog.p90[m], backlog);
            }
        }
    }
}

#[test]
fn backlog_is_zero_when_capacity_always_exceeds_demand() {
    // 1,000 agents × 100 units, all present, against a demand of 1 a month.
    let services = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes
child,Enfance,social,0.0666666,100,30
roads,Voirie,urban,0,5,30
";
    let teams = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance,child,a,1000,h1
t3,Voirie,roads,a,12,h2
";
    let territory = territory(ZONES, SITES, services, MANAGERS, teams);
    let params = SimulationParams {
        usual_absence: Some(0.0),
        ..SimulationParams::default()
    };
    let result = run(&territory, &territory, &params);
    for series in result.services.values() {
        assert!(series.backlog.p90.iter().all(|&b| b == 0.0));
        assert!(series.capacity_mean.iter().all(|&c| c > 0.0));
    }
    // A demand of 0 draws 0 (Poisson with mean 0 does not fail).
    assert!(result.services["roads"]
        .demand_mean
        .iter()
        .all(|&d| d == 0.0));
}

#[test]
fn a_service_without_agents_accumulates_all_its_demand() {
    // Roads has no team: its backlog after m months is the sum of m Poisson(60) draws.
    let teams = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance centre,child,a,20,h1
";
    let territory = territory(ZONES, SITES, SERVICES, MANAGERS, teams);
    let params = SimulationParams {
        runs: 2_000,
        months: 12,
        ..SimulationParams::default()
    };
    let roads = &run(&territory, &territory, &params).services["roads"];
    for m in 0..12 {
        let expected = 60.0 * (m + 1) as f64;
        let sd = expected.sqrt();
        assert!(
            (roads.backlog.p50[m] - expected).abs() < 0.2 * sd + 2.0,
            "month {}: {}",
            m + 1,
            roads.backlog.p50[m]
        );
        assert!(roads.backlog.p10[m] < expected && expected < roads.backlog.p90[m]);
        assert_eq!(roads.capacity_mean[m], 0.0);
    }
}

#[test]
fn percentiles_are_ordered_and_backlogs_never_negative() {
    let result = run(
        &before(),
        &after(),
        &SimulationParams {
            change_month: 5,
            dip: 0.6,
            ..SimulationParams::default()
        },
    );
    for series in result.services.values() {
        for m in 0..24 {
            let (p10, p50, p90) = (
                series.backlog.p10[m],
                series.backlog.p50[m],
                series.backlog.p90[m],
            );
            assert!(0.0 <= p10 && p10 <= p50 && p50 <= p90, "{p10} {p50} {p90}");
        }
    }
}

#[test]
fn services_present_in_one_version_only() {
    // After the change at month 4, roads is gone and a new service "aid" appears.
    let services_after = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes
child,Protection de l'enfance,social,20,10,30
aid,Aide sociale,social,2,10,30
";
    let teams_after = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance centre,child,a,20,h1
t2,Enfance nord,child,b,10,h1
t5,Aide,aid,a,4,h1
";
    let later = territory(ZONES, SITES, services_after, MANAGERS, teams_after);
    // Roads without teams before, so its backlog builds up, then stops moving once it is gone.
    let teams_before = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance centre,child,a,20,h1
t2,Enfance nord,child,b,10,h1
";
    let earlier = territory(ZONES, SITES, SERVICES, MANAGERS, teams_before);
    let params = SimulationParams {
        change_month: 4,
        months: 8,
        runs: 200,
        ..SimulationParams::default()
    };
    let result = run(&earlier, &later, &params);
    let keys: Vec<&str> = result.services.keys().map(String::as_str).collect();
    assert_eq!(keys, ["aid", "child", "roads"]);
    let aid = &result.services["aid"];
    assert_eq!(&aid.demand_mean[..3], &[0.0; 3]);
    assert_eq!(&aid.capacity_mean[..3], &[0.0; 3]);
    assert_eq!(&aid.backlog.p90[..3], &[0.0; 3]);
    assert!(aid.demand_mean[3..].iter().all(|&d| (d - 30.0).abs() < 3.0));
    let roads = &result.services["roads"];
    assert!(roads.backlog.p50[2] > 100.0);
    assert!(roads.backlog.p50[3..]
        .iter()
        .all(|&b| b == roads.backlog.p50[2]));
    assert!(roads.demand_mean[3..].iter().all(|&d| d == 0.0));
}

#[test]
fn model_json_has_exactly_the_keys_of_model_md() {
    let params = SimulationParams {
        months: 6,
        runs: 20,
        seed: 9,
        ..SimulationParams::default()
    };
    let json = run(&before(), &after(), &params).to_model_json();
    let object = json.as_object().expect("an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["months", "runs", "seed", "services"]);
    assert_eq!(json["months"], 6);
    assert_eq!(json["runs"], 20);
    assert_eq!(json["seed"], 9);
    for id in ["child", "roads"] {
        let service = json["services"][id].as_object().expect("a service");
        let mut keys: Vec<&str> = service.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["backlog", "capacity_mean", "demand_mean"]);
        for series in [
            &json["services"][id]["backlog"]["p10"],
            &json["services"][id]["backlog"]["p50"],
            &json["services"][id]["backlog"]["p90"],
            &json["services"][id]["demand_mean"],
            &json["services"][id]["capacity_mean"],
        ] {
            let numbers = series.as_array().expect("an array");
            assert_eq!(numbers.len(), 6);
            assert!(numbers.iter().all(serde_json::Value::is_number));
        }
    }
}

/// A demand surge set with `SetDemandFactor` (issue 7's exercises and events) must reach the
/// simulation as it reaches `evaluate`: D_k counts the factor of each zone's commune.
#[test]
fn a_demand_surge_raises_the_simulated_demand_as_it_raises_the_evaluated_one() {
    use maillage::engine::metrics::evaluate;
    use maillage::engine::operations::{apply, Operation};
    let start = before();
    let commune = start.zones[0].commune.clone();
    let surged = apply(
        &start,
        &Operation::SetDemandFactor {
            service: "child".into(),
            commune: Some(commune),
            factor: 1.5,
        },
    )
    .expect("a known service and commune");
    let child = |t: &maillage::engine::model::Territory| {
        let k = t.service_ix("child").expect("child service");
        maillage::engine::simulation::monthly_demand(t, t.service(k))
    };
    let evaluated = |t: &maillage::engine::model::Territory| {
        evaluate(t)
            .services
            .iter()
            .find(|s| s.id == "child")
            .map(|s| s.resident_demand)
    };
    assert!(child(&surged) > child(&start), "the surge adds demand");
    assert_eq!(Some(child(&surged)), evaluated(&surged));
    assert_eq!(Some(child(&start)), evaluated(&start));
}

/// An absence wave (a facilitator's event) keeps a further share of a service's agents away:
/// presence (1 − absence rate)(1 − wave), so a 50 % wave halves the expected capacity. The other
/// services draw from the same places of the stream as without it: their figures are identical.
#[test]
fn an_absence_wave_halves_its_service_s_simulated_capacity_and_leaves_the_others_identical() {
    use maillage::engine::operations::{apply, Event, Operation};
    let start = before();
    let waved = apply(
        &start,
        &Operation::Event(Event::AbsenceWave {
            service: Some("child".into()),
            rate: 0.5,
        }),
    )
    .expect("a known service and a possible rate");
    let params = many_runs();
    let plain = run(&start, &start, &params);
    let with_wave = run(&waved, &waved, &params);
    let (was, now) = (&plain.services["child"], &with_wave.services["child"]);
    for (was, now) in was.capacity_mean.iter().zip(&now.capacity_mean) {
        let ratio = now / was;
        assert!(
            (0.48..=0.52).contains(&ratio),
            "capacity with the wave / without: {ratio}"
        );
    }
    assert_eq!(
        with_wave.services["roads"], plain.services["roads"],
        "a wave on child protection changes nothing of the roads"
    );
    assert_eq!(
        was.demand_mean, now.demand_mean,
        "the wave changes capacity, not demand"
    );
}
