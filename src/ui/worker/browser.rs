//! The gloo worker that runs a simulation and a suggestion at a time, a batch per task of the
//! worker's event loop; its registration; and the page's connections to its one instance.

use std::cell::RefCell;

use gloo::worker::{HandlerId, Registrable, Spawnable, Worker, WorkerBridge, WorkerScope};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{self, global, Reflect};
use web_sys::MessageChannel;

use super::{Input, Output, LOADER};
use crate::ui::simulation::worker::{JobRun, Request as SimRequest, Update as SimUpdate};
use crate::ui::suggest::job::{Rebuilt, Request as SuggestRequest, SuggestRun, Update};

/// Wall time one batch aims at: short enough to cancel at once, long enough for the messages
/// between batches to cost little.
const BATCH_MS: f64 = 40.0;

/// Next batch, sent to itself.
pub struct Tick;

/// A connection to the worker.
pub type Bridge = WorkerBridge<AppWorker>;

/// Runs one simulation and one suggestion at a time, taking turns.
pub struct AppWorker {
    simulation: Option<(JobRun, HandlerId)>,
    suggestion: Option<(SuggestRun, HandlerId)>,
    /// The scenario the last suggestion was asked on, rebuilt once for the next ones.
    rebuilt: Rebuilt,
    /// Runs (simulation) and solver steps (suggestion) in the next batch, adjusted so that a
    /// batch lasts about `BATCH_MS`.
    runs: u32,
    steps: u32,
    /// Whose turn it is when both kinds of job wait.
    suggestion_turn: bool,
    /// Whether a tick is already queued (never two chains of batches at once).
    queued: bool,
    /// A channel to itself: a message on it is a new task, so the worker reads its inbox
    /// (a cancel, a new job) between batches, without the 4 ms floor of `setTimeout`.
    channel: Option<MessageChannel>,
    _on_tick: Option<Closure<dyn FnMut()>>,
}

/// The batch that should take about `BATCH_MS`, after one of `batch` took `elapsed` ms.
fn next_batch(batch: u32, elapsed: f64) -> u32 {
    (f64::from(batch) * BATCH_MS / elapsed.max(1.0)).clamp(1.0, 5_000.0) as u32
}

impl AppWorker {
    fn queue_tick(&mut self) {
        if self.queued {
            return;
        }
        if let Some(channel) = &self.channel {
            self.queued = channel.port2().post_message(&JsValue::NULL).is_ok();
        }
    }

    fn simulate(&mut self, scope: &WorkerScope<Self>) {
        let Some((run, bridge)) = self.simulation.as_mut() else {
            return;
        };
        let started = js_sys::Date::now();
        let update = run.step(self.runs);
        self.runs = next_batch(self.runs, js_sys::Date::now() - started);
        let bridge = *bridge;
        if !matches!(update, SimUpdate::Progress { .. }) {
            self.simulation = None;
        }
        scope.respond(bridge, Output::Simulation(update));
    }

    fn suggest(&mut self, scope: &WorkerScope<Self>) {
        let Some((run, bridge)) = self.suggestion.as_mut() else {
            return;
        };
        let started = js_sys::Date::now();
        let update = run.advance(self.steps, &mut self.rebuilt);
        self.steps = next_batch(self.steps, js_sys::Date::now() - started);
        let bridge = *bridge;
        if !matches!(update, Update::Progress { .. }) {
            self.suggestion = None;
        }
        scope.respond(bridge, Output::Suggestion(update));
    }
}

impl Worker for AppWorker {
    type Message = Tick;
    type Input = Input;
    type Output = Output;

    fn create(scope: &WorkerScope<Self>) -> Self {
        let channel = MessageChannel::new().ok();
        let on_tick = channel.as_ref().map(|channel| {
            let scope = scope.clone();
            let on_tick = Closure::<dyn FnMut()>::new(move || scope.send_message(Tick));
            channel
                .port1()
                .set_onmessage(Some(on_tick.as_ref().unchecked_ref()));
            on_tick
        });
        AppWorker {
            simulation: None,
            suggestion: None,
            rebuilt: Rebuilt::default(),
            runs: 1,
            steps: 1,
            suggestion_turn: true,
            queued: false,
            channel,
            _on_tick: on_tick,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _tick: Tick) {
        self.queued = false;
        let suggest =
            self.suggestion.is_some() && (self.simulation.is_none() || self.suggestion_turn);
        self.suggestion_turn = !self.suggestion_turn;
        if suggest {
            self.suggest(scope);
        } else {
            self.simulate(scope);
        }
        if self.simulation.is_some() || self.suggestion.is_some() {
            self.queue_tick();
        }
    }

    fn received(&mut self, _scope: &WorkerScope<Self>, input: Input, bridge: HandlerId) {
        match input {
            Input::Simulation(SimRequest::Start(job)) => {
                self.simulation = Some((JobRun::new(job), bridge));
                self.runs = 1;
            }
            Input::Simulation(SimRequest::Cancel) => self.simulation = None,
            Input::Suggestion(SuggestRequest::Start(job)) => {
                self.suggestion = Some((SuggestRun::new(*job), bridge));
                self.steps = 1;
            }
            Input::Suggestion(SuggestRequest::Cancel) => self.suggestion = None,
        }
        if self.simulation.is_some() || self.suggestion.is_some() {
            self.queue_tick();
        }
    }
}

/// Runs the app's worker in this worker's global scope.
pub fn register() {
    AppWorker::registrar().register();
}

thread_local! {
    /// The page's one worker, started by the first connection and kept for the page's life.
    static WORKER: RefCell<Option<Bridge>> = const { RefCell::new(None) };
}

/// A connection to the page's worker whose news go to `callback`; `None` where the browser cannot
/// run a worker. Make connections from an event or an effect, never from a worker's news (gloo
/// holds its table of connections while it hands them news).
pub fn connect(callback: impl Fn(Output) + 'static) -> Option<Bridge> {
    WORKER.with(|worker| {
        let mut worker = worker.borrow_mut();
        if worker.is_none() {
            // gloo panics when `new Worker` fails: look before.
            if !Reflect::has(&global(), &"Worker".into()).unwrap_or(false) {
                return None;
            }
            *worker = Some(AppWorker::spawner().spawn_with_loader(LOADER));
        }
        worker.as_ref().map(|worker| worker.fork(Some(callback)))
    })
}
