//! Small territories whose best sites are worked out by hand (see the table in main.rs).

use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::{SiteIx, Territory};
use maillage::engine::suggest::{
    changes_by_commune, suggest, Goal, Request, SearchOptions, Solver, SuggestError, Suggestion,
};

use crate::{line, line_files, load};

fn ids(t: &Territory, sites: &[SiteIx]) -> Vec<String> {
    sites.iter().map(|&s| t.site(s).id.clone()).collect()
}

fn request(p: i64, locked: &[&str], goal: Goal) -> Request {
    Request {
        service: "K".into(),
        sites: Some(p),
        locked: locked.iter().map(|s| s.to_string()).collect(),
        goal,
        within_room: false,
    }
}

/// The suggestion, found once by the default solver and once with enumeration switched off, so
/// that the greedy start, the swaps and the Lagrangian bound answer too.
fn both_ways(t: &Territory, request: &Request) -> [Suggestion; 2] {
    let heuristic = SearchOptions {
        enumerate_up_to: 0,
        ..SearchOptions::default()
    };
    let searched = Solver::with_options(t, request, &heuristic)
        .expect("valid request")
        .finish();
    [suggest(t, request).expect("valid request"), searched]
}

#[test]
fn one_site_goes_where_the_residents_weigh_most() {
    // S1: 0 + 200×10 + 300×20 + 400×30 = 20,000; S2: 12,000; S3: 100×20 + 200×10 + 400×10 = 8,000;
    // S4: 10,000; S5: 60,000.
    let t = line();
    let s = suggest(&t, &request(1, &[], Goal::Distance)).expect("valid");
    assert_eq!(ids(&t, s.sites()), ["S3"]);
    assert_eq!(s.layout.objective, Some(8000.0));
    assert_eq!(s.layout.mean_minutes, Some(8.0));
    assert_eq!((s.bound, s.gap, s.proven_best), (8000.0, 0.0, true));
    // Within 10 minutes: S3 reaches Z2, Z3, Z4 (900 residents), S2 only Z1 to Z3 (600).
    let s = suggest(&t, &request(1, &[], Goal::Coverage)).expect("valid");
    assert_eq!(ids(&t, s.sites()), ["S3"]);
    assert_eq!((s.layout.covered, s.bound), (900.0, 900.0));
}

#[test]
fn two_sites_tie_and_either_best_is_given_the_same_way_each_time() {
    // {S2, S4}: 100×10 + 300×10 = 4,000; {S3, S4}: 100×20 + 200×10 = 4,000; every other pair
    // costs more ({S1, S4} and {S2, S3}: 5,000).
    let t = line();
    for s in both_ways(&t, &request(2, &[], Goal::Distance)) {
        let sites = ids(&t, s.sites());
        assert!(sites == ["S2", "S4"] || sites == ["S3", "S4"], "{sites:?}");
        assert_eq!(s.layout.objective, Some(4000.0));
        assert_eq!((s.bound, s.gap, s.proven_best), (4000.0, 0.0, true));
    }
    let again = suggest(&t, &request(2, &[], Goal::Distance)).expect("valid");
    assert_eq!(
        again,
        suggest(&t, &request(2, &[], Goal::Distance)).expect("valid")
    );
}

#[test]
fn coverage_breaks_its_ties_by_resident_minutes() {
    // Every resident within 10 minutes: {S1, S3}, {S1, S4}, {S2, S3}, {S2, S4} (1,000 covered);
    // of those {S2, S4} has the fewest resident-minutes (4,000). {S3, S4} also costs 4,000
    // but leaves Z1 20 minutes away.
    let t = line();
    for s in both_ways(&t, &request(2, &[], Goal::Coverage)) {
        assert_eq!(ids(&t, s.sites()), ["S2", "S4"]);
        assert_eq!(s.layout.covered, 1000.0);
        assert_eq!(s.layout.share_within, Some(1.0));
        assert_eq!(s.layout.objective, Some(4000.0));
        assert_eq!((s.bound, s.gap, s.proven_best), (1000.0, 0.0, true));
    }
}

