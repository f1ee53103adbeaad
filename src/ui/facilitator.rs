//! The Facilitation tab, for whoever runs a workshop: the presentation view for a projector,
//! events injected during the session, and the groups' scenarios collected and ranked.

pub mod board;
pub mod events;
pub mod group_name;
pub mod groups;
pub mod ranking;
pub mod texts;
pub mod timeline;
pub mod timer;

use yew::prelude::*;

use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action};
use board::BoardOpen;
use events::EventForms;
use groups::GroupCollection;
use ranking::Ranking;
use texts::FacText;
use timeline::Timeline;
use timer::TimerControls;

/// The "Facilitation" tab.
#[function_component(FacilitatorPanel)]
pub fn facilitator_panel() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    html! {
        <div class="facilitator">
            <h2>{ t(lang, FacText::Title) }</h2>
            <p class="form-help">{ t(lang, FacText::Intro) }</p>
            <section class="facilitator-presentation" aria-labelledby="presentation-title">
                <h3 id="presentation-title">{ t(lang, FacText::PresentationTitle) }</h3>
                <p class="form-help">{ t(lang, FacText::PresentationHelp) }</p>
                <PresentationSwitch />
            </section>
            <TimerControls />
            <Timeline />
            <EventForms />
            <GroupCollection />
            <Ranking />
            <BoardOpen />
        </div>
    }
}

/// The button that enters or leaves the presentation view (also in the header while it is on).
#[function_component(PresentationSwitch)]
pub fn presentation_switch() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let on = workspace.presentation;
    let onclick = {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::SetPresentation(!on)))
    };
    html! {
        <button type="button" class="presentation-switch" aria-pressed={on.to_string()} {onclick}>
            { t(lang, if on { FacText::PresentationOff } else { FacText::PresentationOn }) }
        </button>
    }
}

/// Draws nothing. While the presentation view is on, the page's root carries the class
/// `presentation` (the stylesheet enlarges the type and strengthens the contrast from there),
/// and Escape leaves the view.
#[function_component(PresentationView)]
pub fn presentation_view() -> Html {
    let workspace = use_workspace();
    let on = workspace.presentation;
    use_effect_with(on, move |on| page::presentation(*on, workspace));
    html! {}
}

mod page {
    use crate::ui::state::WorkspaceHandle;

    #[cfg(target_arch = "wasm32")]
    pub fn presentation(on: bool, workspace: WorkspaceHandle) -> impl FnOnce() {
        use wasm_bindgen::JsCast;
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().toggle_with_force("presentation", on);
        }
        let listener = on.then(|| {
            gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |event| {
                let escape = event
                    .dyn_ref::<web_sys::KeyboardEvent>()
                    .is_some_and(|e| e.key() == "Escape");
                // Escape closes an open dialog first (the close-site dialog), not the view.
                let dialog_open = gloo::utils::document()
                    .query_selector("dialog[open]")
                    .ok()
                    .flatten()
                    .is_some();
                if escape && !dialog_open {
                    workspace.dispatch(crate::ui::state::Action::SetPresentation(false));
                }
            })
        });
        move || drop(listener)
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn presentation(_on: bool, _workspace: WorkspaceHandle) -> impl FnOnce() {
        || ()
    }
}
