//! The ranking of the active territory's scenarios on the criteria the facilitator ticks, each
//! weighted 0 to 3 (`engine::ranking`); the start and the scenarios without a change are shown
//! as reference rows, never ranked.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::texts::FacText;
use crate::engine::comparison::Row;
use crate::engine::lang::Lang;
use crate::engine::ranking::{
    rank, ranking_direction, Criterion, Standing, DEFAULT_CRITERIA, MAX_WEIGHT,
};
use crate::ui::dashboard::figure::Figure;
use crate::ui::dom::select_value;
use crate::ui::i18n::{format_int, t};
use crate::ui::scenarios::compare::model::{shown_steps, Comparison, Line};
use crate::ui::state::{use_workspace, Action, NamedScenario, MAX_COMPARED};

/// A criterion's key in the facilitator's choice: the measure and the service's id.
fn key(line: &Line) -> String {
    format!(
        "{:?}:{}",
        line.measure,
        line.service.as_deref().unwrap_or_default()
    )
}

/// The scenarios ranked and the criteria with their weights, chosen by the facilitator; the table.
#[function_component(Ranking)]
pub fn ranking() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let excluded = use_state(BTreeSet::<u32>::new);
    // The ticked criteria by key, with their weights; `None` until the facilitator changes one.
    // (A list rather than a map: a handful of entries, and no map type of its own in the page.)
    let chosen_state = use_state(|| None::<Vec<(String, u8)>>);
    let candidates: Vec<&NamedScenario> = workspace.scenarios_of_active_base().collect();
    let shown: Vec<&NamedScenario> = candidates
        .iter()
        .copied()
        .filter(|s| !excluded.contains(&s.id))
        .collect();
    let comparison = Comparison::of_scenarios(&workspace, &shown);
    let choices: Vec<&Line> = comparison
        .lines
        .iter()
        .filter(|l| ranking_direction(l.measure).is_some())
        .collect();
    let chosen: Vec<(String, u8)> = match &*chosen_state {
        Some(chosen) => chosen.clone(),
        None => choices
            .iter()
            .filter(|l| l.service.is_none() && DEFAULT_CRITERIA.contains(&l.measure))
            .map(|l| (key(l), 1))
            .collect(),
    };
    let weight_of = |k: &str| chosen.iter().find(|(c, _)| c == k).map(|&(_, w)| w);
    let criteria: Vec<(Line, u8)> = choices
        .iter()
        .filter_map(|l| weight_of(&key(l)).map(|w| ((*l).clone(), w)))
        .collect();
    // Column 0 is the start; a scenario is ranked once it changes something.
    let changed: Vec<bool> = std::iter::once(false)
        .chain(shown.iter().map(|s| !s.scenario.operations().is_empty()))
        .collect();
    // The criterion `k` at `weight`, or unticked (`None`).
    let set_weight = |k: String| {
        let (chosen_state, chosen) = (chosen_state.clone(), chosen.clone());
        move |weight: Option<u8>| {
            let mut next: Vec<(String, u8)> =
                chosen.iter().filter(|(c, _)| *c != k).cloned().collect();
            next.extend(weight.map(|w| (k.clone(), w)));
            chosen_state.set(Some(next));
        }
    };
    let toggle_scenario = |id: u32| {
        let excluded = excluded.clone();
        Callback::from(move |_: Event| {
            let mut next = (*excluded).clone();
            if !next.remove(&id) {
                next.insert(id);
            }
            excluded.set(next);
        })
    };
    let criterion = |line: &Line| {
        let k = key(line);
        let id = format!("criterion-{}", k.replace(':', "-"));
        let weight = weight_of(&k);
        let toggle = {
            let set = set_weight(k.clone());
            let next = if weight.is_some() { None } else { Some(1) };
            Callback::from(move |_: Event| set(next))
        };
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={weight.is_some()} onchange={toggle} />
                <label for={id}>{ line.label.clone() }</label>
            </li>
        }
    };
    // A criterion's weight, chosen in the table's header (its key is its position in `criteria`).
    let weigh = {
        let setters: Vec<_> = criteria.iter().map(|(l, _)| set_weight(key(l))).collect();
        Callback::from(move |(position, weight): (usize, u8)| {
            if let Some(set) = setters.get(position) {
                set(Some(weight));
            }
        })
    };
    let ranked_count = changed.iter().filter(|&&c| c).count();
    html! {
        <section class="facilitator-ranking" aria-labelledby="ranking-title">
            <h3 id="ranking-title">{ t(lang, FacText::RankingTitle) }</h3>
            <p class="form-help">{ t(lang, FacText::RankingHelp) }</p>
            <fieldset class="ranking-scenarios">
                <legend>{ t(lang, FacText::Included) }</legend>
                <ul class="checks">
                    { for candidates.iter().map(|s| {
                        let id = format!("ranked-{}", s.id);
                        html! {
                            <li>
                                <input type="checkbox" id={id.clone()} checked={!excluded.contains(&s.id)} onchange={toggle_scenario(s.id)} />
                                <label for={id}><bdi>{ s.name.clone() }</bdi></label>
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
            <fieldset class="ranking-criteria">
                <legend>{ t(lang, FacText::Criteria) }</legend>
                <ul class="checks">
                    { for choices.iter().filter(|l| l.service.is_none()).map(|l| criterion(l)) }
                </ul>
                <details>
                    <summary>{ t(lang, FacText::PerService) }</summary>
                    <ul class="checks">
                        { for choices.iter().filter(|l| l.service.is_some()).map(|l| criterion(l)) }
                    </ul>
                </details>
            </fieldset>
            if ranked_count == 0 {
                <p class="ranking-empty" role="status">{ t(lang, FacText::NothingToRank) }</p>
            } else if criteria.is_empty() {
                <p class="ranking-empty" role="status">{ t(lang, FacText::NoCriterion) }</p>
            } else {
                <RankingTable comparison={comparison.clone()} {criteria} {changed} onweigh={weigh} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    comparison: Comparison,
    /// The criteria and their weights.
    criteria: Vec<(Line, u8)>,
    /// For each column of the comparison (the start first), whether it is ranked.
    changed: Vec<bool>,
    /// A criterion's new weight, by its position.
    onweigh: Callback<(usize, u8)>,
}

/// The ranking as a table: one row per ranked scenario, best first, then the reference rows
/// (the start, the scenarios without a change); under it, how the total is made, in words.
#[function_component(RankingTable)]
fn ranking_table(props: &TableProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let comparison = &props.comparison;
    let standings = standings(&props.criteria, &props.changed);
    let value = |line: &Line, column: usize| {
        Figure {
            now: line.values.get(column).copied().flatten(),
            base: None,
            unit: line.unit,
            better: line.better,
        }
        .value_text(lang)
    };
    let tied = |s: &Standing| standings.iter().filter(|o| o.place == s.place).count() > 1;
    // Best first, so that the comparison page shows the leading scenarios when there are more than it holds.
    let ranked_ids: Vec<u32> = standings
        .iter()
        .filter_map(|s| comparison.scenario_ids.get(s.column - 1).copied())
        .collect();
    let more_than_shown = ranked_ids.len() > MAX_COMPARED;
    let compare = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::CompareScenarios(ranked_ids.clone())))
    };
    let references = (0..props.changed.len()).filter(|&c| !props.changed[c]);
    let reference_name = |column: usize| {
        if column == 0 {
            t(lang, FacText::Start).to_string()
        } else {
            format!(
                "{} {}",
                comparison.columns[column],
                t(lang, FacText::Unchanged)
            )
        }
    };
    let total = props
        .criteria
        .iter()
        .filter(|(_, w)| *w > 0)
        .map(|(line, w)| {
            format!(
                "{w} × {} {}",
                t(lang, FacText::PlaceOn),
                quote(lang, &line.label)
            )
        })
        .collect::<Vec<_>>();
    html! {
        <>
        // The title outside the scrolling box, so that it wraps at the panel's width, not the table's.
        <p id="ranking-caption" class="ranking-caption">{ t(lang, FacText::RankingCaption) }</p>
        // Focusable, so that a keyboard can scroll a table wider than the panel.
        <div class="table-scroll" tabindex="0" role="region" aria-label={t(lang, FacText::RankingTitle)}>
            <table class="ranking-table" data-testid="ranking-table" aria-labelledby="ranking-caption">
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, FacText::Place) }</th>
                        <th scope="col">{ t(lang, FacText::Scenario) }</th>
                        <th scope="col">{ t(lang, FacText::Points) }</th>
                        { for props.criteria.iter().enumerate().map(|(position, (l, w))| {
                            let onweigh = props.onweigh.clone();
                            let onchange = Callback::from(move |event: Event| {
                                if let Some(weight) = select_value(&event).and_then(|v| v.parse().ok()) {
                                    onweigh.emit((position, weight));
                                }
                            });
                            html! {
                                <th scope="col">
                                    { l.label.clone() }{ " " }
                                    <select class="weight" aria-label={format!("{} {}", t(lang, FacText::WeightOf), quote(lang, &l.label))} {onchange}>
                                        { for (0..=MAX_WEIGHT).map(|n| html! {
                                            <option value={n.to_string()} selected={n == *w}>{ format!("× {n}") }</option>
                                        }) }
                                    </select>
                                </th>
                            }
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for standings.iter().map(|s| html! {
                        <tr class={classes!((s.place == 1).then_some("first"))}>
                            <td class="place">
                                { format_int(lang, s.place as i64) }
                                if tied(s) { { " " }<span class="tie">{ format!("({})", t(lang, FacText::Tie)) }</span> }
                            </td>
                            <th scope="row"><bdi>{ comparison.columns[s.column].clone() }</bdi></th>
                            <td class="points">{ format_int(lang, s.points as i64) }</td>
                            { for props.criteria.iter().zip(&s.places).map(|((line, _), place)| html! {
                                <td>
                                    { value(line, s.column) }
                                    <span class="criterion-place">{ format!(" ({} {})", t(lang, FacText::PlaceOn), place) }</span>
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
                <tbody class="references">
                    <tr><th scope="rowgroup" colspan={(props.criteria.len() + 3).to_string()}>{ t(lang, FacText::References) }</th></tr>
                    { for references.map(|column| html! {
                        <tr class="reference">
                            <td>{ "—" }</td>
                            <th scope="row"><bdi>{ reference_name(column) }</bdi></th>
                            <td>{ "—" }</td>
                            { for props.criteria.iter().map(|(line, _)| html! { <td>{ value(line, column) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
        <p class="ranking-total" data-testid="ranking-total">
            if total.is_empty() {
                { t(lang, FacText::TotalNothing) }
            } else {
                { t(lang, FacText::TotalIs) }{ " " }{ total.join(" + ") }{ t(lang, FacText::TotalEnd) }
            }
        </p>
        <p class="ranking-compare">
            <button type="button" onclick={compare}>{ t(lang, FacText::CompareRanked) }</button>
            if more_than_shown { { " " }<span class="form-help">{ t(lang, FacText::CompareFirstFour) }</span> }
        </p>
        </>
    }
}

/// A criterion's name in the language's quotation marks.
fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::En => format!("“{text}”"),
    }
}

/// The engine's standings of the changed scenarios' columns, each value compared as it is
/// written on screen.
fn standings(criteria: &[(Line, u8)], changed: &[bool]) -> Vec<Standing> {
    let criteria: Vec<Criterion> = criteria
        .iter()
        .map(|(line, weight)| {
            let shown = shown_steps(line.unit);
            Criterion {
                row: Row {
                    measure: line.measure,
                    service: None,
                    values: line.values.iter().map(|v| v.map(&shown)).collect(),
                },
                weight: *weight,
            }
        })
        .collect();
    rank(&criteria, changed)
}
