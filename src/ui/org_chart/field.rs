//! Form fields of the org chart: labelled selects of posts, teams and services, and reading what the user chose.

use yew::prelude::*;

use crate::engine::model::{Role, Territory};

/// One option of a select: the text id sent to the engine and what the user reads.
#[derive(Clone, PartialEq)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

fn labelled(name: &str, id: &str) -> String {
    if name.is_empty() || name == id {
        id.to_owned()
    } else {
        format!("{name} ({id})")
    }
}

/// The posts, in file order, that pass `keep`.
pub fn posts(territory: &Territory, keep: impl Fn(Role, bool) -> bool) -> Vec<Choice> {
    territory
        .managers
        .iter()
        .filter(|m| keep(m.role, m.reports_to.is_none()))
        .map(|m| Choice {
            value: m.id.clone(),
            label: labelled(&m.name, &m.id),
        })
        .collect()
}

/// Every team, in file order.
pub fn teams(territory: &Territory) -> Vec<Choice> {
    territory
        .teams
        .iter()
        .map(|team| Choice {
            value: team.id.clone(),
            label: labelled(&team.name, &team.id),
        })
        .collect()
}

/// Every service, in file order.
pub fn services(territory: &Territory) -> Vec<Choice> {
    territory
        .services
        .iter()
        .map(|s| Choice {
            value: s.id.clone(),
            label: s.name.clone(),
        })
        .collect()
}

/// What a select shows: the user's choice while it still exists, otherwise the option at `fallback` (or the last).
pub fn chosen(choice: &str, choices: &[Choice], fallback: usize) -> String {
    if choices.iter().any(|c| c.value == choice) {
        return choice.to_owned();
    }
    choices
        .get(fallback)
        .or(choices.last())
        .map(|c| c.value.clone())
        .unwrap_or_default()
}

/// A labelled select whose chosen option is `value`.
pub fn select(
    id: &str,
    label: &str,
    choices: &[Choice],
    value: &str,
    onchange: Callback<String>,
) -> Html {
    let onchange = Callback::from(move |event: Event| {
        if let Some(value) = self::value(&event) {
            onchange.emit(value);
        }
    });
    html! {
        <div class="field">
            <label for={id.to_owned()}>{ label }</label>
            <select id={id.to_owned()} {onchange}>
                { for choices.iter().map(|c| html! {
                    <option value={c.value.clone()} selected={c.value == value}>{ &c.label }</option>
                }) }
            </select>
        </div>
    }
}

/// Where a form keeps one of its choices.
pub fn keep(state: &UseStateHandle<String>) -> Callback<String> {
    let state = state.clone();
    Callback::from(move |value| state.set(value))
}

/// The value of the `<input>` or `<select>` an event came from.
#[cfg(target_arch = "wasm32")]
pub fn value(event: &Event) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target = event.target()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(input.value());
    }
    target
        .dyn_ref::<web_sys::HtmlSelectElement>()
        .map(|select| select.value())
}

/// Natively there is no DOM to read from (render tests only).
#[cfg(not(target_arch = "wasm32"))]
pub fn value(_event: &Event) -> Option<String> {
    None
}
