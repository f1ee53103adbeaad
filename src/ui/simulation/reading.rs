//! The plain-language reading of a simulation: first what the scenario changes against doing
//! nothing (the engine's `read_scenario`), then each service's backlog (`read_backlog`: when it
//! settles at zero, and on which share of the runs; `is_stable`).

use crate::engine::lang::Lang;
use crate::engine::simulation::{
    is_stable, read_backlog, CatchUp, Clearing, Difference, ScenarioReading, ServiceSeries,
};
use crate::ui::i18n::{colon, format_decimal, format_int, singular};

/// What the scenario changes, for the top of the tab: one sentence on the services it touches,
/// largest difference first, then one line on those it does not touch (`None` when it touches
/// them all; their names head their charts below). `name` gives a service's name from its id.
pub fn difference_sentences(
    lang: Lang,
    reading: &ScenarioReading,
    months: u32,
    change_month: u32,
    name: &dyn Fn(&str) -> String,
) -> (String, Option<String>) {
    let total = reading.touched.len() + reading.untouched.len();
    if reading.touched.is_empty() {
        let all = match lang {
            Lang::Fr => format!("Le scénario ne touche ni les équipes ni la demande d'aucun service\u{a0}: le travail en attente des {total}\u{a0}services est celui de l'organisation actuelle."),
            Lang::En => format!("The scenario touches neither the teams nor the demand of any service: the work waiting in all {total} services is that of the current organisation."),
        };
        return (all, None);
    }
    let parts: Vec<String> = reading
        .touched
        .iter()
        .map(|d| {
            difference_part(
                lang,
                d,
                months,
                change_month,
                &quoted(lang, &name(&d.service)),
            )
        })
        .collect();
    let first = match lang {
        Lang::Fr => format!(
            "Par rapport à ne rien changer{}{}.",
            colon(lang),
            parts.join("\u{a0}; ")
        ),
        Lang::En => format!("Against doing nothing{}{}.", colon(lang), parts.join("; ")),
    };
    let rest = match (reading.untouched.as_slice(), lang) {
        ([], _) => None,
        ([one], Lang::Fr) => Some(format!(
            "L'autre service, {}, n'est pas touché par le scénario.",
            quoted(lang, &name(one))
        )),
        ([one], Lang::En) => Some(format!(
            "The other service, {}, is not touched by the scenario.",
            quoted(lang, &name(one))
        )),
        (others, Lang::Fr) => Some(format!(
            "Les {} autres services ne sont pas touchés par le scénario.",
            others.len()
        )),
        (others, Lang::En) => Some(format!(
            "The other {} services are not touched by the scenario.",
            others.len()
        )),
    };
    (first, rest)
}

/// « Voirie » or “Voirie”: a service's name set apart in a sentence.
fn quoted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{name}\u{a0}»"),
        Lang::En => format!("“{name}”"),
    }
}

/// « Protection de l'enfance », 145 unités de plus en attente au mois 24, un retard pas rattrapé
/// en 24 mois ».
fn difference_part(
    lang: Lang,
    d: &Difference,
    months: u32,
    change_month: u32,
    name: &str,
) -> String {
    let units = |value: f64| format_int(lang, value.abs().round() as i64);
    let behind = d.most_behind;
    match (d.catch_up, d.at_end > 0.0, d.at_end < 0.0) {
        (_, true, _) => match lang {
            Lang::Fr => format!("{name}, {} unités de plus en attente au mois {months}, un retard pas rattrapé en {months}\u{a0}mois", units(d.at_end)),
            Lang::En => format!("{name}, {} more units waiting in month {months}, not made up within {months} months", units(d.at_end)),
        },
        (_, _, true) => {
            let saved = match lang {
                Lang::Fr => format!("{name}, {} unités de moins en attente au mois {months}", units(d.at_end)),
                Lang::En => format!("{name}, {} fewer units waiting in month {months}", units(d.at_end)),
            };
            match (behind, lang) {
                (Some((month, most)), Lang::Fr) => format!("{saved}, après jusqu'à {} de plus au mois {month}", units(most)),
                (Some((month, most)), Lang::En) => format!("{saved}, after up to {} more in month {month}", units(most)),
                (None, _) => saved,
            }
        }
        (CatchUp::By { month }, _, _) => {
            let taken = month.saturating_sub(change_month).max(1);
            let (most_month, most) = behind.unwrap_or((month, 0.0));
            match lang {
                Lang::Fr => format!("{name}, jusqu'à {} unités de plus en attente (mois {most_month}), rattrapées en {taken}\u{a0}mois", units(most)),
                Lang::En => {
                    let word = if singular(lang, u64::from(taken)) { "month" } else { "months" };
                    format!("{name}, up to {} more units waiting (month {most_month}), made up in {taken} {word}", units(most))
                }
            }
        }
        _ => match lang {
            Lang::Fr => format!("{name}, pas de travail de plus en attente"),
            Lang::En => format!("{name}, no extra work waiting"),
        },
    }
}

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
