//! Properties of every sequence of operations: no agent created or lost, references valid,
//! undo exact, CSV round trip equal, figures sane.

use std::collections::BTreeSet;

use maillage::engine::io::{read_territory, write_territory};
use maillage::engine::metrics::evaluate;
use maillage::engine::model::{
    Family, Manager, ManagerIx, Role, Service, ServiceIx, Site, SiteIx, Team, Territory,
    TravelOverride, Zone, ZoneIx, MAX_ABSENCE_WAVE, MAX_USUAL_ABSENCE,
};
use maillage::engine::operations::{apply, Event, Operation};
use maillage::engine::scenario::Scenario;
use proptest::collection::vec;
use proptest::prelude::*;

const ROLES: [Role; 4] = [Role::Director, Role::Deputy, Role::Head, Role::Lead];

fn zones(n: usize) -> impl Strategy<Value = Vec<Zone>> {
    vec((45.5..46.0f64, 4.7..5.1f64, 0.0..5000.0f64), n).prop_map(|values| {
        values
            .into_iter()
            .enumerate()
            .map(|(i, (lat, lon, population))| Zone {
                id: format!("Z{i}"),
                name: format!("Zone {i}"),
                commune: format!("Commune {}", i % 2),
                lat,
                lon,
                population,
            })
            .collect()
    })
}

fn sites(n: usize) -> impl Strategy<Value = Vec<Site>> {
    vec((45.5..46.0f64, 4.7..5.1f64, 0..60u32), n).prop_map(|values| {
        values
            .into_iter()
            .enumerate()
            .map(|(i, (lat, lon, capacity))| Site {
                id: format!("S{i}"),
                name: format!("Site {i}"),
                lat,
                lon,
                capacity,
            })
            .collect()
    })
}

fn services(n: usize) -> impl Strategy<Value = Vec<Service>> {
    let usual = proptest::option::of(0.0..=MAX_USUAL_ABSENCE);
    vec(
        (
            0.0..50.0f64,
            0.0..20.0f64,
            0.0..40.0f64,
            any::<bool>(),
            usual,
        ),
        n,
    )
    .prop_map(|values| {
        values
            .into_iter()
            .enumerate()
            .map(|(i, (demand, units, catchment, urban, usual))| Service {
                id: format!("K{i}"),
                name: format!("Service {i}"),
                family: if urban { Family::Urban } else { Family::Social },
                demand_per_1000: demand,
                units_per_agent: units,
                catchment_minutes: catchment,
                usual_absence: usual,
            })
            .collect()
    })
}

/// Post 0 is the top; post i reports to one of the posts before it, so there is no loop.
fn managers(n: usize) -> impl Strategy<Value = Vec<Manager>> {
    vec((any::<usize>(), 0..4usize), n).prop_map(|values| {
        values
            .into_iter()
            .enumerate()
            .map(|(i, (parent, role))| Manager {
                id: format!("M{i}"),
                name: format!("Poste {i}"),
                role: ROLES[role],
                reports_to: (i > 0).then(|| ManagerIx::from_index(parent % i)),
            })
            .collect()
    })
}

/// A small random territory (also drawn by the change impact's properties).
pub(crate) fn territory() -> impl Strategy<Value = Territory> {
    (1..5usize, 1..5usize, 1..4usize, 1..6usize).prop_flat_map(|(nz, ns, nk, nm)| {
        let teams = vec((0..nk, 0..ns, 0..20u32, 0..nm), 0..8);
        let overrides = vec((0..nz, 0..ns, 0.0..90.0f64), 0..4);
        (
            zones(nz),
            sites(ns),
            services(nk),
            managers(nm),
            teams,
            overrides,
            proptest::option::of(0.0..=MAX_USUAL_ABSENCE),
        )
            .prop_map(
                |(zones, sites, services, managers, teams, overrides, usual)| {
                    let teams = teams
                        .into_iter()
                        .enumerate()
                        .map(|(i, (k, s, agents, m))| Team {
                            id: format!("T{i}"),
                            name: format!("Équipe {i}"),
                            service: ServiceIx::from_index(k),
                            site: SiteIx::from_index(s),
                            agents,
                            manager: ManagerIx::from_index(m),
                            crew: None,
                        })
                        .collect();
                    let mut pairs = BTreeSet::new();
                    let travel_overrides = overrides
                        .into_iter()
                        .filter(|(z, s, _)| pairs.insert((*z, *s)))
                        .map(|(z, s, minutes)| TravelOverride {
                            zone: ZoneIx::from_index(z),
                            site: SiteIx::from_index(s),
                            minutes,
                        })
                        .collect();
                    Territory {
                        zones,
                        sites,
                        services,
                        managers,
                        teams,
                        travel_overrides,
                        demand_factors: Vec::new(),
                        absence_waves: Vec::new(),
                        usual_absence: usual,
                    }
                },
            )
    })
}

/// Random numbers from which an operation is made against the current territory.
pub(crate) type Seed = (usize, usize, usize, usize, i64);

