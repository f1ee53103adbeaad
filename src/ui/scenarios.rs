//! The scenarios tab: the named scenarios of the active territory (show, copy, rename, delete,
//! restore, tick for comparison), keeping and sharing them, and importing a territory; the
//! comparison view; the messages about all of it.

pub mod compare;
mod list;
pub mod messages;
pub mod texts;

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::import::{ScenariosFile, TerritoryImport};
use crate::ui::share::ShareLink;
use crate::ui::state::{use_workspace, Action};
pub use compare::CompareView;
pub use messages::Messages;
use texts::ScenText;

/// The "Scénarios" tab.
#[function_component(ScenariosPanel)]
pub fn scenarios_panel() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let open_comparison = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::ShowComparison(true)))
    };
    html! {
        <div class="scenarios-panel">
            <section aria-labelledby="scenarios-title">
                <h2 id="scenarios-title">{ t(lang, ScenText::Title) }</h2>
                <p class="hint">{ t(lang, ScenText::Intro) }</p>
                <list::ScenarioList />
                <button type="button" class="primary" onclick={open_comparison}>
                    { t(lang, ScenText::OpenComparison) }
                </button>
                <list::Trash />
            </section>
            <section aria-labelledby="keep-title">
                <h2 id="keep-title">{ t(lang, ScenText::KeepTitle) }</h2>
                <ScenariosFile />
                <ShareLink />
            </section>
            <TerritoryImport />
        </div>
    }
}
