//! The Yew user interface: a thin layer that sends actions to the engine and draws what it returns.

pub mod app;
pub mod geo;
pub mod i18n;
pub mod map;

pub use app::App;
pub mod state;
