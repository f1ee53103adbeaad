//! The exercise under way: its objectives judged on the current territory, the score, the hints.

use yew::prelude::*;

use super::texts::TrainText;
use crate::engine::exercise::{Assessment, Comparator, Exercise, ObjectiveResult};
use crate::engine::lang::singular;
use crate::engine::lang::Lang;
use crate::ui::i18n::{colon, format_int, t};
use crate::ui::state::{use_workspace, Action, TrainingAction};

/// « ✓ Atteint » or « ✗ Non atteint » for a goal, « ✓ Maintenu » or « ✗ Rompu » for a
/// constraint: the icon is decoration, the word says it.
pub fn verdict(lang: Lang, result: &ObjectiveResult) -> Html {
    let (icon, word, class) = match (result.met, result.constraint) {
        (true, false) => ("✓", TrainText::Met, "verdict met"),
        (false, false) => ("✗", TrainText::NotMet, "verdict unmet"),
        (true, true) => ("✓", TrainText::Kept, "verdict met"),
        (false, true) => ("✗", TrainText::Broken, "verdict broken"),
    };
    html! {
        <span class={class}><span aria-hidden="true">{ icon }</span>{ " " }{ t(lang, word) }</span>
    }
}

/// « valeur 1,02 — au plus 1,00 ».
pub fn figure_against_threshold(lang: Lang, result: &ObjectiveResult) -> String {
    let side = match result.comparator {
        Comparator::AtMost => TrainText::AtMost,
        Comparator::AtLeast => TrainText::AtLeast,
    };
    format!(
        "{} {} — {} {}",
        t(lang, TrainText::Value),
        result.value_text(lang),
        t(lang, side),
        result.threshold_text(lang)
    )
}

/// « 1 objectif atteint sur 2 — 1 contrainte rompue sur 4 ».
pub fn progress(lang: Lang, assessment: &Assessment) -> String {
    let count = |n: usize, one: TrainText, many: TrainText, of: usize| {
        let word = if singular(lang, n as u64) { one } else { many };
        format!(
            "{} {} {} {}",
            format_int(lang, n as i64),
            t(lang, word),
            t(lang, TrainText::Of),
            format_int(lang, of as i64)
        )
    };
    let goals = count(
        assessment.goals_met,
        TrainText::GoalMet,
        TrainText::GoalsMet,
        assessment.goals,
    );
    let constraints = assessment.objectives.len() - assessment.goals;
    if constraints == 0 {
        return goals;
    }
    let kept = if assessment.broken == 0 {
        count(
            constraints,
            TrainText::ConstraintKept,
            TrainText::ConstraintsKept,
            constraints,
        )
    } else {
        count(
            assessment.broken,
            TrainText::ConstraintBroken,
            TrainText::ConstraintsBroken,
            constraints,
        )
    };
    format!("{goals} — {kept}")
}

fn objective_item(lang: Lang, result: &ObjectiveResult) -> Html {
    let class = match (result.met, result.constraint) {
        (true, _) => "objective met",
        (false, false) => "objective unmet",
        (false, true) => "objective broken",
    };
    html! {
        <li {class}>
            { verdict(lang, result) }
            <span class="objective-text">{ result.text.get(lang) }</span>
            <span class="objective-figure">{ figure_against_threshold(lang, result) }</span>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    pub lang: Lang,
    pub assessment: Assessment,
}

/// The score, then the goals, met or not, and the constraints, kept or broken, each with its
/// figure and threshold.
#[function_component(LiveObjectives)]
pub fn live_objectives(props: &LiveProps) -> Html {
    let lang = props.lang;
    let assessment = &props.assessment;
    let penalty = assessment.penalty.round() as i64;
    let of_kind = |constraint: bool| {
        assessment
            .objectives
            .iter()
            .filter(move |o| o.constraint == constraint)
    };
    let has_constraints = assessment.goals < assessment.objectives.len();
    html! {
        <section class="exercise-objectives" aria-labelledby="exercise-objectives-title">
            <h3 id="exercise-objectives-title">{ t(lang, TrainText::Objectives) }</h3>
            // The score first: what a change did is seen without scrolling past the list.
            <p class="exercise-score" role="status">
                <strong>{ format!("{}{}{} / 100", t(lang, TrainText::Score), colon(lang), format_int(lang, i64::from(assessment.score))) }</strong>
                { " — " }{ progress(lang, assessment) }
                if penalty > 0 {
                    { format!(" — {} {}", format_int(lang, penalty), t(lang, TrainText::Penalty)) }
                }
                if assessment.all_met() {
                    { " — " }{ t(lang, TrainText::AllMet) }
                }
            </p>
            <p class="help">{ t(lang, TrainText::ScoreRule) }</p>
            <h4 id="exercise-goals-title">{ t(lang, TrainText::Goals) }</h4>
            <ul class="objective-list goals" aria-labelledby="exercise-goals-title">
                { for of_kind(false).map(|result| objective_item(lang, result)) }
            </ul>
            if has_constraints {
                <h4 id="exercise-constraints-title">{ t(lang, TrainText::Constraints) }</h4>
                <ul class="objective-list constraints" aria-labelledby="exercise-constraints-title">
                    { for of_kind(true).map(|result| objective_item(lang, result)) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct HintsProps {
    pub lang: Lang,
    pub exercise: std::rc::Rc<Exercise>,
}

/// The hints, revealed one at a time on request.
#[function_component(Hints)]
pub fn hints(props: &HintsProps) -> Html {
    let lang = props.lang;
    let workspace = use_workspace();
    let total = props.exercise.hints.len();
    if total == 0 {
        return html! {};
    }
    let shown = workspace.training.hints_shown.min(total);
    let reveal =
        Callback::from(move |_| workspace.dispatch(Action::Training(TrainingAction::RevealHint)));
    html! {
        <section class="exercise-hints" aria-labelledby="exercise-hints-title">
            <h3 id="exercise-hints-title">{ t(lang, TrainText::Hints) }</h3>
            if shown > 0 {
                <ol class="hint-list">
                    { for props.exercise.hints.iter().take(shown).map(|hint| html! { <li>{ hint.get(lang) }</li> }) }
                </ol>
            }
            if shown < total {
                <button type="button" onclick={reveal}>
                    { format!("{} ({} {} {})", t(lang, TrainText::ShowHint),
                        format_int(lang, shown as i64 + 1), t(lang, TrainText::Of), format_int(lang, total as i64)) }
                </button>
            } else {
                <p>{ t(lang, TrainText::NoMoreHints) }</p>
            }
        </section>
    }
}
