//! Change impact: how many agents the changes so far move to another site or another manager.

use yew::prelude::*;

use super::explain::how_computed;
use super::figure::{figure_table, Direction, Figure, Measure, Unit};
use super::texts::DashText;
use crate::ui::i18n::t;
use crate::ui::state::use_workspace;

/// The change impact section. At the start every count is 0, so each change is the count itself.
#[function_component(ImpactSection)]
pub fn impact_section() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let impact = workspace.impact();
    // Counts of agents, none better than another; 0 at the start.
    let count = |value: u64| Figure {
        now: Some(value as f64),
        base: Some(0.0),
        unit: Unit::Count,
        better: Direction::Neither,
    };
    let rows = [
        (Measure::AgentsMoved.name(lang), count(impact.agents_moved)),
        (
            Measure::AgentsNewManager.name(lang),
            count(impact.agents_new_manager),
        ),
        (
            Measure::AgentsChanging.name(lang),
            count(impact.agents_changing),
        ),
        (t(lang, DashText::AgentsNew), count(impact.agents_new)),
        (t(lang, DashText::AgentsGone), count(impact.agents_gone)),
    ]
    .map(|(label, figure)| (label.to_owned(), figure));
    html! {
        <section class="dash-section" aria-labelledby="dash-impact">
            <h2 id="dash-impact">{ t(lang, DashText::ImpactTitle) }</h2>
            { how_computed(lang, DashText::ImpactTitle, DashText::HowImpact) }
            <div id={super::source_id(Measure::AgentsChanging)} tabindex="-1">
                { figure_table(lang, "impact-table", t(lang, DashText::ImpactCaption), &rows) }
            </div>
        </section>
    }
}
