//! Hand-written SVG bar charts of the main figures: one bar per column, each labelled with its
//! name and its value in text, the best marked with a star and the word, so colour tells nothing alone.

use yew::prelude::*;

use super::model::{Comparison, Line};
use crate::ui::dashboard::figure::Figure;
use crate::ui::i18n::{t, Lang};
use crate::ui::scenarios::texts::ScenText;

const WIDTH: f64 = 480.0;
const NAME_WIDTH: f64 = 150.0;
const BAR_SPACE: f64 = 220.0;
const BAR: f64 = 20.0;
const GAP: f64 = 8.0;
const TOP: f64 = 6.0;
/// Names longer than this are cut in the chart (the table shows them whole).
const NAME_CHARS: usize = 22;

fn short(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        name.chars().take(NAME_CHARS - 1).collect::<String>() + "…"
    }
}

/// One chart: `line` across the columns.
pub fn bar_chart(lang: Lang, comparison: &Comparison, line: &Line, id: &str) -> Html {
    let value_text = |index: usize| {
        Figure {
            now: line.values.get(index).copied().flatten(),
            base: None,
            unit: line.unit,
            better: line.better,
        }
        .value_text(lang)
    };
    let largest = line
        .values
        .iter()
        .flatten()
        .fold(0.0f64, |a, &b| a.max(b.abs()));
    let scale = if largest > 0.0 {
        BAR_SPACE / largest
    } else {
        0.0
    };
    let height = TOP * 2.0 + comparison.columns.len() as f64 * (BAR + GAP);
    let best_word = t(lang, ScenText::Best);
    let description = comparison
        .columns
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let best = if line.best.get(index) == Some(&true) {
                format!(" ({best_word})")
            } else {
                String::new()
            };
            format!("{name} : {}{best}", value_text(index))
        })
        .collect::<Vec<_>>()
        .join(" ; ");
    let bars = comparison.columns.iter().enumerate().map(|(index, name)| {
        let y = TOP + index as f64 * (BAR + GAP);
        let value = line.values.get(index).copied().flatten().unwrap_or(0.0);
        let width = (value.abs() * scale).max(if value != 0.0 { 1.0 } else { 0.0 });
        let best = line.best.get(index) == Some(&true);
        let label = format!("{}{}", value_text(index), if best { format!("  {best_word}") } else { String::new() });
        html! {
            <g class={classes!("chart-bar", if index == 0 { "chart-base" } else { "chart-scenario" }, best.then_some("chart-best"))}>
                <text x={(NAME_WIDTH - 6.0).to_string()} y={(y + BAR * 0.7).to_string()} text-anchor="end" class="chart-name">{ short(name) }</text>
                <rect x={NAME_WIDTH.to_string()} y={y.to_string()} width={format!("{width:.1}")} height={BAR.to_string()} />
                <text x={format!("{:.1}", NAME_WIDTH + width + 6.0)} y={(y + BAR * 0.7).to_string()} class="chart-value">{ label }</text>
            </g>
        }
    });
    html! {
        <figure class="compare-chart">
            <figcaption id={format!("{id}-title")}>{ &line.label }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby={format!("{id}-title")}
                aria-describedby={format!("{id}-desc")} preserveAspectRatio="xMinYMin meet">
                <desc id={format!("{id}-desc")}>{ description }</desc>
                { for bars }
            </svg>
        </figure>
    }
}
