//! The groups' scenarios: collecting their exported files (picker or drop).

use yew::prelude::*;

use super::texts::FacText;
use crate::ui::i18n::t;
use crate::ui::import::use_file_drop;
use crate::ui::state::{use_workspace, Action, Problem};

/// Collecting the groups' files.
#[function_component(GroupCollection)]
pub fn group_collection() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let receive = {
        let workspace = workspace.clone();
        Callback::from(move |files: Vec<(String, String)>| {
            if !files.is_empty() {
                workspace.dispatch(Action::CollectGroups(files));
            }
        })
    };
    let drop = use_file_drop(receive);
    let refused = match &workspace.problem {
        Some(Problem::GroupFiles(refused)) => refused.clone(),
        _ => Vec::new(),
    };
    html! {
        <section class="facilitator-groups" aria-labelledby="groups-title">
            <h3 id="groups-title">{ t(lang, FacText::GroupsTitle) }</h3>
            <p class="form-help" id="groups-help">{ t(lang, FacText::GroupsHelp) }</p>
            <div class={classes!("drop-zone", drop.dragging.then_some("dragging"))}
                ondrop={drop.ondrop} ondragover={drop.ondragover} ondragleave={drop.ondragleave} data-testid="groups-drop-zone">
                <label class="file-pick" for="group-files">{ t(lang, FacText::GroupsPick) }</label>
                <input id="group-files" type="file" multiple=true accept=".json,application/json"
                    aria-describedby="groups-help" onchange={drop.onchange} />
                <p>{ t(lang, FacText::GroupsDrop) }</p>
            </div>
            if !refused.is_empty() {
                <div class="refusal" role="alert">
                    { for refused.iter().map(|r| html! {
                        <p>{ t(lang, FacText::GroupFileRefused) }{ " " }<bdi>{ r.file.clone() }</bdi>{ " — " }{ r.error.message(lang) }</p>
                    }) }
                </div>
            }
        </section>
    }
}
