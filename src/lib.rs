//! Maillage: a reorganisation simulator for territorial public services.
//!
//! `engine` is plain Rust (model, CSV, metrics, operations, simulation); `workspace` is the
//! application's state and reducer, plain Rust too; `ui` is the thin Yew layer over both.

pub mod engine;
pub mod ui;
pub mod workspace;
