//! Comparing scenarios: every figure of the dashboard for the base and for each scenario, row by
//! row, and which column is best in each row.

use super::catalogue::SpanNorm;
pub use super::catalogue::{Direction, Measure};
use super::change::ChangeImpact;
use super::decision;
use super::metrics::{Evaluation, ServiceFigures};
use super::model::{ServiceIx, Territory};

/// One version of the territory to compare: the base, or a scenario.
#[derive(Clone, Copy, Debug)]
pub struct Column<'a> {
    /// The territory.
    pub territory: &'a Territory,
    /// Its figures.
    pub figures: &'a Evaluation,
    /// Its change impact since the base (all zero for the base).
    pub impact: &'a ChangeImpact,
}

/// One figure across the columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Which figure.
    pub measure: Measure,
    /// The service, for a per-service figure.
    pub service: Option<ServiceIx>,
    /// One value per column, `None` where the figure has no meaning.
    pub values: Vec<Option<f64>>,
}

impl Row {
    /// For each column, whether it holds the best value of the row.
    ///
    /// Values are compared after `shown`, the rounding the reader sees, so that two values
    /// written alike are never told apart. Nothing is best in a row without a direction, with
    /// fewer than two values, or where every value is the same.
    pub fn best(&self, shown: impl Fn(f64) -> f64) -> Vec<bool> {
        let shown: Vec<Option<f64>> = self.values.iter().map(|v| v.map(&shown)).collect();
        let known: Vec<f64> = shown.iter().flatten().copied().collect();
        let target = match self.measure.direction() {
            Direction::Lower => known.iter().copied().reduce(f64::min),
            Direction::Higher => known.iter().copied().reduce(f64::max),
            Direction::Neither => None,
        };
        let all_same = known.windows(2).all(|w| w[0] == w[1]);
        match target {
            Some(target) if known.len() >= 2 && !all_same => {
                shown.iter().map(|v| *v == Some(target)).collect()
            }
            _ => vec![false; self.values.len()],
        }
    }
}