#[test]
fn a_locked_site_far_from_everyone_is_kept_and_serves_nobody() {
    let t = line();
    // S5 is an hour away: with it locked, the one free site is the best single site, S3.
    let s = suggest(&t, &request(2, &["S5"], Goal::Distance)).expect("valid");
    assert_eq!(ids(&t, s.sites()), ["S3", "S5"]);
    assert_eq!(ids(&t, &s.locked), ["S5"]);
    assert_eq!((s.layout.objective, s.bound), (Some(8000.0), 8000.0));
    let s5 = s.capacity.iter().find(|l| t.site(l.site).id == "S5");
    assert_eq!(s5.map(|l| (l.residents, l.agents_needed)), Some((0.0, 1)));
    // Three sites with S5 locked: the two free ones are the best pair, 4,000.
    for s in both_ways(&t, &request(3, &["S5"], Goal::Distance)) {
        assert!(ids(&t, s.sites()).contains(&"S5".to_string()));
        assert_eq!(s.layout.objective, Some(4000.0));
        assert_eq!(s.bound, 4000.0);
    }
}

#[test]
fn as_many_sites_as_candidates_takes_them_all() {
    let t = line();
    for goal in [Goal::Distance, Goal::Coverage] {
        let s = suggest(&t, &request(5, &["S2"], goal)).expect("valid");
        assert_eq!(ids(&t, s.sites()), ["S1", "S2", "S3", "S4", "S5"]);
        assert_eq!(s.layout.objective, Some(0.0));
        assert_eq!(s.layout.covered, 1000.0);
        assert!(s.proven_best);
    }
}

#[test]
fn today_is_described_as_the_dashboard_does() {
    // K works from S1 and S5: Z1 0, Z2 10, Z3 20, Z4 30 minutes → 20,000 resident-minutes,
    // 20 minutes on average, Z1 and Z2 within 10 minutes (300 residents).
    let t = line();
    let s = suggest(&t, &request(2, &[], Goal::Coverage)).expect("valid");
    assert_eq!(ids(&t, &s.current.sites), ["S1", "S5"]);
    assert_eq!(s.current.objective, Some(20000.0));
    assert_eq!(s.current.covered, 300.0);
    assert_eq!(s.current.worst.map(|(_, m)| m), Some(30.0));
    let figures = &evaluate(&t).services[0];
    assert_eq!(s.current.mean_minutes, figures.mean_minutes);
    assert_eq!(s.current.share_within, figures.share_within);
    // From S1 and S5 to S2 and S4: Z1 loses (0 → 10), the others gain.
    let changes = changes_by_commune(&t, &s.current, &s.layout);
    let per_commune: Vec<(&str, f64, f64)> = changes
        .iter()
        .map(|c| (c.commune.as_str(), c.gain, c.lose))
        .collect();
    assert_eq!(per_commune, [("Alpha", 200.0, 100.0), ("Beta", 700.0, 0.0)]);
}

#[test]
fn the_capacity_check_names_a_site_without_room() {
    // {S2, S4}: S2 serves Z1, Z2 and Z3 (a tie at 10 minutes goes to the smaller id), 600
    // residents, demand 6; S4 serves Z4, demand 4. K's 10 agents go 6 and 4. S2 has room for
    // 8 − 3 (K2's team) = 5: one short.
    let t = line();
    let s = suggest(&t, &request(2, &[], Goal::Coverage)).expect("valid");
    let loads: Vec<(String, f64, f64, u32, i64, bool)> = s
        .capacity
        .iter()
        .map(|l| {
            (
                t.site(l.site).id.clone(),
                l.residents,
                l.demand,
                l.agents_needed,
                l.room,
                l.over_capacity,
            )
        })
        .collect();
    assert_eq!(
        loads,
        [
            ("S2".into(), 600.0, 6.0, 6, 5, true),
            ("S4".into(), 400.0, 4.0, 4, 20, false)
        ]
    );
    assert_eq!(ids(&t, &s.over_capacity()), ["S2"]);
}

#[test]
fn the_default_number_of_sites_is_today_s() {
    let t = line();
    let s = suggest(
        &t,
        &Request {
            service: "K".into(),
            ..Request::default()
        },
    )
    .expect("valid");
    assert_eq!(s.p, 2);
    assert_eq!(s.sites().len(), 2);
}

