//! The "how it is computed" note beside each section heading: a native <details>, so it opens
//! with the keyboard and tells screen readers whether it is open.

use yew::prelude::*;

use super::texts::DashText;
use crate::ui::i18n::{t, Lang};

/// The note for the section titled `topic`, closed at start.
pub fn how_computed(lang: Lang, topic: DashText, text: DashText) -> Html {
    html! {
        <details class="how-computed">
            <summary>
                { t(lang, DashText::HowComputed) }
                // Every note has the same visible summary; the section name tells them apart.
                <span class="sr-only">{ format!(" — {}", t(lang, topic)) }</span>
            </summary>
            <p>{ t(lang, text) }</p>
        </details>
    }
}
