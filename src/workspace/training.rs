//! The exercise under way while the trainee works in the other tabs: which one, the hints shown,
//! whether the debrief is open, the last file refused. Starting an exercise changes the scenarios
//! and this in one action, so that the tab and the scenario shown never disagree; the exercise
//! and the trainee's progress are saved with the scenarios, so that a reload resumes them.

use std::rc::Rc;

use super::library::{Base, NamedScenario};
use super::Workspace;
use crate::engine::embedded;
use crate::engine::exercise::{Exercise, ExerciseError};
use crate::engine::io::write_territory;
use crate::engine::saved::{BaseSource, SavedExercise, SavedTraining, EXERCISE_BASE};

/// The Exercises tab's state.
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

/// What the trainee does in the tab (starting an exercise is the workspace's
/// `Action::StartExercise`, since it also changes the scenarios).
#[derive(Clone, Debug, PartialEq)]
pub enum TrainingAction {
    Refuse(ExerciseError),
    RevealHint,
    ShowDebrief(bool),
    /// Back to the list of exercises.
    Leave,
}

impl Training {
    /// What the saved document keeps of it: the exercise (a built-in one by its id, a trainer's
    /// file as its text) and the progress; `None` when no exercise is under way.
    pub fn saved(&self) -> Option<SavedTraining> {
        let exercise = self.current.as_ref()?;
        let which = if exercise.is_builtin() {
            SavedExercise::Builtin(exercise.id.clone())
        } else {
            SavedExercise::File(exercise.source().to_string())
        };
        Some(SavedTraining {
            exercise: which,
            hints_shown: self.hints_shown,
            debrief: self.debrief,
        })
    }

    /// The tab's state after `action`.
    pub fn after(&self, action: TrainingAction) -> Training {
        let mut next = self.clone();
        match action {
            // A refused file changes nothing but the message.
            TrainingAction::Refuse(error) => next.refused = Some(error),
            TrainingAction::RevealHint => {
                let count = next.current.as_ref().map_or(0, |e| e.hints.len());
                next.hints_shown = (next.hints_shown + 1).min(count);
            }
            TrainingAction::ShowDebrief(shown) => next.debrief = shown,
            TrainingAction::Leave => next = Training::default(),
        }
        next
    }
}

impl Workspace {
    /// Makes an exercise's starting territory a base of its own, with a fresh scenario named after
    /// the exercise, and shows its briefing; starting the same exercise again replaces its base,
    /// earlier tries are kept.
    pub(super) fn start_exercise(&mut self, exercise: Rc<Exercise>) {
        let key = exercise.territory.as_str();
        let Some(embedded) = embedded::by_key(key) else {
            return;
        };
        let base_id = format!("{EXERCISE_BASE}{}", exercise.id);
        let name = exercise.title.get(self.lang).to_string();
        let mut base = Base::new(base_id.clone(), exercise.start_rc(), Some(embedded), None);
        // Saved as its files, since the setup's changes are in the territory, and drawn on the
        // embedded territory's map after a reload too.
        base.source = BaseSource::Changed {
            embedded: key.to_string(),
            files: write_territory(&base.territory),
        };
        base.name = name.clone();
        self.bases.retain(|b| b.id != base_id);
        self.bases.push(base.clone());
        self.add_and_activate(NamedScenario::fresh(0, name, &base));
        self.show_exercise_service(&exercise);
        self.training = Training {
            current: Some(exercise),
            ..Training::default()
        };
    }

    /// Takes up an exercise from a saved document, where the trainee left it.
    pub(super) fn resume_exercise(&mut self, exercise: Rc<Exercise>, saved: &SavedTraining) {
        if self.active_scenario().base == format!("{EXERCISE_BASE}{}", exercise.id) {
            self.show_exercise_service(&exercise);
        }
        self.training = Training {
            hints_shown: saved.hints_shown.min(exercise.hints.len()),
            debrief: saved.debrief,
            current: Some(exercise),
            refused: None,
        };
    }

    /// The places a new site starts with in the form: the exercise's figure (its brief's) while
    /// its scenario is shown, `None` otherwise.
    pub fn new_site_capacity(&self) -> Option<u32> {
        let exercise = self.training.current.as_ref()?;
        let on_it = self.active_scenario().base == format!("{EXERCISE_BASE}{}", exercise.id);
        exercise.new_site_capacity.filter(|_| on_it)
    }

    /// The map shows the exercise's service (the one it is about), where it names one.
    fn show_exercise_service(&mut self, exercise: &Exercise) {
        if let Some(service) = &exercise.service {
            if self.territory().service_ix(service).is_some() {
                self.service = service.clone();
            }
        }
    }
}
