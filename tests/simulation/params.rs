//! Parameter checks: every out-of-range figure is refused with a message in French and English.

use maillage::engine::lang::Lang;
use maillage::engine::model::Territory;
use maillage::engine::simulation::{simulate, SimulationError, SimulationParams};

use crate::before;

fn refused(params: SimulationParams) -> SimulationError {
    let territory = before();
    match simulate(&territory, &territory, &params) {
        Err(error) => error,
        Ok(_) => panic!("{params:?} should be refused"),
    }
}

#[test]
fn defaults_are_those_of_model_md() {
    let params = SimulationParams::default();
    assert_eq!(params.months, 24);
    assert_eq!(params.runs, 500);
    // The absence rate is the territory's usual absence: 0.08 where it sets none, as MODEL.md.
    assert_eq!(params.usual_absence, None);
    assert_eq!(Territory::default().territory_usual_absence(), 0.08);
    assert_eq!(params.dip, 0.25);
    assert_eq!(params.recovery_months, 6.0);
    assert_eq!(params.change_month, 1);
    assert_eq!(params.validate(), Ok(()));
}

#[test]
fn out_of_range_figures_are_refused() {
    let base = SimulationParams::default();
    let cases = [
        (
            SimulationParams {
                months: 0,
                ..base.clone()
            },
            SimulationError::Months(0),
        ),
        (
            SimulationParams {
                months: 121,
                ..base.clone()
            },
            SimulationError::Months(121),
        ),
        (
            SimulationParams {
                runs: 0,
                ..base.clone()
            },
            SimulationError::Runs(0),
        ),
        (
            SimulationParams {
                runs: 10_001,
                ..base.clone()
            },
            SimulationError::Runs(10_001),
        ),
        (
            SimulationParams {
                usual_absence: Some(-0.1),
                ..base.clone()
            },
            SimulationError::UsualAbsence(-0.1),
        ),
        (
            SimulationParams {
                usual_absence: Some(1.5),
                ..base.clone()
            },
            SimulationError::UsualAbsence(1.5),
        ),
        (
            SimulationParams {
                dip: 1.01,
                ..base.clone()
            },
            SimulationError::Dip(1.01),
        ),
        (
            SimulationParams {
                dip: -0.5,
                ..base.clone()
            },
            SimulationError::Dip(-0.5),
        ),
        (
            SimulationParams {
                recovery_months: 0.0,
                ..base.clone()
            },
            SimulationError::Recovery(0.0),
        ),
        (
            SimulationParams {
                recovery_months: -2.0,
                ..base.clone()
            },
            SimulationError::Recovery(-2.0),
        ),
        (
            SimulationParams {
                change_month: 0,
                ..base.clone()
            },
            SimulationError::ChangeMonth {
                month: 0,
                months: 24,
            },
        ),
        (
            SimulationParams {
                change_month: 25,
                ..base.clone()
            },
            SimulationError::ChangeMonth {
                month: 25,
                months: 24,
            },
        ),
    ];
    for (params, expected) in cases {
        assert_eq!(refused(params), expected);
    }
}

#[test]
fn not_a_number_is_refused() {
    let base = SimulationParams::default();
    for params in [
        SimulationParams {
            usual_absence: Some(f64::NAN),
            ..base.clone()
        },
        SimulationParams {
            dip: f64::NAN,
            ..base.clone()
        },
        SimulationParams {
            recovery_months: f64::NAN,
            ..base.clone()
        },
        SimulationParams {
            recovery_months: f64::INFINITY,
            ..base.clone()
        },
    ] {
        assert!(params.validate().is_err(), "{params:?}");
    }
}

#[test]
fn extremes_of_the_ranges_are_accepted() {
    let base = SimulationParams::default();
    for params in [
        SimulationParams {
            usual_absence: Some(0.0),
            dip: 0.0,
            ..base.clone()
        },
        SimulationParams {
            usual_absence: Some(1.0),
            dip: 1.0,
            ..base.clone()
        },
        SimulationParams {
            recovery_months: 0.5,
            change_month: 24,
            ..base.clone()
        },
        SimulationParams {
            months: 1,
            runs: 1,
            ..base.clone()
        },
    ] {
        let territory = before();
        assert!(
            simulate(&territory, &territory, &params).is_ok(),
            "{params:?}"
        );
    }
}

#[test]
fn messages_name_the_figure_in_both_languages() {
    let error = SimulationError::ChangeMonth {
        month: 30,
        months: 24,
    };
    assert_eq!(
        error.message(Lang::Fr),
        "le mois du changement doit être entre 1 et 24 (et non 30)"
    );
    assert_eq!(
        error.message(Lang::En),
        "the change month must be between 1 and 24 (not 30)"
    );
    assert_eq!(error.to_string(), error.message(Lang::En));
    for error in [
        SimulationError::Months(0),
        SimulationError::Runs(0),
        SimulationError::UsualAbsence(2.0),
        SimulationError::Dip(2.0),
        SimulationError::Recovery(0.0),
        SimulationError::Demand {
            service: "child".into(),
            demand: f64::INFINITY,
        },
        SimulationError::TooLarge,
    ] {
        let (fr, en) = (error.message(Lang::Fr), error.message(Lang::En));
        assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{error:?}");
    }
}

#[test]
fn an_absurd_demand_is_refused_not_drawn() {
    let services = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes
child,Protection de l'enfance,social,1e12,10,30
roads,Voirie,urban,4,5,30
";
    let territory = crate::territory(
        crate::ZONES,
        crate::SITES,
        services,
        crate::MANAGERS,
        crate::TEAMS,
    );
    let error = refused_with(&territory);
    assert!(
        matches!(error, SimulationError::Demand { ref service, .. } if service == "child"),
        "{error:?}"
    );
}

#[test]
fn too_many_figures_are_refused() {
    let params = SimulationParams {
        runs: 10_000,
        months: 120,
        ..SimulationParams::default()
    };
    // 10,000 runs × 120 months × 22 services = 26.4 million backlog figures to keep: too many.
    let many: String = (0..20)
        .map(|i| format!("s{i},Service {i},social,1,1,30\n"))
        .collect();
    let services = format!("service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\n{many}child,Enfance,social,20,10,30\nroads,Voirie,urban,4,5,30\n");
    let wide = crate::territory(
        crate::ZONES,
        crate::SITES,
        &services,
        crate::MANAGERS,
        crate::TEAMS,
    );
    assert_eq!(
        simulate(&wide, &wide, &params),
        Err(SimulationError::TooLarge)
    );
}

fn refused_with(territory: &maillage::engine::model::Territory) -> SimulationError {
    match simulate(territory, territory, &SimulationParams::default()) {
        Err(error) => error,
        Ok(_) => panic!("should be refused"),
    }
}