/// Every dashboard figure across the columns, by the dashboard's sections: workload, proximity,
/// management load, change impact. `norm` is the span norm `(min, max)` of the org chart.
pub fn compare(columns: &[Column<'_>], norm: (u64, u64)) -> Vec<Row> {
    let services = columns
        .iter()
        .map(|c| c.territory.services.len().min(c.figures.services.len()))
        .min()
        .unwrap_or(0);
    let row =
        |measure: Measure, service: Option<usize>, value: &dyn Fn(&Column) -> Option<f64>| Row {
            measure,
            service: service.map(ServiceIx::from_index),
            values: columns.iter().map(value).collect(),
        };
    let mut rows = Vec::new();
    let span_norm = SpanNorm {
        min: norm.0,
        max: norm.1,
    };
    // The decision strip's figures that are not a dashboard row of their own.
    let key = |measure: Measure| row(measure, None, &|c| decision::value(c, measure, span_norm));
    // The load first: it is what a workshop looks at; demand, which operations rarely change, last.
    let per_service = |rows: &mut Vec<Row>, measure, pick: fn(&ServiceFigures) -> Option<f64>| {
        for k in 0..services {
            rows.push(row(measure, Some(k), &|c| pick(&c.figures.services[k])));
        }
    };
    per_service(&mut rows, Measure::Load, |s| s.load);
    per_service(&mut rows, Measure::LoadWithAbsence, |s| {
        s.load_with_usual_absence
    });
    rows.push(row(Measure::OverloadedTeams, None, &|c| {
        Some(c.figures.overloaded_teams.len() as f64)
    }));
    rows.push(key(Measure::SitesOverCapacity));
    per_service(&mut rows, Measure::Capacity, |s| Some(s.capacity));
    per_service(&mut rows, Measure::Demand, |s| Some(s.demand));
    for measure in [
        Measure::MeanMinutes,
        Measure::ShareWithin,
        Measure::MaxMinutes,
        Measure::LowestAccess,
    ] {
        for k in 0..services {
            rows.push(row(measure, Some(k), &|c| {
                let s = &c.figures.services[k];
                match measure {
                    Measure::MeanMinutes => s.mean_minutes,
                    Measure::ShareWithin => s.share_within,
                    Measure::MaxMinutes => s.max_minutes,
                    _ => s.lowest_access(c.territory).map(|(_, a)| a),
                }
            }));
        }
    }
    rows.push(key(Measure::LongestTrip));
    rows.push(key(Measure::ResidentsBeyondReach));
    rows.push(row(Measure::MaxSpan, None, &|c| {
        Some(c.figures.max_span as f64)
    }));
    rows.push(row(Measure::MeanSpan, None, &|c| c.figures.mean_span));
    rows.push(row(Measure::Layers, None, &|c| {
        Some(f64::from(c.figures.layers))
    }));
    rows.push(row(Measure::PostsOutsideNorm, None, &|c| {
        Some(c.figures.posts_outside_norm(norm.0, norm.1) as f64)
    }));
    rows.push(row(Measure::Agents, None, &|c| {
        Some(c.territory.total_agents() as f64)
    }));
    rows.push(row(Measure::AgentsMoved, None, &|c| {
        Some(c.impact.agents_moved as f64)
    }));
    rows.push(row(Measure::AgentsNewManager, None, &|c| {
        Some(c.impact.agents_new_manager as f64)
    }));
    rows.push(key(Measure::AgentsChanging));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::embedded;
    use crate::engine::io::read_territory;
    use crate::engine::metrics::evaluate;
    use crate::engine::operations::Operation;
    use crate::engine::scenario::Scenario;

    fn row(measure: Measure, values: &[Option<f64>]) -> Row {
        Row {
            measure,
            service: None,
            values: values.to_vec(),
        }
    }

    #[test]
    fn the_best_value_follows_the_direction_and_ties_share_it() {
        let same = |v: f64| v;
        let minutes = row(
            Measure::MeanMinutes,
            &[Some(9.0), Some(7.5), Some(7.5), None],
        );
        assert_eq!(minutes.best(same), [false, true, true, false]);
        let within = row(Measure::ShareWithin, &[Some(0.9), Some(0.95), Some(0.8)]);
        assert_eq!(within.best(same), [false, true, false]);
        let demand = row(Measure::Demand, &[Some(1.0), Some(2.0)]);
        assert_eq!(demand.best(same), [false, false], "no direction, no best");
        let flat = row(Measure::Layers, &[Some(4.0), Some(4.0)]);
        assert_eq!(flat.best(same), [false, false], "all equal, no best");
        let alone = row(Measure::Layers, &[Some(4.0), None]);
        assert_eq!(alone.best(same), [false, false]);
        // 97.04 % and 97.01 % are both written 97.0 %: neither is best.
        let close = row(Measure::ShareWithin, &[Some(0.9704), Some(0.9701)]);
        assert_eq!(close.best(|v| (v * 1000.0).round()), [false, false]);
    }

    #[test]
    fn every_dashboard_figure_has_a_row_and_the_base_column_has_no_impact() {
        let files = embedded::portes_des_alpes().files;
        let base = read_territory(&files).unwrap().territory;
        let mut scenario = Scenario::new(base.clone());
        let team = &base.teams[0];
        let other = base
            .sites
            .iter()
            .find(|s| s.id != base.site(team.site).id)
            .unwrap();
        scenario
            .apply(Operation::MoveTeam {
                team: team.id.clone(),
                to_site: other.id.clone(),
            })
            .unwrap();
        let (base_figures, figures) = (evaluate(&base), evaluate(scenario.current()));
        let none = ChangeImpact::default();
        let impact = scenario.change_impact();
        let columns = [
            Column {
                territory: &base,
                figures: &base_figures,
                impact: &none,
            },
            Column {
                territory: scenario.current(),
                figures: &figures,
                impact: &impact,
            },
        ];
        let rows = compare(&columns, (5, 12));
        let services = base.services.len();
        assert_eq!(rows.len(), 8 * services + 12);
        let with_absence = rows
            .iter()
            .find(|r| r.measure == Measure::LoadWithAbsence)
            .unwrap();
        assert_eq!(
            with_absence.values[0],
            base_figures.services[0].load_with_usual_absence
        );
        let moved = rows
            .iter()
            .find(|r| r.measure == Measure::AgentsMoved)
            .unwrap();
        assert_eq!(
            moved.values,
            [Some(0.0), Some(f64::from(team.agents))],
            "the base moved nobody; the scenario moved the team"
        );
        assert!(rows.iter().all(|r| r.values.len() == 2));
    }
}
