//! Which scenario a simulation is about, and the request the worker gets for it.

use std::rc::Rc;

use super::{Pending, ScenarioKey};
use crate::engine::saved::SavedBase;
use crate::engine::simulation::SimulationParams;
use crate::ui::simulation::worker::Job;
use crate::ui::state::Workspace;

/// The scenario a simulation is about: the one chosen in the tab, or else the active one.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub id: u32,
    pub name: String,
    pub key: ScenarioKey,
    pub base: SavedBase,
}

impl Target {
    /// `chosen` among the scenarios of the active base, or the active scenario.
    pub fn of(workspace: &Workspace, chosen: Option<u32>) -> Target {
        let base = workspace.active_base();
        let saved = SavedBase {
            id: base.id.clone(),
            name: base.name.clone(),
            source: base.source.clone(),
        };
        let other = chosen
            .filter(|id| *id != workspace.active)
            .and_then(|id| workspace.scenarios_of_active_base().find(|s| s.id == id));
        match other {
            Some(named) => Target {
                id: named.id,
                name: named.name.clone(),
                key: ScenarioKey(Rc::clone(&named.scenario)),
                base: saved,
            },
            // The active scenario's live state is `workspace.scenario()`.
            None => Target {
                id: workspace.active,
                name: workspace.active_scenario().name.clone(),
                key: ScenarioKey(Rc::clone(workspace.scenario())),
                base: saved,
            },
        }
    }
}

/// The request for the worker, and what the page keeps to show its result.
pub(super) fn job(id: u32, params: &SimulationParams, target: &Target) -> (Job, Pending) {
    let scenario = &target.key.0;
    let mut services: Vec<(String, String)> = scenario
        .base()
        .services
        .iter()
        .map(|s| (s.id.clone(), s.name.clone()))
        .collect();
    for service in &scenario.current().services {
        match services.iter_mut().find(|(id, _)| *id == service.id) {
            // The scenario's name is the one the user sees elsewhere (a merge may rename).
            Some(known) => known.1 = service.name.clone(),
            None => services.push((service.id.clone(), service.name.clone())),
        }
    }
    let job = Job {
        id,
        params: params.clone(),
        base_name: target.base.name.clone(),
        base: target.base.source.clone(),
        operations: scenario.operations().to_vec(),
    };
    let pending = Pending {
        params: params.clone(),
        territory_absence: scenario.base().territory_usual_absence(),
        name: target.name.clone(),
        scenario_key: target.key.clone(),
        services,
    };
    (job, pending)
}
