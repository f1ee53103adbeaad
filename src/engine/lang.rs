//! The languages the engine writes its messages in.

use serde::{Deserialize, Serialize};

/// A language for messages shown to planners; French is the default.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Lang {
    /// French, the language of the people who use the app.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Picks the French or the English text.
    pub fn pick<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// Items as a list in a sentence: « A, B et C », "A, B and C".
    pub fn list(self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                format!("{} {} {last}", init.join(", "), self.pick("et", "and"))
            }
        }
    }
}
