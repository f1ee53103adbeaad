//! The team picker of the operation forms: first a service, then one of its teams, so that each
//! list stays short on the Métropole (about 1,000 teams) and quick to go through by keyboard.

use yew::prelude::*;

use super::texts::OpsText;
use crate::ui::dom::select_value;
use crate::ui::i18n::{format_int, t};
use crate::ui::state::use_workspace;

#[derive(Properties, PartialEq)]
pub struct TeamPickerProps {
    /// Id of the team `<select>`; the service `<select>` is `{id}-service`.
    pub id: &'static str,
    pub label: OpsText,
    /// Where the form reads the chosen team.
    pub team: NodeRef,
    /// Which team of the service is chosen at first: 0 for the first, 1 for the second…
    #[prop_or_default]
    pub nth: usize,
}

/// A service `<select>` and the `<select>` of its teams (« Collecte Nord 1 — 11 agents »).
#[function_component(TeamPicker)]
pub fn team_picker(props: &TeamPickerProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    // It starts on the service shown on the map: the one the workshop is talking about.
    let chosen = use_state(|| workspace.service.clone());
    let territory = workspace.territory();
    let service = territory
        .service_ix(&chosen)
        .or_else(|| (!territory.services.is_empty()).then_some(crate::engine::model::ServiceIx(0)));
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            if let Some(service) = select_value(&event) {
                chosen.set(service);
            }
        })
    };
    let label = t(lang, props.label);
    let service_id = format!("{}-service", props.id);
    let service_options = territory.services.iter().enumerate().map(|(k, s)| {
        html! { <option value={s.id.clone()} selected={Some(k) == service.map(|ix| ix.index())}>{ &s.name }</option> }
    });
    let team_options = territory
        .teams
        .iter()
        .filter(|team| Some(team.service) == service)
        .enumerate()
        .map(|(position, team)| {
            let name = if team.name.trim().is_empty() { &team.id } else { &team.name };
            let text = format!("{name} — {} {}", format_int(lang, i64::from(team.agents)), t(lang, OpsText::Agents));
            html! { <option value={team.id.clone()} selected={position == props.nth}>{ text }</option> }
        });
    html! {
        <div class="team-picker">
            <div class="field">
                <label for={service_id.clone()}>{ format!("{} ({})", t(lang, OpsText::Service), label.to_lowercase()) }</label>
                <select id={service_id} {onchange}>{ for service_options }</select>
            </div>
            <div class="field">
                <label for={props.id}>{ label }</label>
                // Keyed by service: a new list starts again on its `nth` team.
                <select id={props.id} ref={props.team.clone()} key={(*chosen).clone()}>{ for team_options }</select>
            </div>
        </div>
    }
}
