//! Guided exercises: a versioned JSON file with a briefing, a starting territory, objectives on the engine's figures, hints, a reference solution and a debrief; assessed live and compared with the reference.
//!
//! The format is documented in `docs/exercises.md`. An exercise is read and checked once by
//! [`load_exercise`] (ids against its starting territory, the reference solution applied and
//! meeting every objective); [`assess`] then scores any territory reached from its start, and
//! [`debrief`] sets a trainee's scenario beside the reference solution.

mod error;
mod figures;
mod json;
mod reading;
mod wording;

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::change::ChangeImpact;
use super::lang::{colon, Lang};
use super::metrics::{evaluate, Evaluation};
use super::model::Territory;
use super::operations::Operation;
use super::scenario::Scenario;

pub use error::{ExerciseError, ExerciseErrorKind, Expected};
pub use figures::{Figure, Unit, FIGURE_NAMES};

/// The `format` field of every exercise file.
pub const FORMAT: &str = "maillage-exercise";
/// The version of the format this program reads and documents.
pub const VERSION: u64 = 1;

/// The exercises that ship with the app, as (file name, text) pairs from `data/exercises/`.
pub const BUILTIN_FILES: [(&str, &str); 6] = [
    (
        "fin-de-bail-mions.json",
        include_str!("../../data/exercises/fin-de-bail-mions.json"),
    ),
    (
        "fusion-voirie-nettoiement.json",
        include_str!("../../data/exercises/fusion-voirie-nettoiement.json"),
    ),
    (
        "pic-autonomie-saint-priest.json",
        include_str!("../../data/exercises/pic-autonomie-saint-priest.json"),
    ),
    (
        "antenne-mions.json",
        include_str!("../../data/exercises/antenne-mions.json"),
    ),
    (
        "binome-de-direction.json",
        include_str!("../../data/exercises/binome-de-direction.json"),
    ),
    (
        "sous-un-meme-toit.json",
        include_str!("../../data/exercises/sous-un-meme-toit.json"),
    ),
];

/// The built-in exercises, loaded, in the order of [`BUILTIN_FILES`]. A test checks that every
/// one loads; one that did not would be left out rather than stop the app.
pub fn builtin() -> Vec<Exercise> {
    BUILTIN_FILES
        .iter()
        .filter_map(|(_, text)| load_exercise(text).ok())
        .collect()
}

/// The text of the built-in exercise with this id.
pub fn builtin_file(id: &str) -> Option<&'static str> {
    BUILTIN_FILES
        .iter()
        .find(|(file, _)| file.strip_suffix(".json") == Some(id))
        .map(|(_, text)| *text)
}

/// A text in French and in English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    /// French.
    pub fr: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in one language.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.fr, &self.en)
    }
}

/// Which side of its threshold an objective wants a figure on (the threshold itself is met).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparator {
    /// `at_most`: the figure must not exceed the threshold.
    AtMost,
    /// `at_least`: the figure must reach the threshold.
    AtLeast,
}

/// An objective's threshold as written in the file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Threshold {
    /// A number.
    Value(f64),
    /// `"start"`: the figure's value in the starting territory (« no worse than today »).
    Start,
}

/// One measurable objective: a figure, a side of a threshold, a weight in the score.
#[derive(Clone, Debug, PartialEq)]
pub struct Objective {
    /// The figure constrained.
    pub figure: Figure,
    /// At most or at least.
    pub comparator: Comparator,
    /// The threshold.
    pub threshold: Threshold,
    /// Its weight in the score (above 0; 1 unless given).
    pub weight: f64,
    /// The objective in plain words: the file's `text`, or written from the figure and the
    /// starting territory's names (« Aucune commune à plus de 20 min en moyenne du service … »).
    pub text: Bilingual,
}

/// Floating-point sums may land a hair beyond a threshold they reach exactly by hand.
const TOLERANCE: f64 = 1e-9;

impl Objective {
    /// The threshold as a number, `start_value` standing for `"start"` (0 where it has none).
    pub fn threshold_value(&self, start_value: Option<f64>) -> f64 {
        match self.threshold {
            Threshold::Value(value) => value,
            Threshold::Start => start_value.unwrap_or(0.0),
        }
    }

    /// Whether a value meets the objective; a figure with no value meets nothing.
    pub fn is_met(&self, value: Option<f64>, threshold: f64) -> bool {
        let slack = TOLERANCE * threshold.abs().max(1.0);
        value.is_some_and(|v| match self.comparator {
            Comparator::AtMost => v <= threshold + slack,
            Comparator::AtLeast => v >= threshold - slack,
        })
    }

