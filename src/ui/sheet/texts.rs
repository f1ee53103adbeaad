//! Every string of the scenario sheet, French first and English second.

use crate::texts;

texts! {
    /// Texts of the scenario sheet.
    pub enum SheetText {
        Open => "Fiche", "Sheet";
        OpenHint => "La fiche d'une page de ce scénario, à imprimer ou à projeter", "This scenario's one-page sheet, to print or to project";
        Title => "Fiche de scénario", "Scenario sheet";
        Print => "Imprimer (A4 paysage)", "Print (A4 landscape)";
        Slide => "Vue diapositive 16:9", "16:9 slide view";
        Back => "Retour à l'atelier", "Back to the workshop";
        ChangesTitle => "Les modifications", "The changes";
        NoChange => "Aucune modification\u{a0}: le scénario est le territoire de départ.", "No change: the scenario is the starting territory.";
        And => "… et", "… and";
        MoreChanges => "autres modifications (voir le journal)", "more changes (see the journal)";
        ServiceSite => "site du service", "site of the service";
        CrowdedMark => "site au-delà de sa capacité", "site over capacity";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::{Lang, Text};

    #[test]
    fn every_sheet_text_exists_in_both_languages() {
        for key in SheetText::ALL {
            assert!(!key.in_lang(Lang::Fr).is_empty() && !key.in_lang(Lang::En).is_empty());
        }
    }
}
