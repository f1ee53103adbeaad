//! The "Opérations" tab: forms for the team operations not made on the map or the org chart,
//! each showing the engine's refusal next to itself.

pub mod fields;
mod headcount;
mod merge;
mod move_team;
mod picker;
pub mod split;
pub mod texts;

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::state::use_workspace;
use texts::OpsText;

/// The operations tab.
#[function_component(OperationsPanel)]
pub fn operations_panel() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    html! {
        <section class="operations" aria-labelledby="operations-title">
            <h2 id="operations-title">{ t(lang, OpsText::Title) }</h2>
            <p class="operations-intro">{ t(lang, OpsText::Intro) }</p>
            <headcount::HeadcountForm />
            <split::SplitForm />
            <merge::MergeForm />
            <move_team::MoveTeamForm />
        </section>
    }
}
