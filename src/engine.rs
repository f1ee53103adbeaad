//! The simulation engine: plain Rust, no web crate, no clock, no I/O, no global randomness.

pub mod atlas;
pub mod catalogue;
pub mod change;
pub mod comparison;
pub mod decision;
pub mod embedded;
pub mod exercise;
pub mod hierarchy;
pub mod io;
pub mod lang;
pub mod metrics;
pub mod model;
pub mod names;
pub mod operations;
pub mod ordered;
pub mod ranking;
pub mod saved;
pub mod scenario;
pub mod simulation;
pub mod siting;
pub mod suggest;
pub mod timeline;
pub mod travel;
pub mod zoning;
