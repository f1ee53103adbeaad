//! The one shape of an operation form, shared by the Operations tab, the org chart's changes and
//! the facilitator's events: a submit that reads the fields and hands the operation to the engine
//! (or keeps the form's own message when what was typed cannot make one), the note shown right
//! under the button and announced — the refusal, or the sites an accepted change put over
//! capacity — and the frame around the fields.

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

/// What is said under a form's button after its last attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub text: String,
    /// Refused (nothing changed), or accepted with a warning.
    pub refused: bool,
}

/// What a form's last attempt says: the form's own check or the engine's refusal of its control
/// (nothing changed), else the sites its accepted change put over capacity.
pub fn note(workspace: &Workspace, control: Control, own: Option<impl Text>) -> Option<Note> {
    let lang = workspace.lang;
    let refused = own.map(|text| t(lang, text).to_owned()).or_else(|| {
        workspace
            .refusal
            .as_ref()
            .filter(|refusal| refusal.control == control)
            .map(|refusal| refusal.error.message(lang))
    });
    match refused {
        Some(text) => Some(Note {
            text,
            refused: true,
        }),
        None => crate::ui::strip::capacity_alert_for(workspace, control).map(|text| Note {
            text,
            refused: false,
        }),
    }
}

/// Why a form's last attempt failed, if it did (the refusal alone).
pub fn refusal(workspace: &Workspace, control: Control, own: Option<impl Text>) -> Option<String> {
    note(workspace, control, own)
        .filter(|note| note.refused)
        .map(|note| note.text)
}

/// The note shown right under the form's button, announced at once.
pub fn note_html(id: &str, message: Option<Note>) -> Html {
    match message {
        Some(Note { text, refused }) => {
            let class = if refused {
                "refusal"
            } else {
                "capacity-warning"
            };
            html! { <p id={id.to_owned()} {class} role="alert">{ text }</p> }
        }
        None => html! {},
    }
}

/// The submit button, described by the note while there is one, then the note.
pub fn button_and_note(label: &str, note: &str, message: Option<Note>) -> Html {
    html! {
        <>
            <button type="submit" aria-describedby={message.as_ref().map(|_| note.to_owned())}>{ label }</button>
            { note_html(note, message) }
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
    /// The form around `fields`, with its button and the note `message`.
    pub fn view(
        &self,
        fields: Html,
        message: Option<Note>,
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
