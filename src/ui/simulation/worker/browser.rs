//! The gloo worker around [`JobRun`], and its registration in the worker's global scope.

use gloo::worker::{HandlerId, Registrable, Worker, WorkerScope};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, MessageChannel};

use super::{JobRun, Request, Update};

/// Wall time one batch of runs aims at: short enough to cancel at once, long enough for
/// the messages between batches to cost little.
const BATCH_MS: f64 = 40.0;

/// Next batch of runs, sent to itself.
pub struct Tick;

/// Runs one job at a time, a batch of runs per task of the worker's event loop.
pub struct SimulationWorker {
    job: Option<(JobRun, HandlerId)>,
    /// Runs in the next batch, adjusted so that a batch lasts about `BATCH_MS`.
    batch: u32,
    /// Whether a tick is already queued (never two chains of batches at once).
    queued: bool,
    /// A channel to itself: a message on it is a new task, so the worker reads its inbox
    /// (a cancel, a new job) between batches, without the 4 ms floor of `setTimeout`.
    channel: Option<MessageChannel>,
    _on_tick: Option<Closure<dyn FnMut()>>,
}

impl SimulationWorker {
    fn queue_tick(&mut self) {
        if self.queued {
            return;
        }
        if let Some(channel) = &self.channel {
            self.queued = channel.port2().post_message(&JsValue::NULL).is_ok();
        }
    }
}

impl Worker for SimulationWorker {
    type Message = Tick;
    type Input = Request;
    type Output = Update;

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
        SimulationWorker {
            job: None,
            batch: 1,
            queued: false,
            channel,
            _on_tick: on_tick,
        }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, _tick: Tick) {
        self.queued = false;
        let Some((run, bridge)) = self.job.as_mut() else {
            return;
        };
        let started = js_sys::Date::now();
        let update = run.step(self.batch);
        let elapsed = (js_sys::Date::now() - started).max(1.0);
        let scaled = f64::from(self.batch) * BATCH_MS / elapsed;
        self.batch = scaled.clamp(1.0, 5_000.0) as u32;
        let bridge = *bridge;
        let more = matches!(update, Update::Progress { .. });
        scope.respond(bridge, update);
        if more {
            self.queue_tick();
        } else {
            self.job = None;
        }
    }

    fn received(&mut self, _scope: &WorkerScope<Self>, request: Request, bridge: HandlerId) {
        match request {
            Request::Start(job) => {
                self.job = Some((JobRun::new(job), bridge));
                self.batch = 1;
                self.queue_tick();
            }
            Request::Cancel => self.job = None,
        }
    }
}

/// Runs the simulation worker in this worker's global scope.
pub fn register() {
    SimulationWorker::registrar().register();
}
