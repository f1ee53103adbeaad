//! The dashboard: workload, proximity, management load and change impact, each figure beside its
//! change since the starting territory and with a note on how it is computed.

mod disclosure;
mod explain;
pub mod figure;
mod impact;
mod management;
mod proximity;
pub mod texts;
mod workload;

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::state::use_workspace;
use texts::DashText;

/// The "Tableau de bord" tab.
#[function_component(Dashboard)]
pub fn dashboard() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    html! {
        <div class="dashboard">
            <p class="dashboard-legend">{ t(lang, DashText::Legend) }</p>
            <workload::WorkloadSection />
            <proximity::ProximitySection />
            <management::ManagementSection />
            <impact::ImpactSection />
        </div>
    }
}
