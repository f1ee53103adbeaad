//! The decision strip: the handful of figures a room decides on, above the map and the panels,
//! each with its change since the start in words and signs (a figure that got worse says so, and
//! is framed, not only coloured); a click opens where the figure comes from. Under it, in a place
//! of its own that never moves the map, the last change in words and the sites it put over
//! capacity. The figures are the engine's (`engine::decision`); `KeyFigures` draws any list of
//! them, so the scenario sheet and the presentation view show the same tiles.

pub mod texts;

use yew::prelude::*;

use crate::engine::catalogue::{Measure, Trend};
use crate::engine::decision::KeyFigure;
use crate::engine::lang::Lang;
use crate::engine::model::Warning;
use crate::ui::dashboard::figure::change_html;
use crate::ui::i18n::{colon, format_int, singular, t};
use crate::ui::scenarios::messages::notice_line;
use crate::ui::state::{use_workspace, Action, Control};
use texts::StripText;

#[derive(Properties, PartialEq)]
pub struct KeyFiguresProps {
    pub lang: Lang,
    pub figures: Vec<KeyFigure>,
    /// What a tile opens (the figure and the id of the service it is about); without it the
    /// tiles are plain text (the scenario sheet, a printed page).
    #[prop_or_default]
    pub onopen: Option<Callback<(Measure, Option<String>)>>,
    /// Service ids by index, to name what `onopen` receives.
    #[prop_or_default]
    pub services: Vec<String>,
}

/// A row of key figures, one tile each.
#[function_component(KeyFigures)]
pub fn key_figures(props: &KeyFiguresProps) -> Html {
    let lang = props.lang;
    let tiles = props.figures.iter().map(|key| {
        let change = key.figure.change(lang);
        let worse = change.trend == Trend::Worse;
        let content = html! {
            <>
                <span class="strip-name">{ key.measure.name(lang) }</span>
                <span class="strip-value">
                    { key.figure.value_text(lang) }
                    // Unchanged figures stay quiet: the line under the strip says whether anything changed.
                    if change.trend != Trend::Same { { " " }{ change_html(&change) } }
                </span>
                <span class="strip-detail" title={key.detail.clone()}>{ key.detail.clone() }</span>
            </>
        };
        let class = classes!("strip-figure", format!("strip-{:?}", key.measure).to_lowercase(), worse.then_some("strip-worse"));
        match &props.onopen {
            Some(onopen) => {
                let measure = key.measure;
                let service = key.service.and_then(|k| props.services.get(k.index()).cloned());
                let onopen = onopen.clone();
                let onclick = Callback::from(move |_: MouseEvent| onopen.emit((measure, service.clone())));
                html! {
                    <li {class}>
                        <button type="button" class="strip-open" {onclick} title={t(lang, StripText::OpenHint)}>{ content }</button>
                    </li>
                }
            }
            None => html! { <li {class}><div class="strip-open">{ content }</div></li> },
        }
    });
    html! {
        <ul class="strip-figures" aria-label={t(lang, StripText::Label)}>{ for tiles }</ul>
    }
}

/// The workshop's strip: the active scenario's key figures, and under them the last change.
#[function_component(WorkshopStrip)]
pub fn workshop_strip() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let figures = workspace.key_figures(workspace.active_scenario());
    let services: Vec<String> = workspace
        .territory()
        .services
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let onopen = {
        let workspace = workspace.clone();
        Callback::from(move |(measure, service): (Measure, Option<String>)| {
            workspace.dispatch(Action::OpenSource { measure, service })
        })
    };
    let scenario = workspace.scenario();
    let count = scenario.operations().len();
    let last = count.checked_sub(1).and_then(|last| {
        let before = scenario.before(last)?;
        Some(scenario.operations()[last].describe(before, lang))
    });
    let status = match last {
        Some(last) => format!(
            "{} {}{}{last}",
            since_start(lang, count),
            t(lang, StripText::Last),
            colon(lang)
        ),
        None => since_start(lang, count),
    };
    html! {
        <section class="decision-strip" aria-labelledby="strip-title">
            <h2 id="strip-title" class="sr-only">{ t(lang, StripText::Title) }</h2>
            <KeyFigures {lang} {figures} onopen={Some(onopen)} {services} />
            // One line in a place of its own, so that what it says never moves the map: the last
            // change (the journal has every change in full), or what the last action on the
            // scenarios did, with its buttons.
            <div class="strip-status" role="status">
                if let Some(notice) = notice_line(&workspace) {
                    { notice }
                } else {
                    <p title={status.clone()}>{ status }</p>
                }
            </div>
        </section>
    }
}

/// « Depuis le départ : 3 modifications. » or « Aucune modification depuis le départ. »
pub fn since_start(lang: Lang, count: usize) -> String {
    if count == 0 {
        return t(lang, StripText::NoChange).to_string();
    }
    let noun = if singular(lang, count as u64) {
        StripText::OneChange
    } else {
        StripText::Changes
    };
    format!(
        "{}{}{} {}.",
        t(lang, StripText::SinceStart),
        colon(lang),
        format_int(lang, count as i64),
        t(lang, noun)
    )
}

/// The sites a change put over capacity, in one sentence: « Attention : le site … accueille … ».
pub fn capacity_text(lang: Lang, sites: &[Warning]) -> String {
    let said: Vec<String> = sites.iter().map(|w| w.message(lang)).collect();
    format!(
        "{}{}{}.",
        t(lang, StripText::Warning),
        colon(lang),
        lang.list(&said)
    )
}

/// The capacity alert of a control, to show next to it (under a form's button, over the map).
pub fn capacity_alert_for(
    workspace: &crate::ui::state::Workspace,
    control: Control,
) -> Option<String> {
    workspace
        .capacity_alert
        .as_ref()
        .filter(|alert| alert.control == control)
        .map(|alert| capacity_text(workspace.lang, &alert.sites))
}
