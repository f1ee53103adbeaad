//! What the comparison shows, computed once from the workspace: the columns (start, then the
//! compared scenarios), the engine's rows with their labels and units, and the best of each row.

pub use crate::engine::catalogue::Group;
use crate::engine::catalogue::{Direction, Measure, Unit};
use crate::engine::change::ChangeImpact;
use crate::engine::comparison::{compare, Column, Row};
use crate::engine::lang::Lang;
use crate::ui::dashboard::figure::Figure;
use crate::ui::i18n::t;
use crate::ui::scenarios::texts::ScenText;
use crate::ui::state::{NamedScenario, Workspace};

/// The comparison: the column names, then one line per figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// "Départ", then each compared scenario's name.
    pub columns: Vec<String>,
    /// The compared scenarios, in column order (after the start).
    pub scenario_ids: Vec<u32>,
    pub lines: Vec<Line>,
}

/// One figure across the columns, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub group: Group,
    pub measure: Measure,
    /// "Charge — Collecte des déchets".
    pub label: String,
    /// The service's id, for per-service figures.
    pub service: Option<String>,
    pub unit: Unit,
    pub better: Direction,
    pub values: Vec<Option<f64>>,
    pub best: Vec<bool>,
}

/// A section's title in the comparison.
pub fn group_title(group: Group) -> ScenText {
    match group {
        Group::Workload => ScenText::Workload,
        Group::Proximity => ScenText::Proximity,
        Group::Management => ScenText::Management,
        Group::Impact => ScenText::Impact,
    }
}

/// The value as the reader sees it, in steps of the last decimal shown.
pub fn shown_steps(unit: Unit) -> impl Fn(f64) -> f64 {
    move |value| unit.steps(value)
}

impl Line {
    /// Whether a scenario's value, as shown, differs from the start's.
    pub fn differs(&self) -> bool {
        let steps = shown_steps(self.unit);
        let shown = |v: &Option<f64>| v.map(&steps);
        let start = self.values.first().map(shown).unwrap_or(None);
        self.values.iter().skip(1).any(|v| shown(v) != start)
    }
}

impl Comparison {
    /// The start and the compared scenarios of the active territory.
    pub fn of(workspace: &Workspace) -> Comparison {
        Comparison::of_scenarios(workspace, &workspace.compared_scenarios())
    }

    /// The start and these scenarios (of the active territory), in this order.
    pub fn of_scenarios(workspace: &Workspace, compared: &[&NamedScenario]) -> Comparison {
        let lang = workspace.lang;
        let base = workspace.active_base();
        let none = ChangeImpact::default();
        let mut columns = vec![Column {
            territory: &base.territory,
            figures: &base.figures,
            impact: &none,
        }];
        columns.extend(compared.iter().map(|s| Column {
            territory: s.scenario.current(),
            figures: &s.figures,
            impact: &s.impact,
        }));
        let norm = (workspace.norm.min, workspace.norm.max);
        let lines = compare(&columns, norm)
            .into_iter()
            .map(|row| line(lang, workspace, row))
            .collect();
        let mut names = vec![t(lang, ScenText::Base).to_string()];
        names.extend(compared.iter().map(|s| s.name.clone()));
        Comparison {
            columns: names,
            scenario_ids: compared.iter().map(|s| s.id).collect(),
            lines,
        }
    }

    /// The figure of a line for column `index` (> 0), with the start as its base.
    pub fn figure(&self, line: &Line, index: usize) -> Figure {
        Figure {
            now: line.values.get(index).copied().flatten(),
            base: line.values.first().copied().flatten(),
            unit: line.unit,
            better: line.better,
        }
    }
}

fn line(lang: Lang, workspace: &Workspace, row: Row) -> Line {
    let (group, name, unit) = (
        row.measure.group(),
        row.measure.name(lang),
        row.measure.unit(),
    );
    let service = row
        .service
        .and_then(|k| workspace.active_base().territory.services.get(k.index()));
    let label = match service {
        Some(service) => format!("{name} — {}", service.name),
        None => name.to_string(),
    };
    Line {
        group,
        measure: row.measure,
        label,
        service: service.map(|s| s.id.clone()),
        unit,
        better: row.measure.direction(),
        best: row.best(shown_steps(unit)),
        values: row.values,
    }
}
