//! Timing of the month-by-month simulation: 500 runs × 24 months (issue 6 asks < 100 ms for Portes des Alpes, < 1.5 s for the Métropole).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use maillage::engine::embedded::{by_key, METROPOLE, PORTES_DES_ALPES};
use maillage::engine::io::read_territory;
use maillage::engine::model::{SiteIx, Territory};
use maillage::engine::simulation::{simulate, SimulationParams};

fn embedded(key: &str) -> Territory {
    let Some(territory) = by_key(key) else {
        panic!("no embedded territory {key}");
    };
    match read_territory(&territory.files) {
        Ok(loaded) => loaded.territory,
        Err(error) => panic!("embedded territory refused: {error}"),
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
        ("Portes des Alpes", embedded(PORTES_DES_ALPES)),
        ("Métropole", embedded(METROPOLE)),
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
