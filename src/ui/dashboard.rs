//! The dashboard: workload, proximity, management load and change impact, each against the starting territory.

use yew::prelude::*;

/// Placeholder until the dashboard lands.
#[function_component(Dashboard)]
pub fn dashboard() -> Html {
    html! { <div class="dashboard"></div> }
}
