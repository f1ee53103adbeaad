//! Properties over random small territories: the answer has p distinct sites including the
//! locks; no choice of p sites beats the bound (every choice tried); stepping gives the same
//! answer as solving at once; applying keeps every agent and puts them where the check said.

use maillage::engine::model::{
    Family, Manager, ManagerIx, Role, Service, ServiceIx, Site, SiteIx, Team, Territory,
    TravelOverride, Zone, ZoneIx,
};
use maillage::engine::operations::apply;
use maillage::engine::scenario::Scenario;
use maillage::engine::suggest::{
    capacity_check, layout, suggest, Goal, Layout, Request, SearchOptions, Solver, SuggestError,
    Suggestion,
};
use maillage::engine::travel::TravelMatrix;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// A territory of 1 to 7 zones (whole or fractional residents, some empty), 1 to 6 sites close
/// together or not, two services, teams of the first on random sites, measured times for some
/// pairs; possibly a multi-trade team.
fn territory() -> impl Strategy<Value = Territory> {
    (1..8usize, 1..7usize, any::<bool>()).prop_flat_map(|(nz, ns, whole)| {
        let zones = vec((45.6..45.8f64, 4.8..5.0f64, 0..4000u32, 0.0..1.0f64), nz);
        let sites = vec((45.6..45.8f64, 4.8..5.0f64, 0..30u32), ns);
        let teams = vec((0..ns, 0..9u32, 0..2usize), 1..6);
        let overrides = vec((0..nz, 0..ns, 0..40u32), 0..6);
        let catchment = 2.0..25.0f64;
        (zones, sites, teams, overrides, catchment, any::<bool>()).prop_map(
            move |(zones, sites, teams, overrides, catchment, crew)| {
                build(whole, zones, sites, teams, overrides, catchment, crew)
            },
        )
    })
}

type ZoneDraw = (f64, f64, u32, f64);

