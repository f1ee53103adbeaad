//! The application shell: header with the language switch, the map, and the data attribution.

use yew::prelude::*;

use crate::engine::atlas;
use crate::ui::i18n::{lang_tag, other, t, Lang, T};
use crate::ui::map::TerritoryMap;

/// What the app starts with (tests render it in English too).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub initial_lang: Lang,
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = use_state(|| props.initial_lang);
    let communes = use_memo((), |_| atlas::portes_des_alpes_communes());
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            page::set_document_lang(lang_tag(*lang));
            page::mark_ready();
        });
    }
    let switch_language = {
        let lang = lang.clone();
        Callback::from(move |_| lang.set(other(*lang)))
    };
    let lang = *lang;
    html! {
        <>
            <header class="app-header">
                <div class="brand">
                    <h1>{ "Maillage" }</h1>
                    <p class="tagline">{ t(lang, T::AppTagline) }</p>
                </div>
                <p class="territory-name">{ "Portes des Alpes" }</p>
                <button type="button" class="lang-switch" onclick={switch_language}
                    lang={lang_tag(other(lang))} aria-label={t(lang, T::SwitchLanguageLabel)}>
                    { t(lang, T::SwitchLanguage) }
                </button>
            </header>
            <main id="main">
                <TerritoryMap communes={communes.clone()} {lang} />
            </main>
            <footer class="app-footer">
                <h2>{ t(lang, T::SourcesTitle) }</h2>
                <p>{ t(lang, T::SourcesText) }</p>
            </footer>
        </>
    }
}

/// The few things the app does to the page outside its own tree; nothing natively, where tests render it.
mod page {
    #[cfg(target_arch = "wasm32")]
    pub fn set_document_lang(tag: &str) {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", tag);
        }
    }

    /// Tells the browser tests that the first screen is drawn.
    #[cfg(target_arch = "wasm32")]
    pub fn mark_ready() {
        let _ = gloo::utils::body().set_attribute("data-ready", "true");
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn set_document_lang(_tag: &str) {}

    #[cfg(not(target_arch = "wasm32"))]
    pub fn mark_ready() {}
}
