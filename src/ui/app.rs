//! The application shell: header (territory, undo/redo, language), the map beside the tabbed panels, the attribution.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::texts;
use crate::ui::dashboard::Dashboard;
use crate::ui::i18n::{lang_tag, other, t, T};
use crate::ui::journal::Journal;
use crate::ui::map::WorkshopMap;
use crate::ui::operations::OperationsPanel;
use crate::ui::org_chart::OrgChart;
use crate::ui::state::{Action, Workspace};
use crate::ui::tabs::{Tab, Tabs};
use crate::ui::toolbar::Toolbar;

texts! {
    /// Texts of the shell.
    pub enum ShellText {
        SkipToContent => "Aller au contenu", "Skip to content";
        DashboardTab => "Tableau de bord", "Dashboard";
        OrgChartTab => "Organigramme", "Org chart";
        OperationsTab => "Opérations", "Operations";
        JournalTab => "Journal", "Journal";
        PanelsLabel => "Vues de l'atelier", "Workshop views";
    }
}

/// What the app starts with (tests render it in English too).
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub initial_lang: Lang,
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial_lang = props.initial_lang;
    let workspace = use_reducer(move || Workspace::default_territory(initial_lang));
    let lang = workspace.lang;
    use_effect_with(lang, move |lang| {
        page::set_document_lang(lang_tag(*lang));
        page::mark_ready();
    });
    let switch_language = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::SetLang(other(lang))))
    };
    let tabs = vec![
        Tab {
            id: "dashboard",
            label: t(lang, ShellText::DashboardTab),
            content: html! { <Dashboard /> },
        },
        Tab {
            id: "org-chart",
            label: t(lang, ShellText::OrgChartTab),
            content: html! { <OrgChart /> },
        },
        Tab {
            id: "operations",
            label: t(lang, ShellText::OperationsTab),
            content: html! { <OperationsPanel /> },
        },
        Tab {
            id: "journal",
            label: t(lang, ShellText::JournalTab),
            content: html! { <Journal /> },
        },
    ];
    html! {
        <ContextProvider<crate::ui::state::WorkspaceHandle> context={workspace.clone()}>
            <a class="skip-link" href="#main">{ t(lang, ShellText::SkipToContent) }</a>
            <header class="app-header">
                <div class="brand">
                    <h1>{ "Maillage" }</h1>
                    <p class="tagline">{ t(lang, T::AppTagline) }</p>
                </div>
                <Toolbar />
                <button type="button" class="lang-switch" onclick={switch_language}
                    lang={lang_tag(other(lang))} aria-label={t(lang, T::SwitchLanguageLabel)}>
                    { t(lang, T::SwitchLanguage) }
                </button>
            </header>
            <main id="main" class="workspace" tabindex="-1">
                <section class="map-pane">
                    <WorkshopMap />
                </section>
                <section class="side-pane">
                    <Tabs label={t(lang, ShellText::PanelsLabel)} {tabs} />
                </section>
            </main>
            <footer class="app-footer">
                <h2>{ t(lang, T::SourcesTitle) }</h2>
                <p>{ t(lang, T::SourcesText) }</p>
            </footer>
        </ContextProvider<crate::ui::state::WorkspaceHandle>>
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
