//! The facilitator's timeline in the workspace: events scheduled (saved with the work), each
//! fired when the facilitator chooses, applied to the active scenario exactly as the event forms
//! apply theirs, so that the journal, the figures and Undo treat it as any change.

use super::{Action, Control, Workspace};
use crate::engine::timeline::Scheduled;

impl Workspace {
    pub(super) fn schedule(&mut self, event: Scheduled) {
        self.timeline.push(event);
        self.revision += 1;
    }

    /// The state after firing the event at `position`: applied, and marked fired unless the
    /// engine refused it (the refusal is then shown by the timeline).
    pub(super) fn fire_scheduled(&self, position: usize) -> Workspace {
        let Some(event) = self.timeline.get(position) else {
            return self.clone();
        };
        let mut next = self.reduce(Action::Apply {
            operation: event.operation.clone(),
            control: Control::Timeline,
        });
        if next.refusal.is_none() {
            next.timeline[position].fired = true;
        }
        next
    }

    pub(super) fn unschedule(&mut self, position: usize) {
        if position < self.timeline.len() {
            self.timeline.remove(position);
            self.revision += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lang::Lang;
    use crate::engine::operations::{Event, Operation};

    fn flood(site: &str) -> Scheduled {
        Scheduled {
            time: "10:30".into(),
            text: "le dépôt est inondé".into(),
            operation: Operation::Event(Event::AbsenceWave {
                service: Some(site.into()),
                rate: 0.2,
            }),
            fired: false,
        }
    }

    #[test]
    fn a_scheduled_event_is_saved_fired_journaled_and_undone_like_any_change() {
        let start = Workspace::default_territory(Lang::Fr);
        let service = start.territory().services[0].id.clone();
        let planned = start.reduce(Action::Schedule(flood(&service)));
        assert!(
            planned.scenario().operations().is_empty(),
            "scheduling changes nothing yet"
        );
        assert!(planned.revision > start.revision, "the timeline is saved");
        let reloaded =
            crate::workspace::read_saved(&planned.document().to_json(), Lang::Fr).unwrap();
        assert_eq!(reloaded.timeline, planned.timeline);

        let fired = planned.reduce(Action::FireScheduled(0));
        assert!(fired.timeline[0].fired);
        assert_eq!(fired.scenario().operations(), [flood(&service).operation]);
        assert!(fired.scenario().journal(Lang::Fr)[0].starts_with("Événement"));
        let undone = fired.reduce(Action::Undo);
        assert!(undone.scenario().operations().is_empty());

        // An event the engine refuses is not marked fired; the refusal names the timeline.
        let refused = start
            .reduce(Action::Schedule(flood("pas-un-service")))
            .reduce(Action::FireScheduled(0));
        assert!(!refused.timeline[0].fired);
        assert_eq!(refused.refusal.map(|r| r.control), Some(Control::Timeline));
        assert_eq!(
            planned.reduce(Action::FireScheduled(5)),
            planned,
            "no such event"
        );
        assert!(planned.reduce(Action::Unschedule(0)).timeline.is_empty());
    }
}
