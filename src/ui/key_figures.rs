//! Large key figures for a room to read from afar: a few numbers, each with what it measures and
//! its change since the start in words. It draws any list of the decision strip's figures (the
//! engine's `decision::strip`); the presentation view shows four of them beside the map.

use yew::prelude::*;

use crate::engine::catalogue::{Measure, Trend};
use crate::engine::decision::KeyFigure;
use crate::engine::lang::Lang;
use crate::texts;
use crate::ui::i18n::t;
use crate::ui::state::Workspace;

texts! {
    /// Texts of the key figures (the figures' names are the catalogue's).
    pub enum KeyText {
        Title => "Chiffres clés", "Key figures";
    }
}

/// The presentation view's four: overloaded teams, the longest trip among services (and which),
/// agents changing site or manager, posts outside the span norm.
pub const PRESENTED: [Measure; 4] = [
    Measure::OverloadedTeams,
    Measure::LongestTrip,
    Measure::AgentsChanging,
    Measure::PostsOutsideNorm,
];

/// The figures as a description list, one large block each (a plain function: it keeps no state).
pub fn key_figures(lang: Lang, figures: &[KeyFigure]) -> Html {
    let figures = figures.iter().map(|key| {
        let change = key.figure.change(lang);
        html! {
            <div class={classes!("key-figure", (change.trend == Trend::Worse).then_some("worse"))}>
                <dt>{ key.measure.name(lang) }</dt>
                <dd class="key-value">{ key.figure.value_text(lang) }</dd>
                if !key.detail.is_empty() {
                    <dd class="key-detail">{ key.detail.clone() }</dd>
                }
                <dd class="key-change">{ change.text() }</dd>
            </div>
        }
    });
    html! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title" class="key-figures-title">{ t(lang, KeyText::Title) }</h2>
            <dl>{ for figures }</dl>
        </section>
    }
}

/// The active scenario's four figures of the presentation view, from its decision strip.
pub fn presentation_figures(workspace: &Workspace) -> Vec<KeyFigure> {
    workspace
        .key_figures(workspace.active_scenario())
        .into_iter()
        .filter(|key| PRESENTED.contains(&key.measure))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::i18n::Text;

    #[test]
    fn every_key_figure_text_exists_in_both_languages() {
        for key in KeyText::ALL {
            assert!(!key.in_lang(Lang::Fr).is_empty() && !key.in_lang(Lang::En).is_empty());
        }
    }

    #[test]
    fn the_presentation_shows_four_of_the_strip_in_the_strip_s_order() {
        let workspace = Workspace::default_territory(Lang::Fr);
        let shown: Vec<Measure> = presentation_figures(&workspace)
            .iter()
            .map(|k| k.measure)
            .collect();
        assert_eq!(shown, PRESENTED);
    }
}
