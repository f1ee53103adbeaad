//! Every figure that changed between a start and a scenario, the largest change first: the rows of
//! the comparison whose values as shown differ, and each team's load with usual absence. The
//! change impact's own counts are left out (they are the strip's, and they are never zero after a
//! move); so is what no value differs in.

use crate::engine::catalogue::{Figure, Measure, SpanNorm};
use crate::engine::comparison::{compare, Column};
use crate::engine::model::{ServiceIx, TeamIx};
use crate::engine::ordered;

/// What a changed figure is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The whole territory.
    Territory,
    /// A service (of the scenario's territory, whose services are the start's).
    Service(ServiceIx),
    /// A team of the scenario's territory.
    Team(TeamIx),
}

/// A figure whose value as shown differs from the start.
#[derive(Clone, Debug, PartialEq)]
pub struct Changed {
    pub measure: Measure,
    pub subject: Subject,
    pub figure: Figure,
}

impl Changed {
    /// The service the change concerns: the figure's own, or the team's.
    pub fn service(&self, now: &Column) -> Option<ServiceIx> {
        match self.subject {
            Subject::Territory => None,
            Subject::Service(k) => Some(k),
            Subject::Team(team) => now.territory.teams.get(team.index()).map(|t| t.service),
        }
    }
}

/// Every figure of `now` that differs from `start` as the reader sees it, the largest change
/// first ([`Figure::size`]); equal sizes keep the dashboard's order, services before teams.
pub fn changes(start: &Column, now: &Column, norm: SpanNorm) -> Vec<Changed> {
    let rows = compare(&[*start, *now], (norm.min, norm.max));
    let mut changed: Vec<Changed> = rows
        .into_iter()
        .filter(|row| row.measure.group() != crate::engine::catalogue::Group::Impact)
        .map(|row| Changed {
            measure: row.measure,
            subject: row.service.map_or(Subject::Territory, Subject::Service),
            figure: Figure::measured(row.measure, row.values[1], row.values[0]),
        })
        .filter(|c| c.figure.changed())
        .collect();
    for (ix, team) in now.territory.teams.iter().enumerate() {
        let load = |column: &Column, ix: usize| {
            column
                .figures
                .teams
                .get(ix)
                .and_then(|f| f.load_with_usual_absence)
        };
        let before = start
            .territory
            .team_ix(&team.id)
            .and_then(|b| load(start, b.index()));
        let figure = Figure::measured(Measure::LoadWithAbsence, load(now, ix), before);
        if figure.changed() {
            changed.push(Changed {
                measure: Measure::LoadWithAbsence,
                subject: Subject::Team(TeamIx::from_index(ix)),
                figure,
            });
        }
    }
    // Largest first; `total_cmp` gives sizes (all finite, 0 to 1) a total order.
    ordered::sort_by(&mut changed, |a, b| {
        b.figure.size().total_cmp(&a.figure.size())
    });
    changed
}

/// The service most affected: that of the largest change concerning one service or one of its
/// teams; `None` where no such figure changed.
pub fn most_affected_service(changes: &[Changed], now: &Column) -> Option<ServiceIx> {
    changes.iter().find_map(|c| c.service(now))
}
