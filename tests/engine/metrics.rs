//! The figures of MODEL.md on small territories, worked out by hand.

use expect_test::expect;
use maillage::engine::metrics::{evaluate, Evaluation};
use maillage::engine::model::{ServiceIx, SiteIx, TeamIx, Territory, Warning, ZoneIx};

use crate::{close, load, small};

fn service(e: &Evaluation, ix: u32) -> &maillage::engine::metrics::ServiceFigures {
    &e.services[ServiceIx(ix).index()]
}

#[test]
fn workload_follows_the_nearest_site_and_ties_go_to_the_smallest_site_id() {
    let e = evaluate(&small());
    // S_K1 = {S1, S2} (S3 hosts only K2's team, with 0 agents).
    // Nearest site for K1: Z1 → S1 (5 < 20); Z2 → S1 (10 = 10, tie, "S1" < "S2");
    // Z3 → S2 (12 < 25); Z4 → S1 (50 = 50, tie).
    let k1 = service(&e, 0);
    assert_eq!(k1.sites, vec![SiteIx(0), SiteIx(1)]);
    let nearest: Vec<_> = k1.nearest_site.iter().map(|s| s.map(|s| s.0)).collect();
    assert_eq!(nearest, vec![Some(0), Some(0), Some(1), Some(0)]);
    // D(z, K1) = population × 12 / 1000: Z1 12, Z2 24, Z3 36, Z4 0.
    // S1 gets 12 + 24 + 0 = 36, all for T1 (its only K1 team).
    // S2 gets 36, shared by agents: T2 1/4 → 9, T3 3/4 → 27.
    let demand: Vec<f64> = e.teams.iter().map(|t| t.demand).collect();
    for (actual, expected) in demand.iter().zip([36.0, 9.0, 27.0, 0.0]) {
        close(*actual, expected);
    }
    // capacity = agents × 4: T1 12, T2 4, T3 12; T4 has 0 agents × 10 = 0.
    let capacity: Vec<f64> = e.teams.iter().map(|t| t.capacity).collect();
    assert_eq!(capacity, vec![12.0, 4.0, 12.0, 0.0]);
    // load: T1 36/12 = 3, T2 9/4 = 2.25, T3 27/12 = 2.25, T4 null (capacity 0).
    assert_eq!(e.teams[0].load, Some(3.0));
    assert_eq!(e.teams[1].load, Some(2.25));
    assert_eq!(e.teams[2].load, Some(2.25));
    assert_eq!(e.teams[3].load, None);
    // Service K1: demand 36 + 9 + 27 = 72, capacity 12 + 4 + 12 = 28, load 72/28.
    close(k1.demand, 72.0);
    close(k1.capacity, 28.0);
    close(k1.load.unwrap_or(f64::NAN), 72.0 / 28.0);
    // Overloaded: T1 (3) first, then T2 and T3 (2.25 each) in team order.
    assert_eq!(e.overloaded_teams, vec![TeamIx(0), TeamIx(1), TeamIx(2)]);
}

#[test]
fn proximity_is_population_weighted_and_the_catchment_is_inclusive() {
    let e = evaluate(&small());
    let k1 = service(&e, 0);
    // t(z) = 5, 10, 12, 50; P = 1000, 2000, 3000, 0.
    // mean = (1000×5 + 2000×10 + 3000×12 + 0×50) / 6000 = 61000 / 6000.
    close(k1.mean_minutes.unwrap_or(f64::NAN), 61000.0 / 6000.0);
    // Within 10 minutes (≤): Z1 and Z2, 3000 of 6000 residents.
    assert_eq!(k1.share_within, Some(0.5));
    // Worst zone with residents: Z3 at 12 (Z4 at 50 has nobody).
    assert_eq!(k1.max_minutes, Some(12.0));
}

#[test]
fn access_is_the_two_step_floating_catchment_area() {
    let e = evaluate(&small());
    let access = &service(&e, 0).access;
    // d0 = 10. S1 reaches Z1 (5) and Z2 (10): 3000 residents, R(S1) = 3 / 3000.
    // S2 reaches Z2 (10) only: 2000 residents, R(S2) = 4 / 2000.
    // Z1: S1 only → 1000 × 0.001 = 1. Z2: both → 1000 × (0.001 + 0.002) = 3.
    // Z3 (25, 12) and Z4 (50, 50) reach neither: 0.
    close(access[0], 1.0);
    close(access[1], 3.0);
    assert_eq!(access[2], 0.0);
    assert_eq!(access[3], 0.0);
}

