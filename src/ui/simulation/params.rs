//! The simulation's parameters as a form: each field labelled, explained, and refused next to
//! itself with the engine's own message; a valid change restarts the simulation.

use yew::prelude::*;

use super::runner::{use_simulation, SimAction};
use super::texts::{colon, SimText};
use crate::engine::lang::Lang;
use crate::engine::simulation::{SimulationError, SimulationParams};
use crate::ui::i18n::{format_decimal, format_int, t};
use crate::ui::state::use_workspace;

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

    fn id(self) -> &'static str {
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

    fn texts(self) -> (SimText, SimText) {
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
    fn whole(self) -> bool {
        matches!(
            self,
            Field::Months | Field::Runs | Field::Seed | Field::ChangeMonth
        )
    }

    fn index(self) -> usize {
        Field::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }

    /// The field an engine refusal is about; `None` for a refusal about the territory.
    pub fn of_error(error: &SimulationError) -> Option<Field> {
        match error {
            SimulationError::Months(_) => Some(Field::Months),
            SimulationError::Runs(_) | SimulationError::TooLarge => Some(Field::Runs),
            SimulationError::AbsenceRate(_) => Some(Field::Absence),
            SimulationError::Dip(_) => Some(Field::Dip),
            SimulationError::Recovery(_) => Some(Field::Recovery),
            SimulationError::ChangeMonth { .. } => Some(Field::ChangeMonth),
            SimulationError::Demand { .. } => None,
        }
    }
}

/// What the user typed in each field, in `Field::ALL` order.
pub type Drafts = [String; 7];

/// The fields' texts for `params`, written in `lang`.
pub fn drafts_of(params: &SimulationParams, lang: Lang) -> Drafts {
    Field::ALL.map(|field| match field {
        Field::Months => params.months.to_string(),
        Field::Runs => params.runs.to_string(),
        Field::Seed => params.seed.to_string(),
        Field::ChangeMonth => params.change_month.to_string(),
        Field::Absence => fraction_text(lang, params.absence_rate),
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
pub fn read_drafts(drafts: &Drafts) -> Result<SimulationParams, (Field, SimText)> {
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
        absence_rate: decimal(Field::Absence)?,
        dip: decimal(Field::Dip)?,
        recovery_months: decimal(Field::Recovery)?,
        change_month: small(Field::ChangeMonth)?,
    })
}

/// The parameters form.
#[function_component(ParamsForm)]
pub fn params_form() -> Html {
    let lang = use_workspace().lang;
    let simulation = use_simulation();
    // What is typed lives in the fields; kept here too (without re-rendering on every key) so
    // that a commit reads every field as typed, even before the page has re-rendered.
    let drafts = use_mut_ref(|| drafts_of(&simulation.params, lang));
    // The refusal shown, beside its field (or above the form when it is about no field).
    let refusal = use_state(|| None::<(Option<Field>, String)>);
    let commit = {
        let drafts = drafts.clone();
        let refusal = refusal.clone();
        let simulation = simulation.clone();
        Callback::from(move |_: ()| {
            let checked = read_drafts(&drafts.borrow())
                .map_err(|(field, text)| (Some(field), t(lang, text).to_owned()))
                .and_then(|params| {
                    params
                        .validate()
                        .map(|_| params)
                        .map_err(|error| (Field::of_error(&error), error.message(lang)))
                });
            match checked {
                Ok(params) => {
                    refusal.set(None);
                    simulation.dispatch(SimAction::SetParams(params));
                }
                Err(shown) => refusal.set(Some(shown)),
            }
        })
    };
    let onsubmit = {
        let commit = commit.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            commit.emit(());
        })
    };
    let reset = {
        let commit = commit.clone();
        let drafts = drafts.clone();
        Callback::from(move |_: MouseEvent| {
            *drafts.borrow_mut() = drafts_of(&SimulationParams::default(), lang);
            commit.emit(());
        })
    };
    let field = |field: Field| {
        let (label, help) = field.texts();
        let id = field.id();
        let error = refusal
            .as_ref()
            .filter(|(f, _)| *f == Some(field))
            .map(|(_, m)| m.clone());
        let described = if error.is_some() {
            format!("{id}-help {id}-error")
        } else {
            format!("{id}-help")
        };
        let oninput = {
            let drafts = drafts.clone();
            Callback::from(move |event: InputEvent| {
                drafts.borrow_mut()[field.index()] = event_value(&event);
            })
        };
        let onchange = {
            let commit = commit.clone();
            let drafts = drafts.clone();
            Callback::from(move |event: Event| {
                drafts.borrow_mut()[field.index()] = event_value(&event);
                commit.emit(());
            })
        };
        let value = drafts.borrow()[field.index()].clone();
        let invalid = error.is_some().then_some("true");
        html! {
            <div class="sim-field">
                <label for={id}>{ t(lang, label) }</label>
                if field.whole() {
                    <input id={id} type="number" min="0" step="1" inputmode="numeric" {value}
                        aria-describedby={described} aria-invalid={invalid} {oninput} {onchange} />
                } else {
                    <input id={id} type="text" inputmode="decimal" size="8" {value}
                        aria-describedby={described} aria-invalid={invalid} {oninput} {onchange} />
                }
                <p id={format!("{id}-help")} class="sim-help">{ t(lang, help) }</p>
                if let Some(message) = error {
                    <p id={format!("{id}-error")} class="refusal" role="alert">{ message }</p>
                }
            </div>
        }
    };
    let general = refusal
        .as_ref()
        .filter(|(f, _)| f.is_none())
        .map(|(_, m)| m.clone());
    // Closed at first, so that the charts come first on a projector; the summary says the values.
    html! {
        <details class="sim-params">
            <summary id="sim-params-title">
                { format!("{}{}{}", t(lang, SimText::ParamsTitle), colon(lang), summary(lang, &simulation.params)) }
            </summary>
            <form novalidate=true {onsubmit} aria-labelledby="sim-params-title">
                <p class="sim-note">{ t(lang, SimText::ParamsNote) }</p>
                if let Some(message) = general {
                    <p class="refusal" role="alert">{ message }</p>
                }
                <div class="sim-fields">{ for Field::ALL.into_iter().map(field) }</div>
                <div class="sim-form-actions">
                    <button type="submit">{ t(lang, SimText::Apply) }</button>
                    <button type="button" onclick={reset}>{ t(lang, SimText::Defaults) }</button>
                </div>
            </form>
        </details>
    }
}

/// The parameters in one line: "24 mois, 500 tirages, changement au mois 1, …".
pub fn summary(lang: Lang, params: &SimulationParams) -> String {
    let [_, _, _, absence, dip, recovery, seed] = drafts_of(params, lang);
    let runs = format_int(lang, i64::from(params.runs));
    let (months, change) = (params.months, params.change_month);
    match lang {
        Lang::Fr => format!("{months} mois, {runs} tirages, changement au mois {change}, absences {absence}, perte {dip}, retour en {recovery} mois, graine {seed}"),
        Lang::En => format!("{months} months, {runs} runs, change in month {change}, absence {absence}, dip {dip}, recovery in {recovery} months, seed {seed}"),
    }
}

/// The text of the field an event came from; empty where there is no browser.
fn event_value(event: &Event) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        String::new()
    }
}
