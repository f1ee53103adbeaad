//! The comparison view: the start and up to four scenarios side by side (every dashboard figure,
//! the difference to the start, the best marked), bar charts of the main figures, each scenario's
//! changes in plain language; exported as CSV, printed on A4 landscape.

mod chart;
pub mod csv;
pub mod model;
mod table;

use yew::prelude::*;

use super::messages::quoted;
use super::texts::ScenText;
use crate::engine::comparison::Measure;
use crate::engine::decision::STRIP;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, MAX_COMPARED};
use crate::ui::storage::download;
pub use model::Comparison;

/// The figures drawn as bars, first: the decision strip's, which cover every service.
fn charted(measure: Measure) -> bool {
    STRIP.contains(&measure)
}

/// The whole comparison page.
#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let comparison = Comparison::of(&workspace);
    let heading = use_node_ref();
    // Only the rows where a scenario differs from the start, unless every row is asked for.
    let every = use_state(|| false);
    {
        // Keyboard and screen-reader users land on the comparison's title when it opens.
        let heading = heading.clone();
        use_effect_with((), move |_| browser::focus(&heading));
    }
    let back = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::ShowComparison(false)))
    };
    let export = {
        let (workspace, comparison) = (workspace.clone(), comparison.clone());
        Callback::from(move |_| {
            let text = csv::comparison_csv(workspace.lang, &comparison);
            download(
                t(workspace.lang, ScenText::CsvFile),
                "text/csv;charset=utf-8",
                &text,
            );
        })
    };
    let print = Callback::from(|_| browser::print());
    let full = workspace.compared_scenarios().len() >= MAX_COMPARED;
    let choices = workspace.scenarios_of_active_base().map(|s| {
        let id = s.id;
        let checked = workspace.compared.contains(&id);
        let workspace = workspace.clone();
        let onchange =
            Callback::from(move |_: Event| workspace.dispatch(Action::ToggleCompared(id)));
        html! {
            <label class="compare-choice">
                <input type="checkbox" {checked} disabled={!checked && full} {onchange} />
                <bdi>{ &s.name }</bdi>
            </label>
        }
    });
    let charts = comparison
        .lines
        .iter()
        .filter(|line| charted(line.measure))
        .enumerate()
        .map(|(index, line)| {
            chart::bar_chart(lang, &comparison, line, &format!("compare-chart-{index}"))
        });
    let differing = comparison.lines.iter().filter(|l| l.differs()).count();
    let shown = if *every {
        comparison.clone()
    } else {
        Comparison {
            lines: comparison
                .lines
                .iter()
                .filter(|l| l.differs())
                .cloned()
                .collect(),
            ..comparison.clone()
        }
    };
    let toggle_every = {
        let every = every.clone();
        Callback::from(move |_| every.set(!*every))
    };
    let toggle_label = if *every {
        format!("{} ({})", t(lang, ScenText::ShowDifferences), differing)
    } else {
        format!(
            "{} ({})",
            t(lang, ScenText::ShowEvery),
            comparison.lines.len()
        )
    };
    let journals = comparison.scenario_ids.iter().filter_map(|id| {
        let scenario = workspace.scenarios.iter().find(|s| s.id == *id)?;
        let lines = scenario.scenario.journal(lang);
        Some(html! {
            <section class="compare-journal">
                <h4><bdi>{ &scenario.name }</bdi></h4>
                if lines.is_empty() {
                    <p class="hint">{ t(lang, ScenText::NoChange) }</p>
                } else {
                    <ol>{ for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }</ol>
                }
            </section>
        })
    });
    html! {
        <section class="compare-view" aria-labelledby="compare-title">
            <div class="compare-head">
                <h2 id="compare-title" tabindex="-1" ref={heading}>
                    { t(lang, ScenText::CompareTitle) }{ " — " }{ quoted(lang, &workspace.active_base().name) }
                </h2>
                <div class="compare-actions no-print">
                    <button type="button" onclick={export}>{ t(lang, ScenText::ExportCsv) }</button>
                    <button type="button" onclick={print}>{ t(lang, ScenText::Print) }</button>
                    <button type="button" class="primary" onclick={back}>{ t(lang, ScenText::BackToWorkshop) }</button>
                </div>
            </div>
            <p class="hint">{ t(lang, ScenText::CompareIntro) }</p>
            <fieldset class="compare-choices no-print">
                <legend>{ t(lang, ScenText::ChooseCompared) }</legend>
                { for choices }
            </fieldset>
            if comparison.scenario_ids.is_empty() {
                <p class="hint">{ t(lang, ScenText::NothingCompared) }</p>
            }
            <h3>{ t(lang, ScenText::ChartsTitle) }</h3>
            <div class="compare-charts">{ for charts }</div>
            <div class="compare-table-head">
                <h3>{ t(lang, if *every { ScenText::EveryTitle } else { ScenText::DifferencesTitle }) }</h3>
                <button type="button" class="no-print" aria-pressed={every.to_string()} onclick={toggle_every}>{ toggle_label }</button>
            </div>
            if !*every && differing == 0 {
                <p class="hint">{ t(lang, ScenText::NoDifference) }</p>
            } else {
                { table::comparison_table(lang, &shown) }
            }
            <h3>{ t(lang, ScenText::JournalsTitle) }</h3>
            <div class="compare-journals">{ for journals }</div>
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use yew::NodeRef;

    pub fn focus(node: &NodeRef) {
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    pub fn print() {
        let _ = gloo::utils::window().print();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use yew::NodeRef;

    pub fn focus(_node: &NodeRef) {}

    pub fn print() {}
}
