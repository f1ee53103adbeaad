//! The dashboard's first section: what differs from the start, the largest change first (the
//! engine's `decision::changes`), so that the effect of a change reads before any table; at the
//! start, said once that nothing changed.

use yew::prelude::*;

use super::disclosure::{disclosure, Opened};
use super::figure::{change_html, figures_table};
use super::texts::DashText;
use crate::engine::decision::{Changed, Subject};
use crate::engine::lang::Lang;
use crate::engine::model::Territory;
use crate::ui::i18n::{format_int, t};
use crate::ui::state::use_workspace;

/// Changes listed before "show the others": a glance, even on the Métropole.
const SHOWN: usize = 8;

/// What a changed figure is about, in words: « Charge avec l'absence habituelle — Voirie »,
/// « … — Collecte Nord 1 (équipe) ».
pub fn changed_label(lang: Lang, territory: &Territory, changed: &Changed) -> String {
    let name = changed.measure.name(lang);
    match changed.subject {
        Subject::Territory => name.to_string(),
        Subject::Service(k) => territory
            .services
            .get(k.index())
            .map_or_else(|| name.to_string(), |s| format!("{name} — {}", s.name)),
        Subject::Team(team) => territory.teams.get(team.index()).map_or_else(
            || name.to_string(),
            |team| format!("{name} — {} ({})", team.name, t(lang, DashText::TeamWord)),
        ),
    }
}

/// The changed figures as table rows: the figure, its start, its value now and the change.
pub fn changes_rows(lang: Lang, territory: &Territory, changes: &[Changed]) -> Html {
    html! {
        { for changes.iter().map(|changed| html! {
            <tr>
                <th scope="row">{ changed_label(lang, territory, changed) }</th>
                <td class="number">{ changed.figure.base_text(lang) }</td>
                <td class="number"><span class="figure-value">{ changed.figure.value_text(lang) }</span></td>
                <td class="number">{ change_html(&changed.figure.change(lang)) }</td>
            </tr>
        }) }
    }
}

/// The table of changed figures, with its caption.
pub fn changes_table(lang: Lang, territory: &Territory, changes: &[Changed]) -> Html {
    figures_table(
        "changes-table",
        t(lang, DashText::ChangesCaption).to_owned(),
        t(lang, DashText::Figure),
        &[
            t(lang, DashText::AtStartColumn),
            t(lang, DashText::Now),
            t(lang, DashText::Change),
        ],
        changes_rows(lang, territory, changes),
    )
}

/// The "what changed" section.
#[function_component(ChangesSection)]
pub fn changes_section() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let opened: Opened = use_state(Default::default);
    let operations = workspace.scenario().operations().len();
    let changes = workspace.changes(workspace.active_scenario());
    let territory = workspace.territory();
    let (first, rest) = changes.split_at(changes.len().min(SHOWN));
    html! {
        <section class="dash-section dash-changes" aria-labelledby="dash-changes">
            <h2 id="dash-changes">{ t(lang, DashText::ChangesTitle) }</h2>
            if operations == 0 {
                <p class="no-change">{ t(lang, DashText::NothingChanged) }</p>
            } else if changes.is_empty() {
                <p class="no-change">{ t(lang, DashText::NoFigureChanged) }</p>
            } else {
                { changes_table(lang, territory, first) }
                if !rest.is_empty() {
                    { disclosure(&opened, "changes-rest", format!("{} {}", format_int(lang, rest.len() as i64), t(lang, DashText::MoreChanges)), || changes_table(lang, territory, rest)) }
                }
            }
        </section>
    }
}
