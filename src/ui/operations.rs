//! Forms for the engine's operations on teams and sites.

use yew::prelude::*;

/// Placeholder until the operation forms land.
#[function_component(OperationsPanel)]
pub fn operations_panel() -> Html {
    html! { <div class="operations"></div> }
}
