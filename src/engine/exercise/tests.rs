//! Unit tests of exercises: the score worked by hand, thresholds, generated texts, figures on a small territory.

use super::*;
use crate::engine::model::{
    Family, Manager, ManagerIx, Role, Service, ServiceIx, Site, SiteIx, Team, Zone,
};

/// A goal (not met at the start) of this weight, met or not.
fn goal(met: bool, weight: f64) -> ObjectiveResult {
    ObjectiveResult {
        text: Bilingual::default(),
        met,
        constraint: false,
        value: Some(0.0),
        comparator: Comparator::AtMost,
        threshold: 0.0,
        unit: Unit::Count,
        weight,
    }
}

/// A constraint (met at the start) of this weight, kept or broken.
fn constraint(kept: bool, weight: f64) -> ObjectiveResult {
    ObjectiveResult {
        constraint: true,
        ..goal(kept, weight)
    }
}

fn objective(comparator: Comparator, threshold: Threshold) -> Objective {
    Objective {
        figure: Figure::Layers,
        comparator,
        threshold,
        weight: 1.0,
        text: Bilingual::default(),
    }
}

/// Goals of weights 2, 1 and 1, the first and the third met: 100 × 3 / 4 = 75 points. 30 agents
/// moved at 0.2 and 10 new managers at 0.1 make 7 points, capped at 5: the score is 70. The
/// constraints kept change nothing.
#[test]
fn the_score_is_the_weighted_share_of_goals_met_minus_the_capped_penalty() {
    let penalty = Penalty {
        per_agent_moved: 0.2,
        per_agent_new_manager: 0.1,
        at_most: 5.0,
    };
    let impact = ChangeImpact {
        agents_moved: 30,
        agents_new_manager: 10,
        ..ChangeImpact::default()
    };
    assert_eq!(penalty.points(&impact), 5.0);
    let uncapped = Penalty {
        at_most: 100.0,
        ..penalty
    };
    assert!((uncapped.points(&impact) - 7.0).abs() < 1e-12);
    let assessment = score(
        vec![
            goal(true, 2.0),
            constraint(true, 4.0),
            goal(false, 1.0),
            goal(true, 1.0),
            constraint(true, 1.0),
        ],
        penalty.points(&impact),
    );
    assert_eq!(assessment.met, 4);
    assert_eq!(
        (assessment.goals, assessment.goals_met, assessment.broken),
        (3, 2, 0)
    );
    assert_eq!(assessment.points, 75.0);
    assert_eq!(assessment.penalty, 5.0);
    assert_eq!(assessment.score, 70);
    assert!(!assessment.all_met());
}

/// The start meets no goal and breaks no constraint: 0, however many constraints it keeps.
#[test]
fn an_exercise_starts_at_zero_points() {
    let start = score(
        vec![
            goal(false, 2.0),
            constraint(true, 1.0),
            constraint(true, 1.0),
        ],
        0.0,
    );
    assert_eq!((start.points, start.score), (0.0, 0));
    assert_eq!(start.met, 2, "the constraints are met");
}

/// Goals 2 and 1, constraints 1 and 1: the first goal met and a constraint broken give
/// 100 × (2 − 1) / 3 = 33 points; every goal met with the constraint still broken, 67; the
/// constraint kept again, 100, and the exercise is done.
#[test]
fn a_constraint_broken_takes_its_weight_off_and_stops_success() {
    let first = score(
        vec![
            goal(true, 2.0),
            goal(false, 1.0),
            constraint(false, 1.0),
            constraint(true, 1.0),
        ],
        0.0,
    );
    assert_eq!((first.score, first.broken), (33, 1));
    let goals_only = score(
        vec![
            goal(true, 2.0),
            goal(true, 1.0),
            constraint(false, 1.0),
            constraint(true, 1.0),
        ],
        0.0,
    );
    assert_eq!(goals_only.score, 67);
    assert!(!goals_only.all_met(), "a constraint broken is no success");
    let done = score(
        vec![
            goal(true, 2.0),
            goal(true, 1.0),
            constraint(true, 1.0),
            constraint(true, 1.0),
        ],
        0.0,
    );
    assert_eq!(done.score, 100);
    assert!(done.all_met());
    // Breaking more than is earned stays at 0, never below.
    let worse = score(vec![goal(false, 1.0), constraint(false, 3.0)], 0.0);
    assert_eq!((worse.points, worse.score), (-300.0, 0));
}

