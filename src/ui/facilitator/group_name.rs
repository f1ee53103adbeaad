//! A workshop group names itself once, beside the export it hands to the facilitator; the name
//! is kept with the work and names the exported file (`workspace::groups`).

use yew::prelude::*;

use super::texts::FacText;
use crate::ui::i18n::t;
use crate::ui::import::input_value;
use crate::ui::sheet::focus;
use crate::ui::state::{use_workspace, Action};

/// The group's name: a field until it is given, then the name with a way to change it.
#[function_component(GroupName)]
pub fn group_name() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let editing = use_state(|| false);
    let draft = use_state(|| workspace.group.clone().unwrap_or_default());
    // After naming or choosing to rename, the keyboard goes on from what replaced the control
    // used (not from the top of the page); nothing moves it when the tab merely opens.
    let moved = use_state(|| false);
    let (field, rename) = (use_node_ref(), use_node_ref());
    {
        let (field, rename, moved) = (field.clone(), rename.clone(), *moved);
        use_effect_with(
            (*editing, workspace.group.clone()),
            move |(editing, group)| {
                if moved {
                    focus(if *editing || group.is_none() {
                        &field
                    } else {
                        &rename
                    });
                }
            },
        );
    }
    let onsubmit = {
        let (workspace, draft, editing, moved) = (
            workspace.clone(),
            draft.clone(),
            editing.clone(),
            moved.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            workspace.dispatch(Action::NameGroup((*draft).clone()));
            editing.set(false);
            moved.set(true);
        })
    };
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                draft.set(value);
            }
        })
    };
    let edit = {
        let (editing, moved) = (editing.clone(), moved.clone());
        Callback::from(move |_| {
            editing.set(true);
            moved.set(true);
        })
    };
    let file = workspace.export_file_name();
    html! {
        <div class="group-name">
            if let (Some(group), false) = (&workspace.group, *editing) {
                <p>
                    { t(lang, FacText::GroupIs) }{ " " }<strong><bdi>{ group.clone() }</bdi></strong>{ " " }
                    <button type="button" onclick={edit} ref={rename}>{ t(lang, FacText::GroupRename) }</button>
                </p>
            } else {
                <form {onsubmit}>
                    <label for="group-name">{ t(lang, FacText::GroupLabel) }</label>
                    <input id="group-name" ref={field} type="text" value={(*draft).clone()} {oninput}
                        placeholder={t(lang, FacText::GroupPlaceholder)} aria-describedby="group-name-hint" />
                    <button type="submit">{ t(lang, FacText::GroupSave) }</button>
                    <p id="group-name-hint" class="hint">{ t(lang, FacText::GroupHint) }</p>
                </form>
            }
            if let Some(file) = file {
                <p class="hint">{ t(lang, FacText::GroupFile) }{ " " }<code>{ file }</code></p>
            }
        </div>
    }
}
