//! Move a team to another site with the keyboard (`Operation::MoveTeam`), the map's drag and drop
//! in form.

use yew::prelude::*;

use super::fields::site_options;
use super::picker::TeamPicker;
use super::texts::OpsText;
use crate::engine::operations::Operation;
use crate::ui::form::{self, value_of, Frame};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Control};

/// The move form: which team, which site.
#[function_component(MoveTeamForm)]
pub fn move_team_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (team, site) = (use_node_ref(), use_node_ref());
    let onsubmit = {
        let (team, site) = (team.clone(), site.clone());
        form::submit(&workspace, Control::MoveTeam, move |_| {
            Operation::MoveTeam {
                team: value_of(&team),
                to_site: value_of(&site),
            }
        })
    };
    let frame = Frame {
        id: "move",
        heading: "h3",
        title: t(lang, OpsText::MoveTitle),
        help: t(lang, OpsText::MoveHelp),
        submit: t(lang, OpsText::MoveSubmit),
    };
    let fields = html! {
        <>
            <TeamPicker id="move-team" label={OpsText::MoveTeam} {team} />
            <div class="field">
                <label for="move-site">{ t(lang, OpsText::MoveSite) }</label>
                <select id="move-site" ref={site}>{ site_options(lang, workspace.territory()) }</select>
            </div>
        </>
    };
    let message = form::note(&workspace, Control::MoveTeam, None::<OpsText>);
    frame.view(fields, message, onsubmit)
}
