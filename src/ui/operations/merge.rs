//! Merge two teams (`Operation::MergeTeams`).

use yew::prelude::*;

use super::picker::TeamPicker;
use super::texts::OpsText;
use crate::engine::operations::Operation;
use crate::ui::form::{self, value_of, Frame};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Control};

/// The merge form: the team that stays and the team that joins it.
#[function_component(MergeForm)]
pub fn merge_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let (keep, absorb) = (use_node_ref(), use_node_ref());
    let onsubmit = {
        let (keep, absorb) = (keep.clone(), absorb.clone());
        form::submit(&workspace, Control::MergeTeams, move |_| {
            Operation::MergeTeams {
                keep: value_of(&keep),
                absorb: value_of(&absorb),
            }
        })
    };
    let frame = Frame {
        id: "merge",
        heading: "h3",
        title: t(lang, OpsText::MergeTitle),
        help: t(lang, OpsText::MergeHelp),
        submit: t(lang, OpsText::MergeSubmit),
    };
    let fields = html! {
        <>
            <TeamPicker id="merge-keep" label={OpsText::MergeKeep} team={keep} />
            // The second team at first, so that the form does not start by merging a team with itself.
            <TeamPicker id="merge-absorb" label={OpsText::MergeAbsorb} team={absorb} nth={1} />
        </>
    };
    let message = form::note(&workspace, Control::MergeTeams, None::<OpsText>);
    frame.view(fields, message, onsubmit)
}
