//! The journal of changes, in plain language.

use yew::prelude::*;

/// Placeholder until the journal lands.
#[function_component(Journal)]
pub fn journal() -> Html {
    html! { <div class="journal"></div> }
}
