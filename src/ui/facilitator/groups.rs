//! The groups' scenarios: collecting their exported files (picker or drop), and ranking the
//! scenarios of the active territory on the criteria the facilitator ticks (`engine::ranking`).

use std::collections::BTreeSet;

use yew::prelude::*;

use super::texts::FacText;
use crate::engine::comparison::{Measure, Row};
use crate::engine::ordered;
use crate::engine::ranking::{rank, ranking_direction, Standing};
use crate::ui::dashboard::figure::Figure;
use crate::ui::i18n::{format_int, t};
use crate::ui::import::use_file_drop;
use crate::ui::scenarios::compare::model::{shown_steps, Comparison, Line};
use crate::ui::state::{use_workspace, Action, NamedScenario, Problem, MAX_COMPARED};

/// Collecting the groups' files.
#[function_component(GroupCollection)]
pub fn group_collection() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let receive = {
        let workspace = workspace.clone();
        Callback::from(move |files: Vec<(String, String)>| {
            if !files.is_empty() {
                workspace.dispatch(Action::CollectGroups(files));
            }
        })
    };
    let drop = use_file_drop(receive);
    let refused = match &workspace.problem {
        Some(Problem::GroupFiles(refused)) => refused.clone(),
        _ => Vec::new(),
    };
    html! {
        <section class="facilitator-groups" aria-labelledby="groups-title">
            <h3 id="groups-title">{ t(lang, FacText::GroupsTitle) }</h3>
            <p class="form-help" id="groups-help">{ t(lang, FacText::GroupsHelp) }</p>
            <div class={classes!("drop-zone", drop.dragging.then_some("dragging"))}
                ondrop={drop.ondrop} ondragover={drop.ondragover} ondragleave={drop.ondragleave} data-testid="groups-drop-zone">
                <label class="file-pick" for="group-files">{ t(lang, FacText::GroupsPick) }</label>
                <input id="group-files" type="file" multiple=true accept=".json,application/json"
                    aria-describedby="groups-help" onchange={drop.onchange} />
                <p>{ t(lang, FacText::GroupsDrop) }</p>
            </div>
            if !refused.is_empty() {
                <div class="refusal" role="alert">
                    { for refused.iter().map(|r| html! {
                        <p>{ t(lang, FacText::GroupFileRefused) }{ " " }<bdi>{ r.file.clone() }</bdi>{ " — " }{ r.error.message(lang) }</p>
                    }) }
                </div>
            }
        </section>
    }
}

/// A criterion's key in the facilitator's choice: the measure and the service's id.
fn key(line: &Line) -> String {
    format!(
        "{:?}:{}",
        line.measure,
        line.service.as_deref().unwrap_or_default()
    )
}

/// The criteria ticked at first: the figures that sum up a whole solution.
fn ticked_at_first(line: &Line) -> bool {
    line.service.is_none()
        && matches!(
            line.measure,
            Measure::OverloadedTeams
                | Measure::MaxSpan
                | Measure::PostsOutsideNorm
                | Measure::AgentsMoved
        )
}

