//! What the operation forms share: the site picker, reading a field, and the message shown next
//! to a form when the engine (or the form itself) refuses.

use yew::prelude::*;

use super::texts::OpsText;
use crate::engine::model::Territory;
use crate::ui::i18n::t;
use crate::ui::state::{Control, Workspace};

/// The options of a site picker, in the territory's order.
pub fn site_options(territory: &Territory) -> Html {
    html! {
        { for territory.sites.iter().map(|site| html! { <option value={site.id.clone()}>{ &site.name }</option> }) }
    }
}

/// Why a form's last attempt failed: the form's own check, or the engine's refusal of its control.
pub fn failure(workspace: &Workspace, control: Control, own: Option<OpsText>) -> Option<String> {
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

/// A whole number typed by the user, or the form's own message when it is not one.
pub fn whole_number(text: &str) -> Result<i64, OpsText> {
    text.trim().parse::<i64>().map_err(|_| OpsText::WholeNumber)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_numbers_are_headcounts_but_negatives_go_to_the_engine() {
        assert_eq!(whole_number(" 12 "), Ok(12));
        assert_eq!(whole_number("-3"), Ok(-3));
        assert_eq!(whole_number("2.5"), Err(OpsText::WholeNumber));
        assert_eq!(whole_number(""), Err(OpsText::WholeNumber));
    }
}
