//! The simulation's job in the app's Web Worker (`crate::ui::worker`): the messages between page
//! and worker, and the batched job it runs.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::engine::lang::Lang;
use crate::engine::model::Territory;
use crate::engine::operations::Operation;
use crate::engine::saved::{open_base, BaseSource, SavedBase};
use crate::engine::scenario::Scenario;
use crate::engine::simulation::{SimulationError, SimulationParams, SimulationResult, Simulator};

/// One simulation request: a scenario as it is saved (its base and its operations) and the
/// parameters. The worker rebuilds the territories itself with the code that restores saved
/// scenarios: the message stays small (an embedded base is only its key). Messages go as
/// gloo's default bincode, which costs the page less code than JSON for these types.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Numbers the requests, so that the page ignores news of a job it has replaced.
    pub id: u32,
    pub params: SimulationParams,
    /// The base's name, for the messages that name it.
    pub base_name: String,
    pub base: BaseSource,
    pub operations: Vec<Operation>,
}

/// What the page asks the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Drop any job under way and run this one.
    Start(Job),
    /// Drop the job under way.
    Cancel,
}

/// What the worker tells the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Update {
    /// `done` runs of `total` are drawn (over both simulations).
    Progress { job: u32, done: u32, total: u32 },
    /// Every run is drawn: the base's figures, and the scenario's when it differs from the base.
    Finished {
        job: u32,
        base: SimulationResult,
        scenario: Option<SimulationResult>,
    },
    /// The engine refused the job.
    Failed { job: u32, error: SimulationError },
    /// The scenario could not be rebuilt (its base or an operation refused), said in French
    /// and in English. The page rebuilt the same one already, so this only guards a bug.
    Unreadable { job: u32, reason: [String; 2] },
}

/// A job under way, advanced a batch of runs at a time so that the worker can read its messages
/// (a cancel, a new job) between batches. Pure: it runs natively in tests too.
pub struct JobRun {
    id: u32,
    params: SimulationParams,
    /// The job as received, until its scenario is rebuilt by the first step.
    job: Option<Job>,
    /// `(before, after)` pairs still to start, the next one last: the base, then the scenario.
    pending: Vec<(Rc<Territory>, Rc<Territory>)>,
    current: Option<Simulator>,
    finished: Vec<SimulationResult>,
    total: u32,
}

impl JobRun {
    /// Prepares `job`; nothing is rebuilt or drawn yet.
    pub fn new(job: Job) -> JobRun {
        JobRun {
            id: job.id,
            params: job.params.clone(),
            job: Some(job),
            pending: Vec::with_capacity(2),
            current: None,
            finished: Vec::with_capacity(2),
            total: 0,
        }
    }

    /// The job's number.
    pub fn id(&self) -> u32 {
        self.id
    }

    /// Draws up to `runs` more runs; `Finished` or a refusal once there is nothing left to draw.
    pub fn step(&mut self, runs: u32) -> Update {
        if let Some(job) = self.job.take() {
            if let Err(reason) = self.rebuild(job) {
                return Update::Unreadable {
                    job: self.id,
                    reason,
                };
            }
        }
        let mut simulator = match self.current.take() {
            Some(simulator) => simulator,
            None => {
                let Some((before, after)) = self.pending.pop() else {
                    return self.finish();
                };
                match Simulator::new(&before, &after, &self.params) {
                    Ok(simulator) => simulator,
                    Err(error) => {
                        return Update::Failed {
                            job: self.id,
                            error,
                        }
                    }
                }
            }
        };
        let done = simulator.run_next(runs.max(1));
        if done >= self.params.runs {
            self.finished.push(simulator.finish());
            if self.pending.is_empty() {
                return self.finish();
            }
        } else {
            self.current = Some(simulator);
        }
        Update::Progress {
            job: self.id,
            done: self.runs_done(),
            total: self.total,
        }
    }

    /// Opens the base and replays the operations: the pairs to simulate.
    fn rebuild(&mut self, job: Job) -> Result<(), [String; 2]> {
        let reason = |message: &dyn Fn(Lang) -> String| [message(Lang::Fr), message(Lang::En)];
        let saved = SavedBase {
            id: String::new(),
            name: job.base_name,
            source: job.base,
        };
        let base = open_base(&saved).map_err(|e| reason(&|lang| e.message(lang)))?;
        let scenario = Scenario::replay(base.territory, job.operations)
            .map_err(|e| reason(&|lang| e.message(lang)))?;
        let (before, after) = (scenario.base_rc(), scenario.current_rc());
        if after != before {
            self.pending.push((Rc::clone(&before), after));
        }
        self.pending.push((Rc::clone(&before), before));
        self.total = self.params.runs.saturating_mul(self.pending.len() as u32);
        Ok(())
    }

    /// Runs drawn so far over both simulations.
    fn runs_done(&self) -> u32 {
        let current = self.current.as_ref().map_or(0, Simulator::runs_done);
        self.params.runs * self.finished.len() as u32 + current
    }

    fn finish(&mut self) -> Update {
        let mut results = std::mem::take(&mut self.finished).into_iter();
        match results.next() {
            Some(base) => Update::Finished {
                job: self.id,
                base,
                scenario: results.next(),
            },
            // A rebuilt job always holds the base: this only answers a step after the end.
            None => Update::Unreadable {
                job: self.id,
                reason: [String::new(), String::new()],
            },
        }
    }
}