/// The scenarios ranked and the criteria, chosen by the facilitator; the table.
#[function_component(Ranking)]
pub fn ranking() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let excluded = use_state(BTreeSet::<u32>::new);
    let ticked = use_state(|| None::<BTreeSet<String>>);
    let candidates: Vec<&NamedScenario> = workspace.scenarios_of_active_base().collect();
    let ranked: Vec<&NamedScenario> = candidates
        .iter()
        .copied()
        .filter(|s| !excluded.contains(&s.id))
        .collect();
    let comparison = Comparison::of_scenarios(&workspace, &ranked);
    let choices: Vec<&Line> = comparison
        .lines
        .iter()
        .filter(|l| ranking_direction(l.measure).is_some())
        .collect();
    let chosen: BTreeSet<String> = match &*ticked {
        Some(keys) => keys.clone(),
        None => ordered::set_of(
            choices
                .iter()
                .filter(|l| ticked_at_first(l))
                .map(|l| key(l)),
        ),
    };
    let criteria: Vec<&Line> = choices
        .iter()
        .copied()
        .filter(|l| chosen.contains(&key(l)))
        .collect();
    let toggle_criterion = |k: String| {
        let (ticked, chosen) = (ticked.clone(), chosen.clone());
        Callback::from(move |_: Event| {
            let mut next = chosen.clone();
            if !next.remove(&k) {
                next.insert(k.clone());
            }
            ticked.set(Some(next));
        })
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
    let checkbox = |line: &Line| {
        let k = key(line);
        let id = format!("criterion-{}", k.replace(':', "-"));
        html! {
            <li>
                <input type="checkbox" id={id.clone()} checked={chosen.contains(&k)} onchange={toggle_criterion(k)} />
                <label for={id}>{ line.label.clone() }</label>
            </li>
        }
    };
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
                    { for choices.iter().filter(|l| l.service.is_none()).map(|l| checkbox(l)) }
                </ul>
                <details>
                    <summary>{ t(lang, FacText::PerService) }</summary>
                    <ul class="checks">
                        { for choices.iter().filter(|l| l.service.is_some()).map(|l| checkbox(l)) }
                    </ul>
                </details>
            </fieldset>
            if ranked.len() < 2 {
                <p class="ranking-empty" role="status">{ t(lang, FacText::NothingToRank) }</p>
            } else if criteria.is_empty() {
                <p class="ranking-empty" role="status">{ t(lang, FacText::NoCriterion) }</p>
            } else {
                <RankingTable comparison={comparison.clone()} criteria={criteria.iter().map(|l| (*l).clone()).collect::<Vec<_>>()}
                    ids={ranked.iter().map(|s| s.id).collect::<Vec<_>>()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    comparison: Comparison,
    criteria: Vec<Line>,
    /// The ranked scenarios' ids, in the comparison's column order (after the start).
    ids: Vec<u32>,
}

/// The ranking as a table: one row per scenario, best first, with the start as a reference.
#[function_component(RankingTable)]
fn ranking_table(props: &TableProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let comparison = &props.comparison;
    let standings = standings(&props.criteria);
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
    let compare = {
        let workspace = workspace.clone();
        let best_first: Vec<u32> = standings
            .iter()
            .filter_map(|s| props.ids.get(s.column).copied())
            .collect();
        Callback::from(move |_| workspace.dispatch(Action::CompareScenarios(best_first.clone())))
    };
    let more_than_shown = props.ids.len() > MAX_COMPARED;
    html! {
        <>
        <div class="table-scroll">
            <table class="ranking-table" data-testid="ranking-table">
                <caption>{ t(lang, FacText::RankingCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, FacText::Place) }</th>
                        <th scope="col">{ t(lang, FacText::Scenario) }</th>
                        { for props.criteria.iter().map(|l| html! { <th scope="col">{ l.label.clone() }</th> }) }
                        <th scope="col">{ t(lang, FacText::Points) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for standings.iter().map(|s| {
                        // Column 0 of the comparison is the start; the ranked scenarios follow.
                        let column = s.column + 1;
                        html! {
                            <tr class={classes!((s.place == 1).then_some("first"))}>
                                <td class="place">
                                    { format_int(lang, s.place as i64) }
                                    if tied(s) { { " " }<span class="tie">{ format!("({})", t(lang, FacText::Tie)) }</span> }
                                </td>
                                <th scope="row"><bdi>{ comparison.columns[column].clone() }</bdi></th>
                                { for props.criteria.iter().zip(&s.places).map(|(line, place)| html! {
                                    <td>
                                        { value(line, column) }
                                        <span class="criterion-place">{ format!(" ({} {})", t(lang, FacText::PlaceOn), place) }</span>
                                    </td>
                                }) }
                                <td class="points">{ format_int(lang, s.points as i64) }</td>
                            </tr>
                        }
                    }) }
                    <tr class="reference">
                        <td>{ "—" }</td>
                        <th scope="row">{ t(lang, FacText::Start) }</th>
                        { for props.criteria.iter().map(|line| html! { <td>{ value(line, 0) }</td> }) }
                        <td>{ "—" }</td>
                    </tr>
                </tbody>
            </table>
        </div>
        <p class="ranking-compare">
            <button type="button" onclick={compare}>{ t(lang, FacText::CompareRanked) }</button>
            if more_than_shown { { " " }<span class="form-help">{ t(lang, FacText::CompareFirstFour) }</span> }
        </p>
        </>
    }
}

/// The engine's standings of the scenario columns (the start left out), each value compared as
/// it is written on screen.
fn standings(criteria: &[Line]) -> Vec<Standing> {
    let rows: Vec<Row> = criteria
        .iter()
        .map(|line| {
            let shown = shown_steps(line.unit);
            Row {
                measure: line.measure,
                service: None,
                values: line.values.iter().skip(1).map(|v| v.map(&shown)).collect(),
            }
        })
        .collect();
    rank(&rows)
}