pub(crate) fn pick<T>(items: &[T], n: usize, id: impl Fn(&T) -> &str, noise: usize) -> String {
    // One time in twelve, an id that names nothing, to exercise refusals.
    if items.is_empty() || noise.is_multiple_of(12) {
        return "inconnu".to_string();
    }
    id(&items[n % items.len()]).to_string()
}

/// An operation of any kind against `t`, sometimes one that is refused.
pub(crate) fn operation(t: &Territory, step: usize, (kind, a, b, c, n): Seed) -> Operation {
    let team = |x| pick(&t.teams, x, |t| &t.id, c);
    let site = |x| pick(&t.sites, x, |s| &s.id, c + 1);
    let post = |x| pick(&t.managers, x, |m| &m.id, c + 2);
    let service = |x| pick(&t.services, x, |s| &s.id, c + 3);
    match kind % 15 {
        0 => Operation::MoveTeam {
            team: team(a),
            to_site: site(b),
        },
        1 => Operation::MergeTeams {
            keep: team(a),
            absorb: team(b),
        },
        2 => Operation::MergeServicesUnderHead {
            services: [service(a), service(b)],
            head: post(c),
        },
        3 => Operation::SplitTeam {
            team: team(a),
            new_team_id: format!("N{step}"),
            new_name: format!("Nouvelle {step}"),
            agents: n.unsigned_abs() as u32 % 6,
        },
        4 => {
            let closing = site(a);
            let relocate = t
                .teams
                .iter()
                .filter(|tm| t.site(tm.site).id == closing)
                .enumerate()
                .filter(|(i, _)| (i + c) % 9 != 0)
                .map(|(i, tm)| (tm.id.clone(), site(b + i)))
                .collect();
            Operation::CloseSite {
                site: closing,
                relocate,
            }
        }
        5 => Operation::OpenSite {
            id: format!("O{step}"),
            name: format!("Ouvert {step}"),
            lat: 45.5 + (a % 50) as f64 / 100.0,
            lon: 4.8 + (b % 30) as f64 / 100.0,
            capacity: (c % 40) as u32,
        },
        6 => Operation::SetHeadcount {
            team: team(a),
            agents: n % 30,
        },
        7 => Operation::SetTeamManager {
            team: team(a),
            manager: post(b),
        },
        8 => Operation::SetReportsTo {
            manager: post(a),
            reports_to: post(b),
        },
        9 => Operation::AddPost {
            id: format!("P{step}"),
            name: format!("Poste ajouté {step}"),
            role: ROLES[c % 4],
            reports_to: post(b),
        },
        10 => Operation::RemovePost {
            post: post(a),
            hand_to: post(b),
        },
        12 => {
            // The facilitator's events: a site unavailable, with the same relocations as 4.
            let closing = site(a);
            let relocate = t
                .teams
                .iter()
                .filter(|tm| t.site(tm.site).id == closing)
                .enumerate()
                .filter(|(i, _)| (i + c) % 9 != 0)
                .map(|(i, tm)| (tm.id.clone(), site(b + i)))
                .collect();
            Operation::Event(Event::SiteUnavailable {
                site: closing,
                relocate,
            })
        }
        13 => Operation::Event(Event::AbsenceWave {
            // Every third one for all services.
            service: (b % 3 != 0).then(|| service(a)),
            // From −0.1 to 0.95 in steps of 0.05: refusals at both ends, 0 (wave ended) among them.
            rate: ((n % 22) - 2) as f64 / 20.0,
        }),
        14 => Operation::Event(Event::DemandSurge {
            service: service(a),
            commune: (b % 3 != 0).then(|| pick(&t.zones, b, |z| &z.commune, c + 4)),
            factor: (n - 1) as f64 / 4.0,
        }),
        _ => Operation::SetDemandFactor {
            service: service(a),
            // Every third one for all communes; one time in twelve a commune that does not exist.
            commune: (b % 3 != 0).then(|| pick(&t.zones, b, |z| &z.commune, c + 4)),
            // From −1 to 9.5 in quarters: refusals below 0, and 1 (back to normal) among them.
            factor: (n - 1) as f64 / 4.0,
        },
    }
}