#[test]
fn a_service_without_agents_has_null_proximity_and_zero_access() {
    let e = evaluate(&small());
    let k2 = service(&e, 1);
    assert!(k2.sites.is_empty());
    assert_eq!((k2.demand, k2.capacity, k2.load), (0.0, 0.0, None));
    assert_eq!(
        (k2.mean_minutes, k2.share_within, k2.max_minutes),
        (None, None, None)
    );
    assert_eq!(k2.access, vec![0.0; 4]);
    // Residents still ask: 6000 × 5 / 1000 = 30 units a month go unserved.
    close(k2.resident_demand, 30.0);
}

#[test]
fn proximity_per_commune_shows_which_commune_loses() {
    let e = evaluate(&small());
    let communes = &service(&e, 0).communes;
    assert_eq!(communes.len(), 2);
    // Alpha = Z1 + Z2: (1000×5 + 2000×10) / 3000 = 25000/3000; all within 10; worst Z2 at 10.
    let alpha = &communes[0];
    assert_eq!(alpha.commune, "Alpha");
    assert_eq!(alpha.population, 3000.0);
    close(alpha.mean_minutes.unwrap_or(f64::NAN), 25000.0 / 3000.0);
    assert_eq!(alpha.share_within, Some(1.0));
    assert_eq!(alpha.worst_zone, Some((ZoneIx(1), 10.0)));
    // Beta = Z3 + Z4: (3000×12 + 0×50) / 3000 = 12; none within 10; worst Z3 (Z4 is empty).
    let beta = &communes[1];
    assert_eq!(beta.mean_minutes, Some(12.0));
    assert_eq!(beta.share_within, Some(0.0));
    assert_eq!(beta.worst_zone, Some((ZoneIx(2), 12.0)));
}

#[test]
fn management_load_counts_posts_and_agents() {
    let e = evaluate(&small());
    let spans: Vec<u64> = e.managers.iter().map(|m| m.span).collect();
    // D: H. H: L1, L2, L3. L1: T1 3 + T2 1. L2: T3 3 + T4 0. L3: nothing.
    assert_eq!(spans, vec![1, 3, 4, 3, 0]);
    // Sites below: L1 {S1, S2}, L2 {S2, S3}, H and D {S1, S2, S3}, L3 none.
    let sites: Vec<u32> = e.managers.iter().map(|m| m.sites).collect();
    assert_eq!(sites, vec![3, 3, 2, 2, 0]);
    // Services below: L1 {K1}, L2 {K1, K2}.
    let services: Vec<u32> = e.managers.iter().map(|m| m.services).collect();
    assert_eq!(services, vec![2, 2, 1, 2, 0]);
    // Levels: D 1, H 2, leads 3, agents 4.
    assert_eq!(e.layers, 4);
    assert_eq!(e.max_span, 4);
    // Mean over spans above 0: (1 + 3 + 4 + 3) / 4; L3's 0 is left out.
    assert_eq!(e.mean_span, Some(2.75));
}

#[test]
fn a_site_over_capacity_is_a_warning() {
    let e = evaluate(&small());
    assert_eq!(
        e.warnings,
        vec![Warning::SiteOverCapacity {
            site: "S2".into(),
            name: "Agence de Saint-Priest".into(),
            agents: 4,
            capacity: 3,
        }]
    );
}

#[test]
fn travel_time_is_haversine_times_1_3_at_25_kmh_unless_measured() {
    let t = load(&[
        (
            "zones.csv",
            "zone_id,name,commune,lat,lon,population\nZ1,a,c,45.0,5.0,100\nZ2,b,c,45.0,5.0,100\n",
        ),
        ("sites.csv", "site_id,name,lat,lon,capacity\nS1,s,45.1,5.0,10\n"),
        (
            "services.csv",
            "service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\nK,k,urban,1,1,30\n",
        ),
        ("managers.csv", "manager_id,name,role,reports_to\nD,d,director,\n"),
        ("teams.csv", "team_id,name,service_id,site_id,agents,manager_id\nT,t,K,S1,1,D\n"),
        ("travel_times.csv", "zone_id,site_id,minutes\nZ2,S1,7.5\n"),
    ]);
    let e = evaluate(&t);
    let minutes = &e.services[0].minutes;
    // 0.1° of latitude: 6371.0088 × 0.1 × π / 180 = 11.11950… km;
    // 60 × 1.3 × 11.11950 / 25 = 34.6928… minutes.
    let km = 6371.0088 * 0.1_f64.to_radians();
    close(minutes[0].unwrap_or(f64::NAN), 60.0 * 1.3 * km / 25.0);
    assert!((minutes[0].unwrap_or(0.0) - 34.6929).abs() < 1e-3);
    // Z2 sits at the same place but its time is measured: 7.5.
    assert_eq!(minutes[1], Some(7.5));
    // Z1 is beyond 30 minutes, Z2 within: half the residents.
    assert_eq!(e.services[0].share_within, Some(0.5));
}

