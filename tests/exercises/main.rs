//! Integration tests of guided exercises (issue 7): the built-in ones, refusals of malformed files, the debrief, properties.

mod builtin;
mod debrief;
mod properties;
mod refusals;

use maillage::engine::exercise::{load_exercise, Exercise, BUILTIN_FILES};

/// A built-in exercise by its file name; it must load.
pub fn builtin(name: &str) -> Exercise {
    let (_, text) = BUILTIN_FILES
        .iter()
        .find(|(file, _)| *file == name)
        .unwrap_or_else(|| panic!("no built-in exercise {name}"));
    load_exercise(text).unwrap_or_else(|e| panic!("{name} refused: {e}"))
}

/// A small valid exercise on Portes des Alpes, as JSON text with `{objectives}` and
/// `{reference}` left to fill in, for the refusal tests to break one thing at a time.
pub const TEMPLATE: &str = r#"{
  "format": "maillage-exercise",
  "version": 1,
  "id": "essai",
  "title": { "fr": "Essai", "en": "Trial" },
  "briefing": { "fr": "Fermer la base de Mions.", "en": "Close the Mions base." },
  "territory": "portes-des-alpes",
  "objectives": {objectives},
  "reference": {reference},
  "debrief": { "fr": "Bilan.", "en": "Debrief." }
}"#;

/// The template's objective: no agent left at the Base propreté de Mions.
pub const OBJECTIVES: &str = r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": 0 } ]"#;

/// The template's reference: close the base, its team going to the Mions Maison.
pub const REFERENCE: &str =
    r#"[ { "CloseSite": { "site": "BASE-MI", "relocate": [["NET-MI", "MDM-MI"]] } } ]"#;

/// The template with its objectives and reference filled in.
pub fn exercise_text(objectives: &str, reference: &str) -> String {
    TEMPLATE
        .replace("{objectives}", objectives)
        .replace("{reference}", reference)
}