    /// The objective in plain words, naming things as `names` does: a sentence where one is
    /// written for the figure and its bound (`exercise/wording`), the figure and its bound otherwise.
    fn describe(&self, names: &Territory, threshold: f64) -> Bilingual {
        let at_most = self.comparator == Comparator::AtMost;
        let bound = wording::Bound {
            at_most,
            threshold,
            from_start: self.threshold == Threshold::Start,
        };
        if let Some(sentence) = wording::sentence(&self.figure, names, bound) {
            return sentence;
        }
        let subject = self.figure.subject(names);
        let unit = self.figure.unit();
        let (fr, en) = (
            unit.format(threshold, Lang::Fr),
            unit.format(threshold, Lang::En),
        );
        let (fr, en) = match (self.threshold, at_most) {
            (Threshold::Start, true) => (
                format!("pas plus qu'aujourd'hui ({fr})"),
                format!("no more than today ({en})"),
            ),
            (Threshold::Start, false) => (
                format!("pas moins qu'aujourd'hui ({fr})"),
                format!("no less than today ({en})"),
            ),
            (_, true) => (format!("au plus {fr}"), format!("at most {en}")),
            (_, false) => (format!("au moins {fr}"), format!("at least {en}")),
        };
        Bilingual {
            fr: format!("{}{}{fr}", subject.fr, colon(Lang::Fr)),
            en: format!("{}{}{en}", subject.en, colon(Lang::En)),
        }
    }
}

/// Points taken off the score for the disruption a solution causes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Penalty {
    /// Points per agent whose team changes site.
    pub per_agent_moved: f64,
    /// Points per agent whose team changes manager.
    pub per_agent_new_manager: f64,
    /// The most points the penalty can take.
    pub at_most: f64,
}

impl Default for Penalty {
    /// No penalty.
    fn default() -> Penalty {
        Penalty {
            per_agent_moved: 0.0,
            per_agent_new_manager: 0.0,
            at_most: 100.0,
        }
    }
}

impl Penalty {
    /// The points taken off for this change impact.
    pub fn points(&self, impact: &ChangeImpact) -> f64 {
        let raw = impact.agents_moved as f64 * self.per_agent_moved
            + impact.agents_new_manager as f64 * self.per_agent_new_manager;
        raw.min(self.at_most)
    }
}

/// A guided exercise, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    /// A short stable id (`fin-de-bail-mions`).
    pub id: String,
    /// Its title.
    pub title: Bilingual,
    /// What the trainee is asked and why.
    pub briefing: Bilingual,
    /// The key of the embedded territory it starts from.
    pub territory: String,
    /// Operations applied to the embedded territory before the trainee starts (a demand surge,
    /// a site already closed…); they are not the trainee's and count in no figure of change.
    pub setup: Vec<Operation>,
    /// The objectives, in the file's order.
    pub objectives: Vec<Objective>,
    /// Points off for disruption (none unless given).
    pub penalty: Penalty,
    /// Hints, to reveal one at a time on request.
    pub hints: Vec<Bilingual>,
    /// A solution that meets every objective, for the debrief.
    pub reference: Vec<Operation>,
    /// What the debrief explains: the trade-offs.
    pub debrief: Bilingual,
    /// The service the map shows while the exercise is under way: the file's `service`, or the
    /// first service its objectives name; `None` when neither names one.
    pub service: Option<String>,
    /// The places a site opened during the exercise starts with, where the briefing gives the
    /// figure (`new_site_capacity`).
    pub new_site_capacity: Option<u32>,
    /// The file as read, so that a workspace saved during the exercise can load it again.
    source: Rc<str>,
    /// The starting territory: the embedded one after the setup.
    start: Rc<Territory>,
    /// Each objective's figure in the starting territory.
    start_values: Vec<Option<f64>>,
}

impl Exercise {
    /// The territory the trainee starts from.
    pub fn start(&self) -> &Territory {
        &self.start
    }

    /// The starting territory, shared.
    pub fn start_rc(&self) -> Rc<Territory> {
        Rc::clone(&self.start)
    }

    /// A fresh scenario on the starting territory, for the trainee.
    pub fn scenario(&self) -> Scenario {
        Scenario::new(self.start_rc())
    }

