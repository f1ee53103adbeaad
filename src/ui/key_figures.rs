//! Large key figures for a room to read from afar: a few numbers, each with what it measures and
//! its change since the start in words. The component takes any list of figures; the presentation
//! view shows four the dashboard already has.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::texts;
use crate::ui::dashboard::figure::{Figure, Measure, Trend};
use crate::ui::i18n::{format_int, t};
use crate::ui::state::Workspace;

texts! {
    /// Texts of the key figures (the figures' names are the catalogue's).
    pub enum KeyText {
        Title => "Chiffres clés", "Key figures";
        Worst => "Trajet le plus long", "Longest trip";
        Norm => "norme {min} à {max}", "norm {min} to {max}";
    }
}

/// One figure as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    pub label: AttrValue,
    pub value: AttrValue,
    /// Which service, which norm: what the value is about.
    pub detail: Option<AttrValue>,
    /// The change since the start: « +2 ▲ (pire) », « = inchangé ».
    pub change: AttrValue,
    /// Got worse since the start (the words say it too).
    pub worse: bool,
}

impl KeyFigure {
    /// A figure of the dashboard with its label.
    pub fn of(lang: Lang, label: &str, figure: &Figure, detail: Option<String>) -> KeyFigure {
        let change = figure.change(lang);
        KeyFigure {
            label: label.to_owned().into(),
            value: figure.value_text(lang).into(),
            detail: detail.map(AttrValue::from),
            change: change.text().into(),
            worse: change.trend == Trend::Worse,
        }
    }
}

/// The figures as a description list, one large block each (a plain function: it keeps no state).
pub fn key_figures(lang: Lang, figures: &[KeyFigure]) -> Html {
    let figures = figures.iter().map(|figure| {
        html! {
            <div class={classes!("key-figure", figure.worse.then_some("worse"))}>
                <dt>{ figure.label.clone() }</dt>
                <dd class="key-value">{ figure.value.clone() }</dd>
                if let Some(detail) = &figure.detail {
                    <dd class="key-detail">{ detail.clone() }</dd>
                }
                <dd class="key-change">{ figure.change.clone() }</dd>
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

/// The presentation view's four: overloaded teams, the longest trip among services (and which),
/// agents moving site, posts outside the span norm; each against the start, named, written and
/// judged as the catalogue of figures says.
pub fn presentation_figures(workspace: &Workspace) -> Vec<KeyFigure> {
    let lang = workspace.lang;
    let (now, start) = (workspace.figures(), workspace.base_figures());
    let count = |n: usize| Some(n as f64);
    let overloaded = Figure::measured(
        Measure::OverloadedTeams,
        count(now.overloaded_teams.len()),
        count(start.overloaded_teams.len()),
    );
    // The longest trip of any service, and the service it belongs to.
    let longest = |figures: &crate::engine::metrics::Evaluation| {
        figures
            .services
            .iter()
            .enumerate()
            .filter_map(|(k, s)| Some((k, s.max_minutes?)))
            .fold(None, |best: Option<(usize, f64)>, (k, m)| match best {
                Some((_, b)) if b >= m => best,
                _ => Some((k, m)),
            })
    };
    let worst_now = longest(now);
    let worst = Figure::measured(
        Measure::MaxMinutes,
        worst_now.map(|(_, m)| m),
        longest(start).map(|(_, m)| m),
    );
    let service = worst_now
        .and_then(|(k, _)| workspace.territory().services.get(k))
        .map(|s| s.name.clone());
    let moved = Figure::measured(
        Measure::AgentsMoved,
        Some(workspace.impact().agents_moved as f64),
        Some(0.0),
    );
    let norm = workspace.norm;
    let outside = Figure::measured(
        Measure::PostsOutsideNorm,
        count(now.posts_outside_norm(norm.min, norm.max)),
        count(start.posts_outside_norm(norm.min, norm.max)),
    );
    let norm_text = crate::ui::map::texts::fill(
        t(lang, KeyText::Norm),
        &[
            ("min", &format_int(lang, norm.min as i64)),
            ("max", &format_int(lang, norm.max as i64)),
        ],
    );
    vec![
        KeyFigure::of(lang, Measure::OverloadedTeams.name(lang), &overloaded, None),
        KeyFigure::of(lang, t(lang, KeyText::Worst), &worst, service),
        KeyFigure::of(lang, Measure::AgentsMoved.name(lang), &moved, None),
        KeyFigure::of(
            lang,
            Measure::PostsOutsideNorm.name(lang),
            &outside,
            Some(norm_text),
        ),
    ]
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
    fn a_worse_figure_says_so_in_words() {
        let figure = Figure::measured(Measure::OverloadedTeams, Some(3.0), Some(1.0));
        let shown = KeyFigure::of(Lang::Fr, "Équipes en surcharge", &figure, None);
        assert_eq!(shown.value.as_str(), "3");
        assert_eq!(shown.change.as_str(), "+2 ▲ (pire)");
        assert!(shown.worse);
    }
}
