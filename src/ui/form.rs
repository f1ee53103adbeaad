//! The one shape of an operation form, shared by the Operations tab, the org chart's changes and
//! the facilitator's events: a submit that reads the fields and hands the operation to the engine
//! (or keeps the form's own message when what was typed cannot make one), the refusal shown right
//! under the button and announced, and the frame around the fields.

use yew::prelude::*;

use crate::engine::operations::Operation;
use crate::ui::i18n::{t, Text};
use crate::ui::state::{Action, Control, Workspace, WorkspaceHandle};

/// The submit of a form whose fields always make an operation.
pub fn submit(
    workspace: &WorkspaceHandle,
    control: Control,
    build: impl Fn(&Workspace) -> Operation + 'static,
) -> Callback<SubmitEvent> {
    let workspace = workspace.clone();
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        let operation = build(&workspace);
        workspace.dispatch(Action::Apply { operation, control });
    })
}

/// The submit of a form that checks what was typed first: `build` gives the operation, or the
/// form's own message, which replaces the engine's last refusal of this form.
pub fn submit_checked<M: Copy + 'static>(
    workspace: &WorkspaceHandle,
    control: Control,
    own: &UseStateHandle<Option<M>>,
    build: impl Fn(&Workspace) -> Result<Operation, M> + 'static,
) -> Callback<SubmitEvent> {
    let (workspace, own) = (workspace.clone(), own.clone());
    Callback::from(move |event: SubmitEvent| {
        event.prevent_default();
        match build(&workspace) {
            Ok(operation) => {
                own.set(None);
                workspace.dispatch(Action::Apply { operation, control });
            }
            Err(message) => {
                workspace.dispatch(Action::DismissRefusal);
                own.set(Some(message));
            }
        }
    })
}

/// Why a form's last attempt failed: the form's own check, or the engine's refusal of its control.
pub fn failure(workspace: &Workspace, control: Control, own: Option<impl Text>) -> Option<String> {
    let lang = workspace.lang;
    own.map(|text| t(lang, text).to_owned()).or_else(|| {
        workspace
            .refusal
            .as_ref()
            .filter(|refusal| refusal.control == control)
            .map(|refusal| refusal.error.message(lang))
    })
}

/// The message shown right under the form's button, announced at once.
pub fn failure_note(id: &str, message: Option<String>) -> Html {
    match message {
        Some(message) => {
            html! { <p id={id.to_owned()} class="refusal" role="alert">{ message }</p> }
        }
        None => html! {},
    }
}

/// The submit button, described by the failure note while there is one, then the note.
pub fn button_and_note(label: &str, note: &str, message: Option<String>) -> Html {
    html! {
        <>
            <button type="submit" aria-describedby={message.as_ref().map(|_| note.to_owned())}>{ label }</button>
            { failure_note(note, message) }
        </>
    }
}

/// A titled operation form: `id` names its title (`{id}-title`) and its note (`{id}-refusal`);
/// `heading` is `h3` or `h4`, after the level of the section it sits in.
pub struct Frame<'a> {
    pub id: &'a str,
    pub heading: &'static str,
    pub title: &'a str,
    pub help: &'a str,
    pub submit: &'a str,
}

impl Frame<'_> {
    /// The form around `fields`, with its button and the failure `message`.
    pub fn view(
        &self,
        fields: Html,
        message: Option<String>,
        onsubmit: Callback<SubmitEvent>,
    ) -> Html {
        let title_id = format!("{}-title", self.id);
        let note = format!("{}-refusal", self.id);
        html! {
            <form class="operation-form" aria-labelledby={title_id.clone()} novalidate=true {onsubmit}>
                <@{self.heading} id={title_id}>{ self.title }</@>
                <p class="form-help">{ self.help }</p>
                { fields }
                { button_and_note(self.submit, &note, message) }
            </form>
        }
    }
}

/// The current value of a `<select>` or `<input>`; empty where there is no browser.
pub fn value_of(node: &NodeRef) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
            return select.value();
        }
        if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
            return input.value();
        }
        String::new()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = node;
        String::new()
    }
}
