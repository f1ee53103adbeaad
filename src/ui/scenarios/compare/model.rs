//! What the comparison shows, computed once from the workspace: the columns (start, then the
//! compared scenarios), the engine's rows with their labels and units, and the best of each row.

use crate::engine::change::ChangeImpact;
use crate::engine::comparison::{compare, Column, Direction, Measure, Row};
use crate::engine::lang::Lang;
use crate::ui::dashboard::figure::{Better, Figure, Unit};
use crate::ui::dashboard::texts::DashText;
use crate::ui::i18n::{t, Text};
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
    pub better: Better,
    pub values: Vec<Option<f64>>,
    pub best: Vec<bool>,
}

/// The dashboard's sections, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Workload,
    Proximity,
    Management,
    Impact,
}

impl Group {
    pub fn title(self) -> ScenText {
        match self {
            Group::Workload => ScenText::Workload,
            Group::Proximity => ScenText::Proximity,
            Group::Management => ScenText::Management,
            Group::Impact => ScenText::Impact,
        }
    }
}

/// A figure's name: the dashboard's own wording, so that a figure has one name everywhere.
#[derive(Clone, Copy)]
enum Label {
    Dash(DashText),
    Scen(ScenText),
}

impl Label {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Label::Dash(key) => key.in_lang(lang),
            Label::Scen(key) => key.in_lang(lang),
        }
    }
}

/// The section, the name and the unit of a figure.
fn describe(measure: Measure) -> (Group, Label, Unit) {
    use DashText as D;
    use Group as G;
    use Label::Dash;
    use Measure as M;
    match measure {
        M::Demand => (G::Workload, Dash(D::Demand), Unit::Number(0)),
        M::Capacity => (G::Workload, Dash(D::Capacity), Unit::Number(0)),
        M::Load => (G::Workload, Dash(D::Load), Unit::Percent),
        M::LoadWithAbsence => (G::Workload, Dash(D::LoadWithAbsence), Unit::Percent),
        M::OverloadedTeams => (G::Workload, Dash(D::OverloadedTitle), Unit::Number(0)),
        M::MeanMinutes => (G::Proximity, Dash(D::MeanMinutes), Unit::Minutes),
        M::ShareWithin => (G::Proximity, Dash(D::ShareWithin), Unit::Percent),
        M::MaxMinutes => (G::Proximity, Dash(D::WorstZone), Unit::Minutes),
        M::LowestAccess => (G::Proximity, Dash(D::LowestAccess), Unit::Number(2)),
        M::MaxSpan => (G::Management, Dash(D::MaxSpan), Unit::Number(0)),
        M::MeanSpan => (G::Management, Dash(D::MeanSpan), Unit::Number(1)),
        M::Layers => (G::Management, Dash(D::Layers), Unit::Number(0)),
        M::PostsOutsideNorm => (G::Management, Dash(D::OutsideNorm), Unit::Number(0)),
        M::Agents => (
            G::Impact,
            Label::Scen(ScenText::TotalAgents),
            Unit::Number(0),
        ),
        M::AgentsMoved => (G::Impact, Dash(D::AgentsMoved), Unit::Number(0)),
        M::AgentsNewManager => (G::Impact, Dash(D::AgentsNewManager), Unit::Number(0)),
    }
}

/// The value as the reader sees it, in steps of the last decimal shown.
pub fn shown_steps(unit: Unit) -> impl Fn(f64) -> f64 {
    let (scale, decimals) = match unit {
        Unit::Percent => (100.0, 1),
        Unit::Minutes => (1.0, 1),
        Unit::Number(decimals) => (1.0, decimals as i32),
    };
    move |value| (value * scale * 10f64.powi(decimals)).round()
}

fn better(direction: Direction) -> Better {
    match direction {
        Direction::Lower => Better::Lower,
        Direction::Higher => Better::Higher,
        Direction::Neither => Better::Neither,
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
    let (group, label, unit) = describe(row.measure);
    let service = row
        .service
        .and_then(|k| workspace.active_base().territory.services.get(k.index()));
    let label = match service {
        Some(service) => format!("{} — {}", label.text(lang), service.name),
        None => label.text(lang).to_string(),
    };
    Line {
        group,
        measure: row.measure,
        label,
        service: service.map(|s| s.id.clone()),
        unit,
        better: better(row.measure.direction()),
        best: row.best(shown_steps(unit)),
        values: row.values,
    }
}
