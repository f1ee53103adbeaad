//! The comparison table: one row per dashboard figure, one column for the start and one per
//! scenario, each value with its difference from the start and the best of the row marked in words.

use yew::prelude::*;

use super::model::{group_title, Comparison, Line};
use crate::ui::dashboard::figure::{figure_html, Direction, Figure};
use crate::ui::i18n::{t, Lang};
use crate::ui::scenarios::texts::ScenText;

/// « ★ meilleur », the star hidden from screen readers, which read the word.
pub fn best_mark(lang: Lang) -> Html {
    let word = t(lang, ScenText::Best).trim_start_matches('★').trim();
    html! {
        <span class="best-mark"><span aria-hidden="true">{ "★ " }</span>{ word }</span>
    }
}

fn direction_hint(lang: Lang, line: &Line) -> Html {
    let hint = match line.better {
        Direction::Lower => ScenText::LowerBetter,
        Direction::Higher => ScenText::HigherBetter,
        Direction::Neither => return html! {},
    };
    html! { <span class="figure-sub">{ t(lang, hint) }</span> }
}

fn row(lang: Lang, comparison: &Comparison, line: &Line) -> Html {
    let cells = (0..comparison.columns.len()).map(|index| {
        let best = line.best.get(index).copied().unwrap_or(false);
        let content = if index == 0 {
            let figure = Figure {
                now: line.values.first().copied().flatten(),
                base: None,
                unit: line.unit,
                better: line.better,
            };
            html! { <span class="figure-value">{ figure.value_text(lang) }</span> }
        } else {
            figure_html(lang, &comparison.figure(line, index))
        };
        html! {
            <td class={classes!("number", best.then_some("best"))}>
                { content }
                if best { { best_mark(lang) } }
            </td>
        }
    });
    html! {
        <tr data-measure={format!("{:?}", line.measure)} data-service={line.service.clone()}>
            <th scope="row">{ &line.label }{ direction_hint(lang, line) }</th>
            { for cells }
        </tr>
    }
}

/// The whole table, grouped by the dashboard's sections.
pub fn comparison_table(lang: Lang, comparison: &Comparison) -> Html {
    let width = (comparison.columns.len() + 1).to_string();
    let mut groups: Vec<(super::model::Group, Vec<&Line>)> = Vec::new();
    for line in &comparison.lines {
        match groups.last_mut() {
            Some((group, lines)) if *group == line.group => lines.push(line),
            _ => groups.push((line.group, vec![line])),
        }
    }
    html! {
        <div class="compare-table-wrap">
            <table class="figures compare-table">
                <caption>{ t(lang, ScenText::TableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, ScenText::Figure) }</th>
                        { for comparison.columns.iter().enumerate().map(|(index, name)| html! {
                            <th scope="col" class={classes!("number", (index == 0).then_some("base-column"))}>
                                <bdi>{ name }</bdi>
                            </th>
                        }) }
                    </tr>
                </thead>
                { for groups.iter().map(|(group, lines)| html! {
                    <tbody>
                        <tr class="compare-group">
                            <th scope="colgroup" colspan={width.clone()}>{ t(lang, group_title(*group)) }</th>
                        </tr>
                        { for lines.iter().map(|line| row(lang, comparison, line)) }
                    </tbody>
                }) }
            </table>
        </div>
    }
}
