//! Criterion benchmarks of the engine: evaluate the embedded territories, apply one operation and re-evaluate,
//! count a scenario's change impact.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use maillage::engine::embedded;
use maillage::engine::io::read_territory;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::{
    Family, Manager, ManagerIx, Role, Service, ServiceIx, Site, SiteIx, Team, Territory, Zone,
};
use maillage::engine::operations::{apply, Operation};
use maillage::engine::scenario::Scenario;
use maillage::engine::suggest::{scenario_operation, Goal};

/// A synthetic territory of `zones` zones on a grid and `sites` sites, two services, one lead
/// per site: enough to time evaluate without the embedded data.
fn synthetic(zones: usize, sites: usize) -> Territory {
    let zones = (0..zones)
        .map(|i| Zone {
            id: format!("Z{i}"),
            name: format!("Zone {i}"),
            commune: format!("C{}", i % 4),
            lat: 45.70 + (i / 10) as f64 * 0.005,
            lon: 4.85 + (i % 10) as f64 * 0.007,
            population: 1000.0 + (i * 37 % 900) as f64,
        })
        .collect();
    let sites: Vec<Site> = (0..sites)
        .map(|i| Site {
            id: format!("S{i}"),
            name: format!("Site {i}"),
            lat: 45.70 + (i % 5) as f64 * 0.01,
            lon: 4.85 + (i / 5) as f64 * 0.015,
            capacity: 40,
        })
        .collect();
    let services = ["urban", "social"]
        .iter()
        .enumerate()
        .map(|(k, family)| Service {
            id: format!("K{k}"),
            name: family.to_string(),
            family: Family::from_csv(family).unwrap_or(Family::Urban),
            demand_per_1000: 20.0,
            units_per_agent: 30.0,
            catchment_minutes: 15.0,
            usual_absence: None,
        })
        .collect();
    let mut managers = vec![Manager {
        id: "D".into(),
        name: "Direction".into(),
        role: Role::Director,
        reports_to: None,
    }];
    let mut teams = Vec::new();
    for (s, _) in sites.iter().enumerate() {
        managers.push(Manager {
            id: format!("L{s}"),
            name: format!("Lead {s}"),
            role: Role::Lead,
            reports_to: Some(ManagerIx(0)),
        });
        for k in 0..2 {
            teams.push(Team {
                id: format!("T{s}-{k}"),
                name: format!("Team {s}-{k}"),
                service: ServiceIx::from_index(k),
                site: SiteIx::from_index(s),
                agents: 4 + (s as u32 + k as u32) % 5,
                manager: ManagerIx::from_index(s + 1),
                crew: None,
            });
        }
    }
    Territory {
        zones,
        sites,
        services,
        managers,
        teams,
        travel_overrides: Vec::new(),
        demand_factors: Vec::new(),
        absence_waves: Vec::new(),
        usual_absence: None,
    }
}

/// An embedded territory, read as the app reads it; `None` while it is not available.
fn embedded_territory(key: &str) -> Option<Territory> {
    let files = embedded::by_key(key)?.files;
    read_territory(&files).ok().map(|loaded| loaded.territory)
}

/// Moves the first team to the last site: the kind of step a planner takes before looking again.
fn one_move(t: &Territory) -> Option<Operation> {
    let team = t.teams.first()?;
    let site = t.sites.last()?;
    Some(Operation::MoveTeam {
        team: team.id.clone(),
        to_site: site.id.clone(),
    })
}

/// A scenario of some length: the first team's service put on four sites by a suggestion, then
/// ten teams each split in two, moved to another site and merged back.
fn long_scenario(t: &Territory) -> Scenario {
    let mut scenario = Scenario::new(t.clone());
    if let Some(first) = t.teams.first() {
        let service = &t.services[first.service.index()].id;
        let sites: Vec<String> = t.sites.iter().take(4).map(|s| s.id.clone()).collect();
        if let Ok(op) = scenario_operation(t, service, &sites, Goal::Distance) {
            let _ = scenario.apply(op);
        }
    }
    for (i, team) in t.teams.iter().filter(|x| x.agents > 1).take(10).enumerate() {
        let new_team_id = format!("BENCH-{i}");
        let site = &t.sites[i % t.sites.len()].id;
        for op in [
            Operation::SplitTeam {
                team: team.id.clone(),
                new_team_id: new_team_id.clone(),
                new_name: String::new(),
                agents: 1,
            },
            Operation::MoveTeam {
                team: new_team_id.clone(),
                to_site: site.clone(),
            },
            Operation::MergeTeams {
                keep: team.id.clone(),
                absorb: new_team_id,
            },
        ] {
            let _ = scenario.apply(op);
        }
    }
    scenario
}

fn benches(c: &mut Criterion) {
    let small = synthetic(40, 10);
    c.bench_function("evaluate synthetic 40 zones × 10 sites", |b| {
        b.iter(|| evaluate(black_box(&small)))
    });
    for key in embedded::KEYS {
        let Some(territory) = embedded_territory(key) else {
            continue;
        };
        c.bench_function(&format!("evaluate {key}"), |b| {
            b.iter(|| evaluate(black_box(&territory)))
        });
        if let Some(operation) = one_move(&territory) {
            c.bench_function(&format!("apply one move and re-evaluate {key}"), |b| {
                b.iter(|| apply(black_box(&territory), &operation).map(|t| evaluate(&t)))
            });
            // What the app does after each edit: the figures and the change impact.
            let scenario = Scenario::new(territory.clone());
            c.bench_function(
                &format!("apply one move, re-evaluate and count the change impact {key}"),
                |b| {
                    b.iter(|| {
                        let mut edited = black_box(&scenario).clone();
                        edited
                            .apply(operation.clone())
                            .map(evaluate)
                            .map(|_| edited.change_impact())
                    })
                },
            );
        }
        if let Some(operation) = one_move(&territory) {
            let mut moved = Scenario::new(territory.clone());
            if moved.apply(operation).is_ok() {
                c.bench_function(&format!("change impact after one move {key}"), |b| {
                    b.iter(|| black_box(&moved).change_impact())
                });
            }
        }
        let scenario = long_scenario(&territory);
        c.bench_function(
            &format!(
                "change impact after {} operations {key}",
                scenario.operations().len()
            ),
            |b| b.iter(|| black_box(&scenario).change_impact()),
        );
        if let Some(embedded) = embedded::by_key(key) {
            c.bench_function(&format!("read CSV {key}"), |b| {
                b.iter(|| read_territory(black_box(&embedded.files)))
            });
        }
    }
}

criterion_group!(engine, benches);
criterion_main!(engine);
