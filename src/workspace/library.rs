//! The named scenarios of the workspace: their bases, creating, copying, renaming, deleting
//! (to a trash the user restores from), choosing the active one and the ones compared.

use std::rc::Rc;

use super::outcome::Notice;
use super::{Atlas, Workspace};
use crate::engine::change::ChangeImpact;
use crate::engine::embedded::{self, EmbeddedTerritory};
use crate::engine::io::TerritoryFiles;
use crate::engine::lang::Lang;
use crate::engine::metrics::{evaluate, Evaluation};
use crate::engine::model::Territory;
use crate::engine::operations::Operation;
use crate::engine::saved::BaseSource;
use crate::engine::scenario::Scenario;

/// The most scenarios compared with the base at once (five columns fit a projector).
pub const MAX_COMPARED: usize = 4;
/// Deleted scenarios kept for restoring; older ones are forgotten.
const TRASH_KEPT: usize = 20;

/// A territory scenarios start from, loaded, with its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Base {
    /// `portes-des-alpes`, `metropole`, or `import-N`.
    pub id: String,
    pub name: String,
    /// How it is saved: an embedded key, or the imported CSV files.
    pub source: BaseSource,
    pub atlas: Rc<Atlas>,
    pub territory: Rc<Territory>,
    pub figures: Rc<Evaluation>,
}

impl Base {
    /// An embedded territory as a base.
    pub fn from_embedded(embedded: EmbeddedTerritory) -> Base {
        let territory = crate::engine::io::read_territory(&embedded.files)
            .expect("embedded territories are valid: tests/engine checks them")
            .territory;
        Base::new(embedded.key.to_string(), territory, Some(embedded), None)
    }

    /// A base from a loaded territory; `embedded` gives the map its boundaries, an import has none.
    pub fn new(
        id: String,
        territory: impl Into<Rc<Territory>>,
        embedded: Option<EmbeddedTerritory>,
        imported: Option<(String, TerritoryFiles)>,
    ) -> Base {
        let territory: Rc<Territory> = territory.into();
        let (atlas, source) = match (embedded, imported) {
            (Some(embedded), _) => (
                Atlas {
                    key: embedded.key,
                    name: embedded.name,
                    communes: embedded.communes,
                    zone_shapes: embedded.zone_shapes,
                    groups: embedded.groups,
                    grouping_unverified: embedded.grouping_unverified,
                },
                BaseSource::Embedded(embedded.key.to_string()),
            ),
            (None, imported) => {
                let (name, files) = imported.unwrap_or_default();
                (
                    Atlas {
                        key: "import",
                        name,
                        communes: Vec::new(),
                        zone_shapes: Default::default(),
                        groups: Vec::new(),
                        grouping_unverified: false,
                    },
                    BaseSource::Files(files),
                )
            }
        };
        Base {
            id,
            name: atlas.name.clone(),
            source,
            figures: Rc::new(evaluate(&territory)),
            atlas: Rc::new(atlas),
            territory,
        }
    }
}

/// A scenario with its name, its base and its figures.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedScenario {
    /// Stable within the page: actions name scenarios by it.
    pub id: u32,
    pub name: String,
    /// Id of its base.
    pub base: String,
    pub scenario: Rc<Scenario>,
    /// What redo would apply again, most recent last.
    pub redo: Vec<Operation>,
    pub figures: Rc<Evaluation>,
    pub impact: ChangeImpact,
}

impl NamedScenario {
    /// A scenario with no change yet.
    pub fn fresh(id: u32, name: String, base: &Base) -> NamedScenario {
        NamedScenario {
            id,
            name,
            base: base.id.clone(),
            scenario: Rc::new(Scenario::new(Rc::clone(&base.territory))),
            redo: Vec::new(),
            figures: Rc::clone(&base.figures),
            impact: ChangeImpact::default(),
        }
    }

    /// A scenario as restored from a save or a link: its figures computed once.
    pub fn replayed(id: u32, name: String, base: &str, scenario: Scenario) -> NamedScenario {
        NamedScenario {
            id,
            name,
            base: base.to_string(),
            figures: Rc::new(evaluate(scenario.current())),
            impact: scenario.change_impact(),
            scenario: Rc::new(scenario),
            redo: Vec::new(),
        }
    }

