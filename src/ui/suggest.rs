//! Suggestions in the workshop (`engine::suggest`): the « Suggérer » panel beside the map asks
//! where a service's sites should be; the app's Web Worker computes it with the engine's solver
//! (`job`), so that the page stays free; the answer is drawn on the map (`marks`, and the zones
//! shaded by their new time) and beside it (`answer`), and applied as one operation of the
//! active scenario. The state lives with the map (`runner`, `state`): choosing sites to lock on
//! the map is a mode of the map.

pub mod answer;
pub mod job;
pub mod marks;
pub mod panel;
pub mod runner;
pub mod state;
pub mod texts;

pub use panel::{SuggestPanel, SuggestPanelProps, TOGGLE_ID};
pub use runner::{use_suggester, Suggester};
pub use state::{Answer, Standing, SuggestAction, SuggestState};