fn build(
    whole: bool,
    zones: Vec<ZoneDraw>,
    sites: Vec<(f64, f64, u32)>,
    teams: Vec<(usize, u32, usize)>,
    overrides: Vec<(usize, usize, u32)>,
    catchment: f64,
    crew: bool,
) -> Territory {
    let zones: Vec<Zone> = zones
        .into_iter()
        .enumerate()
        .map(|(i, (lat, lon, population, fraction))| Zone {
            id: format!("Z{i}"),
            name: format!("Zone {i}"),
            commune: format!("C{}", i % 2),
            lat,
            lon,
            // A quarter of the zones empty; fractional residents in half of the territories.
            population: if population < 1000 {
                0.0
            } else if whole {
                f64::from(population)
            } else {
                f64::from(population) + fraction
            },
        })
        .collect();
    let sites: Vec<Site> = sites
        .into_iter()
        .enumerate()
        .map(|(i, (lat, lon, capacity))| Site {
            // Ids whose byte order differs from the file order.
            id: format!("S{}", (7 - i) % 7),
            name: format!("Site {i}"),
            lat,
            lon,
            capacity,
        })
        .collect();
    let services = (0..2)
        .map(|k| Service {
            id: format!("K{k}"),
            name: format!("Service {k}"),
            family: Family::Social,
            demand_per_1000: 10.0,
            units_per_agent: 5.0,
            catchment_minutes: catchment,
            usual_absence: None,
        })
        .collect();
    let managers = vec![Manager {
        id: "D".into(),
        name: "Direction".into(),
        role: Role::Director,
        reports_to: None,
    }];
    let mut teams: Vec<Team> = teams
        .into_iter()
        .enumerate()
        .map(|(i, (site, agents, service))| Team {
            id: format!("T{i}"),
            name: format!("Équipe {i}"),
            service: ServiceIx::from_index(service),
            site: SiteIx::from_index(site),
            agents,
            manager: ManagerIx(0),
            crew: None,
        })
        .collect();
    if crew && teams.len() >= 2 && teams[0].service != teams[1].service {
        teams[1].site = teams[0].site;
        teams[0].crew = Some("Pôle".into());
        teams[1].crew = Some("Pôle".into());
    }
    let mut seen = Vec::new();
    let travel_overrides = overrides
        .into_iter()
        .filter(|&(z, s, _)| {
            let new = !seen.contains(&(z, s));
            seen.push((z, s));
            new
        })
        .map(|(z, s, minutes)| TravelOverride {
            zone: ZoneIx::from_index(z),
            site: SiteIx::from_index(s),
            minutes: f64::from(minutes),
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
        usual_absence: None,
    }
}

/// A request for service K0 on `t`: p from 1 to the sites, locks among the sites, a goal, and
/// (every third lock mask) the capacity constraint.
fn request_for(t: &Territory, p_draw: usize, lock_mask: u8, coverage: bool) -> Request {
    let candidates = t.sites.len();
    let p = 1 + p_draw % candidates;
    let locked: Vec<String> = t
        .sites
        .iter()
        .enumerate()
        .filter(|(i, _)| lock_mask & (1 << i) != 0)
        .map(|(_, s)| s.id.clone())
        .take(p)
        .collect();
    Request {
        service: "K0".into(),
        sites: Some(p as i64),
        locked,
        goal: if coverage {
            Goal::Coverage
        } else {
            Goal::Distance
        },
        within_room: lock_mask.is_multiple_of(3),
    }
}

/// Every choice of p sites containing the locks.
fn every_choice(t: &Territory, request: &Request) -> Vec<Vec<SiteIx>> {
    let n = t.sites.len();
    let p = request.sites.unwrap_or(1) as usize;
    let locked: Vec<SiteIx> = request
        .locked
        .iter()
        .filter_map(|id| t.site_ix(id))
        .collect();
    (0u32..1 << n)
        .filter(|mask| mask.count_ones() as usize == p)
        .map(|mask| {
            (0..n)
                .filter(|i| mask & (1 << i) != 0)
                .map(SiteIx::from_index)
                .collect::<Vec<_>>()
        })
        .filter(|choice| locked.iter().all(|l| choice.contains(l)))
        .collect()
}

/// The bound holds against every choice, the suggestion is one of them, and a suggestion
/// said to be the best is (among the choices within room, when asked). With `all_tried`, a
/// suggestion within room is found whenever one exists.
fn check_against_every_choice(t: &Territory, request: &Request, s: &Suggestion, all_tried: bool) {
    let matrix = TravelMatrix::new(t);
    let k = ServiceIx(0);
    let p = request.sites.unwrap_or(1) as usize;
    // p distinct sites, the locks among them, in id order.
    let sites = s.sites();
    assert_eq!(sites.len(), p);
    let mut ids: Vec<&str> = sites.iter().map(|&x| t.site(x).id.as_str()).collect();
    let sorted = {
        let mut sorted = ids.clone();
        sorted.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        sorted
    };
    assert_eq!(ids, sorted);
    ids.dedup();
    assert_eq!(ids.len(), p);
    for lock in &request.locked {
        assert!(ids.contains(&lock.as_str()), "lock {lock} kept");
    }
    assert!((0.0..=1.0).contains(&s.gap), "gap {}", s.gap);
    let choices = every_choice(t, request);
    assert!(!choices.is_empty());
    let value = |l: &Layout| match request.goal {
        Goal::Distance => l.objective.unwrap_or(f64::INFINITY),
        Goal::Coverage => l.covered,
    };
    let own = value(&s.layout);
    let fits = |l: &Layout| {
        capacity_check(t, k, l)
            .iter()
            .all(|load| !load.over_capacity)
    };
    assert_eq!(s.within_room, request.within_room);
    let mut best = own;
    let mut any_fits = false;
    for choice in &choices {
        let other_layout = layout(t, &matrix, k, choice);
        let other = value(&other_layout);
        let counts = !request.within_room || fits(&other_layout);
        any_fits |= fits(&other_layout);
        if !counts {
            // Within room, the bound is on the choices within room.
            continue;
        }
        match request.goal {
            Goal::Distance => {
                assert!(s.bound <= other, "bound {} beaten by {other}", s.bound);
                best = best.min(other);
            }
            Goal::Coverage => {
                assert!(s.bound >= other, "bound {} beaten by {other}", s.bound);
                best = best.max(other);
            }
        }
    }
    match request.goal {
        Goal::Distance => assert!(s.bound <= own),
        Goal::Coverage => assert!(s.bound >= own),
    }
    if request.within_room && all_tried && any_fits {
        assert!(s.over_capacity().is_empty(), "a choice within room exists");
    }
    if s.proven_best {
        assert_eq!(own, best, "said to be the best");
        assert_eq!(s.bound, own);
        if request.within_room {
            assert!(s.over_capacity().is_empty());
        }
    }
}

proptest! {
    // Failures are kept beside this file (tests/suggest/properties.regressions).
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_choice_beats_the_bound(
        t in territory(),
        p_draw in 0..8usize,
        lock_mask in any::<u8>(),
        coverage in any::<bool>(),
    ) {
        let request = request_for(&t, p_draw, lock_mask, coverage);
        // Default: small territories are solved by trying every choice.
        let s = suggest(&t, &request).expect("valid request");
        check_against_every_choice(&t, &request, &s, true);
        prop_assert!(s.proven_best || !s.over_capacity().is_empty());
        // Without enumeration: greedy, swaps, and the Lagrangian bound.
        let heuristic = SearchOptions { enumerate_up_to: 0, ..SearchOptions::default() };
        let searched = Solver::with_options(&t, &request, &heuristic).expect("valid").finish();
        check_against_every_choice(&t, &request, &searched, false);
    }

    #[test]
    fn stepping_gives_the_answer_of_solving_at_once(
        t in territory(),
        p_draw in 0..8usize,
        lock_mask in any::<u8>(),
        coverage in any::<bool>(),
    ) {
        let request = request_for(&t, p_draw, lock_mask, coverage);
        let heuristic = SearchOptions { enumerate_up_to: 0, ..SearchOptions::default() };
        let mut solver = Solver::with_options(&t, &request, &heuristic).expect("valid");
        let mut last = solver.progress();
        while !solver.is_finished() {
            let progress = solver.step();
            prop_assert!(progress.done > last.done);
            prop_assert!(progress.done <= progress.total);
            last = progress;
        }
        let stepped = solver.finish();
        let at_once = Solver::with_options(&t, &request, &heuristic).expect("valid").finish();
        prop_assert_eq!(stepped, at_once);
    }

    #[test]
    fn applying_keeps_every_agent_and_follows_the_check(
        t in territory(),
        p_draw in 0..8usize,
        lock_mask in any::<u8>(),
        coverage in any::<bool>(),
    ) {
        let request = request_for(&t, p_draw, lock_mask, coverage);
        let s = suggest(&t, &request).expect("valid request");
        let k = ServiceIx(0);
        let agents: u64 = t.teams.iter().filter(|x| x.service == k).map(|x| u64::from(x.agents)).sum();
        let operation = s.operation(&t);
        if agents < s.sites().len() as u64 {
            prop_assert!(operation.is_err());
            return Ok(());
        }
        if let Err(SuggestError::CrewCannotMove { team }) = &operation {
            // Its only other trade-mates are of the other service: nothing can take its agent.
            let ix = t.team_ix(&team.id).expect("a team");
            prop_assert!(t.team(ix).crew.is_some());
            prop_assert!(!t.teams.iter().any(|x| x.service == k && x.crew.is_none()));
            return Ok(());
        }
        let operation = operation.expect("applicable");
        let mut scenario = Scenario::new(t.clone());
        scenario.apply(operation.clone()).expect("applies");
        let after = scenario.current().clone();
        prop_assert_eq!(after.total_agents(), t.total_agents());
        prop_assert_eq!(apply(&t, &operation).expect("applies"), after.clone());
        // Each chosen site holds the agents the check gave it; no other site holds any.
        for (i, site) in after.sites.iter().enumerate() {
            let here: u32 = after.teams.iter()
                .filter(|x| x.service == k && x.site.index() == i)
                .map(|x| x.agents)
                .sum();
            let expected = s.capacity.iter()
                .find(|l| t.site(l.site).id == site.id)
                .map_or(0, |l| l.agents_needed);
            prop_assert_eq!(here, expected, "site {}", site.id);
        }
        // The other service's agents stay on their sites.
        for (i, _) in t.sites.iter().enumerate() {
            let of_other = |x: &Territory| -> u32 {
                x.teams.iter()
                    .filter(|team| team.service != k && team.site.index() == i)
                    .map(|team| team.agents)
                    .sum()
            };
            prop_assert_eq!(of_other(&after), of_other(&t));
        }
        let impact = scenario.change_impact();
        prop_assert_eq!((impact.agents_new, impact.agents_gone), (0, 0));
        prop_assert_eq!(scenario.journal(maillage::engine::lang::Lang::Fr).len(), 1);
        scenario.undo();
        prop_assert_eq!(scenario.current(), &t);
    }
}
