//! The exercise under way: its objectives judged on the current territory, the score, the hints.

use yew::prelude::*;

use super::texts::TrainText;
use crate::engine::exercise::{Assessment, Comparator, Exercise, ObjectiveResult};
use crate::engine::lang::Lang;
use crate::ui::i18n::{colon, format_int, t};
use crate::ui::state::{use_workspace, Action, TrainingAction};

/// « ✓ Atteint » or « ✗ Non atteint »: the icon is decoration, the word says it.
pub fn verdict(lang: Lang, met: bool) -> Html {
    let (icon, word, class) = if met {
        ("✓", TrainText::Met, "verdict met")
    } else {
        ("✗", TrainText::NotMet, "verdict unmet")
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

/// « 2 objectifs atteints sur 5 ».
pub fn met_count(lang: Lang, assessment: &Assessment) -> String {
    format!(
        "{} {} {} {}",
        format_int(lang, assessment.met as i64),
        t(lang, TrainText::ObjectivesMet),
        t(lang, TrainText::Of),
        format_int(lang, assessment.objectives.len() as i64)
    )
}

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    pub lang: Lang,
    pub assessment: Assessment,
}

/// Each objective met or not, with its figure and threshold, and the score.
#[function_component(LiveObjectives)]
pub fn live_objectives(props: &LiveProps) -> Html {
    let lang = props.lang;
    let assessment = &props.assessment;
    let penalty = assessment.penalty.round() as i64;
    html! {
        <section class="exercise-objectives" aria-labelledby="exercise-objectives-title">
            <h3 id="exercise-objectives-title">{ t(lang, TrainText::Objectives) }</h3>
            <ul class="objective-list">
                { for assessment.objectives.iter().map(|result| html! {
                    <li class={if result.met { "objective met" } else { "objective unmet" }}>
                        { verdict(lang, result.met) }
                        <span class="objective-text">{ result.text.get(lang) }</span>
                        <span class="objective-figure">{ figure_against_threshold(lang, result) }</span>
                    </li>
                }) }
            </ul>
            <p class="exercise-score" role="status">
                <strong>{ format!("{}{}{} / 100", t(lang, TrainText::Score), colon(lang), format_int(lang, i64::from(assessment.score))) }</strong>
                { " — " }{ met_count(lang, assessment) }
                if penalty > 0 {
                    { format!(" — {} {}", format_int(lang, penalty), t(lang, TrainText::Penalty)) }
                }
                if assessment.all_met() {
                    { " — " }{ t(lang, TrainText::AllMet) }
                }
            </p>
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
