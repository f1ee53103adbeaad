//! Criterion benchmarks of suggestions on the whole Métropole (554 zones × 199 candidate
//! sites): both goals, p from 1 to 30, and within room. Before timing, prints for each case the proven gap (how
//! far the answer can be from the best possible) and the longest single step of the stepped
//! solver (what a Web Worker holds its thread for between two messages).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use maillage::engine::embedded;
use maillage::engine::io::read_territory;
use maillage::engine::model::Territory;
use maillage::engine::suggest::{suggest, Goal, Request, Solver};

/// Nettoiement accepts 15 minutes, the shortest catchment of the Métropole's services: the
/// hardest covering problem. Goal distance does not depend on the service.
const SERVICE: &str = "nettoiement";
const SITES: [i64; 5] = [1, 5, 10, 20, 30];

fn metropole() -> Option<Territory> {
    let files = embedded::by_key("metropole")?.files;
    read_territory(&files).ok().map(|loaded| loaded.territory)
}

fn request(p: i64, goal: Goal, within_room: bool) -> Request {
    Request {
        service: SERVICE.into(),
        sites: Some(p),
        locked: Vec::new(),
        goal,
        within_room,
    }
}

/// The gap and the longest step, printed once per case.
fn report(territory: &Territory) {
    for (goal, within_room) in [
        (Goal::Distance, false),
        (Goal::Coverage, false),
        (Goal::Distance, true),
        (Goal::Coverage, true),
    ] {
        for p in SITES {
            let Ok(mut solver) = Solver::new(territory, &request(p, goal, within_room)) else {
                continue;
            };
            let (mut steps, mut longest) = (0, Duration::ZERO);
            while !solver.is_finished() {
                let start = Instant::now();
                solver.step();
                longest = longest.max(start.elapsed());
                steps += 1;
            }
            let s = solver.finish();
            let value = match goal {
                Goal::Distance => s.layout.objective.unwrap_or(f64::NAN),
                Goal::Coverage => s.layout.covered,
            };
            println!(
                "suggest {}{} p={p:2}: value {value:.1}, bound {:.1}, proven gap {:.4} %{}, over capacity {}, {steps} steps, longest {:.1} ms",
                goal.as_str(),
                if within_room { " within room" } else { "" },
                s.bound,
                s.gap * 100.0,
                if s.proven_best { " (best)" } else { "" },
                s.over_capacity().len(),
                longest.as_secs_f64() * 1000.0
            );
        }
    }
}

fn benches(c: &mut Criterion) {
    let Some(territory) = metropole() else {
        return;
    };
    report(&territory);
    let mut group = c.benchmark_group("suggest metropole");
    group.sample_size(10);
    for goal in [Goal::Distance, Goal::Coverage] {
        for p in SITES {
            let request = request(p, goal, false);
            group.bench_function(format!("{} p={p}", goal.as_str()), |b| {
                b.iter(|| suggest(black_box(&territory), &request))
            });
        }
    }
    for goal in [Goal::Distance, Goal::Coverage] {
        for p in [10, 30] {
            let request = request(p, goal, true);
            group.bench_function(format!("{} within room p={p}", goal.as_str()), |b| {
                b.iter(|| suggest(black_box(&territory), &request))
            });
        }
    }
    group.finish();
}

criterion_group!(suggest_benches, benches);
criterion_main!(suggest_benches);
