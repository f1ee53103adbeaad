//! The languages the engine and the interface write in, and the one way each says a number, a
//! count, a list or a label: French typography (narrow no-break space before « % » and between
//! thousands, no-break space before « : », decimal comma, the minus sign « − »).

use serde::{Deserialize, Serialize};

use super::model::Entity;

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

/// The text with its first letter in capitals: a phrase written to follow other words, made to
/// start a sentence.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The colon after a label, with the space that follows: « Score : » (no-break space before it in
/// French), "Score: ".
pub fn colon(lang: Lang) -> &'static str {
    lang.pick("\u{a0}: ", ": ")
}

/// Whether a count takes the singular: 0 and 1 in French, 1 alone in English.
pub fn singular(lang: Lang, n: u64) -> bool {
    match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    }
}

/// « le site », « la zone », « l'équipe »… for French messages.
pub fn definite(entity: Entity) -> &'static str {
    match entity {
        Entity::Zone => "la zone",
        Entity::Site => "le site",
        Entity::Service => "le service",
        Entity::Post => "le poste",
        Entity::Team => "l'équipe",
    }
}

/// A whole number with the language's thousands separator: `49 229` (narrow no-break space) or
/// `49,229`; the minus sign is « − ».
pub fn format_int(lang: Lang, value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = match lang {
        Lang::Fr => '\u{202F}',
        Lang::En => ',',
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    if value < 0 {
        format!("−{grouped}")
    } else {
        grouped
    }
}

/// A decimal number with `decimals` digits after the language's decimal mark: `12,5` or `12.5`;
/// « — » for a number that is not finite.
pub fn format_decimal(lang: Lang, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let rounded = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = rounded.split_once('.').unwrap_or((rounded.as_str(), ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    let sign = if value < 0.0 && rounded.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        "−"
    } else {
        ""
    };
    let mark = match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    if fraction.is_empty() {
        format!("{sign}{}", format_int(lang, whole))
    } else {
        format!("{sign}{}{mark}{fraction}", format_int(lang, whole))
    }
}

/// A number with at most `places` decimals, trailing zeros dropped: `12,5`, `20`.
pub fn format_trimmed(lang: Lang, value: f64, places: usize) -> String {
    let text = format_decimal(lang, value, places);
    let mark = lang.pick(",", ".");
    if text.contains(mark) {
        text.trim_end_matches('0')
            .trim_end_matches(mark)
            .to_string()
    } else {
        text
    }
}

/// A percentage (already times 100) with at most `places` decimals: « 12,5 % », "12.5%".
pub fn format_percent(lang: Lang, percent: f64, places: usize) -> String {
    format!(
        "{}{}",
        format_trimmed(lang, percent, places),
        lang.pick("\u{202F}%", "%")
    )
}

/// Minutes with at most one decimal: « 12,5 min ».
pub fn format_minutes(lang: Lang, minutes: f64) -> String {
    format!("{}\u{a0}min", format_trimmed(lang, minutes, 1))
}

/// A date as a sentence writes it: « 3 décembre 2026 », "3 December 2026" (`month` from 1 to 12).
pub fn format_date(lang: Lang, year: i32, month: u32, day: u32) -> String {
    const MOIS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let index = (month.clamp(1, 12) - 1) as usize;
    let (name, first) = match lang {
        // French writes the first of the month « 1er ».
        Lang::Fr => (
            MOIS[index],
            if day == 1 {
                "1er".to_string()
            } else {
                day.to_string()
            },
        ),
        Lang::En => (MONTHS[index], day.to_string()),
    };
    format!("{first}\u{a0}{name} {year}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_the_same_everywhere() {
        assert_eq!(format_trimmed(Lang::Fr, 12.46, 1), "12,5");
        assert_eq!(format_trimmed(Lang::Fr, 20.0, 1), "20");
        assert_eq!(format_trimmed(Lang::En, -0.0, 1), "0");
        assert_eq!(format_trimmed(Lang::Fr, -12.5, 1), "−12,5");
        assert_eq!(format_trimmed(Lang::Fr, 1200.0, 0), "1\u{202F}200");
        assert_eq!(format_percent(Lang::Fr, 12.5, 1), "12,5\u{202F}%");
        assert_eq!(format_percent(Lang::En, 12.5, 1), "12.5%");
        assert_eq!(format_minutes(Lang::Fr, 5.0), "5\u{a0}min");
        assert_eq!(format_date(Lang::Fr, 2026, 12, 3), "3\u{a0}décembre 2026");
        assert_eq!(format_date(Lang::Fr, 2027, 1, 1), "1er\u{a0}janvier 2027");
        assert_eq!(format_date(Lang::En, 2026, 12, 3), "3\u{a0}December 2026");
    }

    #[test]
    fn counts_lists_and_labels_follow_each_language() {
        assert!(singular(Lang::Fr, 0) && singular(Lang::Fr, 1) && !singular(Lang::Fr, 2));
        assert!(!singular(Lang::En, 0) && singular(Lang::En, 1));
        assert_eq!(colon(Lang::Fr), "\u{a0}: ");
        assert_eq!(definite(Entity::Team), "l'équipe");
        let items = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!(Lang::Fr.list(&items), "A, B et C");
    }
}
