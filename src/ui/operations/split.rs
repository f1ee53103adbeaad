//! Split a team (`Operation::SplitTeam`); the new team's id is made up so that it is free.

use yew::prelude::*;

use super::fields::whole_number;
use super::picker::TeamPicker;
use super::texts::OpsText;
use crate::engine::model::Territory;
use crate::engine::operations::Operation;
use crate::ui::form::{self, value_of, Frame};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Control};

/// The first free team id and its number: `COL-N1-2`, then `COL-N1-3`…
pub fn fresh_team_id(territory: &Territory, stem: &str) -> (String, u32) {
    (2u32..)
        .map(|n| (format!("{stem}-{n}"), n))
        .find(|(id, _)| territory.team_ix(id).is_none())
        .unwrap_or_else(|| (format!("{stem}-new"), 2))
}

/// The split form: which team, the new team's name, how many agents it takes.
#[function_component(SplitForm)]
pub fn split_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (team, name, agents) = (use_node_ref(), use_node_ref(), use_node_ref());
    let own = use_state(|| None::<OpsText>);
    let onsubmit = {
        let (team, name, agents) = (team.clone(), name.clone(), agents.clone());
        form::submit_checked(&workspace, Control::SplitTeam, &own, move |workspace| {
            let count = whole_number(&value_of(&agents))?;
            let team = value_of(&team);
            let territory = workspace.territory();
            let (new_team_id, number) = fresh_team_id(territory, &team);
            let typed = value_of(&name).trim().to_owned();
            let new_name = if typed.is_empty() {
                let original = territory
                    .team_ix(&team)
                    .map_or(team.clone(), |ix| territory.team(ix).name.clone());
                format!("{original} ({number})")
            } else {
                typed
            };
            // A negative count cannot be a split: it goes to the engine as 0, which it refuses
            // with its own words ("give the new team at least one agent").
            let agents = u32::try_from(count.max(0)).unwrap_or(u32::MAX);
            Ok(Operation::SplitTeam {
                team,
                new_team_id,
                new_name,
                agents,
            })
        })
    };
    let frame = Frame {
        id: "split",
        heading: "h3",
        title: t(lang, OpsText::SplitTitle),
        help: t(lang, OpsText::SplitHelp),
        submit: t(lang, OpsText::SplitSubmit),
    };
    let fields = html! {
        <>
            <TeamPicker id="split-team" label={OpsText::SplitTeam} {team} />
            <div class="field">
                <label for="split-name">{ t(lang, OpsText::SplitName) }</label>
                <input id="split-name" type="text" ref={name} aria-describedby="split-name-hint" autocomplete="off" />
                <span id="split-name-hint" class="field-hint">{ t(lang, OpsText::SplitNameHint) }</span>
            </div>
            <div class="field">
                <label for="split-agents">{ t(lang, OpsText::SplitAgents) }</label>
                <input id="split-agents" type="number" step="1" inputmode="numeric" ref={agents} />
            </div>
        </>
    };
    let message = form::note(&workspace, Control::SplitTeam, *own);
    frame.view(fields, message, onsubmit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::embedded;
    use crate::engine::io::read_territory;

    #[test]
    fn the_new_team_id_is_free() {
        let mut territory = read_territory(&embedded::portes_des_alpes().files)
            .unwrap()
            .territory;
        assert_eq!(
            fresh_team_id(&territory, "COL-N1"),
            ("COL-N1-2".to_owned(), 2)
        );
        let mut copy = territory.teams[0].clone();
        copy.id = "COL-N1-2".to_owned();
        territory.teams.push(copy);
        assert_eq!(
            fresh_team_id(&territory, "COL-N1"),
            ("COL-N1-3".to_owned(), 3)
        );
    }
}