/// Every index points into its list, ids are unique, one top post, no loop, crews together.
fn assert_valid(t: &Territory) {
    let unique = |ids: Vec<&String>| ids.len() == ids.iter().collect::<BTreeSet<_>>().len();
    assert!(unique(t.zones.iter().map(|x| &x.id).collect()));
    assert!(unique(t.sites.iter().map(|x| &x.id).collect()));
    assert!(unique(t.managers.iter().map(|x| &x.id).collect()));
    assert!(unique(t.teams.iter().map(|x| &x.id).collect()));
    for team in &t.teams {
        assert!(team.service.index() < t.services.len());
        assert!(team.site.index() < t.sites.len());
        assert!(team.manager.index() < t.managers.len());
    }
    for o in &t.travel_overrides {
        assert!(o.zone.index() < t.zones.len() && o.site.index() < t.sites.len());
    }
    let mut factors = BTreeSet::new();
    for f in &t.demand_factors {
        assert!(f.service.index() < t.services.len());
        assert!(t.zones.iter().any(|z| z.commune == f.commune));
        assert!(f.factor >= 0.0 && f.factor != 1.0, "{f:?}");
        assert!(
            factors.insert((f.service, &f.commune)),
            "one factor per pair"
        );
    }
    let mut absent = BTreeSet::new();
    for a in &t.absence_waves {
        assert!(a.service.index() < t.services.len());
        assert!(a.rate > 0.0 && a.rate <= MAX_ABSENCE_WAVE, "{a:?}");
        assert!(absent.insert(a.service), "one absence wave per service");
    }
    for m in &t.managers {
        assert!(m.reports_to.is_none_or(|b| b.index() < t.managers.len()));
    }
    assert_eq!(
        t.managers.iter().filter(|m| m.reports_to.is_none()).count(),
        1
    );
    assert_eq!(t.reporting_cycle(), None);
    for team in &t.teams {
        if let Some(crew) = &team.crew {
            for mate in t.teams.iter().filter(|m| m.crew.as_ref() == Some(crew)) {
                assert_eq!(
                    (mate.site, mate.manager),
                    (team.site, team.manager),
                    "crew {crew}"
                );
            }
        }
    }
}

/// Agents a successful operation adds: only a headcount change may.
fn headcount_delta(before: &Territory, op: &Operation) -> i64 {
    match op {
        Operation::SetHeadcount { team, agents } => {
            let old = before
                .team_ix(team)
                .map_or(0, |ix| i64::from(before.team(ix).agents));
            agents - old
        }
        _ => 0,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn operations_keep_agents_and_references_and_undo_exactly(
        base in territory(),
        seeds in vec((any::<usize>(), any::<usize>(), any::<usize>(), any::<usize>(), -3i64..40), 0..25),
    ) {
        assert_valid(&base);
        let mut scenario = Scenario::new(base.clone());
        let mut history = vec![base];
        for (step, seed) in seeds.into_iter().enumerate() {
            let before = scenario.current().clone();
            let op = operation(&before, step, seed);
            let expected = before.total_agents() as i64 + headcount_delta(&before, &op);
            match scenario.apply(op.clone()) {
                Ok(after) => {
                    prop_assert_eq!(after.total_agents() as i64, expected, "{:?}", op);
                    assert_valid(after);
                    history.push(after.clone());
                }
                Err(_) => {
                    prop_assert_eq!(scenario.current(), &before);
                    prop_assert!(apply(&before, &op).is_err());
                }
            }
        }
        let impact = scenario.change_impact();
        prop_assert!(impact.agents_moved <= scenario.base().total_agents().max(scenario.current().total_agents()));
        while let Some(expected) = history.pop() {
            prop_assert_eq!(scenario.current(), &expected);
            scenario.undo();
        }
    }

    #[test]
    fn a_territory_written_to_csv_reads_back_equal(
        base in territory(),
        seeds in vec((any::<usize>(), any::<usize>(), any::<usize>(), any::<usize>(), -3i64..40), 0..10),
    ) {
        let mut t = base;
        for (step, seed) in seeds.into_iter().enumerate() {
            if let Ok(next) = apply(&t, &operation(&t, step, seed)) {
                t = next;
            }
        }
        let back = read_territory(&write_territory(&t));
        prop_assert!(back.is_ok(), "{:?}", back.err().map(|e| e.to_string()));
        prop_assert_eq!(back.map(|l| l.territory).ok(), Some(t));
    }

    #[test]
    fn figures_are_finite_and_within_bounds(t in territory()) {
        let e = evaluate(&t);
        for (k, s) in e.services.iter().enumerate() {
            let team_demand: f64 = t.teams.iter().zip(&e.teams)
                .filter(|(team, _)| team.service.index() == k)
                .map(|(_, f)| f.demand)
                .sum();
            prop_assert!((team_demand - s.demand).abs() <= 1e-9 * s.demand.max(1.0));
            if !s.sites.is_empty() {
                prop_assert!((s.demand - s.resident_demand).abs() <= 1e-9 * s.demand.max(1.0));
            }
            prop_assert!(s.share_within.is_none_or(|x| (0.0..=1.0).contains(&x)));
            prop_assert!(s.access.iter().all(|a| a.is_finite() && *a >= 0.0));
            prop_assert!(s.mean_minutes.is_none_or(f64::is_finite));
            // The agents present in an ordinary month carry at least the load of all of them.
            if let (Some(load), Some(with_absence)) = (s.load, s.load_with_usual_absence) {
                prop_assert!(with_absence >= load, "{with_absence} < {load}");
            }
        }
        for (team, f) in t.teams.iter().zip(&e.teams) {
            let rate = t.service_usual_absence(team.service);
            prop_assert!(f.load_with_usual_absence.is_some() == (f.capacity > 0.0 && rate < 1.0));
        }
        prop_assert!(e.layers >= 1);
    }
}
