//! Every string of the decision strip, French first and English second.

use crate::texts;

texts! {
    /// Texts of the decision strip.
    pub enum StripText {
        Title => "Chiffres clés depuis le départ", "Key figures since the start";
        Label => "Chiffres clés, chacun avec son évolution depuis le départ", "Key figures, each with its change since the start";
        OpenHint => "Voir d'où vient ce chiffre", "See where this figure comes from";
        NoChange => "Aucune modification depuis le départ\u{a0}: chaque chiffre est celui du territoire de départ.", "No change since the start: every figure is the starting territory's.";
        SinceStart => "Depuis le départ", "Since the start";
        OneChange => "modification", "change";
        Changes => "modifications", "changes";
        Last => "Dernière", "Last";
        Warning => "Attention", "Warning";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::{Lang, Text};

    #[test]
    fn every_strip_text_exists_in_both_languages() {
        for key in StripText::ALL {
            assert!(!key.in_lang(Lang::Fr).is_empty() && !key.in_lang(Lang::En).is_empty());
        }
    }
}
