//! The simulation's state beside the workspace: its parameters, the job under way in the worker
//! and the last result. It lives above the tabs, so that a simulation keeps running, and its
//! result stays, while the user looks at another tab.

use std::rc::Rc;

use yew::prelude::*;

use super::worker::{Job, Request, Update};
use crate::engine::lang::Lang;
use crate::engine::saved::SavedBase;
use crate::engine::scenario::Scenario;
use crate::engine::simulation::{SimulationError, SimulationParams, SimulationResult};
use crate::ui::state::{use_workspace, Workspace};

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

/// The scenario a simulation is about: the one chosen in the tab, or else the active one.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub id: u32,
    pub name: String,
    pub key: ScenarioKey,
    pub base: SavedBase,
}

impl Target {
    /// `chosen` among the scenarios of the active base, or the active scenario.
    pub fn of(workspace: &Workspace, chosen: Option<u32>) -> Target {
        let base = workspace.active_base();
        let saved = SavedBase {
            id: base.id.clone(),
            name: base.name.clone(),
            source: base.source.clone(),
        };
        let other = chosen
            .filter(|id| *id != workspace.active)
            .and_then(|id| workspace.scenarios_of_active_base().find(|s| s.id == id));
        match other {
            Some(named) => Target {
                id: named.id,
                name: named.name.clone(),
                key: ScenarioKey(Rc::clone(&named.scenario)),
                base: saved,
            },
            // The active scenario's live state is `workspace.scenario`.
            None => Target {
                id: workspace.active,
                name: workspace.active_scenario().name.clone(),
                key: ScenarioKey(Rc::clone(&workspace.scenario)),
                base: saved,
            },
        }
    }
}

/// A finished simulation and what it was computed on.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub params: SimulationParams,
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

/// The handle the Simulation tab reads and dispatches to.
pub type SimulationHandle = UseReducerHandle<SimulationState>;

/// The simulation's state, from the provider above the tabs.
#[hook]
pub fn use_simulation() -> SimulationHandle {
    use_context::<SimulationHandle>()
        .expect("the Simulation tab is rendered inside SimulationProvider")
}

#[derive(Properties, PartialEq)]
pub struct SimulationProviderProps {
    pub children: Html,
}

/// Holds the simulation's state and its worker; starts a job whenever what it depends on changes.
#[function_component(SimulationProvider)]
pub fn simulation_provider(props: &SimulationProviderProps) -> Html {
    let workspace = use_workspace();
    let state = use_reducer(SimulationState::default);
    let bridge = use_mut_ref(|| None::<bridge::Bridge>);
    let next_job = use_mut_ref(|| 0u32);
    let target = Target::of(&workspace, state.chosen);
    let inputs = (
        state.params.clone(),
        target,
        state.wanted,
        state.cancelled,
        state.attempt,
    );
    {
        let dispatcher = state.dispatcher();
        use_effect_with(inputs, move |(params, target, wanted, cancelled, _)| {
            if *cancelled {
                if let Some(bridge) = bridge.borrow().as_ref() {
                    bridge::send(bridge, Request::Cancel);
                }
            } else if *wanted {
                let mut slot = bridge.borrow_mut();
                if slot.is_none() {
                    *slot = bridge::spawn(dispatcher.clone());
                }
                match slot.as_ref() {
                    Some(bridge) => {
                        let mut counter = next_job.borrow_mut();
                        *counter += 1;
                        let (job, pending) = job(*counter, params, target);
                        // The worker says the true total (one simulation or two) with its first news.
                        let changed = target.key.0.current() != target.key.0.base();
                        let total = params.runs * if changed { 2 } else { 1 };
                        bridge::send(bridge, Request::Start(job));
                        dispatcher.dispatch(SimAction::Started {
                            job: *counter,
                            total,
                            pending: Rc::new(pending),
                        });
                    }
                    None => dispatcher.dispatch(SimAction::Unavailable),
                }
            }
        });
    }
    html! {
        <ContextProvider<SimulationHandle> context={state}>
            { props.children.clone() }
        </ContextProvider<SimulationHandle>>
    }
}

/// The request for the worker, and what the page keeps to show its result.
fn job(id: u32, params: &SimulationParams, target: &Target) -> (Job, Pending) {
    let scenario = &target.key.0;
    let mut services: Vec<(String, String)> = scenario
        .base()
        .services
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    for service in &scenario.current().services {
        match services.iter_mut().find(|(id, _)| *id == service.id) {
            // The scenario's name is the one the user sees elsewhere (a merge may rename).
            Some(known) => known.1 = service.name.clone(),
            None => services.push((service.id.clone(), service.name.clone())),
        }
    }
    let job = Job {
        id,
        params: params.clone(),
        base_name: target.base.name.clone(),
        base: target.base.source.clone(),
        operations: scenario.operations().to_vec(),
    };
    let pending = Pending {
        params: params.clone(),
        name: target.name.clone(),
        scenario_key: target.key.clone(),
        services,
    };
    (job, pending)
}

/// The worker's bridge in the browser; natively there is none, and nothing runs.
#[cfg(target_arch = "wasm32")]
mod bridge {
    use gloo::worker::{Spawnable, WorkerBridge};
    use web_sys::js_sys::{global, Reflect};
    use yew::UseReducerDispatcher;

    use super::{SimAction, SimulationState};
    use crate::ui::simulation::worker::{Request, SimulationWorker, LOADER};

    pub type Bridge = WorkerBridge<SimulationWorker>;

    pub fn spawn(dispatcher: UseReducerDispatcher<SimulationState>) -> Option<Bridge> {
        // gloo panics when `new Worker` fails: look before.
        if !Reflect::has(&global(), &"Worker".into()).unwrap_or(false) {
            return None;
        }
        let bridge = SimulationWorker::spawner()
            .callback(move |update| dispatcher.dispatch(SimAction::FromWorker(update)))
            .spawn_with_loader(LOADER);
        Some(bridge)
    }

    pub fn send(bridge: &Bridge, request: Request) {
        bridge.send(request);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod bridge {
    use yew::UseReducerDispatcher;

    use super::SimulationState;
    use crate::ui::simulation::worker::Request;

    /// Natively no worker exists: render tests see the state a job leaves before its first news.
    pub struct Bridge;

    pub fn spawn(_dispatcher: UseReducerDispatcher<SimulationState>) -> Option<Bridge> {
        Some(Bridge)
    }

    pub fn send(_bridge: &Bridge, _request: Request) {}
}