#[test]
fn the_score_rounds_to_the_nearest_point_and_never_goes_below_zero() {
    // Two of three equal goals: 66.67 points, 67 once rounded.
    let two_of_three = score(
        vec![goal(true, 1.0), goal(true, 1.0), goal(false, 1.0)],
        0.0,
    );
    assert_eq!(two_of_three.score, 67);
    // One of four goals met (25 points) with 30 points off: 0, not negative.
    let swamped = score(
        vec![
            goal(true, 1.0),
            goal(false, 1.0),
            goal(false, 1.0),
            goal(false, 1.0),
        ],
        30.0,
    );
    assert_eq!(swamped.score, 0);
    let all = score(vec![goal(true, 3.0)], 0.0);
    assert_eq!((all.score, all.all_met()), (100, true));
    // Nothing to reach: nothing to earn.
    let no_goal = score(vec![constraint(true, 1.0)], 0.0);
    assert_eq!(no_goal.score, 0);
}

#[test]
fn thresholds_are_inclusive_with_a_hair_of_tolerance() {
    let at_most = objective(Comparator::AtMost, Threshold::Value(1.0));
    assert!(at_most.is_met(Some(1.0), 1.0));
    assert!(at_most.is_met(Some(1.0 + 1e-12), 1.0));
    assert!(!at_most.is_met(Some(1.001), 1.0));
    assert!(!at_most.is_met(None, 1.0), "no value meets nothing");
    let at_least = objective(Comparator::AtLeast, Threshold::Value(0.95));
    assert!(at_least.is_met(Some(0.95), 0.95));
    assert!(!at_least.is_met(Some(0.9499), 0.95));
    let start = objective(Comparator::AtMost, Threshold::Start);
    assert_eq!(start.threshold_value(Some(381.0)), 381.0);
    assert_eq!(at_most.threshold_value(Some(381.0)), 1.0);
}

/// Two zones in two communes, two sites, two services, a director over two heads over leads.
///
/// D ← H1 (head) ← L1 (lead): T1 (k0, S0, 6 agents), T2 (k0, S1, 3 agents)
/// D ← H2 (head): T3 (k1, S1, 4 agents, led by H2 directly)
fn small() -> Territory {
    let zone = |id: &str, commune: &str, lat: f64| Zone {
        id: id.into(),
        name: id.into(),
        commune: commune.into(),
        lat,
        lon: 4.9,
        population: 1000.0,
    };
    let site = |id: &str, lat: f64, capacity| Site {
        id: id.into(),
        name: format!("Site {id}"),
        lat,
        lon: 4.9,
        capacity,
    };
    let service = |id: &str| Service {
        id: id.into(),
        name: format!("Service {id}"),
        family: Family::Social,
        demand_per_1000: 10.0,
        units_per_agent: 2.0,
        catchment_minutes: 20.0,
        usual_absence: None,
    };
    let post = |id: &str, role, boss: Option<u32>| Manager {
        id: id.into(),
        name: format!("Poste {id}"),
        role,
        reports_to: boss.map(ManagerIx),
    };
    let team = |id: &str, k, s, agents, m| Team {
        id: id.into(),
        name: format!("Équipe {id}"),
        service: ServiceIx(k),
        site: SiteIx(s),
        agents,
        manager: ManagerIx(m),
        crew: None,
    };
    Territory {
        zones: vec![zone("Z1", "Alpha", 45.70), zone("Z2", "Beta", 45.75)],
        sites: vec![site("S0", 45.70, 10), site("S1", 45.75, 5)],
        services: vec![service("k0"), service("k1")],
        managers: vec![
            post("D", Role::Director, None),
            post("H1", Role::Head, Some(0)),
            post("L1", Role::Lead, Some(1)),
            post("H2", Role::Head, Some(0)),
        ],
        teams: vec![
            team("T1", 0, 0, 6, 2),
            team("T2", 0, 1, 3, 2),
            team("T3", 1, 1, 4, 3),
        ],
        ..Territory::default()
    }
}

