//! The comparison table as CSV for a spreadsheet: French uses « ; » and the decimal comma, as a
//! French spreadsheet expects; English uses « , » and the point. A byte-order mark tells the
//! spreadsheet the text is UTF-8.

use super::model::{shown_steps, Comparison};
use crate::engine::lang::Lang;
use crate::ui::dashboard::figure::Unit;
use crate::ui::i18n::t;
use crate::ui::scenarios::texts::ScenText;

/// A name as a cell: a spreadsheet would run a cell that starts like a formula (`=`, `+`, `-`,
/// `@`), so such text gets a leading apostrophe, which spreadsheets show as plain text.
pub fn text_cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// A number as shown in the table, without thousands separators so spreadsheets read it.
fn number_cell(lang: Lang, unit: Unit, value: Option<f64>) -> String {
    let Some(value) = value.filter(|v| v.is_finite()) else {
        return String::new();
    };
    let (scale, decimals, _, _) = unit.layout(lang);
    let text = format!("{:.*}", decimals, value * scale);
    let text = if text
        .trim_start_matches('-')
        .bytes()
        .all(|b| b == b'0' || b == b'.')
    {
        text.trim_start_matches('-').to_string()
    } else {
        text
    };
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

fn unit_cell(unit: Unit) -> &'static str {
    match unit {
        Unit::Load | Unit::Share => "%",
        Unit::Minutes => "min",
        Unit::Count | Unit::Decimal(_) => "",
    }
}

/// The whole table as CSV text.
pub fn comparison_csv(lang: Lang, comparison: &Comparison) -> String {
    let delimiter = match lang {
        Lang::Fr => b';',
        Lang::En => b',',
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let mut header = vec![
        t(lang, ScenText::Figure).to_string(),
        t(lang, ScenText::Unit).to_string(),
        t(lang, ScenText::BaseLong).to_string(),
    ];
    for name in comparison.columns.iter().skip(1) {
        header.push(text_cell(name));
        header.push(format!(
            "{} ({})",
            t(lang, ScenText::Difference),
            text_cell(name)
        ));
    }
    header.push(t(lang, ScenText::BestColumn).to_string());
    // Writing into memory cannot fail: csv::Writer's only errors come from its sink.
    let _ = writer.write_record(&header);
    for line in &comparison.lines {
        let steps = shown_steps(line.unit);
        let mut record = vec![
            text_cell(&line.label),
            unit_cell(line.unit).to_string(),
            number_cell(lang, line.unit, line.values.first().copied().flatten()),
        ];
        let base = line.values.first().copied().flatten();
        for index in 1..comparison.columns.len() {
            let value = line.values.get(index).copied().flatten();
            record.push(number_cell(lang, line.unit, value));
            // The difference of the values as shown, like the table's.
            let difference = match (value, base) {
                (Some(v), Some(b)) => Some((steps(v) - steps(b)) / steps(1.0)),
                _ => None,
            };
            record.push(number_cell(lang, line.unit, difference));
        }
        let best: Vec<String> = comparison
            .columns
            .iter()
            .zip(&line.best)
            .filter(|(_, &best)| best)
            .map(|(name, _)| text_cell(name))
            .collect();
        record.push(best.join(" / "));
        let _ = writer.write_record(&record);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_that_looks_like_a_formula_stays_text() {
        assert_eq!(text_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_cell("Scénario 1"), "Scénario 1");
    }

    #[test]
    fn numbers_follow_the_language_without_separators() {
        assert_eq!(number_cell(Lang::Fr, Unit::Share, Some(0.97456)), "97,5");
        assert_eq!(number_cell(Lang::En, Unit::Count, Some(12345.4)), "12345");
        assert_eq!(number_cell(Lang::En, Unit::Minutes, Some(-0.01)), "0.0");
        assert_eq!(number_cell(Lang::Fr, Unit::Minutes, None), "");
    }
}
