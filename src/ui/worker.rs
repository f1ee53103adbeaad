//! The app's Web Worker: the app's own WebAssembly, loaded in a worker by `src/worker.js`, runs
//! the page's long jobs off its thread — month-by-month simulations and suggestions. Each kind has
//! its own slot and they take turns, so that a suggestion never stops a simulation. `main.rs`
//! registers it instead of mounting the page when it finds no window; the page starts it once and
//! each user of it gets its own connection (`connect`).

use serde::{Deserialize, Serialize};

use crate::ui::simulation::worker as simulation;
use crate::ui::suggest::job as suggestion;

/// Where the page finds the worker's loader (copied to the site's root by Trunk).
pub const LOADER: &str = "./worker.js";

/// What the page asks the worker. Messages go as gloo's default bincode, which costs the page
/// less code than JSON for these types.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Input {
    Simulation(simulation::Request),
    Suggestion(suggestion::Request),
}

/// What the worker tells the page (each connection hears only the answers to its own requests).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Output {
    Simulation(simulation::Update),
    Suggestion(suggestion::Update),
}

#[cfg(target_arch = "wasm32")]
pub use browser::{connect, register, AppWorker, Bridge};

/// The gloo worker, its registration in the worker's global scope, and the page's connections.
#[cfg(target_arch = "wasm32")]
mod browser;
