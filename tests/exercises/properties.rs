//! No text, however malformed, makes the loader panic.

use maillage::engine::exercise::{load_exercise, BUILTIN_FILES};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics_the_loader(text in any::<String>()) {
        let _ = load_exercise(&text);
    }

    #[test]
    fn json_shaped_text_never_panics_the_loader(text in r#"\{("[a-z_]{1,10}": ?([0-9.e-]{1,6}|"[a-z-]{0,12}"|\[\]|\{\}|null|true), ?){0,6}\}"#) {
        let _ = load_exercise(&text);
    }
}

proptest! {
    // Each case loads Portes des Alpes: fewer cases keep the test quick.
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// A built-in file with a slice cut out or replaced: mostly refused, never a panic.
    #[test]
    fn damaged_exercise_files_never_panic_the_loader(
        file in 0..BUILTIN_FILES.len(),
        from in 0.0..1.0f64,
        length in 0..40usize,
        insert in prop::sample::select(vec!["", "0", "-1", "\"start\"", "null", "[]", "{}", "1e309", "\"x\""]),
    ) {
        let text = BUILTIN_FILES[file].1;
        let mut cut = (text.len() as f64 * from) as usize;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut end = (cut + length).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let damaged = format!("{}{insert}{}", &text[..cut], &text[end..]);
        let _ = load_exercise(&damaged);
    }
}
