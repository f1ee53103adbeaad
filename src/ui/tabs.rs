//! Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, only the chosen panel is
//! shown. The choice belongs to the caller (the workspace says which panel is shown, so that the
//! decision strip can open one), and a tab list can hold another in one of its panels.

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
    /// Id of the tab list, unique in the page.
    pub id: &'static str,
    /// Accessible name of the tab list.
    pub label: &'static str,
    pub tabs: Vec<Tab>,
    /// The chosen tab.
    pub chosen: usize,
    pub onchoose: Callback<usize>,
    /// A class for the tab list (the workshop's views are a lighter row under the activities).
    #[prop_or_default]
    pub class: Classes,
}

/// A tab list with its panels.
#[function_component(Tabs)]
pub fn tabs(props: &TabsProps) -> Html {
    let count = props.tabs.len();
    let chosen = props.chosen.min(count.saturating_sub(1));
    let onkeydown = {
        let (onchoose, list) = (props.onchoose.clone(), props.id);
        Callback::from(move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "ArrowRight" => (chosen + 1) % count,
                "ArrowLeft" => (chosen + count - 1) % count,
                "Home" => 0,
                "End" => count - 1,
                _ => return,
            };
            event.prevent_default();
            // The event would reach an outer tab list too.
            event.stop_propagation();
            onchoose.emit(next);
            focus_tab(list, next);
        })
    };
    html! {
        <div class="tabs">
            <div role="tablist" id={props.id} aria-label={props.label} class={classes!("tab-list", props.class.clone())} {onkeydown}>
                { for props.tabs.iter().enumerate().map(|(index, tab)| {
                    let selected = index == chosen;
                    let onclick = { let onchoose = props.onchoose.clone(); Callback::from(move |_| onchoose.emit(index)) };
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
                    class="tab-panel" hidden={index != chosen} tabindex="0">
                    { if index == chosen { tab.content.clone() } else { html! {} } }
                </div>
            }) }
        </div>
    }
}

/// Moves the keyboard focus to the tab at `index` of the list `list`, as the tabs pattern asks.
#[cfg(target_arch = "wasm32")]
fn focus_tab(list: &'static str, index: usize) {
    use wasm_bindgen::JsCast;
    let selector = format!("#{list} > [role=tab][data-index=\"{index}\"]");
    if let Ok(Some(element)) = gloo::utils::document().query_selector(&selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn focus_tab(_list: &'static str, _index: usize) {}
