//! Maillage: a reorganisation simulator for territorial public services.
//!
//! `engine` is plain Rust (model, CSV, metrics, operations, simulation); `ui` is the thin Yew layer.

pub mod engine;
pub mod ui;
