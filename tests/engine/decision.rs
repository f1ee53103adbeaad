//! The decision strip and the changed figures (issue 15), on the small territory whose figures
//! are worked out by hand: the strip of a scenario against its start, the changes in order, the
//! service most affected, and the sites a change crowds.

use maillage::engine::catalogue::{Measure, SpanNorm, Trend};
use maillage::engine::change::ChangeImpact;
use maillage::engine::comparison::Column;
use maillage::engine::decision::{changes, most_affected_service, strip, Subject};
use maillage::engine::lang::Lang;
use maillage::engine::metrics::{evaluate, Evaluation};
use maillage::engine::model::{ServiceIx, Territory, Warning};
use maillage::engine::operations::Operation;
use maillage::engine::scenario::Scenario;
use maillage::engine::siting::crowded_by_change;

use crate::small;

/// The small territory after `operations`, with its figures and change impact.
fn scenario(
    operations: &[Operation],
) -> (Territory, Evaluation, Territory, Evaluation, ChangeImpact) {
    let base = small();
    let mut scenario = Scenario::new(base.clone());
    for operation in operations {
        scenario.apply(operation.clone()).expect("accepted");
    }
    let after = scenario.current().clone();
    let (before_figures, after_figures) = (evaluate(&base), evaluate(&after));
    (
        base,
        before_figures,
        after,
        after_figures,
        scenario.change_impact(),
    )
}

fn move_t2_to_s1() -> Operation {
    Operation::MoveTeam {
        team: "T2".into(),
        to_site: "S1".into(),
    }
}

#[test]
fn the_strip_of_the_start_has_the_figures_worked_out_by_hand() {
    let (base, figures, ..) = scenario(&[]);
    let none = ChangeImpact::default();
    let start = Column {
        territory: &base,
        figures: &figures,
        impact: &none,
    };
    let keys = strip(&start, &start, SpanNorm::default(), Lang::Fr);
    let value = |measure: Measure| {
        keys.iter()
            .find(|k| k.measure == measure)
            .unwrap()
            .figure
            .now
    };
    // T1 (load 36/12 = 3), T2 and T3 (36 shared at S2: 2.25 each) are all above 1; T4 has no agent.
    assert_eq!(value(Measure::OverloadedTeams), Some(3.0));
    // K1's furthest inhabited zone is Z3, 12 minutes from S2; K2 has no site at all.
    assert_eq!(value(Measure::LongestTrip), Some(12.0));
    // K1: Z3's 3,000 residents are beyond its 10 minutes; K2: all 6,000, it has no site.
    assert_eq!(value(Measure::ResidentsBeyondReach), Some(9000.0));
    // S2 hosts 4 agents for 3 places.
    assert_eq!(value(Measure::SitesOverCapacity), Some(1.0));
    assert_eq!(value(Measure::AgentsChanging), Some(0.0));
    // Spans 1, 3, 4, 3 and 0: every post is below the norm's 5.
    assert_eq!(value(Measure::PostsOutsideNorm), Some(5.0));
    let trip = keys
        .iter()
        .find(|k| k.measure == Measure::LongestTrip)
        .unwrap();
    assert_eq!(trip.detail, "Collecte");
    assert_eq!(trip.service, Some(ServiceIx(0)));
    assert!(keys
        .iter()
        .all(|k| k.figure.change(Lang::Fr).trend == Trend::Same));
}

#[test]
fn a_move_that_frees_a_crowded_site_reads_better_and_its_team_loads_come_first_among_teams() {
    let (base, before, after, figures, impact) = scenario(&[move_t2_to_s1()]);
    let none = ChangeImpact::default();
    let start = Column {
        territory: &base,
        figures: &before,
        impact: &none,
    };
    let now = Column {
        territory: &after,
        figures: &figures,
        impact: &impact,
    };
    let keys = strip(&start, &now, SpanNorm::default(), Lang::En);
    let key = |measure: Measure| keys.iter().find(|k| k.measure == measure).unwrap();
    // S2 now hosts T3's 3 agents for 3 places.
    let sites = key(Measure::SitesOverCapacity);
    assert_eq!(
        (sites.figure.now, sites.figure.base),
        (Some(0.0), Some(1.0))
    );
    assert_eq!(sites.figure.change(Lang::En).text(), "−1 ▼ (better)");
    assert_eq!(sites.detail, "none");
    let agents = key(Measure::AgentsChanging);
    assert_eq!(agents.figure.now, Some(1.0));
    assert_eq!(agents.detail, "1 moving site, 0 new manager");
    assert_eq!(
        key(Measure::OverloadedTeams).figure.change(Lang::En).trend,
        Trend::Same
    );

    let changed = changes(&start, &now, SpanNorm::default());
    assert_eq!(
        changed[0].measure,
        Measure::SitesOverCapacity,
        "1 → 0 is the largest change"
    );
    // T1 now shares S1's 36 units with T2 (27 for 12: 2.25), T3 alone takes S2's 36 (3).
    let teams: Vec<&str> = changed
        .iter()
        .filter_map(|c| match c.subject {
            Subject::Team(t) => Some(after.team(t).id.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(teams, ["T1", "T3"], "T2's load is 2.25 before and after");
    assert!(changed.iter().all(|c| c.figure.changed()));
    assert!(changed
        .windows(2)
        .all(|w| w[0].figure.size() >= w[1].figure.size()));
    assert_eq!(most_affected_service(&changed, &now), Some(ServiceIx(0)));
    // The start against itself: nothing changed, no service affected.
    assert!(changes(&start, &start, SpanNorm::default()).is_empty());
}

#[test]
fn a_change_that_crowds_a_site_is_named_with_its_agents_and_places() {
    let (base, _, after, ..) = scenario(&[Operation::MoveTeam {
        team: "T1".into(),
        to_site: "S2".into(),
    }]);
    let crowded = crowded_by_change(&base, &after);
    assert_eq!(
        crowded,
        [Warning::SiteOverCapacity {
            site: "S2".into(),
            name: "Agence de Saint-Priest".into(),
            agents: 7,
            capacity: 3,
        }]
    );
    // Moving T2 out leaves S2 less crowded: nothing to warn about.
    let (base, _, after, ..) = scenario(&[move_t2_to_s1()]);
    assert!(crowded_by_change(&base, &after).is_empty());
}