    /// The reference solution played on the starting territory. It was checked on loading, so it
    /// applies; should it not, the scenario stops at the last operation that does.
    pub fn reference_scenario(&self) -> Scenario {
        let mut scenario = self.scenario();
        for operation in &self.reference {
            if scenario.apply(operation.clone()).is_err() {
                break;
            }
        }
        scenario
    }

    /// Each objective's figure in the starting territory, in order.
    pub fn start_values(&self) -> &[Option<f64>] {
        &self.start_values
    }

    /// The file's text, as it was read.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Whether it is the built-in exercise of its id, word for word (a workspace saves it by
    /// its id rather than its text).
    pub fn is_builtin(&self) -> bool {
        builtin_file(&self.id) == Some(&*self.source)
    }
}

/// Reads and checks an exercise file. A refusal names the JSON path at fault and says what is
/// wrong, in French and English; no text, however malformed, makes it panic.
pub fn load_exercise(text: &str) -> Result<Exercise, ExerciseError> {
    reading::read(text)
}

/// One objective, judged on one territory.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectiveResult {
    /// The objective in plain words.
    pub text: Bilingual,
    /// Whether it is met.
    pub met: bool,
    /// Whether it was already met at the start: a constraint to keep (« À maintenir »), which
    /// earns no point and costs its weight when broken, rather than a goal to reach.
    pub constraint: bool,
    /// The figure's value; `None` where it has no meaning (then the objective is not met).
    pub value: Option<f64>,
    /// At most or at least.
    pub comparator: Comparator,
    /// The threshold, as a number.
    pub threshold: f64,
    /// How the value and the threshold read.
    pub unit: Unit,
    /// The objective's weight in the score.
    pub weight: f64,
}

impl ObjectiveResult {
    /// The value as a planner reads it (« 12,5 min », « 95 % »), a dash where there is none.
    pub fn value_text(&self, lang: Lang) -> String {
        self.value
            .map_or_else(|| "—".to_string(), |v| self.unit.format(v, lang))
    }

    /// The threshold as a planner reads it.
    pub fn threshold_text(&self, lang: Lang) -> String {
        self.unit.format(self.threshold, lang)
    }
}

/// Where a territory stands against an exercise's objectives, and its score.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// Each objective, in order.
    pub objectives: Vec<ObjectiveResult>,
    /// How many objectives are met, goals and constraints together.
    pub met: usize,
    /// How many objectives are goals (not met at the start).
    pub goals: usize,
    /// How many goals are met.
    pub goals_met: usize,
    /// How many constraints (met at the start) are broken.
    pub broken: usize,
    /// 100 × (weight of the goals met − weight of the constraints broken) / weight of the goals.
    pub points: f64,
    /// The points taken off for disruption.
    pub penalty: f64,
    /// `points − penalty`, between 0 and 100, rounded to a whole number.
    pub score: u32,
}

impl Assessment {
    /// Whether the exercise is done: every goal met and every constraint kept.
    pub fn all_met(&self) -> bool {
        self.met == self.objectives.len()
    }
}

/// Judges each objective; `start_values` stand for the `"start"` thresholds and tell which
/// objectives were met at the start (the constraints).
fn judge(
    exercise: &Exercise,
    start_values: &[Option<f64>],
    current: &Territory,
    evaluation: &Evaluation,
    impact: &ChangeImpact,
) -> Vec<ObjectiveResult> {
    exercise
        .objectives
        .iter()
        .enumerate()
        .map(|(i, objective)| {
            let value = objective.figure.value(current, evaluation, impact);
            let start_value = start_values.get(i).copied().flatten();
            let threshold = objective.threshold_value(start_value);
            ObjectiveResult {
                text: objective.text.clone(),
                met: objective.is_met(value, threshold),
                constraint: objective.is_met(start_value, threshold),
                value,
                comparator: objective.comparator,
                threshold,
                unit: objective.figure.unit(),
                weight: objective.weight,
            }
        })
        .collect()
}

