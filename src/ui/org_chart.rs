//! The org chart: posts with their span, sites and trades, coloured against the span norm, and the changes to it.

mod field;
mod figures;
mod forms;
mod summary;
mod text;
mod tree;

use std::collections::BTreeSet;

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::state::use_workspace;

pub use text::OrgText;

use forms::EditPanel;
use summary::OrgSummary;
use tree::Chart;

/// The "Organigramme" tab: summary and norm, the forms of change, then the reporting tree.
#[function_component(OrgChart)]
pub fn org_chart() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    // Branches the user opened or closed, by post id (ids survive every change, indices do not).
    let toggled = use_state(BTreeSet::<String>::new);
    let ontoggle = {
        let toggled = toggled.clone();
        Callback::from(move |post: String| {
            let mut next = (*toggled).clone();
            if !next.remove(&post) {
                next.insert(post);
            }
            toggled.set(next);
        })
    };
    let chart = Chart::new(
        lang,
        workspace.territory(),
        workspace.figures(),
        workspace.base_figures(),
        workspace.norm,
        &toggled,
        ontoggle,
    );
    html! {
        <div class="org-chart">
            <h2 class="org-title">{ t(lang, OrgText::Title) }</h2>
            <p class="org-intro">{ t(lang, OrgText::Intro) }</p>
            <OrgSummary />
            <EditPanel />
            <section class="org-tree" aria-labelledby="org-tree-title">
                <h3 id="org-tree-title">{ t(lang, OrgText::TreeTitle) }</h3>
                { chart.view() }
            </section>
        </div>
    }
}
