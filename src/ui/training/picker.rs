//! Choosing an exercise: the built-in ones, or a trainer's file checked by the engine's loader.

use std::rc::Rc;

use yew::prelude::*;

use super::builtin::builtin_exercises;
use super::texts::TrainText;
use crate::engine::exercise::load_exercise;
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, TrainingAction};

/// The list of built-in exercises and the file picker.
#[function_component(ExercisePicker)]
pub fn exercise_picker() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let exercises = builtin_exercises();
    let on_file = {
        let workspace = workspace.clone();
        Callback::from(move |text: String| match load_exercise(&text) {
            Ok(exercise) => workspace.dispatch(Action::StartExercise(Rc::new(exercise))),
            Err(error) => workspace.dispatch(Action::Training(TrainingAction::Refuse(error))),
        })
    };
    let onchange =
        Callback::from(move |event: Event| browser::read_chosen(&event, on_file.clone()));
    html! {
        <div class="exercise-picker">
            <h3>{ t(lang, TrainText::BuiltinTitle) }</h3>
            <ul class="exercise-list">
                { for exercises.iter().map(|exercise| {
                    let onclick = {
                        let workspace = workspace.clone();
                        let exercise = Rc::clone(exercise);
                        Callback::from(move |_| workspace.dispatch(Action::StartExercise(Rc::clone(&exercise))))
                    };
                    let title = exercise.title.get(lang).to_string();
                    html! {
                        <li>
                            <span class="exercise-title">{ title.clone() }</span>
                            <button type="button" {onclick}
                                aria-label={format!("{} : {title}", t(lang, TrainText::Start))}>
                                { t(lang, TrainText::Start) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <div class="exercise-file">
                <label for="exercise-file">{ t(lang, TrainText::FileLabel) }</label>
                <input type="file" id="exercise-file" accept=".json,application/json"
                    aria-describedby="exercise-file-help" {onchange} />
                <p id="exercise-file-help" class="help">{ t(lang, TrainText::FileHelp) }</p>
                if let Some(error) = &workspace.training.refused {
                    <div role="alert" class="exercise-refused">
                        { t(lang, TrainText::Refused) }{ error.message(lang) }
                    </div>
                }
            </div>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use yew::prelude::*;

    /// Reads the chosen file as text and hands it over.
    pub fn read_chosen(event: &Event, done: Callback<String>) {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|list| list.get(0)) {
            spawn_local(async move {
                if let Ok(text) = JsFuture::from(file.text()).await {
                    done.emit(text.as_string().unwrap_or_default());
                }
            });
        }
        // Cleared, so that choosing the same file again (once corrected) reads it again.
        input.set_value("");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use yew::prelude::*;

    pub fn read_chosen(_event: &Event, _done: Callback<String>) {}
}
