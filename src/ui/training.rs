//! The Exercises tab: guided exercises for trainees — choose one (built-in or a trainer's file),
//! read its briefing, work in the other tabs while its objectives are judged live, ask for hints,
//! and finish with a debrief against the reference solution. Figures come from the engine's
//! `exercise::assess_with` and `exercise::debrief`.

pub mod builtin;
pub mod debrief;
pub mod live;
pub mod picker;
pub mod texts;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::exercise::{assess_with, debrief as debrief_of, Exercise};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, TrainingAction, Workspace};
use debrief::DebriefView;
use live::{Hints, LiveObjectives};
use picker::ExercisePicker;
use texts::TrainText;

/// Whether the workspace shows a scenario that starts from this exercise's starting territory.
pub fn on_exercise(workspace: &Workspace, exercise: &Exercise) -> bool {
    // Same Rc when started from the tab; equal content after a reload or a copy.
    std::ptr::eq(workspace.base(), exercise.start()) || workspace.base() == exercise.start()
}

/// The "Exercises" tab.
#[function_component(TrainingPanel)]
pub fn training_panel() -> Html {
    let workspace = use_workspace();
    let training = &workspace.training;
    let lang = workspace.lang;
    // A button that starts, finishes or leaves an exercise disappears once pressed: the keyboard
    // focus would fall to the page, so it goes to the heading of what replaced it instead.
    let target = match (&training.current, training.debrief) {
        (None, _) => "#training-title",
        (Some(_), false) => "#exercise-title",
        (Some(_), true) => "#exercise-debrief-title",
    };
    let shown = (
        training.current.as_ref().map(|e| e.id.clone()),
        training.debrief,
        training.hints_shown,
    );
    use_effect_with(shown, move |_| focus::rescue(target));
    html! {
        <div class="training">
            <h2 id="training-title" tabindex="-1">{ t(lang, TrainText::Title) }</h2>
            if let Some(exercise) = training.current.clone() {
                <ExerciseUnderWay {exercise} />
            } else {
                <p class="training-intro">{ t(lang, TrainText::Intro) }</p>
                <ExercisePicker />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UnderWayProps {
    exercise: Rc<Exercise>,
}

/// The briefing, the live objectives, the hints and the debrief of the exercise under way.
#[function_component(ExerciseUnderWay)]
fn exercise_under_way(props: &UnderWayProps) -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let exercise = &props.exercise;
    let training = |action: TrainingAction| {
        let workspace = workspace.clone();
        Callback::from(move |_| workspace.dispatch(Action::Training(action.clone())))
    };
    let leave = training(TrainingAction::Leave);
    let on_it = on_exercise(&workspace, exercise);
    let assessment = on_it.then(|| {
        assess_with(
            exercise,
            workspace.base(),
            workspace.territory(),
            workspace.figures(),
            workspace.impact(),
        )
    });
    let back = {
        let workspace = workspace.clone();
        let base = format!("exercise-{}", exercise.id);
        Callback::from(move |_| workspace.dispatch(Action::SelectBase(base.clone())))
    };
    let show_debrief = training(TrainingAction::ShowDebrief(true));
    let resume = training(TrainingAction::ShowDebrief(false));
    html! {
        <>
            <section class="exercise-briefing" aria-labelledby="exercise-title">
                <h3 id="exercise-title" tabindex="-1">{ exercise.title.get(lang) }</h3>
                <h4>{ t(lang, TrainText::Briefing) }</h4>
                <p>{ exercise.briefing.get(lang) }</p>
                <button type="button" class="secondary" onclick={leave}>{ t(lang, TrainText::OtherExercise) }</button>
            </section>
            if let Some(assessment) = assessment {
                <LiveObjectives {lang} {assessment} />
                <Hints {lang} exercise={Rc::clone(exercise)} />
                // Different elements on each side, so that the pressed button is not reused for
                // the other one: the focus then goes to the debrief's heading.
                if workspace.training.debrief {
                    <div class="debrief-wrap">
                        <DebriefView {lang} debrief={debrief_of(exercise, workspace.scenario())} />
                        <button type="button" onclick={resume}>{ t(lang, TrainText::Resume) }</button>
                    </div>
                } else {
                    <p class="finish-row">
                        <button type="button" class="finish" onclick={show_debrief}>{ t(lang, TrainText::Finish) }</button>
                    </p>
                }
            } else {
                <div class="exercise-off" role="status">
                    <p>{ t(lang, TrainText::OffExercise) }</p>
                    <button type="button" onclick={back}>{ t(lang, TrainText::BackToExercise) }</button>
                </div>
            }
        </>
    }
}

/// Gives the keyboard focus back when the control that had it is gone.
mod focus {
    /// Focuses `selector` if the focus fell to the page (its control was removed). It waits a
    /// turn, for the child components that draw the target to be drawn.
    #[cfg(target_arch = "wasm32")]
    pub fn rescue(selector: &'static str) {
        gloo::timers::callback::Timeout::new(0, move || focus_if_lost(selector)).forget();
    }

    #[cfg(target_arch = "wasm32")]
    fn focus_if_lost(selector: &str) {
        use wasm_bindgen::JsCast;
        let document = gloo::utils::document();
        let lost = match (document.active_element(), document.body()) {
            (None, _) => true,
            (Some(active), Some(body)) => active == *body.as_ref(),
            (Some(_), None) => false,
        };
        if !lost {
            return;
        }
        if let Ok(Some(element)) = document.query_selector(selector) {
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn rescue(_selector: &'static str) {}
}