    /// The scenario after a change, an undo or a redo, with its figures computed once.
    pub(super) fn update(&mut self, scenario: Scenario, redo: Vec<Operation>) {
        self.figures = Rc::new(evaluate(scenario.current()));
        self.impact = scenario.change_impact();
        self.scenario = Rc::new(scenario);
        self.redo = redo;
    }
}

/// « Scénario 3 » or « Scenario 3 ».
pub fn numbered_name(lang: Lang, n: usize) -> String {
    format!("{} {n}", lang.pick("Scénario", "Scenario"))
}

impl Workspace {
    /// The base with this id.
    pub fn base_by_id(&self, id: &str) -> Option<&Base> {
        self.bases.iter().find(|b| b.id == id)
    }

    /// The base of the active scenario.
    pub fn active_base(&self) -> &Base {
        let id = &self.active_scenario().base;
        self.base_by_id(id).unwrap_or(&self.bases[0])
    }

    /// The active scenario with its name.
    pub fn active_scenario(&self) -> &NamedScenario {
        self.scenarios
            .iter()
            .find(|s| s.id == self.active)
            .unwrap_or(&self.scenarios[0])
    }

    /// The scenarios on the active scenario's base, in list order.
    pub fn scenarios_of_active_base(&self) -> impl Iterator<Item = &NamedScenario> {
        let base = self.active_scenario().base.clone();
        self.scenarios.iter().filter(move |s| s.base == base)
    }

    /// The compared scenarios of the active base, in list order (at most [`MAX_COMPARED`]).
    pub fn compared_scenarios(&self) -> Vec<&NamedScenario> {
        self.scenarios_of_active_base()
            .filter(|s| self.compared.contains(&s.id))
            .take(MAX_COMPARED)
            .collect()
    }

    /// Makes scenario `id` the one every view shows (a scenario on a base the workspace lacks
    /// is never listed, so the active one always has its base).
    pub(super) fn activate(&mut self, id: u32) {
        let Some(entry) = self.scenarios.iter().find(|s| s.id == id) else {
            return;
        };
        if self.base_by_id(&entry.base).is_none() {
            return;
        }
        self.active = id;
        self.refusal = None;
        self.capacity_alert = None;
        let territory = self.territory();
        if territory.service_ix(&self.service).is_none() {
            self.service = territory
                .services
                .first()
                .map(|s| s.id.clone())
                .unwrap_or_default();
        }
        if let Some(team) = &self.selected_team {
            if self.territory().team_ix(team).is_none() {
                self.selected_team = None;
            }
        }
    }

    /// Adds a scenario to the list, compares it when there is room, and makes it active.
    pub(super) fn add_and_activate(&mut self, mut entry: NamedScenario) {
        entry.id = self.next_id;
        self.next_id += 1;
        let compared_here = self.compared_count_on(&entry.base);
        if compared_here < MAX_COMPARED {
            self.compared.push(entry.id);
        }
        let id = entry.id;
        self.scenarios.push(entry);
        self.activate(id);
        self.revision += 1;
    }

    /// How many scenarios of this base are compared.
    pub(super) fn compared_count_on(&self, base: &str) -> usize {
        self.scenarios
            .iter()
            .filter(|s| s.base == base && self.compared.contains(&s.id))
            .count()
    }

    /// « Scénario N » with the smallest N not yet taken.
    pub(super) fn free_name(&self) -> String {
        (1..)
            .map(|n| numbered_name(self.lang, n))
            .find(|name| !self.scenarios.iter().any(|s| &s.name == name))
            .unwrap_or_default()
    }

    pub(super) fn new_scenario(&mut self) {
        let base = self.active_base().clone();
        let name = self.free_name();
        self.add_and_activate(NamedScenario::fresh(0, name.clone(), &base));
        self.notice = Some(Notice::Created { name });
    }

