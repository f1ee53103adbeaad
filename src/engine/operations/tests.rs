//! The operations' own checks: refusals, undo-free application, the journal's wording.

use super::*;
use crate::engine::lang::Lang;
use crate::engine::model::{
    Entity, Family, Service, ServiceIx, Territory, Zone, ZoneIx, MAX_DEMAND_FACTOR,
};

/// Two communes, one service, no team: enough for demand factors.
fn territory() -> Territory {
    let zone = |id: &str, commune: &str| Zone {
        id: id.into(),
        name: id.into(),
        commune: commune.into(),
        lat: 45.7,
        lon: 4.9,
        population: 1000.0,
    };
    Territory {
        zones: vec![zone("A1", "Alpha"), zone("B1", "Beta"), zone("A2", "Alpha")],
        services: vec![Service {
            id: "paph".into(),
            name: "Autonomie".into(),
            family: Family::Social,
            demand_per_1000: 4.0,
            units_per_agent: 25.0,
            catchment_minutes: 20.0,
            usual_absence: None,
        }],
        ..Territory::default()
    }
}

fn set(service: &str, commune: Option<&str>, factor: f64) -> Operation {
    Operation::SetDemandFactor {
        service: service.into(),
        commune: commune.map(str::to_string),
        factor,
    }
}

#[test]
fn a_demand_factor_multiplies_the_demand_of_its_commune_only() {
    let t = apply(&territory(), &set("paph", Some("Alpha"), 1.15)).expect("applies");
    let k = ServiceIx(0);
    assert!((t.zone_demand(ZoneIx(0), k) - 4.6).abs() < 1e-12);
    assert_eq!(t.zone_demand(ZoneIx(1), k), 4.0);
    assert!((t.zone_demand(ZoneIx(2), k) - 4.6).abs() < 1e-12);
    let figures = crate::engine::metrics::evaluate(&t);
    assert!((figures.services[0].resident_demand - 13.2).abs() < 1e-12);
    // Set, not compounded; back to 1 leaves the territory as it was.
    assert_eq!(apply(&t, &set("paph", Some("Alpha"), 1.15)), Ok(t.clone()));
    assert_eq!(apply(&t, &set("paph", Some("Alpha"), 1.0)), Ok(territory()));
}

#[test]
fn a_demand_factor_for_every_commune_sets_each_one() {
    let t = apply(&territory(), &set("paph", None, 0.5)).expect("applies");
    let communes: Vec<&str> = t
        .demand_factors
        .iter()
        .map(|f| f.commune.as_str())
        .collect();
    assert_eq!(communes, ["Alpha", "Beta"]);
    assert_eq!(apply(&t, &set("paph", None, 1.0)), Ok(territory()));
}

#[test]
fn bad_demand_factors_are_refused_with_their_reason() {
    let t = territory();
    for factor in [-0.1, f64::NAN, f64::INFINITY, MAX_DEMAND_FACTOR + 1.0] {
        assert!(matches!(
            apply(&t, &set("paph", Some("Alpha"), factor)),
            Err(OperationError::BadDemandFactor { .. })
        ));
    }
    let error = apply(&t, &set("paph", Some("Gamma"), 1.2)).expect_err("no such commune");
    assert_eq!(
        error.message(Lang::Fr),
        "aucune zone du territoire n'appartient à la commune « Gamma »"
    );
    assert!(matches!(
        apply(&t, &set("pmi", None, 1.2)),
        Err(OperationError::UnknownId {
            entity: Entity::Service,
            ..
        })
    ));
}

#[test]
fn the_journal_reads_a_demand_factor_as_a_change_in_percent() {
    let t = territory();
    assert_eq!(
        set("paph", Some("Alpha"), 1.15).describe(&t, Lang::Fr),
        "Demande Autonomie à Alpha : +15\u{202F}%"
    );
    assert_eq!(
        set("paph", None, 0.875).describe(&t, Lang::En),
        "Demand for Autonomie in every commune: −12.5%"
    );
    assert_eq!(
        set("paph", Some("Beta"), 1.0).describe(&t, Lang::Fr),
        "Demande Autonomie à Beta : demande normale"
    );
}
