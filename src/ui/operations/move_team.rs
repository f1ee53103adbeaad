//! Move a team to another site with the keyboard (`Operation::MoveTeam`), the map's drag and drop
//! in form.

use yew::prelude::*;

use super::fields::{failure, failure_note, site_options, value_of};
use super::picker::TeamPicker;
use super::texts::OpsText;
use crate::engine::operations::Operation;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Control};

/// The move form: which team, which site.
#[function_component(MoveTeamForm)]
pub fn move_team_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (team, site) = (use_node_ref(), use_node_ref());
    let onsubmit = {
        let (workspace, team, site) = (workspace.clone(), team.clone(), site.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            workspace.dispatch(Action::Apply {
                operation: Operation::MoveTeam {
                    team: value_of(&team),
                    to_site: value_of(&site),
                },
                control: Control::MoveTeam,
            });
        })
    };
    let message = failure(&workspace, Control::MoveTeam, None);
    let note = "move-refusal";
    let territory = workspace.territory();
    html! {
        <form class="operation-form" aria-labelledby="move-title" novalidate=true {onsubmit}>
            <h3 id="move-title">{ t(lang, OpsText::MoveTitle) }</h3>
            <p class="form-help">{ t(lang, OpsText::MoveHelp) }</p>
            <TeamPicker id="move-team" label={OpsText::MoveTeam} {team} />
            <div class="field">
                <label for="move-site">{ t(lang, OpsText::MoveSite) }</label>
                <select id="move-site" ref={site}>{ site_options(territory) }</select>
            </div>
            <button type="submit" aria-describedby={message.as_ref().map(|_| note)}>{ t(lang, OpsText::MoveSubmit) }</button>
            { failure_note(note, message) }
        </form>
    }
}
