//! Merge two teams (`Operation::MergeTeams`).

use yew::prelude::*;

use super::fields::{failure, failure_note, value_of};
use super::picker::TeamPicker;
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
    html! {
        <form class="operation-form" aria-labelledby="merge-title" novalidate=true {onsubmit}>
            <h3 id="merge-title">{ t(lang, OpsText::MergeTitle) }</h3>
            <p class="form-help">{ t(lang, OpsText::MergeHelp) }</p>
            <TeamPicker id="merge-keep" label={OpsText::MergeKeep} team={keep} />
            // The second team at first, so that the form does not start by merging a team with itself.
            <TeamPicker id="merge-absorb" label={OpsText::MergeAbsorb} team={absorb} nth={1} />
            <button type="submit" aria-describedby={message.as_ref().map(|_| note)}>{ t(lang, OpsText::MergeSubmit) }</button>
            { failure_note(note, message) }
        </form>
    }
}
