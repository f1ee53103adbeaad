//! The suggestion's state as a hook of the map, and its connection to the app's worker: a question
//! asked becomes a job there, its news come back as actions.

use std::cell::{Cell, RefCell};
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use super::job::{Job, Request};
use super::state::{Pending, Refusal, SuggestAction, SuggestState};
use crate::engine::suggest::Request as Question;
use crate::ui::state::Workspace;

/// The suggestion's state, and the means to ask the worker.
#[derive(Clone)]
pub struct Suggester {
    pub state: UseReducerHandle<SuggestState>,
    bridge: Rc<RefCell<Option<bridge::Bridge>>>,
    next_job: Rc<Cell<u32>>,
}

impl PartialEq for Suggester {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl Deref for Suggester {
    type Target = SuggestState;
    fn deref(&self) -> &SuggestState {
        &self.state
    }
}

impl Suggester {
    pub fn dispatch(&self, action: SuggestAction) {
        self.state.dispatch(action);
    }

    /// Asks for a suggestion on the active scenario's territory, for the map's service, after the
    /// form's own check (the number of sites must be a whole number; blank is as many as today).
    pub fn ask(&self, workspace: &Workspace) {
        let sites = match self.sites.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => match text.parse::<i64>() {
                Ok(sites) => Some(sites),
                Err(_) => return self.dispatch(SuggestAction::Refuse(Refusal::NotWhole)),
            },
        };
        let territory = workspace.scenario().current_rc();
        // Sites closed since they were locked are no longer there to lock.
        let locked = self
            .locked
            .iter()
            .filter(|id| territory.site_ix(id).is_some())
            .cloned()
            .collect();
        let question = Question {
            service: workspace.service.clone(),
            sites,
            locked,
            goal: self.goal,
            within_room: self.within_room,
        };
        let base = workspace.active_base();
        let id = self.next_job.get().wrapping_add(1);
        self.next_job.set(id);
        let job = Job {
            id,
            base_name: base.name.clone(),
            base: base.source.clone(),
            operations: workspace.scenario().operations().to_vec(),
            question: question.clone(),
        };
        let sent = {
            let mut slot = self.bridge.borrow_mut();
            if slot.is_none() {
                *slot = bridge::connect(self.state.dispatcher());
            }
            slot.as_ref()
                .map(|bridge| bridge::send(bridge, Request::Start(Box::new(job))))
                .is_some()
        };
        self.dispatch(if sent {
            SuggestAction::Started {
                job: id,
                pending: Rc::new(Pending {
                    on: territory,
                    question,
                }),
            }
        } else {
            SuggestAction::Unavailable
        });
    }

    /// Stops the job under way.
    pub fn cancel(&self) {
        if let Some(bridge) = self.bridge.borrow().as_ref() {
            bridge::send(bridge, Request::Cancel);
        }
        self.dispatch(SuggestAction::Cancel);
    }
}

/// The suggestion's state, kept by the map for as long as it is mounted; the worker is reached at
/// the first question only.
#[hook]
pub fn use_suggester() -> Suggester {
    let state = use_reducer(SuggestState::default);
    let bridge = use_mut_ref(|| None);
    let next_job = use_memo((), |_| Cell::new(0));
    Suggester {
        state,
        bridge,
        next_job: Rc::clone(&next_job),
    }
}

/// The connection to the app's worker in the browser; natively there is none, and nothing runs.
#[cfg(target_arch = "wasm32")]
mod bridge {
    use yew::UseReducerDispatcher;

    use crate::ui::suggest::job::Request;
    use crate::ui::suggest::state::{SuggestAction, SuggestState};
    use crate::ui::worker::{connect as connect_worker, Input, Output};

    pub type Bridge = crate::ui::worker::Bridge;

    pub fn connect(dispatcher: UseReducerDispatcher<SuggestState>) -> Option<Bridge> {
        connect_worker(move |output| {
            if let Output::Suggestion(update) = output {
                dispatcher.dispatch(SuggestAction::FromWorker(update));
            }
        })
    }

    pub fn send(bridge: &Bridge, request: Request) {
        bridge.send(Input::Suggestion(request));
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod bridge {
    use yew::UseReducerDispatcher;

    use crate::ui::suggest::job::Request;
    use crate::ui::suggest::state::SuggestState;

    /// Natively no worker exists: render tests see the state a job leaves before its first news.
    pub struct Bridge;

    pub fn connect(_dispatcher: UseReducerDispatcher<SuggestState>) -> Option<Bridge> {
        Some(Bridge)
    }

    pub fn send(_bridge: &Bridge, _request: Request) {}
}
