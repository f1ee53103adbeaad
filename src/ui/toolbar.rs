//! The header's tools: which territory, undo and redo (also Ctrl+Z / Ctrl+Y anywhere on the page).

use yew::prelude::*;

use crate::engine::embedded;
use crate::texts;
use crate::ui::dom::select_value;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action};

texts! {
    /// Texts of the toolbar.
    pub enum ToolbarText {
        Territory => "Territoire", "Territory";
        PortesDesAlpes => "Portes des Alpes", "Portes des Alpes";
        Metropole => "Métropole de Lyon (58 communes, regroupement non vérifié)",
            "Métropole de Lyon (58 communes, unverified grouping)";
        Undo => "Annuler", "Undo";
        Redo => "Rétablir", "Redo";
        UndoHint => "Annuler la dernière modification (Ctrl+Z)", "Undo the last change (Ctrl+Z)";
        RedoHint => "Rétablir la modification annulée (Ctrl+Y)", "Redo the undone change (Ctrl+Y)";
        Scenario => "Scénario", "Scenario";
        Compare => "Comparer", "Compare";
        CompareHint => "Comparer les scénarios de ce territoire côte à côte", "Compare this territory's scenarios side by side";
        Sheet => "Fiche", "Sheet";
        SheetHint => "La fiche d'une page du scénario actif, à imprimer ou à projeter", "The active scenario's one-page sheet, to print or to project";
    }
}

/// Territory switch and undo/redo.
#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    {
        let workspace = workspace.clone();
        use_effect_with((), move |_| keyboard::listen_for_undo(workspace));
    }
    let onchange = {
        let workspace = workspace.clone();
        Callback::from(move |event: Event| {
            if let Some(key) = select_value(&event) {
                // An embedded territory loads on first use; an import is already there.
                if embedded::KEYS.contains(&key.as_str()) {
                    workspace.dispatch(Action::LoadEmbedded(key));
                } else {
                    workspace.dispatch(Action::SelectBase(key));
                }
            }
        })
    };
    let undo = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::Undo))
    };
    let redo = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::Redo))
    };
    let current = workspace.active_scenario().base.clone();
    let option = |key: &'static str, label: ToolbarText| {
        html! { <option value={key} selected={key == current}>{ t(lang, label) }</option> }
    };
    // The user's imported territories, after the embedded ones.
    let imports = workspace.bases.iter().filter(|b| !embedded::KEYS.contains(&b.id.as_str())).map(|base| {
        html! { <option value={base.id.clone()} selected={base.id == current}>{ &base.name }</option> }
    });
    let pick_scenario = {
        let workspace = workspace.clone();
        Callback::from(move |event: Event| {
            if let Some(id) = select_value(&event).and_then(|v| v.parse().ok()) {
                workspace.dispatch(Action::SelectScenario(id));
            }
        })
    };
    let scenarios = workspace.scenarios_of_active_base().map(|s| {
        html! { <option value={s.id.to_string()} selected={s.id == workspace.active}>{ &s.name }</option> }
    });
    let comparing = workspace.comparing;
    let compare = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::ShowComparison(!comparing)))
    };
    let sheet_shown = workspace.sheet == Some(workspace.active);
    let sheet = {
        let workspace = workspace.clone();
        let target = (!sheet_shown).then_some(workspace.active);
        Callback::from(move |_| workspace.dispatch(Action::ShowSheet(target)))
    };
    html! {
        <div class="toolbar">
            <label class="territory-switch">
                <span>{ t(lang, ToolbarText::Territory) }</span>
                <select {onchange}>
                    { option(embedded::PORTES_DES_ALPES, ToolbarText::PortesDesAlpes) }
                    { option(embedded::METROPOLE, ToolbarText::Metropole) }
                    { for imports }
                </select>
            </label>
            <label class="territory-switch scenario-switch">
                <span>{ t(lang, ToolbarText::Scenario) }</span>
                <select onchange={pick_scenario}>{ for scenarios }</select>
            </label>
            <button type="button" onclick={undo} disabled={workspace.scenario().operations().is_empty()}
                title={t(lang, ToolbarText::UndoHint)} aria-keyshortcuts="Control+Z">
                { t(lang, ToolbarText::Undo) }
            </button>
            <button type="button" onclick={redo} disabled={workspace.redo().is_empty()}
                title={t(lang, ToolbarText::RedoHint)} aria-keyshortcuts="Control+Y">
                { t(lang, ToolbarText::Redo) }
            </button>
            <button type="button" onclick={compare} aria-pressed={comparing.to_string()}
                title={t(lang, ToolbarText::CompareHint)}>
                { t(lang, ToolbarText::Compare) }
            </button>
            <button type="button" onclick={sheet} aria-pressed={sheet_shown.to_string()}
                title={t(lang, ToolbarText::SheetHint)}>
                { t(lang, ToolbarText::Sheet) }
            </button>
        </div>
    }
}

mod keyboard {
    use crate::ui::state::WorkspaceHandle;

    /// Ctrl+Z undoes and Ctrl+Y (or Ctrl+Shift+Z) redoes, except while typing in a field.
    #[cfg(target_arch = "wasm32")]
    pub fn listen_for_undo(workspace: WorkspaceHandle) -> impl FnOnce() {
        use crate::ui::state::Action;
        use wasm_bindgen::JsCast;
        let listener = gloo::events::EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            // Not passive: the browser's own Ctrl+Z / Ctrl+Y must be prevented.
            gloo::events::EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(event.ctrl_key() || event.meta_key()) {
                    return;
                }
                let typing = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|element| {
                        matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA")
                    });
                if typing {
                    return;
                }
                let action = match (event.key().to_lowercase().as_str(), event.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", _) => Action::Redo,
                    _ => return,
                };
                event.prevent_default();
                workspace.dispatch(action);
            },
        );
        move || drop(listener)
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn listen_for_undo(_workspace: WorkspaceHandle) -> impl FnOnce() {
        || ()
    }
}
