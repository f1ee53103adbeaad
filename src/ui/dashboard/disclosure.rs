//! Show/hide buttons for the long tables (per team, per commune): closed at start, and their
//! content is only built when open, which keeps the dashboard fast on the Métropole.

use std::collections::BTreeSet;

use yew::prelude::*;

/// Which tables of a section are open, by key.
pub type Opened = UseStateHandle<BTreeSet<String>>;

/// A button with `aria-expanded` that opens or closes the table `key`, and the table when open.
pub fn disclosure(
    opened: &Opened,
    key: &str,
    label: String,
    content: impl FnOnce() -> Html,
) -> Html {
    let open = opened.contains(key);
    // Ids come from the CSV files: keep them to characters safe in an HTML id.
    let safe: String = key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let region = format!("disclosure-{safe}");
    let onclick = {
        let opened = opened.clone();
        let key = key.to_owned();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*opened).clone();
            if !next.remove(&key) {
                next.insert(key.clone());
            }
            opened.set(next);
        })
    };
    html! {
        <div class="disclosure">
            <button type="button" class="disclosure-button" aria-expanded={open.to_string()}
                aria-controls={open.then(|| region.clone())} {onclick}>
                <span class="disclosure-mark" aria-hidden="true">{ if open { "▾" } else { "▸" } }</span>
                { label }
            </button>
            if open { <div id={region} class="disclosure-content">{ content() }</div> }
        </div>
    }
}
