//! Change a team's headcount (`Operation::SetHeadcount`): hiring or departures.

use yew::prelude::*;

use super::fields::{failure, failure_note, value_of, whole_number};
use super::picker::TeamPicker;
use super::texts::OpsText;
use crate::engine::operations::Operation;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Control};

/// The headcount form: which team and its new number of agents.
#[function_component(HeadcountForm)]
pub fn headcount_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (team, agents) = (use_node_ref(), use_node_ref());
    let own = use_state(|| None::<OpsText>);
    let onsubmit = {
        let (workspace, team, agents, own) =
            (workspace.clone(), team.clone(), agents.clone(), own.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match whole_number(&value_of(&agents)) {
                // Negative or huge numbers go to the engine, which refuses them in its own words.
                Ok(count) => {
                    own.set(None);
                    workspace.dispatch(Action::Apply {
                        operation: Operation::SetHeadcount {
                            team: value_of(&team),
                            agents: count,
                        },
                        control: Control::Headcount,
                    });
                }
                Err(text) => {
                    workspace.dispatch(Action::DismissRefusal);
                    own.set(Some(text));
                }
            }
        })
    };
    let message = failure(&workspace, Control::Headcount, *own);
    let note = "headcount-refusal";
    html! {
        <form class="operation-form" aria-labelledby="headcount-title" novalidate=true {onsubmit}>
            <h3 id="headcount-title">{ t(lang, OpsText::HeadcountTitle) }</h3>
            <p class="form-help">{ t(lang, OpsText::HeadcountHelp) }</p>
            <TeamPicker id="headcount-team" label={OpsText::HeadcountTeam} {team} />
            <div class="field">
                <label for="headcount-agents">{ t(lang, OpsText::HeadcountAgents) }</label>
                <input id="headcount-agents" type="number" step="1" inputmode="numeric" ref={agents} />
            </div>
            <button type="submit" aria-describedby={message.as_ref().map(|_| note)}>{ t(lang, OpsText::HeadcountSubmit) }</button>
            { failure_note(note, message) }
        </form>
    }
}
