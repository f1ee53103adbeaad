//! Change a team's headcount (`Operation::SetHeadcount`): hiring or departures.

use yew::prelude::*;

use super::fields::whole_number;
use super::picker::TeamPicker;
use super::texts::OpsText;
use crate::engine::operations::Operation;
use crate::ui::form::{self, value_of, Frame};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Control};

/// The headcount form: which team and its new number of agents.
#[function_component(HeadcountForm)]
pub fn headcount_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (team, agents) = (use_node_ref(), use_node_ref());
    let own = use_state(|| None::<OpsText>);
    let onsubmit = {
        let (team, agents) = (team.clone(), agents.clone());
        // Negative or huge numbers go to the engine, which refuses them in its own words.
        form::submit_checked(&workspace, Control::Headcount, &own, move |_| {
            Ok(Operation::SetHeadcount {
                team: value_of(&team),
                agents: whole_number(&value_of(&agents))?,
            })
        })
    };
    let frame = Frame {
        id: "headcount",
        heading: "h3",
        title: t(lang, OpsText::HeadcountTitle),
        help: t(lang, OpsText::HeadcountHelp),
        submit: t(lang, OpsText::HeadcountSubmit),
    };
    let fields = html! {
        <>
            <TeamPicker id="headcount-team" label={OpsText::HeadcountTeam} {team} />
            <div class="field">
                <label for="headcount-agents">{ t(lang, OpsText::HeadcountAgents) }</label>
                <input id="headcount-agents" type="number" step="1" inputmode="numeric" ref={agents} />
            </div>
        </>
    };
    let message = form::note(&workspace, Control::Headcount, *own);
    frame.view(fields, message, onsubmit)
}
