//! Putting two services under one head.

use yew::prelude::*;

use crate::engine::hierarchy::Hierarchy;
use crate::engine::model::Role;
use crate::engine::operations::Operation;
use crate::ui::form;
use crate::ui::i18n::t;
use crate::ui::org_chart::field;
use crate::ui::org_chart::text::OrgText;
use crate::ui::state::{use_workspace, Control};

/// Two services and the head who leads both from now on (`Operation::MergeServicesUnderHead`).
#[function_component(MergeServicesForm)]
pub fn merge_services_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let territory = workspace.territory();
    let first = use_state(String::new);
    let second = use_state(String::new);
    let head = use_state(String::new);
    let services = field::services(territory);
    let mut heads = field::posts(territory, |role, _| role == Role::Head);
    if heads.is_empty() {
        // A territory without heads still lets a director or a deputy take the two services.
        heads = field::posts(territory, |_, _| true);
    }
    let first_value = field::chosen(&first, &services, 0);
    let second_value = field::chosen(&second, &services, 1);
    // Until one is picked, the head proposed is one who already leads one of the two services.
    let hierarchy = Hierarchy::of(territory);
    let proposed = [&first_value, &second_value]
        .into_iter()
        .filter_map(|id| territory.service_ix(id))
        .flat_map(|k| hierarchy.heads_of(territory, k))
        .find_map(|post| {
            let id = &territory.manager(post).id;
            heads.iter().position(|choice| &choice.value == id)
        })
        .unwrap_or(0);
    let head_value = field::chosen(&head, &heads, proposed);
    let operation = Operation::MergeServicesUnderHead {
        services: [first_value.clone(), second_value.clone()],
        head: head_value.clone(),
    };
    let onsubmit = form::submit(&workspace, Control::MergeServices, move |_| {
        operation.clone()
    });
    html! {
        <form class="org-form-fields" {onsubmit}>
            { field::select("org-merge-first", t(lang, OrgText::FieldServiceA), &services, &first_value, field::keep(&first)) }
            { field::select("org-merge-second", t(lang, OrgText::FieldServiceB), &services, &second_value, field::keep(&second)) }
            { field::select("org-merge-head", t(lang, OrgText::FieldHead), &heads, &head_value, field::keep(&head)) }
            { form::button_and_note(t(lang, OrgText::SubmitMergeServices), "org-merge-refusal", form::note(&workspace, Control::MergeServices, None::<OrgText>)) }
        </form>
    }
}
