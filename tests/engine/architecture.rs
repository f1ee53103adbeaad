//! The engine's boundary: no engine file names a web crate (CONVENTIONS.md, "the one rule").

use std::path::{Path, PathBuf};

const FORBIDDEN: [&str; 5] = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];

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

#[test]
fn no_engine_file_names_a_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/engine.rs")];
    rust_files(&root.join("src/engine"), &mut files);
    assert!(files.len() > 5, "engine sources not found");
    let mut offences = Vec::new();
    for file in &files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let lower = text.to_lowercase().replace('-', "_");
        for name in FORBIDDEN {
            if lower.contains(name) {
                offences.push(format!("{} names {name}", file.display()));
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}

/// The map's pure geometry and colours (zoom and pan, grouping, keyboard steering, search,
/// layout, palette) are tested natively without any interface code: they name no web crate either.
#[test]
fn no_map_geometry_file_names_a_web_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![
        root.join("src/ui/geo.rs"),
        root.join("src/ui/map/layout.rs"),
        root.join("src/ui/map/placement.rs"),
        root.join("src/ui/map/palette.rs"),
    ];
    rust_files(&root.join("src/ui/geo"), &mut files);
    assert!(files.len() > 8, "geometry sources not found");
    let mut offences = Vec::new();
    for file in &files {
        let text =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let lower = text.to_lowercase().replace('-', "_");
        for name in FORBIDDEN {
            if lower.contains(name) {
                offences.push(format!("{} names {name}", file.display()));
            }
        }
    }
    assert!(offences.is_empty(), "{offences:#?}");
}