#[test]
fn an_empty_territory_has_no_figures_and_does_not_fail() {
    let e = evaluate(&Territory::default());
    assert_eq!((e.layers, e.max_span, e.mean_span), (0, 0, None));
    assert!(e.services.is_empty() && e.teams.is_empty());
}

#[test]
fn model_json_has_the_keys_of_model_md() {
    let json = evaluate(&small()).to_model_json();
    assert_eq!(json["services"]["K1"]["demand"], 72.0);
    assert_eq!(json["services"]["K1"]["share_within"], 0.5);
    assert_eq!(json["services"]["K1"]["access"]["Z3"], 0.0);
    assert!(json["services"]["K2"]["load"].is_null());
    assert!(json["services"]["K2"]["mean_minutes"].is_null());
    assert_eq!(json["teams"]["T1"]["load"], 3.0);
    assert!(json["teams"]["T4"]["load"].is_null());
    assert_eq!(json["managers"]["L1"]["span"], 4);
    assert_eq!(json["managers"]["D"]["sites"], 3);
    assert_eq!(json["managers"]["L2"]["services"], 2);
    assert_eq!(json["layers"], 4);
    assert_eq!(json["max_span"], 4);
    assert_eq!(json["mean_span"], 2.75);
}

/// A table of the figures, for a reviewer to read in the snapshot below.
fn table(t: &Territory, e: &Evaluation) -> String {
    let opt = |x: Option<f64>| x.map_or("—".to_string(), |x| format!("{x:.4}"));
    let mut out = String::from("service  demand  capacity  load    mean_min  within  max_min\n");
    for s in &e.services {
        out += &format!(
            "{:<8} {:<7.2} {:<9.2} {:<7} {:<9} {:<7} {}\n",
            s.id,
            s.demand,
            s.capacity,
            opt(s.load),
            opt(s.mean_minutes),
            opt(s.share_within),
            opt(s.max_minutes)
        );
    }
    out += "team  demand  capacity  load\n";
    for f in &e.teams {
        out += &format!(
            "{:<5} {:<7.2} {:<9.2} {}\n",
            f.id,
            f.demand,
            f.capacity,
            opt(f.load)
        );
    }
    out += "post  span  sites  services  level\n";
    for (m, f) in t.managers.iter().zip(&e.managers) {
        out += &format!(
            "{:<5} {:<5} {:<6} {:<9} {}\n",
            m.id, f.span, f.sites, f.services, f.level
        );
    }
    out += &format!(
        "layers {}  max_span {}  mean_span {}\n",
        e.layers,
        e.max_span,
        opt(e.mean_span)
    );
    out
}

/// The same figures as the hand-worked tests above (72/28 = 2.5714, 61000/6000 = 10.1667…),
/// in one table a reviewer can read at a glance.
#[test]
fn figures_of_the_small_territory() {
    let t = small();
    expect![[r#"
        service  demand  capacity  load    mean_min  within  max_min
        K1       72.00   28.00     2.5714  10.1667   0.5000  12.0000
        K2       0.00    0.00      —       —         —       —
        team  demand  capacity  load
        T1    36.00   12.00     3.0000
        T2    9.00    4.00      2.2500
        T3    27.00   12.00     2.2500
        T4    0.00    0.00      —
        post  span  sites  services  level
        D     1     3      2         1
        H     3     3      2         2
        L1    4     2      1         3
        L2    3     2      2         3
        L3    0     0      0         3
        layers 4  max_span 4  mean_span 2.7500
    "#]]
    .assert_eq(&table(&t, &evaluate(&t)));
}