fn value(figure: Figure, territory: &Territory) -> Option<f64> {
    figure.value(territory, &evaluate(territory), &ChangeImpact::default())
}

#[test]
fn figures_read_the_engines_figures_on_a_small_territory() {
    let t = small();
    // S1 holds 7 agents for 5 places.
    assert_eq!(value(Figure::SitesOverCapacity, &t), Some(1.0));
    assert_eq!(value(Figure::CapacityTotal, &t), Some(15.0));
    assert_eq!(value(Figure::SitesInUse, &t), Some(2.0));
    assert_eq!(value(Figure::Headcount { service: None }, &t), Some(13.0));
    assert_eq!(
        value(
            Figure::Headcount {
                service: Some("k0".into())
            },
            &t
        ),
        Some(9.0)
    );
    assert_eq!(
        value(Figure::SiteAgents { site: "S1".into() }, &t),
        Some(7.0)
    );
    assert_eq!(
        value(Figure::SiteServices { site: "S1".into() }, &t),
        Some(2.0)
    );
    assert_eq!(
        value(
            Figure::SiteAgents {
                site: "gone".into()
            },
            &t
        ),
        Some(0.0)
    );
    // L1 leads 9 agents; H2 leads 4 agents; D has two heads; H1 one lead.
    assert_eq!(value(Figure::PostSpan { post: "L1".into() }, &t), Some(9.0));
    assert_eq!(value(Figure::MaxSpan { services: vec![] }, &t), Some(9.0));
    assert_eq!(
        value(
            Figure::MaxSpan {
                services: vec!["k1".into()]
            },
            &t
        ),
        Some(4.0),
        "only D and H2 have a team of k1 under them"
    );
    assert_eq!(
        value(Figure::PostsOutsideNorm { min: 5, max: 12 }, &t),
        Some(3.0)
    );
    assert_eq!(value(Figure::Layers, &t), Some(4.0));
    assert_eq!(value(Figure::Posts, &t), Some(4.0));
    assert_eq!(
        value(
            Figure::HeadsOver {
                services: vec!["k0".into(), "k1".into()]
            },
            &t
        ),
        Some(2.0)
    );
    // Each zone goes to the site in its commune: demand 10 a month each, capacity 2 per agent.
    let load = |team: &str| {
        let e = evaluate(&t);
        e.teams[t.team_ix(team).unwrap().index()].load.unwrap()
    };
    assert_eq!(
        value(Figure::TeamLoadMax { service: None }, &t),
        Some(load("T3"))
    );
    assert_eq!(
        value(
            Figure::OverloadedTeams {
                service: Some("k0".into())
            },
            &t
        ),
        Some(1.0),
        "T2 (3 agents, demand 10) is over 1, T1 (6 agents) under"
    );
    assert_eq!(
        value(
            Figure::MaxMinutes {
                service: "k1".into(),
                commune: Some("Beta".into())
            },
            &t
        ),
        Some(0.0)
    );
    assert_eq!(
        value(
            Figure::ShareWithin {
                service: "k0".into(),
                commune: None
            },
            &t
        ),
        Some(1.0)
    );
}

#[test]
fn a_team_merged_away_counts_as_a_site_of_its_own() {
    let t = small();
    let sites = |t: &Territory| {
        value(
            Figure::TeamSites {
                teams: vec!["T2".into(), "T3".into()],
            },
            t,
        )
    };
    assert_eq!(sites(&t), Some(1.0), "T2 and T3 both work at S1");
    let merged = crate::engine::operations::apply(
        &t,
        &Operation::MergeTeams {
            keep: "T1".into(),
            absorb: "T2".into(),
        },
    )
    .expect("merges");
    assert_eq!(sites(&merged), Some(2.0));
}

