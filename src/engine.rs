//! The simulation engine: plain Rust, no web crate, no clock, no I/O, no global randomness.

pub mod atlas;
pub mod io;
pub mod lang;
pub mod metrics;
pub mod model;
pub mod travel;
pub mod zoning;
