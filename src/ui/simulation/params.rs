//! The simulation's parameters as a form: each field labelled, explained, and refused next to
//! itself with the engine's own message; a valid change restarts the simulation.

use yew::prelude::*;

use super::runner::{use_simulation, SimAction};
use super::texts::SimText;
use crate::engine::simulation::SimulationParams;
use crate::ui::i18n::colon;
use crate::ui::i18n::t;
use crate::ui::state::use_workspace;

mod drafts;

pub use drafts::{drafts_of, read_drafts, summary, Drafts, Field};

/// The parameters form.
#[function_component(ParamsForm)]
pub fn params_form() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let territory_rate = workspace.territory().territory_usual_absence();
    let simulation = use_simulation();
    // What is typed lives in the fields; kept here too (without re-rendering on every key) so
    // that a commit reads every field as typed, even before the page has re-rendered.
    let drafts = use_mut_ref(|| drafts_of(&simulation.params, territory_rate, lang));
    // The fields follow the language (a decimal comma in French) and the usual absence follows
    // the territory: another one opened shows its rate.
    let drafted_for = use_mut_ref(|| (lang, territory_rate));
    let (drafted_lang, drafted_rate) = *drafted_for.borrow();
    if drafted_lang != lang {
        *drafts.borrow_mut() = drafts_of(&simulation.params, territory_rate, lang);
    } else if drafted_rate != territory_rate {
        let absence = Field::Absence.index();
        drafts.borrow_mut()[absence] =
            drafts_of(&simulation.params, territory_rate, lang)[absence].clone();
    }
    *drafted_for.borrow_mut() = (lang, territory_rate);
    // The refusal shown, beside its field (or above the form when it is about no field).
    let refusal = use_state(|| None::<(Option<Field>, String)>);
    let commit = {
        let drafts = drafts.clone();
        let refusal = refusal.clone();
        let simulation = simulation.clone();
        Callback::from(move |_: ()| {
            let checked = read_drafts(&drafts.borrow(), territory_rate)
                .map_err(|(field, text)| (Some(field), t(lang, text).to_owned()))
                .and_then(|params| {
                    params
                        .validate()
                        .map(|_| params)
                        .map_err(|error| (Field::of_error(&error), error.message(lang)))
                });
            match checked {
                Ok(params) => {
                    refusal.set(None);
                    simulation.dispatch(SimAction::SetParams(params));
                }
                Err(shown) => refusal.set(Some(shown)),
            }
        })
    };
    let onsubmit = {
        let commit = commit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            commit.emit(());
        })
    };
    let reset = {
        let commit = commit.clone();
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            *drafts.borrow_mut() = drafts_of(&SimulationParams::default(), territory_rate, lang);
            commit.emit(());
        })
    };
    let field = |field: Field| {
        let (label, help) = field.texts();
        let id = field.id();
        let error = refusal
            .as_ref()
            .filter(|(f, _)| *f == Some(field))
            .map(|(_, m)| m.clone());
        let described = if error.is_some() {
            format!("{id}-help {id}-error")
        } else {
            format!("{id}-help")
        };
        let oninput = {
            let drafts = drafts.clone();
            Callback::from(move |event: InputEvent| {
                drafts.borrow_mut()[field.index()] = event_value(&event);
            })
        };
        let onchange = {
            let commit = commit.clone();
            let drafts = drafts.clone();
            Callback::from(move |event: Event| {
                drafts.borrow_mut()[field.index()] = event_value(&event);
                commit.emit(());
            })
        };
        let value = drafts.borrow()[field.index()].clone();
        let invalid = error.is_some().then_some("true");
        html! {
            <div class="sim-field">
                <label for={id}>{ t(lang, label) }</label>
                if field.whole() {
                    <input id={id} type="number" min="0" step="1" inputmode="numeric" {value}
                        aria-describedby={described} aria-invalid={invalid} {oninput} {onchange} />
                } else {
                    <input id={id} type="text" inputmode="decimal" size="8" {value}
                        aria-describedby={described} aria-invalid={invalid} {oninput} {onchange} />
                }
                <p id={format!("{id}-help")} class="sim-help">{ t(lang, help) }</p>
                if let Some(message) = error {
                    <p id={format!("{id}-error")} class="refusal" role="alert">{ message }</p>
                }
            </div>
        }
    };
    let general = refusal
        .as_ref()
        .filter(|(f, _)| f.is_none())
        .map(|(_, m)| m.clone());
    // Closed at first, so that the charts come first on a projector; the summary says the values.
    html! {
        <details class="sim-params">
            <summary id="sim-params-title">
                { format!("{}{}{}", t(lang, SimText::ParamsTitle), colon(lang), summary(lang, &simulation.params, territory_rate)) }
            </summary>
            <form novalidate=true {onsubmit} aria-labelledby="sim-params-title">
                <p class="sim-note">{ t(lang, SimText::ParamsNote) }</p>
                if let Some(message) = general {
                    <p class="refusal" role="alert">{ message }</p>
                }
                <div class="sim-fields">{ for Field::ALL.into_iter().map(field) }</div>
                <div class="sim-form-actions">
                    <button type="submit">{ t(lang, SimText::Apply) }</button>
                    <button type="button" onclick={reset}>{ t(lang, SimText::Defaults) }</button>
                </div>
            </form>
        </details>
    }
}

/// The text of the field an event came from; empty where there is no browser.
fn event_value(event: &Event) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        String::new()
    }
}
