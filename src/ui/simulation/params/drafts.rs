//! The parameters as typed: one text per field, read in either language's writing, and the
//! parameters summed up in one line. The usual absence shows the territory's rate until the
//! user types another.

use crate::engine::lang::Lang;
use crate::engine::simulation::{SimulationError, SimulationParams};
use crate::ui::i18n::{format_decimal, format_int};
use crate::ui::simulation::texts::SimText;

/// The fields of the form, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Months,
    Runs,
    Seed,
    Absence,
    Dip,
    Recovery,
    ChangeMonth,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Months,
        Field::Runs,
        Field::ChangeMonth,
        Field::Absence,
        Field::Dip,
        Field::Recovery,
        Field::Seed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Field::Months => "sim-months",
            Field::Runs => "sim-runs",
            Field::Seed => "sim-seed",
            Field::Absence => "sim-absence",
            Field::Dip => "sim-dip",
            Field::Recovery => "sim-recovery",
            Field::ChangeMonth => "sim-change-month",
        }
    }

    pub fn texts(self) -> (SimText, SimText) {
        match self {
            Field::Months => (SimText::Months, SimText::MonthsHelp),
            Field::Runs => (SimText::Runs, SimText::RunsHelp),
            Field::Seed => (SimText::Seed, SimText::SeedHelp),
            Field::Absence => (SimText::Absence, SimText::AbsenceHelp),
            Field::Dip => (SimText::Dip, SimText::DipHelp),
            Field::Recovery => (SimText::Recovery, SimText::RecoveryHelp),
            Field::ChangeMonth => (SimText::ChangeMonth, SimText::ChangeMonthHelp),
        }
    }

    /// Whole numbers get a number field; fractions a text field, which takes "0,08" as well as "0.08".
    pub fn whole(self) -> bool {
        matches!(
            self,
            Field::Months | Field::Runs | Field::Seed | Field::ChangeMonth
        )
    }

    pub fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }

    /// The field an engine refusal is about; `None` for a refusal about the territory.
    pub fn of_error(error: &SimulationError) -> Option<Field> {
        match error {
            SimulationError::Months(_) => Some(Field::Months),
            SimulationError::Runs(_) | SimulationError::TooLarge => Some(Field::Runs),
            SimulationError::UsualAbsence(_) => Some(Field::Absence),
            SimulationError::Dip(_) => Some(Field::Dip),
            SimulationError::Recovery(_) => Some(Field::Recovery),
            SimulationError::ChangeMonth { .. } => Some(Field::ChangeMonth),
            SimulationError::Demand { .. } => None,
        }
    }
}

/// What the user typed in each field, in `Field::ALL` order.
pub type Drafts = [String; 7];

/// The fields' texts for `params`, written in `lang`; `territory_rate` is the territory's usual
/// absence, shown where the parameters leave it to the territory.
pub fn drafts_of(params: &SimulationParams, territory_rate: f64, lang: Lang) -> Drafts {
    Field::ALL.map(|field| match field {
        Field::Months => params.months.to_string(),
        Field::Runs => params.runs.to_string(),
        Field::Seed => params.seed.to_string(),
        Field::ChangeMonth => params.change_month.to_string(),
        Field::Absence => fraction_text(lang, params.usual_absence.unwrap_or(territory_rate)),
        Field::Dip => fraction_text(lang, params.dip),
        Field::Recovery => fraction_text(lang, params.recovery_months),
    })
}

/// A number with as many decimals as it needs (up to 6), in the language's writing.
fn fraction_text(lang: Lang, value: f64) -> String {
    let decimals = (0..=6)
        .find(|d| (value * 10f64.powi(*d)).fract().abs() < 1e-9)
        .unwrap_or(6) as usize;
    format_decimal(lang, value, decimals).replace('\u{202F}', "")
}

/// Reads the drafts into parameters, or names the first field that is not a number of its kind.
/// A usual absence equal to `territory_rate` is left to the territory, so that it follows the
/// territory's rate if the user opens another.
pub fn read_drafts(
    drafts: &Drafts,
    territory_rate: f64,
) -> Result<SimulationParams, (Field, SimText)> {
    let whole = |field: Field| -> Result<u64, (Field, SimText)> {
        let text: String = drafts[field.index()]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        text.parse::<u64>().map_err(|_| (field, SimText::NotWhole))
    };
    let small = |field: Field| -> Result<u32, (Field, SimText)> {
        // Beyond u32 it is out of range anyway: the engine's message says so.
        whole(field).map(|n| u32::try_from(n).unwrap_or(u32::MAX))
    };
    let decimal = |field: Field| -> Result<f64, (Field, SimText)> {
        let text: String = drafts[field.index()]
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        // "8 %" is read as 0.08: a share written as a percentage.
        let (number, scale) = match text.strip_suffix('%') {
            Some(number) => (number, 100.0),
            None => (text.as_str(), 1.0),
        };
        match number.parse::<f64>() {
            Ok(value) if value.is_finite() => Ok(value / scale),
            _ => Err((field, SimText::NotNumber)),
        }
    };
    Ok(SimulationParams {
        months: small(Field::Months)?,
        runs: small(Field::Runs)?,
        seed: whole(Field::Seed)?,
        usual_absence: Some(decimal(Field::Absence)?).filter(|&rate| rate != territory_rate),
        dip: decimal(Field::Dip)?,
        recovery_months: decimal(Field::Recovery)?,
        change_month: small(Field::ChangeMonth)?,
    })
}

/// The parameters in one line: "24 mois, 500 tirages, changement au mois 1, …".
pub fn summary(lang: Lang, params: &SimulationParams, territory_rate: f64) -> String {
    let [_, _, _, absence, dip, recovery, seed] = drafts_of(params, territory_rate, lang);
    let runs = format_int(lang, i64::from(params.runs));
    let (months, change) = (params.months, params.change_month);
    match lang {
        Lang::Fr => format!("{months} mois, {runs} tirages, changement au mois {change}, absence habituelle {absence}, perte {dip}, retour en {recovery} mois, graine {seed}"),
        Lang::En => format!("{months} months, {runs} runs, change in month {change}, usual absence {absence}, dip {dip}, recovery in {recovery} months, seed {seed}"),
    }
}
