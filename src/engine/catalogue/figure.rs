//! A figure now and at the start, and its change in words: a sign, an arrow and a word
//! (« +2,3 min ▲ (pire) »), judged on the values as the reader sees them, so that the change said
//! and the two values shown always agree. The dashboard, the comparison and the decision strip
//! all say a change this way.

use super::{Direction, Measure, Unit};
use crate::engine::lang::{colon, format_decimal, Lang};

/// A figure now and at the start; `None` where it has no meaning.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub now: Option<f64>,
    pub base: Option<f64>,
    pub unit: Unit,
    pub better: Direction,
}

/// How a figure moved since the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Same,
    Better,
    Worse,
    /// Up, for a figure without a better side.
    Up,
    /// Down, for a figure without a better side.
    Down,
    /// The figure has a value on one side only.
    Undefined,
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

    /// The starting value as shown.
    pub fn base_text(&self, lang: Lang) -> String {
        written(lang, self.base, self.unit)
    }

    /// Whether the values as shown differ (a figure that gained or lost its value differs).
    pub fn changed(&self) -> bool {
        match (self.now, self.base) {
            (Some(now), Some(base)) => self.unit.steps(now) != self.unit.steps(base),
            (None, None) => false,
            _ => true,
        }
    }

    /// How far the figure moved, from 0 (unchanged) to 1 (a value lost or gained, a count from
    /// zero): the difference of the values as shown over the larger of them, and at least over
    /// the unit's usual scale (a load of 100 %, 10 minutes, a count of 1, an access of 1), so that
    /// changes in different units can be put in order, the largest first, and a small value
    /// that leaves zero does not outrank a real change.
    pub fn size(&self) -> f64 {
        let scale = match self.unit {
            Unit::Minutes => 10.0,
            _ => 1.0,
        };
        match (self.now, self.base) {
            (Some(now), Some(base)) => {
                let (now, base) = (self.unit.steps(now), self.unit.steps(base));
                let larger = now.abs().max(base.abs()).max(self.unit.steps(scale));
                if larger == 0.0 {
                    0.0
                } else {
                    ((now - base).abs() / larger).min(1.0)
                }
            }
            (None, None) => 0.0,
            _ => 1.0,
        }
    }

    /// The change since the start, computed on the values as shown so that the two agree.
    pub fn change(&self, lang: Lang) -> Change {
        let (_, decimals, _, change_unit) = self.unit.layout(lang);
        let (now, base) = match (self.now, self.base) {
            (Some(now), Some(base)) => (self.unit.steps(now), self.unit.steps(base)),
            (None, None) => return same(lang),
            (_, base) => {
                return Change {
                    amount: format!(
                        "{}{}{}",
                        lang.pick("au départ", "at start"),
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
            Trend::Worse => lang.pick("pire", "worse"),
            Trend::Better => lang.pick("mieux", "better"),
            Trend::Up => lang.pick("hausse", "up"),
            _ => lang.pick("baisse", "down"),
        };
        let amount = format_decimal(lang, difference / 10f64.powi(decimals as i32), decimals);
        Change {
            amount: format!("{}{amount}{change_unit}", if rising { "+" } else { "" }),
            arrow: if rising { "▲" } else { "▼" },
            word: format!("({word})"),
            trend,
        }
    }
}

fn same(lang: Lang) -> Change {
    Change {
        amount: String::new(),
        arrow: "=",
        word: lang.pick("inchangé", "unchanged").to_owned(),
        trend: Trend::Same,
    }
}

/// A value written for the language with its unit, or a dash.
fn written(lang: Lang, value: Option<f64>, unit: Unit) -> String {
    value.map_or_else(|| "—".to_owned(), |value| unit.shown(value, lang))
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
        assert!(!hidden.changed());
        assert_eq!(hidden.size(), 0.0);
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
        assert!(figure.changed());
        assert_eq!(figure.size(), 1.0);
    }

    #[test]
    fn sizes_put_changes_of_different_units_in_order() {
        let load = Figure::of(3.956, 0.957, Unit::Load, Direction::Lower);
        let trip = Figure::of(25.6, 20.0, Unit::Minutes, Direction::Lower);
        let from_zero = Figure::of(11.0, 0.0, Unit::Count, Direction::Neither);
        assert!(from_zero.size() > load.size() && load.size() > trip.size());
        assert!((trip.size() - 56.0 / 256.0).abs() < 1e-9);
        // An access from 0 to 0,18 is a small change, not the largest there is.
        let access = Figure::of(0.18, 0.0, Unit::Decimal(2), Direction::Higher);
        assert!((access.size() - 0.18).abs() < 1e-9 && access.size() < trip.size());
    }
}