    pub(super) fn copy_scenario(&mut self, id: u32) {
        let Some(source) = self.scenarios.iter().find(|s| s.id == id).cloned() else {
            return;
        };
        let name = format!("{} {}", self.lang.pick("Copie de", "Copy of"), source.name);
        let copy = NamedScenario {
            name: name.clone(),
            ..source.clone()
        };
        self.add_and_activate(copy);
        self.notice = Some(Notice::Copied {
            name,
            from: source.name,
        });
    }

    pub(super) fn rename_scenario(&mut self, id: u32, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        if let Some(entry) = self.scenarios.iter_mut().find(|s| s.id == id) {
            entry.name = name.to_string();
            self.revision += 1;
        }
    }

    /// Moves a scenario to the trash; the last scenario of the workspace stays.
    pub(super) fn delete_scenario(&mut self, id: u32) {
        if self.scenarios.len() <= 1 {
            return;
        }
        let Some(position) = self.scenarios.iter().position(|s| s.id == id) else {
            return;
        };
        let entry = self.scenarios.remove(position);
        self.compared.retain(|&c| c != id);
        if self.active == id {
            // Stay on the same territory when another scenario of it is left.
            let next = self
                .scenarios
                .iter()
                .rev()
                .find(|s| s.base == entry.base)
                .or_else(|| self.scenarios.last())
                .map(|s| s.id);
            if let Some(next) = next {
                self.activate(next);
            }
        }
        self.notice = Some(Notice::Deleted {
            id,
            name: entry.name.clone(),
        });
        self.trash.push(entry);
        if self.trash.len() > TRASH_KEPT {
            self.trash.remove(0);
        }
        self.revision += 1;
    }

    pub(super) fn restore_scenario(&mut self, id: u32) {
        let Some(position) = self.trash.iter().position(|s| s.id == id) else {
            return;
        };
        let entry = self.trash.remove(position);
        let name = entry.name.clone();
        if self.compared_count_on(&entry.base) < MAX_COMPARED {
            self.compared.push(entry.id);
        }
        let restored = entry.id;
        self.scenarios.push(entry);
        self.activate(restored);
        self.notice = Some(Notice::Restored { name });
        self.revision += 1;
    }

    pub(super) fn select_scenario(&mut self, id: u32) {
        if self.active != id && self.scenarios.iter().any(|s| s.id == id) {
            self.activate(id);
            self.revision += 1;
        }
    }

    /// Goes to a base: its most recent scenario, or a first one on it.
    pub(super) fn select_base(&mut self, id: &str) {
        if self.active_scenario().base == id {
            return;
        }
        let Some(base) = self.base_by_id(id).cloned() else {
            return;
        };
        match self.scenarios.iter().rev().find(|s| s.base == id) {
            Some(entry) => {
                let entry = entry.id;
                self.activate(entry);
                self.revision += 1;
            }
            None => {
                let name = self.free_name();
                self.add_and_activate(NamedScenario::fresh(0, name, &base));
            }
        }
    }

    /// Goes to an embedded territory, loading it the first time.
    pub(super) fn load_embedded(&mut self, key: &str) {
        if self.base_by_id(key).is_none() {
            let Some(embedded) = embedded::by_key(key) else {
                return;
            };
            self.bases.push(Base::from_embedded(embedded));
        }
        self.select_base(key);
    }

    /// Compares exactly these scenarios of the active base (the first [`MAX_COMPARED`] of them,
    /// in the order given), leaving what is compared on other bases as it was.
    pub(super) fn compare_these(&mut self, ids: &[u32]) {
        let base = self.active_scenario().base.clone();
        let on_base: Vec<u32> = self
            .scenarios
            .iter()
            .filter(|s| s.base == base)
            .map(|s| s.id)
            .collect();
        self.compared.retain(|id| !on_base.contains(id));
        let chosen = ids.iter().copied().filter(|id| on_base.contains(id));
        self.compared.extend(chosen.take(MAX_COMPARED));
    }

    pub(super) fn toggle_compared(&mut self, id: u32) {
        if let Some(position) = self.compared.iter().position(|&c| c == id) {
            self.compared.remove(position);
            return;
        }
        let Some(entry) = self.scenarios.iter().find(|s| s.id == id) else {
            return;
        };
        if self.compared_count_on(&entry.base.clone()) < MAX_COMPARED {
            self.compared.push(id);
        }
    }
}
