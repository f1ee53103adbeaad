//! The journal: the changes made so far, in plain language and in order, with what undo and redo
//! would do next.

use yew::prelude::*;

use crate::texts;
use crate::ui::i18n::{colon, format_int, singular, t, Lang};
use crate::ui::state::use_workspace;

texts! {
    /// Texts of the journal.
    pub enum JournalText {
        Title => "Journal des modifications", "Change log";
        ListLabel => "Modifications, de la plus ancienne à la plus récente", "Changes, oldest first";
        Empty => "Aucune modification pour l'instant. Chaque changement fait sur la carte, dans l'organigramme ou dans les opérations s'inscrira ici, dans l'ordre.",
            "No change yet. Every change made on the map, in the org chart or in the operations will be written here, in order.";
        OneChange => "modification en cours", "change in force";
        Changes => "modifications en cours", "changes in force";
        UndoNext => "Annuler (Ctrl+Z) retirera la dernière.", "Undo (Ctrl+Z) will take back the last one.";
        OneUndone => "modification annulée peut être rétablie", "undone change can be redone";
        Undone => "modifications annulées peuvent être rétablies", "undone changes can be redone";
        RedoNext => "Rétablir (Ctrl+Y) refera d'abord", "Redo (Ctrl+Y) will first bring back";
        NothingToRedo => "Aucune modification annulée à rétablir.", "No undone change to redo.";
    }
}

/// A count and its noun, singular for 0 and 1 in French and for 1 in English.
fn counted(lang: Lang, n: usize, one: JournalText, many: JournalText) -> String {
    let noun = if singular(lang, n as u64) { one } else { many };
    format!("{} {}", format_int(lang, n as i64), t(lang, noun))
}

/// The "Journal" tab.
#[function_component(Journal)]
pub fn journal() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let lines = workspace.scenario().journal(lang);
    // What redo brings back first, named as things stand now (it applies to the current territory).
    let redo_next = workspace
        .redo()
        .last()
        .map(|operation| operation.describe(workspace.territory(), lang));
    let colon = colon(lang);
    html! {
        <section class="journal" aria-labelledby="journal-title">
            <h2 id="journal-title">{ t(lang, JournalText::Title) }</h2>
            <div class="journal-state" role="status">
                <p>
                    { counted(lang, lines.len(), JournalText::OneChange, JournalText::Changes) }
                    { "." }
                    if !lines.is_empty() { { " " }{ t(lang, JournalText::UndoNext) } }
                </p>
                <p>
                    if let Some(next) = redo_next {
                        { counted(lang, workspace.redo().len(), JournalText::OneUndone, JournalText::Undone) }
                        { ". " }{ t(lang, JournalText::RedoNext) }{ colon }<q>{ next }</q>{ "." }
                    } else {
                        { t(lang, JournalText::NothingToRedo) }
                    }
                </p>
            </div>
            if lines.is_empty() {
                <p class="journal-empty">{ t(lang, JournalText::Empty) }</p>
            } else {
                <ol class="journal-list" aria-label={t(lang, JournalText::ListLabel)}>
                    { for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ol>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::Text;

    #[test]
    fn every_journal_text_exists_in_both_languages() {
        for key in JournalText::ALL {
            assert!(!key.in_lang(Lang::Fr).is_empty() && !key.in_lang(Lang::En).is_empty());
        }
    }

    #[test]
    fn french_keeps_zero_and_one_singular() {
        let c = |lang, n| counted(lang, n, JournalText::OneChange, JournalText::Changes);
        assert_eq!(c(Lang::Fr, 0), "0 modification en cours");
        assert_eq!(c(Lang::Fr, 2), "2 modifications en cours");
        assert_eq!(c(Lang::En, 0), "0 changes in force");
        assert_eq!(c(Lang::En, 1), "1 change in force");
    }
}
