//! Reporting lines: whom a post reports to, and which post manages a team.

use yew::prelude::*;

use crate::engine::operations::Operation;
use crate::ui::form;
use crate::ui::i18n::t;
use crate::ui::org_chart::field;
use crate::ui::org_chart::text::OrgText;
use crate::ui::state::{use_workspace, Control};

/// Make a post report to another one (`Operation::SetReportsTo`); the engine refuses a loop.
#[function_component(ReportsToForm)]
pub fn reports_to_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let territory = workspace.territory();
    let post = use_state(String::new);
    let boss = use_state(String::new);
    let posts = field::posts(territory, |_, top| !top);
    let bosses = field::posts(territory, |_, _| true);
    let post_value = field::chosen(&post, &posts, 0);
    // Until the user picks, the new line shows the current one.
    let current_boss = territory
        .manager_ix(&post_value)
        .and_then(|ix| territory.manager(ix).reports_to)
        .map_or(0, |boss| boss.index());
    let boss_value = field::chosen(&boss, &bosses, current_boss);
    let operation = Operation::SetReportsTo {
        manager: post_value.clone(),
        reports_to: boss_value.clone(),
    };
    let onsubmit = form::submit(&workspace, Control::ReportsTo, move |_| operation.clone());
    html! {
        <form class="org-form-fields" {onsubmit}>
            { field::select("org-reports-post", t(lang, OrgText::FieldPost), &posts, &post_value, field::keep(&post)) }
            { field::select("org-reports-boss", t(lang, OrgText::FieldNewBoss), &bosses, &boss_value, field::keep(&boss)) }
            { form::button_and_note(t(lang, OrgText::SubmitReportsTo), "org-reports-refusal", form::note(&workspace, Control::ReportsTo, None::<OrgText>)) }
        </form>
    }
}

/// Give a team (with its whole multi-trade team) another manager (`Operation::SetTeamManager`).
#[function_component(TeamManagerForm)]
pub fn team_manager_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let territory = workspace.territory();
    let team = use_state(String::new);
    let manager = use_state(String::new);
    let teams = field::teams(territory);
    let managers = field::posts(territory, |_, _| true);
    let team_value = field::chosen(&team, &teams, 0);
    let current_manager = territory
        .team_ix(&team_value)
        .map_or(0, |ix| territory.team(ix).manager.index());
    let manager_value = field::chosen(&manager, &managers, current_manager);
    let operation = Operation::SetTeamManager {
        team: team_value.clone(),
        manager: manager_value.clone(),
    };
    let onsubmit = form::submit(&workspace, Control::TeamManager, move |_| operation.clone());
    html! {
        <form class="org-form-fields" {onsubmit}>
            { field::select("org-manager-team", t(lang, OrgText::FieldTeam), &teams, &team_value, field::keep(&team)) }
            { field::select("org-manager-post", t(lang, OrgText::FieldManager), &managers, &manager_value, field::keep(&manager)) }
            { form::button_and_note(t(lang, OrgText::SubmitTeamManager), "org-manager-refusal", form::note(&workspace, Control::TeamManager, None::<OrgText>)) }
        </form>
    }
}
