//! A suggestion's job in the app's Web Worker (`crate::ui::worker`): the messages between page and
//! worker, and the job itself, the engine's `Solver` stepped a batch at a time. Pure: it runs
//! natively in tests too.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::engine::lang::Lang;
use crate::engine::model::Territory;
use crate::engine::operations::Operation;
use crate::engine::saved::{open_base, BaseSource, SavedBase};
use crate::engine::scenario::Scenario;
use crate::engine::suggest::{Progress, Request as Question, Solver, Suggestion};

use super::state::{Field, Refusal};

/// One suggestion to compute: the scenario as it is saved (its base and its operations), whose
/// current territory the worker rebuilds with the code that restores saved scenarios, and what
/// to suggest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Numbers the requests, so that the page ignores news of a job it has replaced.
    pub id: u32,
    /// The base's name, for the messages that name it.
    pub base_name: String,
    pub base: BaseSource,
    pub operations: Vec<Operation>,
    pub question: Question,
}

/// What the page asks the worker about suggestions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Drop any suggestion under way and compute this one.
    Start(Box<Job>),
    /// Drop the suggestion under way.
    Cancel,
}

/// What the worker tells the page about a suggestion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Update {
    /// How far the solver has got.
    Progress { job: u32, progress: Progress },
    /// The suggestion, as `suggest()` gives it for the same territory and question.
    Finished {
        job: u32,
        suggestion: Box<Suggestion>,
    },
    /// The engine refused the question, or the scenario could not be rebuilt (its base or an
    /// operation refused: the page rebuilt the same one already, so this only guards a bug).
    Refused { job: u32, refusal: Refusal },
}

/// The scenario the last job was asked on, kept so that suggestions asked one after another on
/// one scenario open its base and replay its operations once (the whole Métropole's base is built
/// from its boundaries).
#[derive(Default)]
pub struct Rebuilt {
    last: Option<(BaseSource, Vec<Operation>, Rc<Territory>)>,
}

impl Rebuilt {
    /// The current territory of the job's scenario.
    fn territory(&mut self, job: Job) -> Result<Rc<Territory>, [String; 2]> {
        if let Some((base, operations, territory)) = &self.last {
            if *base == job.base && *operations == job.operations {
                return Ok(Rc::clone(territory));
            }
        }
        let reason = |message: &dyn Fn(Lang) -> String| [message(Lang::Fr), message(Lang::En)];
        let saved = SavedBase {
            id: String::new(),
            name: job.base_name,
            source: job.base.clone(),
        };
        let base = open_base(&saved).map_err(|e| reason(&|lang| e.message(lang)))?;
        let scenario = Scenario::replay(base.territory, job.operations.clone())
            .map_err(|e| reason(&|lang| e.message(lang)))?;
        let territory = scenario.current_rc();
        self.last = Some((job.base, job.operations, Rc::clone(&territory)));
        Ok(territory)
    }
}

/// A suggestion under way.
pub struct SuggestRun {
    id: u32,
    /// The job as received, until the first batch rebuilds its territory and checks its question.
    job: Option<Job>,
    solver: Option<Solver>,
}

impl SuggestRun {
    /// Prepares `job`; nothing is rebuilt or searched yet.
    pub fn new(job: Job) -> SuggestRun {
        SuggestRun {
            id: job.id,
            job: Some(job),
            solver: None,
        }
    }

    /// The job's number.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// Up to `steps` more steps of the solver (the first batch also rebuilds the scenario and
    /// checks the question); the suggestion or a refusal once there is nothing left to do.
    pub fn advance(&mut self, steps: u32, rebuilt: &mut Rebuilt) -> Update {
        let job = self.id;
        if let Some(asked) = self.job.take() {
            let question = asked.question.clone();
            let territory = match rebuilt.territory(asked) {
                Ok(territory) => territory,
                Err(reason) => {
                    let refusal = Refusal::Said {
                        field: Field::Ask,
                        reason,
                    };
                    return Update::Refused { job, refusal };
                }
            };
            match Solver::new(&territory, &question) {
                Ok(solver) => self.solver = Some(solver),
                Err(error) => {
                    let refusal = Refusal::of(&error);
                    return Update::Refused { job, refusal };
                }
            }
        }
        let Some(mut solver) = self.solver.take() else {
            // Only a batch asked after the end comes here.
            let refusal = Refusal::Said {
                field: Field::Ask,
                reason: [String::new(), String::new()],
            };
            return Update::Refused { job, refusal };
        };
        for _ in 0..steps.max(1) {
            if solver.is_finished() {
                break;
            }
            solver.step();
        }
        if solver.is_finished() {
            return Update::Finished {
                job,
                suggestion: Box::new(solver.finish()),
            };
        }
        let progress = solver.progress();
        self.solver = Some(solver);
        Update::Progress { job, progress }
    }
}