#[test]
fn objectives_read_as_sentences() {
    let t = small();
    let describe = |figure: Figure, comparator, threshold| {
        let objective = Objective {
            figure,
            comparator,
            threshold,
            weight: 1.0,
            text: Bilingual::default(),
        };
        let value = match threshold {
            Threshold::Value(v) => v,
            Threshold::Start => 4.0,
        };
        objective.describe(&t, value)
    };
    let furthest = describe(
        Figure::CommuneMeanMinutes {
            service: "k1".into(),
            commune: None,
        },
        Comparator::AtMost,
        Threshold::Value(20.0),
    );
    assert_eq!(
        furthest.fr,
        "Aucune commune à plus de 20\u{a0}min en moyenne du service Service k1"
    );
    assert_eq!(
        furthest.en,
        "No commune more than 20\u{a0}min away from Service k1 on average"
    );
    let closed = describe(
        Figure::SiteAgents { site: "S1".into() },
        Comparator::AtMost,
        Threshold::Value(0.0),
    );
    assert_eq!(closed.fr, "Plus aucun agent sur le site Site S1");
    let share = describe(
        Figure::ShareWithin {
            service: "k0".into(),
            commune: Some("Alpha".into()),
        },
        Comparator::AtLeast,
        Threshold::Value(0.95),
    );
    assert_eq!(
        share.fr,
        "Au moins 95\u{202F}% des habitants d'Alpha à 20\u{a0}min au plus du service Service k0"
    );
    assert_eq!(
        share.en,
        "At least 95% of residents of Alpha within 20\u{a0}min of Service k0"
    );
    let layers = describe(Figure::Layers, Comparator::AtMost, Threshold::Start);
    assert_eq!(
        layers.fr,
        "Pas de niveau hiérarchique de plus (4 aujourd'hui)"
    );
    assert_eq!(layers.en, "No extra management layer (4 today)");
    let hiring = describe(
        Figure::Headcount { service: None },
        Comparator::AtMost,
        Threshold::Start,
    );
    assert_eq!(hiring.fr, "Sans recruter (4 agents aujourd'hui)");
    assert_eq!(hiring.en, "No hiring (4 agents today)");
    let teams = describe(
        Figure::TeamLoadWithAbsenceMax {
            service: Some("k1".into()),
        },
        Comparator::AtMost,
        Threshold::Value(1.08),
    );
    assert_eq!(
        teams.fr,
        "Aucune équipe du service Service k1 au-dessus d'une charge de 1,08 avec l'absence habituelle"
    );
    assert_eq!(
        teams.en,
        "No team of Service k1 above a load of 1.08 with usual absence"
    );
    let mions = describe(
        Figure::CommuneMeanMinutes {
            service: "k0".into(),
            commune: Some("Beta".into()),
        },
        Comparator::AtMost,
        Threshold::Value(10.0),
    );
    assert_eq!(
        mions.fr,
        "Les habitants de Beta à 10\u{a0}min au plus en moyenne du service Service k0"
    );
    let one_report = describe(
        Figure::PostSpan { post: "L1".into() },
        Comparator::AtMost,
        Threshold::Value(1.0),
    );
    assert_eq!(
        one_report.fr,
        "Au plus 1 rattachement direct pour le poste Poste L1"
    );
    assert_eq!(one_report.en, "At most 1 direct report for Poste L1");
    // A rare combination reads as the figure and its bound.
    let rare = describe(
        Figure::TeamLoadMax { service: None },
        Comparator::AtLeast,
        Threshold::Value(0.5),
    );
    assert_eq!(
        rare.fr,
        "Charge de l'équipe la plus chargée\u{a0}: au moins 0,50"
    );
    assert_eq!(rare.en, "Load of the busiest team: at least 0.50");
    let spans = describe(
        Figure::MaxSpan { services: vec![] },
        Comparator::AtMost,
        Threshold::Value(12.0),
    );
    assert_eq!(
        spans.fr,
        "Aucun encadrant au-delà de 12 rattachements directs"
    );
    assert_eq!(spans.en, "No manager above 12 direct reports");
    let heads = describe(
        Figure::HeadsOver {
            services: vec!["k0".into(), "k1".into()],
        },
        Comparator::AtMost,
        Threshold::Value(1.0),
    );
    assert_eq!(
        heads.fr,
        "Service k0 et Service k1 sous un seul chef de service"
    );
}
