//! A finished simulation, service by service: its reading in words, its chart, its table, and
//! the result as MODEL.md's JSON to download.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::{backlog_chart, backlog_table, Version};
use super::reading::{backlog_sentence, difference_sentences};
use super::runner::Outcome;
use super::texts::SimText;
use crate::engine::lang::Lang;
use crate::engine::simulation::{
    read_scenario, Percentiles, ScenarioReading, ServiceSeries, SimulationResult,
};
use crate::ui::i18n::colon;
use crate::ui::i18n::t;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub outcome: Rc<Outcome>,
    pub lang: Lang,
    /// Whether the figures no longer match the parameters or the scenario (a new run is under way).
    #[prop_or_default]
    pub stale: bool,
}

/// Every service's chart, with the legend and the downloads above them.
#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let outcome = &props.outcome;
    let computed = format!(
        "{} {}.",
        t(lang, SimText::ComputedWith),
        super::params::summary(lang, &outcome.params, outcome.territory_absence)
    );
    let versions: Vec<(Version, &SimulationResult)> =
        std::iter::once((Version::Base, &outcome.base))
            .chain(outcome.scenario.as_ref().map(|r| (Version::Scenario, r)))
            .collect();
    // Which services the scenario touches decides which charts mark the change month.
    let reading = scenario_reading(outcome);
    let marked = reading.as_ref().is_some_and(|r| !r.touched.is_empty());
    html! {
        <section class={classes!("sim-results", props.stale.then_some("stale"))} aria-labelledby="sim-results-title">
            <h3 id="sim-results-title">
                { format!("{} — {}{}{}", t(lang, SimText::ResultsTitle), t(lang, SimText::ResultsOf), colon(lang), outcome.name) }
            </h3>
            if props.stale {
                <p class="sim-stale">{ t(lang, SimText::Stale) }</p>
            }
            <p class="sim-computed">{ computed }</p>
            if outcome.scenario.is_none() {
                <p class="sim-note">{ t(lang, SimText::NoChange) }</p>
            }
            { legend(lang, &versions, marked) }
            <p class="sim-exports">
                { for versions.iter().map(|(version, result)| export_link(lang, *version, result)) }
                <span class="sim-help">{ t(lang, SimText::ExportNote) }</span>
            </p>
            { for outcome.services.iter().map(|(id, name)| service(lang, outcome, &versions, reading.as_ref(), id, name)) }
        </section>
    }
}

/// What the scenario changes against doing nothing; `None` when it changes nothing.
pub fn scenario_reading(outcome: &Outcome) -> Option<ScenarioReading> {
    outcome.scenario.as_ref().map(|with| {
        let scenario = &outcome.scenario_key.0;
        read_scenario(scenario.base(), scenario.current(), &outcome.base, with)
    })
}

/// What the scenario changes against doing nothing, said first in the tab, above the
/// parameters: the difference it makes, service by service, then the services it leaves alone.
#[function_component(DifferenceSaid)]
pub fn difference_said(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let outcome = &props.outcome;
    let Some(reading) = scenario_reading(outcome) else {
        return html! {};
    };
    let name = |id: &str| {
        outcome
            .services
            .iter()
            .find(|(known, _)| known == id)
            .map_or_else(|| id.to_string(), |(_, name)| name.clone())
    };
    let (first, rest) = difference_sentences(
        lang,
        &reading,
        outcome.params.months,
        outcome.params.change_month,
        &name,
    );
    html! {
        <div class={classes!("sim-difference", props.stale.then_some("stale"))}>
            <p><strong>{ first }</strong></p>
            if let Some(rest) = rest {
                <p>{ rest }</p>
            }
        </div>
    }
}

