//! Adding and removing management posts.

use yew::prelude::*;

use crate::engine::model::{Role, Territory};
use crate::engine::operations::Operation;
use crate::ui::form;
use crate::ui::i18n::colon;
use crate::ui::i18n::t;
use crate::ui::org_chart::field::{self, Choice};
use crate::ui::org_chart::text::OrgText;
use crate::ui::state::{use_workspace, Control};

const ROLES: [Role; 4] = [Role::Lead, Role::Head, Role::Deputy, Role::Director];

/// The id a new post gets: `POSTE-1`, `POSTE-2`… the first one not taken, so the user never has to invent one.
fn fresh_post_id(territory: &Territory) -> String {
    (1..=territory.managers.len() + 1)
        .map(|n| format!("POSTE-{n}"))
        .find(|id| territory.manager_ix(id).is_none())
        .unwrap_or_else(|| format!("POSTE-{}", territory.managers.len() + 2))
}

/// A new post: its title, role and the post it reports to; the id is generated (`Operation::AddPost`).
#[function_component(AddPostForm)]
pub fn add_post_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let territory = workspace.territory();
    let name = use_state(String::new);
    let role = use_state(String::new);
    let boss = use_state(String::new);
    let roles: Vec<Choice> = ROLES
        .iter()
        .map(|r| Choice {
            value: r.as_csv().to_owned(),
            label: r.label(lang).to_owned(),
        })
        .collect();
    let bosses = field::posts(territory, |_, _| true);
    let role_value = field::chosen(&role, &roles, 0);
    let boss_value = field::chosen(&boss, &bosses, 0);
    let id = fresh_post_id(territory);
    let oninput = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = field::value(&event) {
                name.set(value);
            }
        })
    };
    let operation = Operation::AddPost {
        id: id.clone(),
        name: (*name).clone(),
        role: Role::from_csv(&role_value).unwrap_or(Role::Lead),
        reports_to: boss_value.clone(),
    };
    let onsubmit = {
        let name = name.clone();
        form::submit(&workspace, Control::AddPost, move |_| {
            name.set(String::new());
            operation.clone()
        })
    };
    html! {
        <form class="org-form-fields" {onsubmit}>
            <div class="field">
                <label for="org-add-name">{ t(lang, OrgText::FieldName) }</label>
                <input id="org-add-name" type="text" value={(*name).clone()} {oninput} autocomplete="off" />
            </div>
            { field::select("org-add-role", t(lang, OrgText::FieldRole), &roles, &role_value, field::keep(&role)) }
            { field::select("org-add-boss", t(lang, OrgText::FieldNewBoss), &bosses, &boss_value, field::keep(&boss)) }
            <p class="hint">{ format!("{}{}{id}", t(lang, OrgText::NewIdNote), colon(lang)) }</p>
            { form::button_and_note(t(lang, OrgText::SubmitAddPost), "org-add-refusal", form::note(&workspace, Control::AddPost, None::<OrgText>)) }
        </form>
    }
}

/// Remove a post, handing its teams and posts to another (`Operation::RemovePost`).
#[function_component(RemovePostForm)]
pub fn remove_post_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let territory = workspace.territory();
    let post = use_state(String::new);
    let heir = use_state(String::new);
    let posts = field::posts(territory, |_, top| !top);
    let heirs = field::posts(territory, |_, _| true);
    let post_value = field::chosen(&post, &posts, 0);
    // Until the user picks, the reports go up to the removed post's own manager.
    let current_boss = territory
        .manager_ix(&post_value)
        .and_then(|ix| territory.manager(ix).reports_to)
        .map_or(0, |boss| boss.index());
    let heir_value = field::chosen(&heir, &heirs, current_boss);
    let operation = Operation::RemovePost {
        post: post_value.clone(),
        hand_to: heir_value.clone(),
    };
    let onsubmit = form::submit(&workspace, Control::RemovePost, move |_| operation.clone());
    html! {
        <form class="org-form-fields" {onsubmit}>
            { field::select("org-remove-post", t(lang, OrgText::FieldPost), &posts, &post_value, field::keep(&post)) }
            { field::select("org-remove-heir", t(lang, OrgText::FieldHandTo), &heirs, &heir_value, field::keep(&heir)) }
            { form::button_and_note(t(lang, OrgText::SubmitRemovePost), "org-remove-refusal", form::note(&workspace, Control::RemovePost, None::<OrgText>)) }
        </form>
    }
}
