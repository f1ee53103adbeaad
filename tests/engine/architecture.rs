//! The engine's boundary, as ARCHITECTURE.md states it: no file of the engine or of the
//! workspace names a web crate, reads a clock, does I/O or draws from a global random generator
//! (CONVENTIONS.md, "the one rule").

use std::path::{Path, PathBuf};

/// The web crates.
const WEB: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

/// Clocks, I/O (files, network, environment, standard streams) and randomness not passed in.
const OUTSIDE: [&str; 16] = [
    "std::time",
    "instant::",
    "systemtime",
    "std::fs",
    "std::io",
    "std::net",
    "std::env",
    "std::process",
    "println!",
    "eprintln!",
    "thread_rng",
    "rand::rng(",
    "rand::random",
    "osrng",
    "getrandom",
    "from_os_rng",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The engine's and the workspace's source files, and the map's geometry and colours (zoom and
/// pan, grouping, keyboard steering, search, layout, palette), which the interface calls but which
/// are tested natively without it.
fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("src/engine.rs"),
        root.join("src/workspace.rs"),
        root.join("src/ui/geo.rs"),
        root.join("src/ui/map/layout.rs"),
        root.join("src/ui/map/placement.rs"),
        root.join("src/ui/map/palette.rs"),
    ];
    rust_files(&root.join("src/engine"), &mut files);
    rust_files(&root.join("src/workspace"), &mut files);
    rust_files(&root.join("src/ui/geo"), &mut files);
    assert!(files.len() > 20, "engine sources not found");
    files
}

/// The names of `forbidden` that the files use: anywhere in them, or in their code alone (their
/// comments left out, which may well say "no clock" or "no I/O").
fn offences(forbidden: &[&str], code_only: bool) -> Vec<String> {
    let mut found = Vec::new();
    for file in sources() {
        let text =
            std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let code: String = text
            .lines()
            .filter(|line| !(code_only && line.trim_start().starts_with("//")))
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase()
            .replace('-', "_");
        for name in forbidden {
            if code.contains(name) {
                found.push(format!("{} names {name}", file.display()));
            }
        }
    }
    found
}

#[test]
fn no_engine_file_names_a_web_crate() {
    let found = offences(&WEB, false);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn no_engine_file_reads_a_clock_does_io_or_draws_unseeded_randomness() {
    let found = offences(&OUTSIDE, true);
    assert!(found.is_empty(), "{found:#?}");
}
