//! Merge two teams (`Operation::MergeTeams`).

use yew::prelude::*;

use super::fields::{failure, failure_note, team_options, value_of};
use super::texts::OpsText;
use crate::engine::operations::Operation;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Control};

/// The merge form: the team that stays and the team that joins it.
#[function_component(MergeForm)]
pub fn merge_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (keep, absorb) = (use_node_ref(), use_node_ref());
    let onsubmit = {
        let (workspace, keep, absorb) = (workspace.clone(), keep.clone(), absorb.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            workspace.dispatch(Action::Apply {
                operation: Operation::MergeTeams {
                    keep: value_of(&keep),
                    absorb: value_of(&absorb),
                },
                control: Control::MergeTeams,
            });
        })
    };
    let message = failure(&workspace, Control::MergeTeams, None);
    let note = "merge-refusal";
    let territory = workspace.territory();
    html! {
        <form class="operation-form" aria-labelledby="merge-title" novalidate=true {onsubmit}>
            <h3 id="merge-title">{ t(lang, OpsText::MergeTitle) }</h3>
            <p class="form-help">{ t(lang, OpsText::MergeHelp) }</p>
            <div class="field">
                <label for="merge-keep">{ t(lang, OpsText::MergeKeep) }</label>
                <select id="merge-keep" ref={keep}>{ team_options(lang, territory, 0) }</select>
            </div>
            <div class="field">
                <label for="merge-absorb">{ t(lang, OpsText::MergeAbsorb) }</label>
                // The second team at first, so that the form does not start by merging a team with itself.
                <select id="merge-absorb" ref={absorb}>{ team_options(lang, territory, 1) }</select>
            </div>
            <button type="submit" aria-describedby={message.as_ref().map(|_| note)}>{ t(lang, OpsText::MergeSubmit) }</button>
            { failure_note(note, message) }
        </form>
    }
}
