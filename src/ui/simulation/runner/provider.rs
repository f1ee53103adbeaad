//! The provider above the tabs: the simulation's state, its connection to the app's worker, and a
//! new job whenever what it depends on changes.

use std::rc::Rc;

use yew::prelude::*;

use super::target::{job, Target};
use super::{SimAction, SimulationState};
use crate::ui::simulation::worker::Request;
use crate::ui::state::use_workspace;

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

/// The connection to the app's worker in the browser; natively there is none, and nothing runs.
#[cfg(target_arch = "wasm32")]
mod bridge {
    use yew::UseReducerDispatcher;

    use crate::ui::simulation::runner::{SimAction, SimulationState};
    use crate::ui::simulation::worker::Request;
    use crate::ui::worker::{connect, Input, Output};

    pub type Bridge = crate::ui::worker::Bridge;

    pub fn spawn(dispatcher: UseReducerDispatcher<SimulationState>) -> Option<Bridge> {
        connect(move |output| {
            if let Output::Simulation(update) = output {
                dispatcher.dispatch(SimAction::FromWorker(update));
            }
        })
    }

    pub fn send(bridge: &Bridge, request: Request) {
        bridge.send(Input::Simulation(request));
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod bridge {
    use yew::UseReducerDispatcher;

    use crate::ui::simulation::runner::SimulationState;
    use crate::ui::simulation::worker::Request;

    /// Natively no worker exists: render tests see the state a job leaves before its first news.
    pub struct Bridge;

    pub fn spawn(_dispatcher: UseReducerDispatcher<SimulationState>) -> Option<Bridge> {
        Some(Bridge)
    }

    pub fn send(_bridge: &Bridge, _request: Request) {}
}
