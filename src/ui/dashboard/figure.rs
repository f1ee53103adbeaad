//! One figure of the dashboard beside its starting value: the number formatted for the language,
//! and its change written with a sign, an arrow, a colour class and a word.

use yew::prelude::*;

use super::texts::DashText;
use crate::ui::i18n::colon;
use crate::ui::i18n::{format_decimal, t, Lang};

pub use crate::engine::catalogue::{Direction, Measure, Unit};

/// A figure now and in the starting territory; `None` where it has no meaning.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub now: Option<f64>,
    pub base: Option<f64>,
    pub unit: Unit,
    pub better: Direction,
}

/// How a figure moved since the start; the CSS class colours it (blue better, orange worse).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Same,
    Better,
    Worse,
    Up,
    Down,
    /// The figure has a value on one side only.
    Undefined,
}

impl Trend {
    fn class(self) -> &'static str {
        match self {
            Trend::Same => "delta delta-same",
            Trend::Better => "delta delta-better",
            Trend::Worse => "delta delta-worse",
            Trend::Up | Trend::Down => "delta delta-neutral",
            Trend::Undefined => "delta delta-undefined",
        }
    }
}

/// The change of a figure, in its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// `+2,3 min`, or the starting value where the figure has a value on one side only.
    pub amount: String,
    /// ▲, ▼, = or nothing.
    pub arrow: &'static str,
    /// `(pire)`, `(mieux)`, `(hausse)`, `inchangé`…
    pub word: String,
    pub trend: Trend,
}

