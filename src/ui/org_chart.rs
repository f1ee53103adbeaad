//! The org chart: posts with their span, sites and trades, coloured against the span norm.

use yew::prelude::*;

/// Placeholder until the org chart lands.
#[function_component(OrgChart)]
pub fn org_chart() -> Html {
    html! { <div class="org-chart"></div> }
}
