//! Which panel beside the map is shown, grouped by what the user is doing (the workshop, the
//! scenarios, the simulation, training, facilitation), and what the decision strip opens: a
//! figure's source on the dashboard, with the service it is about on the map.

use crate::engine::catalogue::Measure;

use super::Workspace;

/// A panel beside the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Panel {
    #[default]
    Dashboard,
    OrgChart,
    Operations,
    Journal,
    Scenarios,
    Simulation,
    Exercises,
    Facilitation,
}

/// What the user is doing: the tabs' first row. The workshop holds four panels, the others one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activity {
    Workshop,
    Scenarios,
    Simulation,
    Training,
    Facilitation,
}

impl Activity {
    /// Every activity, in the tabs' order.
    pub const ALL: [Activity; 5] = [
        Activity::Workshop,
        Activity::Scenarios,
        Activity::Simulation,
        Activity::Training,
        Activity::Facilitation,
    ];

    /// The panels of this activity, in order.
    pub fn panels(self) -> &'static [Panel] {
        match self {
            Activity::Workshop => &[
                Panel::Dashboard,
                Panel::OrgChart,
                Panel::Operations,
                Panel::Journal,
            ],
            Activity::Scenarios => &[Panel::Scenarios],
            Activity::Simulation => &[Panel::Simulation],
            Activity::Training => &[Panel::Exercises],
            Activity::Facilitation => &[Panel::Facilitation],
        }
    }
}

impl Panel {
    /// The activity the panel belongs to.
    pub fn activity(self) -> Activity {
        match self {
            Panel::Dashboard | Panel::OrgChart | Panel::Operations | Panel::Journal => {
                Activity::Workshop
            }
            Panel::Scenarios => Activity::Scenarios,
            Panel::Simulation => Activity::Simulation,
            Panel::Exercises => Activity::Training,
            Panel::Facilitation => Activity::Facilitation,
        }
    }
}

/// A strip figure whose source was asked for: the dashboard shows it, each request anew.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spotlight {
    pub measure: Measure,
    /// Counts the requests, so that asking twice for the same figure brings it back into view.
    pub request: u64,
}

impl Workspace {
    /// Shows a panel; a workshop panel is also the one the workshop comes back to.
    pub(super) fn show_panel(&mut self, panel: Panel) {
        self.panel = panel;
        if panel.activity() == Activity::Workshop {
            self.workshop_panel = panel;
        }
    }

    /// Shows an activity: its panel, or for the workshop the panel it was last on.
    pub(super) fn show_activity(&mut self, activity: Activity) {
        let panel = match activity {
            Activity::Workshop => self.workshop_panel,
            other => other.panels()[0],
        };
        self.show_panel(panel);
    }

    /// Opens where a strip figure comes from: the workshop's dashboard at that figure, and the
    /// service it is about (if any) on the map.
    pub(super) fn open_source(&mut self, measure: Measure, service: Option<String>) {
        self.comparing = false;
        self.sheet = None;
        self.show_panel(Panel::Dashboard);
        if let Some(service) = service {
            if self.territory().service_ix(&service).is_some() {
                self.service = service;
            }
        }
        let request = self.spotlight.map_or(1, |s| s.request + 1);
        self.spotlight = Some(Spotlight { measure, request });
    }
}
