//! A workshop's timeline: events the facilitator schedules before the session, each with a time
//! and an announcement (« 10 h 30 — le dépôt de Chassieu est inondé ») and one of the event
//! operations, then fires one by one. Firing applies the operation to the active scenario like
//! the event forms do, so it is journaled and undone like any change; the timeline only records
//! that it was fired. The time is a label the facilitator chose, never read from a clock.

use serde::{Deserialize, Serialize};

use super::lang::Lang;
use super::operations::Operation;

/// One scheduled event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scheduled {
    /// The time planned, as `HH:MM` (what a time field gives), or blank.
    pub time: String,
    /// What the facilitator announces to the room.
    pub text: String,
    /// The event itself (an [`Operation::Event`]).
    pub operation: Operation,
    /// Whether it has been fired.
    #[serde(default)]
    pub fired: bool,
}

/// The time as a French or English reader writes it: `10:30` → « 10 h 30 » or "10:30";
/// `09:05` → « 9 h 05 »; anything else as it was typed.
pub fn time_label(lang: Lang, time: &str) -> String {
    let parsed = time.trim().split_once(':').and_then(|(h, m)| {
        let hours: u8 = h.parse().ok().filter(|h| *h < 24)?;
        let minutes: u8 = m.parse().ok().filter(|m| *m < 60)?;
        Some((hours, minutes))
    });
    match (parsed, lang) {
        (Some((h, m)), Lang::Fr) => format!("{h}\u{a0}h\u{a0}{m:02}"),
        (Some((h, m)), Lang::En) => format!("{h}:{m:02}"),
        (None, _) => time.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_reads_the_way_each_language_writes_it() {
        assert_eq!(time_label(Lang::Fr, "10:30"), "10\u{a0}h\u{a0}30");
        assert_eq!(time_label(Lang::Fr, "09:05"), "9\u{a0}h\u{a0}05");
        assert_eq!(time_label(Lang::En, "09:05"), "9:05");
        assert_eq!(
            time_label(Lang::Fr, "25:00"),
            "25:00",
            "not a time: as typed"
        );
        assert_eq!(time_label(Lang::En, " après la pause "), "après la pause");
    }
}
