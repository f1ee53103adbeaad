//! The share link of the active scenario: made on request, shown to copy, and read from the
//! address when the page opens (then taken out of the address, so a reload does not add it twice).

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::scenarios::texts::ScenText;
use crate::ui::state::{use_workspace, Action, WorkspaceHandle};

/// Above this many characters a link may be cut by mail tools: the user is told.
const LONG_LINK: usize = 8_000;

/// Makes the link, shows it in a read-only field, copies it on request.
#[function_component(ShareLink)]
pub fn share_link() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    // The link of the scenario it was made for: a later change asks for a new one.
    let link = use_state(|| None::<(u32, usize, String)>);
    let copied = use_state(|| false);
    let active = workspace.active;
    let changes = workspace.scenario().operations().len();
    let current = link
        .as_ref()
        .filter(|(id, count, _)| *id == active && *count == changes)
        .map(|(_, _, url)| url.clone());
    let make = {
        let (link, copied, workspace) = (link.clone(), copied.clone(), workspace.clone());
        Callback::from(move |_| {
            let url = browser::page_address() + &workspace.share_fragment();
            link.set(Some((
                workspace.active,
                workspace.scenario().operations().len(),
                url,
            )));
            copied.set(false);
        })
    };
    let copy = {
        let (copied, current) = (copied.clone(), current.clone());
        Callback::from(move |_| {
            if let Some(url) = &current {
                browser::copy(url);
                copied.set(true);
            }
        })
    };
    html! {
        <div class="share-link">
            <h3>{ t(lang, ScenText::ShareTitle) }</h3>
            <p class="hint">{ t(lang, ScenText::ShareHint) }</p>
            <button type="button" onclick={make}>{ t(lang, ScenText::MakeLink) }</button>
            if let Some(url) = current {
                <label class="field" for="share-url">{ t(lang, ScenText::LinkLabel) }</label>
                <div class="share-row">
                    <input id="share-url" type="text" readonly=true value={url.clone()} />
                    <button type="button" onclick={copy}>{ t(lang, ScenText::CopyLink) }</button>
                </div>
                <p role="status" class="hint">
                    if *copied { { t(lang, ScenText::LinkCopied) } }
                </p>
                if url.len() > LONG_LINK { <p class="hint warning">{ t(lang, ScenText::LongLink) }</p> }
            }
        </div>
    }
}

/// Opens a share link pasted into the address of the page already open (the browser then only
/// changes the fragment, it does not reload); returns what stops listening.
pub fn listen_for_links(workspace: WorkspaceHandle) -> impl FnOnce() {
    browser::listen(move |fragment| workspace.dispatch(Action::OpenLink(fragment)))
}

/// The share fragment in the address (`#s=…`), taken out of it so that a reload does not open
/// it again; `None` when there is none.
pub fn take_fragment() -> Option<String> {
    browser::take_fragment()
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use crate::engine::saved::link::PREFIX;

    /// The page's address without its fragment.
    pub fn page_address() -> String {
        let location = gloo::utils::window().location();
        let origin = location.origin().unwrap_or_default();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        format!("{origin}{path}{search}")
    }

    pub fn take_fragment() -> Option<String> {
        let window = gloo::utils::window();
        let hash = window.location().hash().ok()?;
        if !hash.starts_with(PREFIX) {
            return None;
        }
        if let Ok(history) = window.history() {
            let address = page_address();
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
        }
        Some(hash)
    }

    pub fn listen(open: impl Fn(String) + 'static) -> impl FnOnce() {
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if let Some(fragment) = take_fragment() {
                    open(fragment);
                }
            });
        move || drop(listener)
    }

    pub fn copy(text: &str) {
        let clipboard = gloo::utils::window().navigator().clipboard();
        // The promise is left to run: if the browser refuses, the link is still there to select.
        let _ = clipboard.write_text(text);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    pub fn page_address() -> String {
        String::new()
    }

    pub fn take_fragment() -> Option<String> {
        None
    }

    pub fn copy(_text: &str) {}

    pub fn listen(_open: impl Fn(String) + 'static) -> impl FnOnce() {
        || ()
    }
}
