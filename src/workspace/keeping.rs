//! Keeping work: the workspace as a saved document and back, an exported file or a share link
//! added to it, a territory imported from CSV files. Every reading is the engine's; a refused one
//! changes nothing but the problem shown.

use std::rc::Rc;

use super::library::{Base, NamedScenario, MAX_COMPARED};
use super::outcome::{Notice, Problem};
use super::Workspace;
use crate::engine::io::{read_territory, TerritoryFiles};
use crate::engine::lang::Lang;
use crate::engine::saved::{
    self, link, BaseSource, Document, Entry, Restored, SaveError, SavedBase,
};

impl Workspace {
    /// The whole workspace as a saved document: every scenario, the active one, the trash, and
    /// the bases they use (an embedded one by its key, an import as its CSV files).
    pub fn document(&self) -> Document {
        let entry = |s: &NamedScenario| Entry {
            name: s.name.clone(),
            base: s.base.clone(),
            operations: s.scenario.operations().to_vec(),
        };
        let used = |base: &Base| {
            self.scenarios
                .iter()
                .chain(&self.trash)
                .any(|s| s.base == base.id)
        };
        Document {
            format: saved::FORMAT.into(),
            version: saved::VERSION,
            bases: self
                .bases
                .iter()
                .filter(|b| used(b))
                .map(saved_base)
                .collect(),
            scenarios: self.scenarios.iter().map(entry).collect(),
            active: self
                .scenarios
                .iter()
                .position(|s| s.id == self.active)
                .unwrap_or(0),
            trash: self.trash.iter().map(entry).collect(),
            group: self.group.clone(),
            timeline: self.timeline.clone(),
            training: self.training.saved(),
        }
    }

    /// The share link's fragment for the active scenario (with its base).
    pub fn share_fragment(&self) -> String {
        let base = self.active_base();
        let active = self.active_scenario();
        let document = Document::single(
            saved_base(base),
            active.name.clone(),
            active.scenario.operations().to_vec(),
        );
        link::encode(&document)
    }

    /// A workspace from a restored document, exactly as it was saved.
    pub fn from_restored(restored: Restored, lang: Lang) -> Workspace {
        let bases: Vec<Base> = restored.bases.into_iter().map(opened_base).collect();
        let Some(first) = bases.first() else {
            return Workspace::default_territory(lang);
        };
        let mut workspace = Workspace::with_base(first.clone(), lang);
        workspace.bases = bases;
        workspace.scenarios.clear();
        workspace.compared.clear();
        workspace.next_id = 1;
        let mut ids = Vec::new();
        for entry in restored.scenarios {
            let id = workspace.take_id();
            ids.push(id);
            let base = workspace.bases[entry.base].id.clone();
            if workspace.compared_count_on(&base) < MAX_COMPARED {
                workspace.compared.push(id);
            }
            workspace.scenarios.push(NamedScenario::replayed(
                id,
                entry.name,
                &base,
                entry.scenario,
            ));
        }
        for entry in restored.trash {
            let id = workspace.take_id();
            let base = workspace.bases[entry.base].id.clone();
            workspace.trash.push(NamedScenario::replayed(
                id,
                entry.name,
                &base,
                entry.scenario,
            ));
        }
        workspace.activate(ids.get(restored.active).copied().unwrap_or(1));
        if let Some((exercise, saved)) = restored.training {
            workspace.resume_exercise(Rc::new(exercise), &saved);
        }
        workspace.revision = 0;
        workspace
    }

    fn take_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Adds every scenario of an exported file. When the page holds nothing but one untouched
    /// scenario, the file's scenarios take its place; otherwise they come beside the user's own.
    pub(super) fn import_scenarios(&mut self, text: &str) {
        match Document::read(text, self.lang).and_then(|d| saved::restore(&d)) {
            Ok(restored) => {
                let count = restored.scenarios.len();
                let untouched = self.scenarios.len() == 1
                    && self.trash.is_empty()
                    && self.scenarios[0].scenario.operations().is_empty();
                let active = restored.active;
                if untouched {
                    let (lang, norm) = (self.lang, self.norm);
                    // The work is replaced; the page stays where the user is.
                    *self = Workspace {
                        norm,
                        storage_failure: self.storage_failure.clone(),
                        panel: self.panel,
                        workshop_panel: self.workshop_panel,
                        presentation: self.presentation,
                        group: self.group.clone(),
                        timeline: self.timeline.clone(),
                        ..Workspace::from_restored(restored, lang)
                    };
                } else {
                    self.add_restored(restored, active);
                }
                self.problem = None;
                self.notice = Some(Notice::ImportedScenarios { count });
                self.revision += 1;
            }
            Err(error) => self.problem = Some(Problem::ScenariosFile(error)),
        }
    }

