//! Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, only the chosen panel is shown.

use yew::prelude::*;

/// One tab and its panel.
#[derive(Clone, PartialEq)]
pub struct Tab {
    /// Stable id, used for the element ids (`tab-{id}`, `panel-{id}`).
    pub id: &'static str,
    pub label: &'static str,
    pub content: Html,
}

#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// Accessible name of the tab list.
    pub label: &'static str,
    pub tabs: Vec<Tab>,
}

/// A tab list with its panels; the first tab is chosen at start.
#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let chosen = use_state(|| 0usize);
    let count = props.tabs.len();
    let onkeydown = {
        let chosen = chosen.clone();
        Callback::from(move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "ArrowRight" => (*chosen + 1) % count,
                "ArrowLeft" => (*chosen + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            chosen.set(next);
            focus_tab(next);
        })
    };
    html! {
        <div class="tabs">
            <div role="tablist" aria-label={props.label} class="tab-list" {onkeydown}>
                { for props.tabs.iter().enumerate().map(|(index, tab)| {
                    let selected = index == *chosen;
                    let onclick = { let chosen = chosen.clone(); Callback::from(move |_| chosen.set(index)) };
                    html! {
                        <button type="button" role="tab" id={format!("tab-{}", tab.id)} data-index={index.to_string()}
                            aria-selected={selected.to_string()} aria-controls={format!("panel-{}", tab.id)}
                            tabindex={if selected { "0" } else { "-1" }} {onclick}>
                            { tab.label }
                        </button>
                    }
                }) }
            </div>
            { for props.tabs.iter().enumerate().map(|(index, tab)| html! {
                <div role="tabpanel" id={format!("panel-{}", tab.id)} aria-labelledby={format!("tab-{}", tab.id)}
                    class="tab-panel" hidden={index != *chosen} tabindex="0">
                    { if index == *chosen { tab.content.clone() } else { html! {} } }
                </div>
            }) }
        </div>
    }
}

/// Moves the keyboard focus to the tab at `index`, as the tabs pattern asks.
#[cfg(target_arch = "wasm32")]
fn focus_tab(index: usize) {
    use wasm_bindgen::JsCast;
    let selector = format!("[role=tab][data-index=\"{index}\"]");
    if let Ok(Some(element)) = gloo::utils::document().query_selector(&selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn focus_tab(_index: usize) {}
