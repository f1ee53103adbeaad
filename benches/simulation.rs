//! Timing of the month-by-month simulation: 500 runs × 24 months (issue 6 asks < 100 ms for Portes des Alpes, < 1.5 s for the Métropole).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use maillage::engine::embedded::portes_des_alpes;
use maillage::engine::io::read_territory;
use maillage::engine::model::{
    Family, Manager, ManagerIx, Role, Service, ServiceIx, Site, SiteIx, Team, Territory, Zone,
};
use maillage::engine::simulation::{simulate, SimulationParams};

fn embedded_portes_des_alpes() -> Territory {
    match read_territory(&portes_des_alpes().files) {
        Ok(loaded) => loaded.territory,
        Err(error) => panic!("embedded territory refused: {error}"),
    }
}

/// A stand-in for the whole Métropole, of its size: 1.4 million residents in 600 zones, 9
/// services, 120 sites and 1,000 team rows holding 9,500 agents (the embedded Métropole is not
/// there yet).
fn metropole_sized() -> Territory {
    let zones = (0..600)
        .map(|i| Zone {
            id: format!("z{i}"),
            name: format!("Zone {i}"),
            commune: format!("Commune {}", i / 10),
            lat: 45.6 + f64::from(i % 30) * 0.01,
            lon: 4.7 + f64::from(i / 30) * 0.01,
            population: 2_333.0,
        })
        .collect();
    let sites = (0..120)
        .map(|i| Site {
            id: format!("s{i}"),
            name: format!("Site {i}"),
            lat: 45.6 + f64::from(i % 12) * 0.02,
            lon: 4.7 + f64::from(i / 12) * 0.02,
            capacity: 200,
        })
        .collect();
    let services = (0..9)
        .map(|k| Service {
            id: format!("k{k}"),
            name: format!("Service {k}"),
            family: if k < 4 { Family::Urban } else { Family::Social },
            demand_per_1000: 4.0 + f64::from(k),
            units_per_agent: 1.0 + f64::from(k) * 0.5,
            catchment_minutes: 30.0,
        })
        .collect();
    let mut managers = vec![Manager {
        id: "dir".into(),
        name: "Direction".into(),
        role: Role::Director,
        reports_to: None,
    }];
    managers.extend((0..100).map(|i| Manager {
        id: format!("m{i}"),
        name: format!("Chef {i}"),
        role: Role::Lead,
        reports_to: Some(ManagerIx(0)),
    }));
    let teams = (0..1_000u32)
        .map(|i| Team {
            id: format!("t{i}"),
            name: format!("Équipe {i}"),
            service: ServiceIx(i % 9),
            site: SiteIx(i % 120),
            // 2 to 17 agents, 9,500 in all.
            agents: 2 + (i * 7) % 16,
            manager: ManagerIx(1 + i % 100),
            crew: None,
        })
        .collect();
    Territory {
        zones,
        sites,
        services,
        managers,
        teams,
        travel_overrides: Vec::new(),
    }
}

/// `territory` with every fifth team moved to the next site: a reorganisation to absorb.
fn reorganised(territory: &Territory) -> Territory {
    let mut after = territory.clone();
    let sites = after.sites.len() as u32;
    for team in after.teams.iter_mut().step_by(5) {
        team.site = SiteIx((team.site.0 + 1) % sites);
    }
    after
}

fn bench(c: &mut Criterion) {
    let params = SimulationParams::default();
    let mut group = c.benchmark_group("simulate 500 runs × 24 months");
    group.sample_size(20);
    for (name, before) in [
        ("Portes des Alpes", embedded_portes_des_alpes()),
        ("Métropole-sized", metropole_sized()),
    ] {
        let after = reorganised(&before);
        eprintln!(
            "{name}: {} team rows, {} agents, {} services",
            before.teams.len(),
            before.total_agents(),
            before.services.len()
        );
        group.bench_function(name, |b| {
            b.iter(|| simulate(black_box(&before), black_box(&after), black_box(&params)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