/// Scores judged objectives: only the goals (not met at the start) earn points, so that the
/// start scores 0; a constraint broken (met at the start, no longer) takes its weight off.
/// `100 × (Σ weight of the goals met − Σ weight of the constraints broken) / Σ weight of the
/// goals`, minus the penalty, between 0 and 100, rounded. Without a goal (a start that meets
/// everything, which loading refuses) there is nothing to earn: 0 points.
fn score(objectives: Vec<ObjectiveResult>, penalty: f64) -> Assessment {
    let weight = |keep: &dyn Fn(&ObjectiveResult) -> bool| -> f64 {
        objectives
            .iter()
            .filter(|o| keep(o))
            .map(|o| o.weight)
            .sum()
    };
    let goals = weight(&|o| !o.constraint);
    let won = weight(&|o| !o.constraint && o.met);
    let lost = weight(&|o| o.constraint && !o.met);
    let points = if goals > 0.0 {
        100.0 * (won - lost) / goals
    } else {
        0.0
    };
    let count =
        |keep: &dyn Fn(&ObjectiveResult) -> bool| objectives.iter().filter(|o| keep(o)).count();
    Assessment {
        met: count(&|o| o.met),
        goals: count(&|o| !o.constraint),
        goals_met: count(&|o| !o.constraint && o.met),
        broken: count(&|o| o.constraint && !o.met),
        objectives,
        points,
        penalty,
        score: (points - penalty).clamp(0.0, 100.0).round() as u32,
    }
}

/// Assesses a territory reached from `start` with this change impact (a scenario's
/// `change_impact()`); `start` gives the values of the `"start"` thresholds.
pub fn assess(
    exercise: &Exercise,
    start: &Territory,
    current: &Territory,
    impact: &ChangeImpact,
) -> Assessment {
    assess_with(exercise, start, current, &evaluate(current), impact)
}

/// Like [`assess`], with the current territory's evaluation already computed (the app has it).
pub fn assess_with(
    exercise: &Exercise,
    start: &Territory,
    current: &Territory,
    evaluation: &Evaluation,
    impact: &ChangeImpact,
) -> Assessment {
    let relative = exercise
        .objectives
        .iter()
        .any(|o| o.threshold == Threshold::Start);
    // The exercise keeps its own start's values; only another start needs evaluating.
    let start_values = if !relative || start == exercise.start() {
        exercise.start_values.clone()
    } else {
        let start_evaluation = evaluate(start);
        let none = ChangeImpact::default();
        exercise
            .objectives
            .iter()
            .map(|o| o.figure.value(start, &start_evaluation, &none))
            .collect()
    };
    let objectives = judge(exercise, &start_values, current, evaluation, impact);
    score(objectives, exercise.penalty.points(impact))
}

/// One objective in the debrief: the trainee's result beside the reference's.
#[derive(Clone, Debug, PartialEq)]
pub struct DebriefLine {
    /// The trainee's.
    pub trainee: ObjectiveResult,
    /// The reference solution's.
    pub reference: ObjectiveResult,
}

/// A solution summed up for the debrief.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Its assessment.
    pub assessment: Assessment,
    /// Agents whose team changed site.
    pub agents_moved: u64,
    /// Agents whose team changed manager.
    pub agents_new_manager: u64,
    /// How many operations it took.
    pub operations: usize,
    /// Its journal, one line per operation.
    pub journal: Vec<Bilingual>,
}

/// The debrief: each objective side by side, both solutions summed up, the trade-offs explained.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    /// The exercise's debrief text.
    pub text: Bilingual,
    /// Each objective, in order.
    pub lines: Vec<DebriefLine>,
    /// The trainee's solution.
    pub trainee: Outcome,
    /// The reference solution.
    pub reference: Outcome,
}

fn outcome(exercise: &Exercise, scenario: &Scenario) -> Outcome {
    let impact = scenario.change_impact();
    let journal = scenario
        .journal(Lang::Fr)
        .into_iter()
        .zip(scenario.journal(Lang::En))
        .map(|(fr, en)| Bilingual { fr, en })
        .collect();
    Outcome {
        assessment: assess(exercise, scenario.base(), scenario.current(), &impact),
        agents_moved: impact.agents_moved,
        agents_new_manager: impact.agents_new_manager,
        operations: scenario.operations().len(),
        journal,
    }
}

/// Sets the trainee's scenario (started from the exercise's start) beside the reference solution.
pub fn debrief(exercise: &Exercise, trainee: &Scenario) -> Debrief {
    let trainee = outcome(exercise, trainee);
    let reference = outcome(exercise, &exercise.reference_scenario());
    let lines = trainee
        .assessment
        .objectives
        .iter()
        .zip(&reference.assessment.objectives)
        .map(|(t, r)| DebriefLine {
            trainee: t.clone(),
            reference: r.clone(),
        })
        .collect();
    Debrief {
        text: exercise.debrief.clone(),
        lines,
        trainee,
        reference,
    }
}

#[cfg(test)]
mod tests;