impl Change {
    /// The change as one line of text: « +2,3 min ▲ (pire) ».
    pub fn text(&self) -> String {
        [self.amount.as_str(), self.arrow, self.word.as_str()]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl Figure {
    /// A figure of the catalogue now and at the start, written and judged as the catalogue says.
    pub fn measured(measure: Measure, now: Option<f64>, base: Option<f64>) -> Figure {
        Figure {
            now,
            base,
            unit: measure.unit(),
            better: measure.direction(),
        }
    }

    /// A figure that always has a value.
    pub fn of(now: f64, base: f64, unit: Unit, better: Direction) -> Figure {
        Figure {
            now: Some(now),
            base: Some(base),
            unit,
            better,
        }
    }

    /// The value as shown: `97,5 %`, `9,9 min`, `1 234`; a dash where it has no meaning.
    pub fn value_text(&self, lang: Lang) -> String {
        written(lang, self.now, self.unit)
    }

    /// The change since the start, computed on the values as shown so that the two agree.
    pub fn change(&self, lang: Lang) -> Change {
        let (scale, decimals, _, change_unit) = self.unit.layout(lang);
        let steps = |value: f64| (value * scale * 10f64.powi(decimals as i32)).round();
        let (now, base) = match (self.now, self.base) {
            (Some(now), Some(base)) => (steps(now), steps(base)),
            (None, None) => return same(lang),
            (_, base) => {
                return Change {
                    amount: format!(
                        "{}{}{}",
                        t(lang, DashText::AtStart),
                        colon(lang),
                        written(lang, base, self.unit)
                    ),
                    arrow: "",
                    word: String::new(),
                    trend: Trend::Undefined,
                }
            }
        };
        let difference = now - base;
        if difference == 0.0 {
            return same(lang);
        }
        let rising = difference > 0.0;
        let trend = match (self.better, rising) {
            (Direction::Lower, true) | (Direction::Higher, false) => Trend::Worse,
            (Direction::Lower, false) | (Direction::Higher, true) => Trend::Better,
            (Direction::Neither, true) => Trend::Up,
            (Direction::Neither, false) => Trend::Down,
        };
        let word = match trend {
            Trend::Worse => DashText::Worse,
            Trend::Better => DashText::Improved,
            Trend::Up => DashText::Up,
            _ => DashText::Down,
        };
        let amount = format_decimal(lang, difference / 10f64.powi(decimals as i32), decimals);
        Change {
            amount: format!("{}{amount}{change_unit}", if rising { "+" } else { "" }),
            arrow: if rising { "▲" } else { "▼" },
            word: format!("({})", t(lang, word)),
            trend,
        }
    }
}

fn same(lang: Lang) -> Change {
    Change {
        amount: String::new(),
        arrow: "=",
        word: t(lang, DashText::Unchanged).to_owned(),
        trend: Trend::Same,
    }
}

/// A value written for the language with its unit, or a dash.
fn written(lang: Lang, value: Option<f64>, unit: Unit) -> String {
    value.map_or_else(|| "—".to_owned(), |value| unit.shown(value, lang))
}

/// The figure as a table cell's content: the value, and under it the change since the start.
/// The arrow is hidden from screen readers, which read the signed amount and the word.
pub fn figure_html(lang: Lang, figure: &Figure) -> Html {
    let change = figure.change(lang);
    let value = figure.value_text(lang);
    let value = if figure.now.is_none() {
        html! { <span class="figure-value"><span aria-hidden="true">{ value }</span><span class="sr-only">{ t(lang, DashText::NoValue) }</span></span> }
    } else {
        html! { <span class="figure-value">{ value }</span> }
    };
    html! {
        <>
            { value }
            <span class={change.trend.class()}>
                if !change.amount.is_empty() { <span>{ change.amount.clone() }</span>{ " " } }
                if !change.arrow.is_empty() { <span aria-hidden="true">{ change.arrow }</span>{ " " } }
                <span>{ change.word.clone() }</span>
            </span>
        </>
    }
}

/// A table of figures, one named figure a row: the management and change impact sections.
pub fn figure_table(
    lang: Lang,
    class: &'static str,
    caption: &str,
    rows: &[(String, Figure)],
) -> Html {
    html! {
        <table class={classes!("figures", class)}>
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t(lang, DashText::Figure) }</th>
                    <th scope="col" class="number">{ t(lang, DashText::Value) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|(label, figure)| html! {
                    <tr>
                        <th scope="row">{ label }</th>
                        <td class="number">{ figure_html(lang, figure) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// A table of figures by service, commune or team: `first` heads the column of names, `columns`
/// the columns of figures (the catalogue's names), `rows` one `<tr>` each.
pub fn figures_table(
    class: &'static str,
    caption: String,
    first: &str,
    columns: &[&str],
    rows: Html,
) -> Html {
    html! {
        <table class={classes!("figures", class)}>
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ first }</th>
                    { for columns.iter().map(|name| html! { <th scope="col" class="number">{ *name }</th> }) }
                </tr>
            </thead>
            <tbody>{ rows }</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_time_is_worse_and_written_with_sign_arrow_and_word() {
        let figure = Figure::of(12.34, 10.0, Unit::Minutes, Direction::Lower);
        assert_eq!(figure.value_text(Lang::Fr), "12,3\u{a0}min");
        let change = figure.change(Lang::Fr);
        assert_eq!(change.text(), "+2,3\u{a0}min ▲ (pire)");
        assert_eq!(change.trend, Trend::Worse);
        assert_eq!(figure.change(Lang::En).text(), "+2.3\u{a0}min ▲ (worse)");
    }

    #[test]
    fn a_load_is_a_percentage_and_its_change_is_in_points() {
        let figure = Figure::of(0.9348, 0.9746, Unit::Share, Direction::Lower);
        assert_eq!(figure.value_text(Lang::Fr), "93,5\u{202F}%");
        assert_eq!(figure.value_text(Lang::En), "93.5%");
        assert_eq!(figure.change(Lang::Fr).text(), "−4,0\u{a0}pts ▼ (mieux)");
    }

    #[test]
    fn the_change_is_that_of_the_values_as_shown() {
        // 9.94 and 9.96 both show as 9,9 / 10,0: the change shown is their difference.
        let figure = Figure::of(9.96, 9.94, Unit::Minutes, Direction::Lower);
        assert_eq!(figure.change(Lang::En).text(), "+0.1\u{a0}min ▲ (worse)");
        let hidden = Figure::of(9.941, 9.94, Unit::Minutes, Direction::Lower);
        assert_eq!(hidden.change(Lang::Fr).text(), "= inchangé");
    }

    #[test]
    fn a_figure_without_a_better_side_only_goes_up_or_down() {
        let figure = Figure::of(12.0, 0.0, Unit::Count, Direction::Neither);
        assert_eq!(figure.change(Lang::Fr).text(), "+12 ▲ (hausse)");
        assert_eq!(figure.change(Lang::En).trend, Trend::Up);
    }

    #[test]
    fn a_figure_that_lost_its_value_names_its_start() {
        let figure = Figure {
            now: None,
            base: Some(0.5),
            unit: Unit::Share,
            better: Direction::Lower,
        };
        assert_eq!(figure.value_text(Lang::En), "—");
        assert_eq!(figure.change(Lang::En).text(), "at start: 50.0%");
    }
}
