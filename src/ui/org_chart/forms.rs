//! The panel of changes to the org chart: one disclosure per operation, each form beside the engine's refusal.

mod posts;
mod reporting;
mod services;

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::state::use_workspace;

use super::text::OrgText;
use crate::ui::i18n::colon;
use posts::{AddPostForm, RemovePostForm};
use reporting::{ReportsToForm, TeamManagerForm};
use services::MergeServicesForm;

/// The five changes of the org chart, each behind its own button so the panel stays compact.
#[function_component(EditPanel)]
pub fn edit_panel() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let scenario = workspace.scenario();
    // The last change in plain words, announced politely so a keyboard or screen-reader user knows it happened.
    let last = scenario
        .operations()
        .len()
        .checked_sub(1)
        .and_then(|index| {
            Some(scenario.operations()[index].describe(scenario.before(index)?, lang))
        })
        .unwrap_or_else(|| t(lang, OrgText::NoChangeYet).to_owned());
    html! {
        <section class="org-edit" aria-labelledby="org-edit-title">
            <h3 id="org-edit-title">{ t(lang, OrgText::EditTitle) }</h3>
            <p class="last-change" role="status">
                { format!("{}{}", t(lang, OrgText::LastChange), colon(lang)) }
                { last }
            </p>
            <Disclosure id="org-form-reports-to" title={t(lang, OrgText::FormReportsTo)}>
                <ReportsToForm />
            </Disclosure>
            <Disclosure id="org-form-team-manager" title={t(lang, OrgText::FormTeamManager)}>
                <TeamManagerForm />
            </Disclosure>
            <Disclosure id="org-form-merge-services" title={t(lang, OrgText::FormMergeServices)}>
                <MergeServicesForm />
            </Disclosure>
            <Disclosure id="org-form-add-post" title={t(lang, OrgText::FormAddPost)}>
                <AddPostForm />
            </Disclosure>
            <Disclosure id="org-form-remove-post" title={t(lang, OrgText::FormRemovePost)}>
                <RemovePostForm />
            </Disclosure>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DisclosureProps {
    id: &'static str,
    title: &'static str,
    children: Html,
}

/// A heading holding a button that shows or hides its form (aria-expanded); a closed form is not drawn at all,
/// which keeps the Métropole's long selects out of the page until they are wanted.
#[function_component(Disclosure)]
fn disclosure(props: &DisclosureProps) -> Html {
    let open = use_state(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <div class="org-form">
            <h4 class="org-form-title">
                <button type="button" aria-expanded={open.to_string()} aria-controls={props.id} {onclick}>
                    <span class="toggle-icon" aria-hidden="true">{ if *open { "▾" } else { "▸" } }</span>
                    { props.title }
                </button>
            </h4>
            <div id={props.id} class="org-form-body">
                if *open { { props.children.clone() } }
            </div>
        </div>
    }
}