#[test]
fn refusals_say_what_is_wrong_in_both_languages() {
    let t = line();
    let refuse = |request: Request| suggest(&t, &request).expect_err("refused");
    let unknown = refuse(Request {
        service: "pmi".into(),
        ..Request::default()
    });
    assert_eq!(unknown, SuggestError::UnknownService { id: "pmi".into() });
    assert_eq!(unknown.message(Lang::Fr), "le service « pmi » n'existe pas");
    assert_eq!(unknown.message(Lang::En), "there is no service “pmi”");
    let site = refuse(request(2, &["S9"], Goal::Distance));
    assert_eq!(site.message(Lang::Fr), "le site « S9 » n'existe pas");
    for p in [0, 6, -1] {
        let error = refuse(request(p, &[], Goal::Distance));
        assert_eq!(
            error,
            SuggestError::SitesOutOfRange {
                asked: p,
                candidates: 5
            }
        );
    }
    assert_eq!(
        refuse(request(6, &[], Goal::Coverage)).message(Lang::En),
        "cannot choose 6 sites: the number must be from 1 to 5, the territory's number of sites"
    );
    // A site locked twice counts once.
    let locks = refuse(request(1, &["S1", "S2", "S1"], Goal::Distance));
    assert_eq!(
        locks,
        SuggestError::MoreLocksThanSites {
            locked: 2,
            sites: 1
        }
    );
    assert_eq!(
        locks.message(Lang::Fr),
        "2 sites sont imposés pour 1 sites à choisir : imposez-en au plus 1, ou choisissez plus de sites"
    );
    // K2's only team has no agent: there is no "as many as today".
    let mut files = line_files();
    files[4].1 =
        "team_id,name,service_id,site_id,agents,manager_id\nT1,a,K,S1,6,L\nT3,b,K2,S2,0,L\n";
    let empty = load(&files);
    let none_today = suggest(
        &empty,
        &Request {
            service: "K2".into(),
            ..Request::default()
        },
    )
    .expect_err("refused");
    assert_eq!(
        none_today.message(Lang::En),
        "service Voirie (K2) works from no site today: give the number of sites to choose"
    );
    let no_sites = maillage::engine::model::Territory {
        services: t.services.clone(),
        ..Territory::default()
    };
    assert_eq!(
        suggest(&no_sites, &request(1, &[], Goal::Distance)),
        Err(SuggestError::NoSites)
    );
}

#[test]
fn within_room_the_choice_avoids_a_site_without_room() {
    // Coverage, p = 2: {S2, S4} needs 6 agents at S2, which has room for 5. Within room, the
    // choices covering all 1,000 residents are {S1, S3} (6,000 resident-minutes), {S1, S4} and
    // {S2, S3} (5,000 each; S2 then serves Z1 and Z2, 3 agents).
    let t = line();
    let mut within = request(2, &[], Goal::Coverage);
    within.within_room = true;
    for s in both_ways(&t, &within) {
        let sites = ids(&t, s.sites());
        assert!(sites == ["S1", "S4"] || sites == ["S2", "S3"], "{sites:?}");
        assert_eq!(
            (s.layout.covered, s.layout.objective),
            (1000.0, Some(5000.0))
        );
        assert!(s.over_capacity().is_empty());
        assert!(s.within_room && s.proven_best);
    }
    // Distance, p = 2: of the two best pairs (4,000), {S2, S4} overfills S2; {S3, S4} fits.
    let mut within = request(2, &[], Goal::Distance);
    within.within_room = true;
    for s in both_ways(&t, &within) {
        assert_eq!(ids(&t, s.sites()), ["S3", "S4"]);
        assert_eq!((s.layout.objective, s.bound), (Some(4000.0), 4000.0));
        assert!(s.over_capacity().is_empty());
    }
}

#[test]
fn within_room_with_no_room_anywhere_the_least_overfilled_choice_is_named() {
    // Every site has room for 2 agents; K's 10 agents cannot fit on one site.
    let mut files = line_files();
    files[1].1 = "site_id,name,lat,lon,capacity
        S1,a,45.70,4.80,2
S2,b,45.70,4.81,2
S3,c,45.70,4.82,2
S4,d,45.70,4.83,2
S5,e,45.90,4.80,2
";
    files[4].1 = "team_id,name,service_id,site_id,agents,manager_id
T1,a,K,S1,6,L
T2,b,K,S5,4,L
";
    let t = load(&files);
    let mut within = request(1, &[], Goal::Distance);
    within.within_room = true;
    let s = suggest(&t, &within).expect("valid");
    assert_eq!(s.sites().len(), 1);
    assert_eq!(s.over_capacity().len(), 1);
    assert!(!s.proven_best);
    // The bound still holds for every choice: every zone at its own site, 0 resident-minutes.
    assert_eq!(s.bound, 0.0);
}