    /// Opens a share link: its scenario is added as a copy, never over the user's own.
    pub(super) fn open_link(&mut self, fragment: &str) {
        match link::decode(fragment, self.lang).and_then(|d| saved::restore(&d)) {
            Ok(restored) => {
                let name = restored
                    .scenarios
                    .get(restored.active)
                    .map(|s| s.name.clone())
                    .unwrap_or_default();
                let active = restored.active;
                self.add_restored(restored, active);
                self.problem = None;
                self.notice = Some(Notice::LinkOpened { name });
            }
            Err(error) => self.problem = Some(Problem::Link(error)),
        }
    }

    /// Adds restored scenarios beside the user's, reusing a base the page already has, and
    /// makes the document's active scenario the active one.
    pub(super) fn add_restored(&mut self, restored: Restored, active: usize) {
        let mut base_ids = Vec::new();
        for (saved, opened) in restored.bases {
            let id = match self.bases.iter().find(|b| b.source == saved.source) {
                Some(existing) => existing.id.clone(),
                None => {
                    let mut base = opened_base((saved, opened));
                    if self.base_by_id(&base.id).is_some() {
                        base.id = self.free_import_id();
                    }
                    let id = base.id.clone();
                    self.bases.push(base);
                    id
                }
            };
            base_ids.push(id);
        }
        let mut activate = None;
        for (index, entry) in restored.scenarios.into_iter().enumerate() {
            let base = base_ids[entry.base].clone();
            self.add_and_activate(NamedScenario::replayed(
                0,
                entry.name,
                &base,
                entry.scenario,
            ));
            if index == active {
                activate = Some(self.active);
            }
        }
        if let Some(id) = activate {
            self.activate(id);
        }
    }

    /// `import-N` with the smallest N not taken.
    fn free_import_id(&self) -> String {
        (1..)
            .map(|n| format!("import-{n}"))
            .find(|id| self.base_by_id(id).is_none())
            .unwrap_or_default()
    }

    /// A territory from the user's CSV files: on success a new base with a first scenario on it,
    /// active; on refusal nothing changes but the message (file, line, column).
    pub(super) fn import_territory(&mut self, name: String, files: &TerritoryFiles) {
        match read_territory(files) {
            Ok(loaded) => {
                let name = if name.trim().is_empty() {
                    self.lang
                        .pick("Territoire importé", "Imported territory")
                        .to_string()
                } else {
                    name.trim().to_string()
                };
                let id = self.free_import_id();
                let base = Base::new(
                    id,
                    Rc::new(loaded.territory),
                    None,
                    Some((name.clone(), files.clone())),
                );
                let first = NamedScenario::fresh(0, self.free_name(), &base);
                self.bases.push(base);
                self.add_and_activate(first);
                self.problem = None;
                self.notice = Some(Notice::ImportedTerritory {
                    name,
                    warnings: loaded.warnings,
                });
            }
            Err(error) => self.problem = Some(Problem::TerritoryFiles(error)),
        }
    }
}

/// A base as the document saves it.
fn saved_base(base: &Base) -> SavedBase {
    SavedBase {
        id: base.id.clone(),
        name: base.name.clone(),
        source: base.source.clone(),
    }
}

/// A base of a restored document, with its atlas: an embedded territory's boundaries where it has
/// one (embedded or changed), none for an import.
fn opened_base((saved, opened): (SavedBase, saved::OpenedBase)) -> Base {
    let imported = match &saved.source {
        BaseSource::Files(files) => Some((saved.name.clone(), files.clone())),
        _ => None,
    };
    let mut base = Base::new(saved.id, opened.territory, opened.embedded, imported);
    base.source = saved.source;
    base.name = saved.name;
    base
}

/// Why a document could not be read, for the caller that reads local storage at start-up.
pub fn read_saved(text: &str, lang: Lang) -> Result<Workspace, SaveError> {
    let document = Document::read(text, lang)?;
    let restored = saved::restore(&document)?;
    let mut workspace = Workspace::from_restored(restored, lang);
    workspace.group = document.group;
    workspace.timeline = document.timeline;
    Ok(workspace)
}
