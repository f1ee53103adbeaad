//! The dashboard: what changed since the start first, then workload, proximity, management load
//! and change impact, each figure beside its change since the starting territory and with a note
//! on how it is computed.

mod changes;
mod disclosure;
mod explain;
pub mod figure;
mod impact;
mod management;
mod proximity;
mod sites;
pub mod texts;
mod workload;

pub use changes::{changed_label, changes_table};

use yew::prelude::*;

use crate::engine::catalogue::Measure;
use crate::ui::i18n::t;
use crate::ui::state::use_workspace;
use texts::DashText;

/// The id of the place on the dashboard where a strip figure comes from (the strip opens it).
pub fn source_id(measure: Measure) -> &'static str {
    match measure {
        Measure::OverloadedTeams => "source-overloaded",
        Measure::LongestTrip | Measure::ResidentsBeyondReach => "source-proximity",
        Measure::SitesOverCapacity => "source-sites",
        Measure::AgentsChanging | Measure::AgentsMoved | Measure::AgentsNewManager => {
            "source-impact"
        }
        _ => "source-management",
    }
}

/// The "Tableau de bord" tab.
#[function_component(Dashboard)]
pub fn dashboard() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    // A strip figure asked for: its source comes into view and takes the focus.
    let spotlight = workspace.spotlight;
    use_effect_with(spotlight, move |spotlight| {
        if let Some(spotlight) = spotlight {
            page::reveal(source_id(spotlight.measure));
        }
    });
    html! {
        <div class="dashboard">
            <changes::ChangesSection />
            <p class="dashboard-legend">{ t(lang, DashText::Legend) }</p>
            <workload::WorkloadSection />
            <proximity::ProximitySection />
            <management::ManagementSection />
            <impact::ImpactSection />
        </div>
    }
}

mod page {
    /// Scrolls the element with this id into view and gives it the focus.
    #[cfg(target_arch = "wasm32")]
    pub fn reveal(id: &str) {
        use wasm_bindgen::JsCast;
        let Some(element) = gloo::utils::document().get_element_by_id(id) else {
            return;
        };
        element.scroll_into_view();
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn reveal(_id: &str) {}
}
