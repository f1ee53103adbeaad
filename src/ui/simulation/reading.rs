//! The plain-language reading of a service's simulated backlog, built on the engine's
//! `read_backlog` (when it settles at zero, and on which share of the runs) and `is_stable`.

use crate::engine::lang::Lang;
use crate::engine::simulation::{is_stable, read_backlog, Clearing, ServiceSeries};
use crate::ui::i18n::format_decimal;

/// One or two sentences on the backlog of service `name` over `months` months: "stable" first
/// where it is.
pub fn backlog_sentence(lang: Lang, name: &str, months: u32, series: &ServiceSeries) -> String {
    let backlog = &series.backlog;
    let reading = read_backlog(backlog);
    let units = |value: Option<&f64>| format_decimal(lang, value.copied().unwrap_or(0.0), 0);
    if is_stable(series) && reading.clearing != Clearing::NoBacklog {
        let tenth = format_decimal(lang, crate::engine::simulation::STABLE_BACKLOG_MONTHS, 1);
        let Some((_, peak)) = reading.median_peak else {
            return match lang {
                Lang::Fr => format!(
                    "Le service «\u{a0}{name}\u{a0}» est stable\u{a0}: sa file d'attente médiane reste à zéro pendant les {months} mois\u{a0}; dans les tirages les moins favorables (1 sur 10), un peu de travail attend par moments, au gré des absences et de la demande."
                ),
                Lang::En => format!(
                    "“{name}” is stable: its median backlog stays at zero through the {months} months; in the least favourable runs (1 in 10), some work waits at times, as absence and demand vary."
                ),
            };
        };
        let peak = units(Some(&peak));
        return match lang {
            Lang::Fr => format!(
                "Le service «\u{a0}{name}\u{a0}» est stable\u{a0}: sa file d'attente médiane reste sous {tenth}\u{a0}mois de demande pendant les {months} mois (au plus {peak} unités en attente)\u{a0}; elle se forme et se résorbe au gré des absences et de la demande."
            ),
            Lang::En => format!(
                "“{name}” is stable: its median backlog stays under {tenth} month of demand through the {months} months (at most {peak} units waiting); it forms and clears as absence and demand vary."
            ),
        };
    }
    let main = match (reading.clearing, lang) {
        (Clearing::NoBacklog, Lang::Fr) => format!(
            "Le service «\u{a0}{name}\u{a0}» est stable\u{a0}: pas de file d'attente, elle reste à zéro pendant les {months} mois dans 9 cas sur 10."
        ),
        (Clearing::NoBacklog, Lang::En) => format!(
            "“{name}” is stable: no backlog, it stays at zero through the {months} months in 9 cases out of 10."
        ),
        (Clearing::ClearedBy { month, percentile: 90 }, Lang::Fr) => format!(
            "La file d'attente du service «\u{a0}{name}\u{a0}» revient à zéro au mois {month} dans 9 cas sur 10."
        ),
        (Clearing::ClearedBy { month, percentile: 90 }, Lang::En) => format!(
            "The backlog of “{name}” is back to zero by month {month} in 9 cases out of 10."
        ),
        (Clearing::ClearedBy { month, percentile: 50 }, Lang::Fr) => format!(
            "La file d'attente du service «\u{a0}{name}\u{a0}» revient à zéro au mois {month} dans la moitié des cas\u{a0}; dans 1 cas sur 10, elle n'est toujours pas résorbée au bout de {months} mois."
        ),
        (Clearing::ClearedBy { month, percentile: 50 }, Lang::En) => format!(
            "The backlog of “{name}” is back to zero by month {month} in half the cases; in 1 case out of 10 it is still not cleared after {months} months."
        ),
        (Clearing::ClearedBy { month, .. }, Lang::Fr) => format!(
            "La file d'attente du service «\u{a0}{name}\u{a0}» ne revient à zéro (au mois {month}) que dans 1 cas sur 10\u{a0}; dans la moitié des cas, elle n'est pas résorbée au bout de {months} mois."
        ),
        (Clearing::ClearedBy { month, .. }, Lang::En) => format!(
            "The backlog of “{name}” is back to zero (by month {month}) in only 1 case out of 10; in half the cases it is not cleared after {months} months."
        ),
        (Clearing::NotWithinHorizon, Lang::Fr) => format!(
            "La file d'attente du service «\u{a0}{name}\u{a0}» n'est jamais résorbée en {months} mois\u{a0}: au mois {months}, il reste de {} à {} unités en attente dans 8 cas sur 10.",
            units(backlog.p10.last()),
            units(backlog.p90.last())
        ),
        (Clearing::NotWithinHorizon, Lang::En) => format!(
            "The backlog of “{name}” is never cleared within {months} months: in month {months}, {} to {} units still wait in 8 cases out of 10.",
            units(backlog.p10.last()),
            units(backlog.p90.last())
        ),
    };
    match (reading.clearing, reading.median_peak) {
        (Clearing::NoBacklog, _) | (_, None) => main,
        // A backlog still growing at the end: its last month, already told, is its peak.
        (Clearing::NotWithinHorizon, Some((month, _))) if month == months => main,
        (_, Some((month, peak))) => {
            let peak = units(Some(&peak));
            match lang {
                Lang::Fr => format!("{main} Au plus haut, au mois {month}, la médiane atteint {peak} unités en attente."),
                Lang::En => format!("{main} At its highest, in month {month}, the median reaches {peak} units waiting."),
            }
        }
    }
}
