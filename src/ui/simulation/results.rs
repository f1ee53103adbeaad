//! A finished simulation, service by service: its reading in words, its chart, its table, and
//! the result as MODEL.md's JSON to download.

use std::rc::Rc;

use yew::prelude::*;

use super::chart::{backlog_chart, backlog_table, Version};
use super::reading::backlog_sentence;
use super::runner::Outcome;
use super::texts::SimText;
use crate::engine::lang::Lang;
use crate::engine::simulation::{Percentiles, ServiceSeries, SimulationResult};
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
            { legend(lang, &versions) }
            <p class="sim-exports">
                { for versions.iter().map(|(version, result)| export_link(lang, *version, result)) }
                <span class="sim-help">{ t(lang, SimText::ExportNote) }</span>
            </p>
            { for outcome.services.iter().map(|(id, name)| service(lang, outcome, &versions, id, name)) }
        </section>
    }
}

/// What each line and band stands for, drawn as in the charts and said in words.
fn legend(lang: Lang, versions: &[(Version, &SimulationResult)]) -> Html {
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
            <li class="change">
                <svg width="64" height="18" viewBox="0 0 64 18" aria-hidden="true" focusable="false">
                    <line x1="32" x2="32" y1="0" y2="18" />
                </svg>
                <span>{ t(lang, SimText::ChangeLegend) }</span>
            </li>
        </ul>
    }
}

/// One service: its reading, its chart and its table.
fn service(
    lang: Lang,
    outcome: &Outcome,
    versions: &[(Version, &SimulationResult)],
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
    let sentences: Vec<String> = series
        .iter()
        .map(|(version, series)| {
            let sentence = backlog_sentence(lang, name, months, series);
            if curves.len() > 1 {
                format!("{}{}{sentence}", t(lang, version.label()), colon(lang))
            } else {
                sentence
            }
        })
        .collect();
    let label = format!(
        "{}. {}",
        t(lang, SimText::ChartOf).replace("{}", name),
        sentences.join(" ")
    );
    let chart = backlog_chart(lang, &label, months, outcome.params.change_month, &curves);
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
