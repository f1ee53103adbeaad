//! The Yew user interface: a thin layer that sends actions to the engine and draws what it returns.

pub mod app;
pub mod dashboard;
pub mod dom;
pub mod facilitator;
pub mod form;
pub mod geo;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod key_figures;
pub mod map;
pub mod operations;
pub mod org_chart;
pub mod scenarios;
pub mod share;
pub mod sheet;
pub mod simulation;
pub mod state;
pub mod storage;
pub mod strip;
pub mod suggest;
pub mod tabs;
pub mod toolbar;
pub mod training;
pub mod worker;

pub use app::App;
