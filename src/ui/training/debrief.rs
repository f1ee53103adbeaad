//! The debrief: the trainee's solution beside the reference solution, figure by figure, both
//! journals, and the exercise's text on the trade-offs.

use yew::prelude::*;

use super::live::{figure_against_threshold, verdict};
use super::texts::TrainText;
use crate::engine::exercise::{Bilingual, Debrief};
use crate::engine::lang::Lang;
use crate::ui::i18n::{format_int, t};

#[derive(Properties, PartialEq)]
pub struct DebriefProps {
    pub lang: Lang,
    pub debrief: Debrief,
}

fn journal(lang: Lang, id: &str, title: TrainText, lines: &[Bilingual]) -> Html {
    html! {
        <div class="debrief-journal">
            <h4 id={id.to_string()}>{ t(lang, title) }</h4>
            if lines.is_empty() {
                <p>{ t(lang, TrainText::EmptyJournal) }</p>
            } else {
                <ol aria-labelledby={id.to_string()}>
                    { for lines.iter().map(|line| html! { <li>{ line.get(lang) }</li> }) }
                </ol>
            }
        </div>
    }
}

/// The debrief section.
#[function_component(DebriefView)]
pub fn debrief_view(props: &DebriefProps) -> Html {
    let lang = props.lang;
    let d = &props.debrief;
    let count_row = |label: TrainText, yours: u64, reference: u64| {
        html! {
            <tr>
                <th scope="row">{ t(lang, label) }</th>
                <td>{ format_int(lang, yours as i64) }</td>
                <td>{ format_int(lang, reference as i64) }</td>
            </tr>
        }
    };
    html! {
        <section class="exercise-debrief" aria-labelledby="exercise-debrief-title">
            <h3 id="exercise-debrief-title" tabindex="-1">{ t(lang, TrainText::DebriefTitle) }</h3>
            <div class="debrief-table-wrap">
                <table class="debrief-table">
                    <caption>{ t(lang, TrainText::Comparison) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(lang, TrainText::Criterion) }</th>
                            <th scope="col">{ t(lang, TrainText::Yours) }</th>
                            <th scope="col">{ t(lang, TrainText::Reference) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for d.lines.iter().map(|line| html! {
                            <tr>
                                <th scope="row">
                                    { line.trainee.text.get(lang) }
                                    if line.trainee.constraint {
                                        <span class="objective-kind">{ format!(" ({})", t(lang, TrainText::ConstraintTag)) }</span>
                                    }
                                </th>
                                <td>{ verdict(lang, &line.trainee) }<br />{ figure_against_threshold(lang, &line.trainee) }</td>
                                <td>{ verdict(lang, &line.reference) }<br />{ figure_against_threshold(lang, &line.reference) }</td>
                            </tr>
                        }) }
                        { count_row(TrainText::Score, u64::from(d.trainee.assessment.score), u64::from(d.reference.assessment.score)) }
                        { count_row(TrainText::AgentsMoved, d.trainee.agents_moved, d.reference.agents_moved) }
                        { count_row(TrainText::NewManagers, d.trainee.agents_new_manager, d.reference.agents_new_manager) }
                        { count_row(TrainText::Operations, d.trainee.operations as u64, d.reference.operations as u64) }
                    </tbody>
                </table>
            </div>
            <h4>{ t(lang, TrainText::Journals) }</h4>
            <div class="debrief-journals">
                { journal(lang, "debrief-journal-yours", TrainText::YourJournal, &d.trainee.journal) }
                { journal(lang, "debrief-journal-reference", TrainText::ReferenceJournal, &d.reference.journal) }
            </div>
            <h4>{ t(lang, TrainText::TradeOffs) }</h4>
            <p class="debrief-text">{ d.text.get(lang) }</p>
        </section>
    }
}
