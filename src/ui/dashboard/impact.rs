//! Change impact: how many agents the changes so far move to another site or another manager.

use yew::prelude::*;

use super::explain::how_computed;
use super::figure::{figure_html, Better, Figure, Unit};
use super::texts::DashText;
use crate::ui::i18n::t;
use crate::ui::state::use_workspace;

/// The change impact section. At the start every count is 0, so each change is the count itself.
#[function_component(ImpactSection)]
pub fn impact_section() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let impact = workspace.impact();
    let count = |value: u64| Figure::of(value as f64, 0.0, Unit::Number(0), Better::Neither);
    let rows = [
        (DashText::AgentsMoved, count(impact.agents_moved)),
        (DashText::AgentsNewManager, count(impact.agents_new_manager)),
        (DashText::AgentsNew, count(impact.agents_new)),
        (DashText::AgentsGone, count(impact.agents_gone)),
    ];
    html! {
        <section class="dash-section" aria-labelledby="dash-impact">
            <h2 id="dash-impact">{ t(lang, DashText::ImpactTitle) }</h2>
            { how_computed(lang, DashText::ImpactTitle, DashText::HowImpact) }
            <table class="figures impact-table">
                <caption>{ t(lang, DashText::ImpactCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, DashText::Figure) }</th>
                        <th scope="col" class="number">{ t(lang, DashText::Value) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|(label, figure)| html! {
                        <tr>
                            <th scope="row">{ t(lang, *label) }</th>
                            <td class="number">{ figure_html(lang, figure) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
