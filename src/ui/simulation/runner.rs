//! The simulation's state beside the workspace: its parameters, the job under way in the worker
//! and the last result. It lives above the tabs, so that a simulation keeps running, and its
//! result stays, while the user looks at another tab.

use std::rc::Rc;

use yew::prelude::*;

use super::worker::Update;
use crate::engine::lang::Lang;
use crate::engine::scenario::Scenario;
use crate::engine::simulation::{SimulationError, SimulationParams, SimulationResult};

mod provider;
mod target;

pub use provider::{use_simulation, SimulationHandle, SimulationProvider, SimulationProviderProps};
pub use target::Target;

/// The scenario a result was computed on, compared by identity: the workspace makes a new one
/// on every change, and comparing two Métropole territories field by field on every render
/// would cost more than it tells.
#[derive(Clone, Debug)]
pub struct ScenarioKey(pub Rc<Scenario>);

impl PartialEq for ScenarioKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What the worker is doing for the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Nothing asked yet (the tab was never opened).
    Idle,
    Running {
        done: u32,
        total: u32,
    },
    Finished,
    Cancelled {
        done: u32,
        total: u32,
    },
    Failed(Failure),
    /// The browser cannot run a worker.
    Unavailable,
}

/// Why a simulation did not run.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The engine refused the parameters or the territory.
    Engine(SimulationError),
    /// The worker could not rebuild the scenario: the reason in French and in English.
    Rebuild([String; 2]),
}

impl Failure {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Failure::Engine(error), _) => error.message(lang),
            (Failure::Rebuild([fr, _]), Lang::Fr) => fr.clone(),
            (Failure::Rebuild([_, en]), Lang::En) => en.clone(),
        }
    }
}

/// A finished simulation and what it was computed on.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub params: SimulationParams,
    /// The territory's usual absence, which the parameters' `None` stands for.
    pub territory_absence: f64,
    /// The scenario's name, as it was when the simulation started.
    pub name: String,
    pub scenario_key: ScenarioKey,
    /// Services in the territory's order (the base's, then the scenario's new ones): id and name.
    pub services: Vec<(String, String)>,
    pub base: SimulationResult,
    /// The scenario's result; `None` when the scenario equals the base.
    pub scenario: Option<SimulationResult>,
}

/// A job sent to the worker, waiting for its result.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub params: SimulationParams,
    pub territory_absence: f64,
    pub name: String,
    pub scenario_key: ScenarioKey,
    pub services: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SimulationState {
    /// The parameters the next job runs with (always valid).
    pub params: SimulationParams,
    pub status: Status,
    pub outcome: Option<Rc<Outcome>>,
    /// Whether the user has opened the tab: no worker is started before.
    pub wanted: bool,
    /// Whether the user stopped the runs; a new parameter or "run again" clears it.
    pub cancelled: bool,
    /// Bumped by "run again", to start with unchanged inputs.
    pub attempt: u32,
    /// The scenario picked in the tab; `None` follows the active scenario.
    pub chosen: Option<u32>,
    job: u32,
    pending: Option<Rc<Pending>>,
}

impl Default for SimulationState {
    fn default() -> Self {
        SimulationState {
            params: SimulationParams::default(),
            status: Status::Idle,
            outcome: None,
            wanted: false,
            cancelled: false,
            attempt: 0,
            chosen: None,
            job: 0,
            pending: None,
        }
    }
}

/// Everything that changes the simulation's state.
#[derive(Clone, Debug, PartialEq)]
pub enum SimAction {
    /// The tab is open: start if nothing runs yet.
    Want,
    SetParams(SimulationParams),
    Cancel,
    RunAgain,
    /// Simulate this scenario of the active base (`None`: the active scenario).
    Choose(Option<u32>),
    /// A job went to the worker.
    Started {
        job: u32,
        total: u32,
        pending: Rc<Pending>,
    },
    FromWorker(Update),
    Unavailable,
}

impl Reducible for SimulationState {
    type Action = SimAction;

    fn reduce(self: Rc<Self>, action: SimAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SimAction::Want if self.wanted => return self,
            SimAction::Want => next.wanted = true,
            SimAction::SetParams(params) if params == self.params && !self.cancelled => {
                return self
            }
            SimAction::SetParams(params) => {
                next.params = params;
                next.cancelled = false;
            }
            SimAction::Cancel => {
                if let Status::Running { done, total } = self.status {
                    next.status = Status::Cancelled { done, total };
                }
                next.cancelled = true;
                next.pending = None;
            }
            SimAction::RunAgain => {
                next.cancelled = false;
                next.attempt += 1;
            }
            SimAction::Choose(chosen) => {
                next.chosen = chosen;
                next.cancelled = false;
            }
            SimAction::Started {
                job,
                total,
                pending,
            } => {
                next.job = job;
                next.status = Status::Running { done: 0, total };
                next.pending = Some(pending);
            }
            SimAction::FromWorker(update) => next.receive(update),
            SimAction::Unavailable => next.status = Status::Unavailable,
        }
        Rc::new(next)
    }
}

impl SimulationState {
    /// Takes news from the worker, unless it is about a job replaced or cancelled since.
    fn receive(&mut self, update: Update) {
        let job = match &update {
            Update::Progress { job, .. }
            | Update::Finished { job, .. }
            | Update::Failed { job, .. }
            | Update::Unreadable { job, .. } => *job,
        };
        if job != self.job || !matches!(self.status, Status::Running { .. }) {
            return;
        }
        match update {
            Update::Progress { done, total, .. } => self.status = Status::Running { done, total },
            Update::Finished { base, scenario, .. } => {
                if let Some(pending) = self.pending.take() {
                    self.outcome = Some(Rc::new(Outcome {
                        params: pending.params.clone(),
                        territory_absence: pending.territory_absence,
                        name: pending.name.clone(),
                        scenario_key: pending.scenario_key.clone(),
                        services: pending.services.clone(),
                        base,
                        scenario,
                    }));
                }
                self.status = Status::Finished;
            }
            Update::Failed { error, .. } => {
                self.pending = None;
                self.status = Status::Failed(Failure::Engine(error));
            }
            Update::Unreadable { reason, .. } => {
                self.pending = None;
                self.status = Status::Failed(Failure::Rebuild(reason));
            }
        }
    }
}
