//! The Exercises tab: guided exercises for trainees — choose one (built-in or a trainer's file),
//! read its briefing, work in the other tabs while its objectives are judged live, ask for hints,
//! and finish with a debrief against the reference solution. Figures come from the engine's
//! `exercise::assess_with` and `exercise::debrief`.

pub mod debrief;
pub mod live;
pub mod picker;
pub mod state;
pub mod texts;

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::exercise::{assess_with, debrief as debrief_of, Exercise};
use crate::ui::i18n::t;
use crate::ui::state::{use_workspace, Action, Workspace};
use debrief::DebriefView;
use live::{Hints, LiveObjectives};
use picker::ExercisePicker;
pub use state::{use_training, TrainingAction, TrainingProvider};
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
    let training = use_training();
    let lang = workspace.lang;
    html! {
        <div class="training">
            <h2>{ t(lang, TrainText::Title) }</h2>
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
    let training = use_training();
    let lang = workspace.lang;
    let exercise = &props.exercise;
    let leave = {
        let training = training.clone();
        Callback::from(move |_| training.dispatch(TrainingAction::Leave))
    };
    let on_it = on_exercise(&workspace, exercise);
    let assessment = on_it.then(|| {
        assess_with(
            exercise,
            workspace.base(),
            workspace.territory(),
            &workspace.figures,
            &workspace.impact,
        )
    });
    let back = {
        let workspace = workspace.clone();
        let base = format!("exercise-{}", exercise.id);
        Callback::from(move |_| workspace.dispatch(Action::SelectBase(base.clone())))
    };
    let show_debrief = {
        let training = training.clone();
        Callback::from(move |_| training.dispatch(TrainingAction::ShowDebrief(true)))
    };
    let resume = {
        let training = training.clone();
        Callback::from(move |_| training.dispatch(TrainingAction::ShowDebrief(false)))
    };
    html! {
        <>
            <section class="exercise-briefing" aria-labelledby="exercise-title">
                <h3 id="exercise-title">{ exercise.title.get(lang) }</h3>
                <h4>{ t(lang, TrainText::Briefing) }</h4>
                <p>{ exercise.briefing.get(lang) }</p>
                <button type="button" class="secondary" onclick={leave}>{ t(lang, TrainText::OtherExercise) }</button>
            </section>
            if let Some(assessment) = assessment {
                <LiveObjectives {lang} {assessment} />
                <Hints {lang} exercise={Rc::clone(exercise)} />
                if training.debrief {
                    <DebriefView {lang} debrief={debrief_of(exercise, &workspace.scenario)} />
                    <button type="button" onclick={resume}>{ t(lang, TrainText::Resume) }</button>
                } else {
                    <button type="button" class="finish" onclick={show_debrief}>{ t(lang, TrainText::Finish) }</button>
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
