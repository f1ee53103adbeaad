//! Keeping the workspace in the browser: read at start-up, written to local storage at every
//! change, and files offered for download. A failure is told to the user, never swallowed.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::i18n::t;
use crate::ui::scenarios::texts::ScenText;
use crate::ui::share;
use crate::ui::state::{read_saved, use_workspace, Action, Problem, Workspace};

/// The local storage key of the saved document.
pub const KEY: &str = "maillage-scenarios";
/// Where a saved document that cannot be read is set aside, so that it is not overwritten.
pub const SET_ASIDE_KEY: &str = "maillage-scenarios-illisible";

/// The workspace the page starts with: what this browser kept (or the default territory), then
/// the scenario of a share link in the address, added as a copy.
pub fn initial_workspace(lang: Lang) -> Workspace {
    let mut workspace = match browser::read(KEY) {
        Ok(Some(text)) => match read_saved(&text, lang) {
            Ok(workspace) => workspace,
            Err(error) => {
                // Not overwritten at the next change: the user may still want it.
                let failure = browser::write(SET_ASIDE_KEY, &text).err();
                Workspace {
                    problem: Some(Problem::SavedWork(error)),
                    storage_failure: failure,
                    ..Workspace::default_territory(lang)
                }
            }
        },
        Ok(None) => Workspace::default_territory(lang),
        Err(failure) => Workspace {
            storage_failure: Some(failure),
            ..Workspace::default_territory(lang)
        },
    };
    if let Some(fragment) = share::take_fragment() {
        workspace = workspace.reduce(Action::OpenLink(fragment));
    }
    workspace
}

/// Writes the workspace to local storage whenever it changes, and opens share links pasted into
/// the address; draws nothing.
#[function_component(Keeper)]
pub fn keeper() -> Html {
    let workspace = use_workspace();
    {
        let workspace = workspace.clone();
        use_effect_with((), move |_| share::listen_for_links(workspace));
    }
    use_effect_with(workspace.revision, move |&revision| {
        // Revision 0 is what was just read: nothing new to write.
        if revision > 0 {
            let text = workspace.document().to_json();
            match browser::write(KEY, &text) {
                Ok(()) if workspace.storage_failure.is_some() => {
                    workspace.dispatch(Action::StorageSaved)
                }
                Ok(()) => {}
                Err(failure) => {
                    if workspace.storage_failure.as_ref() != Some(&failure) {
                        workspace.dispatch(Action::StorageFailed(failure));
                    }
                }
            }
        }
    });
    html! {}
}

/// Downloads every scenario as the saved file (the same document local storage keeps).
pub fn download_scenarios(workspace: &Workspace) {
    let named = workspace.export_file_name();
    download(
        named
            .as_deref()
            .unwrap_or(t(workspace.lang, ScenText::SavedFile)),
        "application/json",
        &workspace.document().to_json(),
    );
}

/// Offers `text` as a file to download, through a Blob URL (nothing leaves the browser).
pub fn download(file_name: &str, mime: &str, text: &str) {
    browser::download(file_name, mime, text);
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;

    use crate::ui::state::StorageFailure;

    fn failure(error: wasm_bindgen::JsValue) -> StorageFailure {
        match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
            Some(name) if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" => {
                StorageFailure::Full
            }
            Some(name) if name == "SecurityError" => StorageFailure::Unavailable,
            Some(name) => StorageFailure::Other(name),
            // Something else was thrown: keep its text, short.
            None => StorageFailure::Other(format!("{error:?}").chars().take(120).collect()),
        }
    }

    fn storage() -> Result<web_sys::Storage, StorageFailure> {
        gloo::utils::window()
            .local_storage()
            .map_err(failure)?
            .ok_or(StorageFailure::Unavailable)
    }

    pub fn read(key: &str) -> Result<Option<String>, StorageFailure> {
        storage()?.get_item(key).map_err(failure)
    }

    pub fn write(key: &str, text: &str) -> Result<(), StorageFailure> {
        storage()?.set_item(key, text).map_err(failure)
    }

    pub fn download(file_name: &str, mime: &str, text: &str) {
        let blob = gloo::file::Blob::new_with_options(text, Some(mime));
        let url = gloo::file::ObjectUrl::from(blob);
        let document = gloo::utils::document();
        let Ok(link) = document.create_element("a") else {
            return;
        };
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", file_name);
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
        }
        // The click has started the download; the URL is revoked when `url` drops, a little
        // later, so that the browser has read it.
        gloo::timers::callback::Timeout::new(1_000, move || drop(url)).forget();
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use crate::ui::state::StorageFailure;

    pub fn read(_key: &str) -> Result<Option<String>, StorageFailure> {
        Ok(None)
    }

    pub fn write(_key: &str, _text: &str) -> Result<(), StorageFailure> {
        Ok(())
    }

    pub fn download(_file_name: &str, _mime: &str, _text: &str) {}
}