/// What each line and band stands for, drawn as in the charts and said in words; the change
/// month's line only when some chart marks it.
fn legend(lang: Lang, versions: &[(Version, &SimulationResult)], marked: bool) -> Html {
    html! {
        <ul class="sim-legend">
            { for versions.iter().map(|(version, _)| html! {
                <li class={version.class()}>
                    <svg width="64" height="18" viewBox="0 0 64 18" aria-hidden="true" focusable="false">
                        <rect class="band" x="0" y="2" width="64" height="14" />
                        <line class="median" x1="0" x2="64" y1="9" y2="9" />
                    </svg>
                    <span>
                        <strong>{ t(lang, version.label()) }</strong>
                        { format!("{}{} ({}), {}", colon(lang), t(lang, SimText::Median), t(lang, version.line()), t(lang, SimText::Band)) }
                    </span>
                </li>
            }) }
            if marked {
                <li class="change">
                    <svg width="64" height="18" viewBox="0 0 64 18" aria-hidden="true" focusable="false">
                        <line x1="32" x2="32" y1="0" y2="18" />
                    </svg>
                    <span>{ t(lang, SimText::ChangeLegend) }</span>
                </li>
            }
        </ul>
    }
}

/// One service: its reading (one sentence when both versions read alike), its chart (the change
/// month marked where the scenario touches it) and its table.
fn service(
    lang: Lang,
    outcome: &Outcome,
    versions: &[(Version, &SimulationResult)],
    reading: Option<&ScenarioReading>,
    id: &str,
    name: &str,
) -> Html {
    let series: Vec<(Version, &ServiceSeries)> = versions
        .iter()
        .filter_map(|(version, result)| result.services.get(id).map(|s| (*version, s)))
        .collect();
    let curves: Vec<(Version, &Percentiles)> = series
        .iter()
        .map(|(version, s)| (*version, &s.backlog))
        .collect();
    let months = outcome.params.months;
    let touched = reading.is_some_and(|r| r.touched.iter().any(|d| d.service == id));
    let mut said: Vec<(Version, String)> = series
        .iter()
        .map(|(version, series)| (*version, backlog_sentence(lang, name, months, series)))
        .collect();
    // Untouched, or reading alike: the same sentence twice would say nothing more.
    let alike = said.len() > 1 && (!touched || said[0].1 == said[1].1);
    if alike {
        said.truncate(1);
    }
    let sentences: Vec<String> = said
        .into_iter()
        .map(|(version, sentence)| {
            let who = match (curves.len() > 1, alike) {
                (false, _) => return sentence,
                (true, true) => t(lang, SimText::Both),
                (true, false) => t(lang, version.label()),
            };
            format!("{who}{}{sentence}", colon(lang))
        })
        .collect();
    let label = format!(
        "{}. {}",
        t(lang, SimText::ChartOf).replace("{}", name),
        sentences.join(" ")
    );
    let change = touched.then_some(outcome.params.change_month);
    let chart = backlog_chart(lang, &label, months, change, &curves);
    let caption = format!("{} — {name}", t(lang, SimText::TableCaption));
    let table = backlog_table(lang, &caption, &curves);
    html! {
        <section class="sim-service">
            <h4>{ name }</h4>
            { for sentences.iter().map(|s| html! { <p class="sim-reading">{ s }</p> }) }
            { Html::from_html_unchecked(chart.into()) }
            <details class="sim-table">
                <summary>{ format!("{} — {name}", t(lang, SimText::Table)) }</summary>
                { Html::from_html_unchecked(table.into()) }
            </details>
        </section>
    }
}

/// A link that downloads `result` as the JSON `maillage simulate` prints.
fn export_link(lang: Lang, version: Version, result: &SimulationResult) -> Html {
    let text = serde_json::to_string_pretty(&result.to_model_json()).unwrap_or_default() + "\n";
    let (label, file) = match version {
        Version::Base => (SimText::ExportBase, "simulation-sans-changement.json"),
        Version::Scenario => (SimText::ExportScenario, "simulation-scenario.json"),
    };
    html! {
        <a class="sim-export" href={data_url(&text)} download={file}>{ t(lang, label) }</a>
    }
}

/// `text` as a `data:` URL, escaping only what a URL cannot hold as it is.
pub fn data_url(text: &str) -> String {
    let mut url = String::with_capacity(text.len() + text.len() / 4 + 40);
    url.push_str("data:application/json;charset=utf-8,");
    for byte in text.bytes() {
        let plain = byte.is_ascii_graphic()
            && !matches!(
                byte,
                b'%' | b'#' | b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}'
            );
        if plain {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}
