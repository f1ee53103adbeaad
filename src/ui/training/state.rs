//! What the Exercises tab remembers while the trainee works in the other tabs: the exercise
//! under way, the hints shown, whether the debrief is open, the last file refused.

use std::cell::OnceCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::engine::exercise::{builtin, Exercise, ExerciseError};

/// The Exercises tab's state, kept above the tabs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Training {
    /// The exercise under way.
    pub current: Option<Rc<Exercise>>,
    /// How many hints are shown, in order.
    pub hints_shown: usize,
    /// Whether the debrief is shown.
    pub debrief: bool,
    /// The last exercise file refused, with why.
    pub refused: Option<ExerciseError>,
}

/// What the trainee does in the tab.
#[derive(Clone, Debug, PartialEq)]
pub enum TrainingAction {
    Start(Rc<Exercise>),
    Refuse(ExerciseError),
    RevealHint,
    ShowDebrief(bool),
    /// Back to the list of exercises.
    Leave,
}

impl Reducible for Training {
    type Action = TrainingAction;

    fn reduce(self: Rc<Self>, action: TrainingAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            TrainingAction::Start(exercise) => {
                next = Training {
                    current: Some(exercise),
                    ..Training::default()
                }
            }
            // A refused file changes nothing but the message.
            TrainingAction::Refuse(error) => next.refused = Some(error),
            TrainingAction::RevealHint => {
                let count = next.current.as_ref().map_or(0, |e| e.hints.len());
                next.hints_shown = (next.hints_shown + 1).min(count);
            }
            TrainingAction::ShowDebrief(shown) => next.debrief = shown,
            TrainingAction::Leave => next = Training::default(),
        }
        Rc::new(next)
    }
}

/// The handle the tab's components share.
pub type TrainingHandle = UseReducerHandle<Training>;

thread_local! {
    /// The built-in exercises, read once, the first time the tab is opened.
    static BUILTIN: OnceCell<Rc<Vec<Rc<Exercise>>>> = const { OnceCell::new() };
}

/// The built-in exercises, read and checked on first use.
pub fn builtin_exercises() -> Rc<Vec<Rc<Exercise>>> {
    BUILTIN.with(|cell| {
        Rc::clone(cell.get_or_init(|| Rc::new(builtin().into_iter().map(Rc::new).collect())))
    })
}

#[derive(Properties, PartialEq)]
pub struct TrainingProviderProps {
    pub children: Html,
}

/// Keeps the exercise under way while the trainee works in the other tabs.
#[function_component(TrainingProvider)]
pub fn training_provider(props: &TrainingProviderProps) -> Html {
    let training = use_reducer(Training::default);
    html! {
        <ContextProvider<TrainingHandle> context={training}>
            { props.children.clone() }
        </ContextProvider<TrainingHandle>>
    }
}

/// The Exercises tab's state.
#[hook]
pub fn use_training() -> TrainingHandle {
    use_context::<TrainingHandle>()
        .expect("the Exercises tab is rendered inside the App's TrainingProvider")
}
