//! The saved workspace: named scenarios in a versioned JSON document, its migration from older
//! versions, and the share link that carries one scenario in a URL fragment.
//!
//! Version 2 (written today):
//! ```json
//! { "format": "maillage-scenarios", "version": 2,
//!   "bases": [ { "id": "portes-des-alpes", "name": "Portes des Alpes", "embedded": "portes-des-alpes" },
//!              { "id": "import-1", "name": "Mon territoire", "files": { "zones.csv": "…", … } },
//!              { "id": "exercise-1", "name": "…", "changed": { "embedded": "portes-des-alpes", "files": { … } } } ],
//!   "scenarios": [ { "name": "Fermer Bron", "base": "portes-des-alpes", "operations": [ … ] } ],
//!   "active": 0,
//!   "trash": [ … same as scenarios … ],
//!   "training": { "exercise": { "builtin": "fin-de-bail-mions" }, "hints_shown": 1, "debrief": false },
//!   "group": "Groupe bleu" }
//! ```
//! `training`, absent when no exercise is under way, is the guided exercise the trainee is doing
//! and how far they are: a built-in exercise by its id, a trainer's file as its text
//! (`{ "file": "…" }`); its scenarios are on the base `exercise-{id}`. `group` is optional too: a
//! workshop group's name, written once the group has named itself; so is `timeline`, the
//! facilitator's scheduled events (`engine::timeline`).
//!
//! Version 1 is version 2 without `training`. Read, it is given the exercise its active scenario
//! is on, if that is a built-in exercise's base (a reload used to leave the exercise).
//! Version 0 (the first prototype's shape, still read): one unnamed scenario on an embedded
//! territory, `{ "format": "maillage-scenarios", "version": 0, "territory": "portes-des-alpes",
//! "operations": [ … ] }`.
//!
//! An imported territory is kept as its CSV files, never as the engine's indexed structure, so
//! that loading a save goes through the same checks as an import: a damaged file is refused, it
//! cannot plant an index that points nowhere. Files written with an older column name (the
//! absence wave's `absence_rate`) are rewritten on reading with the same meaning.

use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::embedded::{self, EmbeddedTerritory};
use super::exercise::{builtin_file, load_exercise, Exercise};
use super::io::{migrate_old_columns, read_territory, ImportError, TerritoryFiles};
use super::lang::Lang;
use super::model::Territory;
use super::operations::Operation;
use super::scenario::{ReplayError, Scenario};
use super::timeline::Scheduled;

pub mod link;

/// The `format` field of every saved document.
pub const FORMAT: &str = "maillage-scenarios";
/// The version written today.
pub const VERSION: u64 = 2;
/// What the id of an exercise's base starts with: `exercise-{id}`.
pub const EXERCISE_BASE: &str = "exercise-";

/// Where a base territory comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BaseSource {
    /// A territory shipped with the app, by its key (`portes-des-alpes`, `metropole`).
    Embedded(String),
    /// A territory imported by the user, as its CSV files (MODEL.md).
    Files(TerritoryFiles),
    /// An embedded territory changed before the scenarios start (a training exercise's set-up):
    /// its CSV files, drawn on the embedded territory's map.
    Changed {
        /// The embedded territory whose boundaries the map draws.
        embedded: String,
        /// The changed territory.
        files: TerritoryFiles,
    },
}

/// A base territory that scenarios start from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedBase {
    /// Its id within the document, which scenarios name.
    pub id: String,
    /// The name shown to the user.
    pub name: String,
    /// Where it comes from.
    #[serde(flatten)]
    pub source: BaseSource,
}

/// A named scenario: a base and the operations applied to it, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The name the user gave it.
    pub name: String,
    /// The id of its base in [`Document::bases`].
    pub base: String,
    /// The operations, in order.
    pub operations: Vec<Operation>,
}

/// Every scenario of a workspace, as written to local storage or to an exported file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] once read: older versions are migrated.
    pub version: u64,
    /// The base territories the scenarios start from.
    pub bases: Vec<SavedBase>,
    /// The scenarios, in the order the user sees them.
    pub scenarios: Vec<Entry>,
    /// The position of the active scenario in `scenarios`.
    pub active: usize,
    /// Deleted scenarios the user can still restore, most recent last.
    #[serde(default)]
    pub trash: Vec<Entry>,
    /// The workshop group's name, once the group has named itself (« Groupe bleu »): its
    /// exported file is named after it, and a facilitator collects it under that name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The facilitator's timeline of scheduled events (optional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub timeline: Vec<Scheduled>,
    /// The guided exercise under way, if any, and the trainee's progress in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub training: Option<SavedTraining>,
}

/// Which exercise is under way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SavedExercise {
    /// A built-in exercise, by its id: it reads as this version of the app ships it.
    Builtin(String),
    /// A trainer's exercise file, its text as it was loaded.
    File(String),
}

/// The guided exercise under way and the trainee's progress in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedTraining {
    /// The exercise.
    pub exercise: SavedExercise,
    /// How many hints are shown.
    #[serde(default)]
    pub hints_shown: usize,
    /// Whether the debrief is shown.
    #[serde(default)]
    pub debrief: bool,
}

impl SavedTraining {
    /// The exercise, read again; `None` when it no longer loads (a built-in one this version
    /// lacks), and then the scenarios are kept without it.
    pub fn load(&self) -> Option<Exercise> {
        let text = match &self.exercise {
            SavedExercise::Builtin(id) => builtin_file(id)?,
            SavedExercise::File(text) => text,
        };
        load_exercise(text).ok()
    }
}

/// Why a saved document, an exported file or a share link was refused; nothing is changed then.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The text is not JSON at all.
    NotJson,
    /// The JSON is not a Maillage scenarios file (another program's file, or no `format`).
    Foreign,
    /// The file was written by a newer version of Maillage.
    TooNew {
        /// Its version.
        version: u64,
    },
    /// The file says it is a Maillage file but its content is not shaped as one.
    Malformed {
        /// What the JSON reader said.
        detail: String,
    },
    /// The file has no scenario.
    NoScenario,
    /// A scenario names a base territory the file does not have.
    UnknownBase {
        /// The scenario's name.
        scenario: String,
        /// The base id it names.
        base: String,
    },
    /// Two bases have the same id.
    DuplicateBase {
        /// The id.
        base: String,
    },
    /// The active scenario is not one of the scenarios.
    NoSuchActive {
        /// The position given.
        active: usize,
    },
    /// An embedded territory this version of the app does not have.
    UnknownTerritory {
        /// Its key.
        key: String,
    },
    /// An imported territory's CSV files are refused.
    BadTerritory {
        /// The base's name.
        base: String,
        /// Why (boxed: a refusal is rare and the `Ok` path stays small).
        error: Box<ImportError>,
    },
    /// A scenario's operations no longer apply to its base.
    Replay {
        /// The scenario's name.
        scenario: String,
        /// Which operation and why.
        error: Box<ReplayError>,
    },
    /// A share link that is not one (cut short, mistyped, or made by something else).
    BadLink,
}

impl SaveError {
    /// The refusal in words a planner understands.
    pub fn message(&self, lang: Lang) -> String {
        use SaveError as E;
        let fr = lang == Lang::Fr;
        match self {
            E::NotJson if fr => "ce fichier n'est pas un fichier de scénarios Maillage (ce n'est pas du JSON) ; rien n'a été changé".into(),
            E::NotJson => "this file is not a Maillage scenarios file (it is not JSON); nothing was changed".into(),
            E::Foreign if fr => "ce fichier n'est pas un fichier de scénarios Maillage (son champ « format » manque ou diffère) ; rien n'a été changé".into(),
            E::Foreign => "this file is not a Maillage scenarios file (its “format” field is missing or different); nothing was changed".into(),
            E::TooNew { version } if fr => format!("ce fichier vient d'une version plus récente de Maillage (format {version}, cette version lit jusqu'au format {VERSION}) ; rien n'a été changé"),
            E::TooNew { version } => format!("this file comes from a newer version of Maillage (format {version}; this version reads up to format {VERSION}); nothing was changed"),
            E::Malformed { detail } if fr => format!("ce fichier de scénarios est abîmé ({detail}) ; rien n'a été changé"),
            E::Malformed { detail } => format!("this scenarios file is damaged ({detail}); nothing was changed"),
            E::NoScenario if fr => "ce fichier ne contient aucun scénario ; rien n'a été changé".into(),
            E::NoScenario => "this file holds no scenario; nothing was changed".into(),
            E::UnknownBase { scenario, base } if fr => format!("le scénario « {scenario} » part d'un territoire « {base} » absent du fichier ; rien n'a été changé"),
            E::UnknownBase { scenario, base } => format!("scenario “{scenario}” starts from a territory “{base}” the file does not hold; nothing was changed"),
            E::DuplicateBase { base } if fr => format!("le territoire « {base} » figure deux fois dans le fichier ; rien n'a été changé"),
            E::DuplicateBase { base } => format!("territory “{base}” appears twice in the file; nothing was changed"),
            E::NoSuchActive { active } if fr => format!("le scénario actif n° {} n'existe pas dans le fichier ; rien n'a été changé", active + 1),
            E::NoSuchActive { active } => format!("the active scenario number {} is not in the file; nothing was changed", active + 1),
            E::UnknownTerritory { key } if fr => format!("le territoire intégré « {key} » n'existe pas dans cette version de Maillage ; rien n'a été changé"),
            E::UnknownTerritory { key } => format!("the built-in territory “{key}” does not exist in this version of Maillage; nothing was changed"),
            E::BadTerritory { base, error } if fr => format!("le territoire « {base} » du fichier est refusé : {} ; rien n'a été changé", error.message(lang)),
            E::BadTerritory { base, error } => format!("the file's territory “{base}” is refused: {}; nothing was changed", error.message(lang)),
            E::Replay { scenario, error } if fr => format!("le scénario « {scenario} » ne s'applique plus à son territoire ({}) ; rien n'a été changé", error.message(lang)),
            E::Replay { scenario, error } => format!("scenario “{scenario}” no longer applies to its territory ({}); nothing was changed", error.message(lang)),
            E::BadLink if fr => "ce lien de partage est incomplet ou abîmé : il ne contient pas de scénario lisible ; rien n'a été changé".into(),
            E::BadLink => "this share link is incomplete or damaged: it holds no readable scenario; nothing was changed".into(),
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SaveError {}

/// A serde error as a short detail: where it is, not the whole text.
fn detail(error: &serde_json::Error) -> String {
    // serde_json's messages quote the field or the type and give line and column: enough to find
    // the fault, and they never echo the whole document.
    let mut text = error.to_string();
    if text.chars().count() > 200 {
        text = text.chars().take(200).collect::<String>() + "…";
    }
    text
}

impl Document {
    /// A document of one scenario on one base.
    pub fn single(base: SavedBase, name: String, operations: Vec<Operation>) -> Document {
        Document {
            format: FORMAT.into(),
            version: VERSION,
            scenarios: vec![Entry {
                name,
                base: base.id.clone(),
                operations,
            }],
            bases: vec![base],
            active: 0,
            trash: Vec::new(),
            group: None,
            timeline: Vec::new(),
            training: None,
        }
    }

    /// The document as JSON text (compact: it is written at every change).
    pub fn to_json(&self) -> String {
        let mut document = self.clone();
        document.format = FORMAT.into();
        document.version = VERSION;
        // Serializing plain structs, strings and finite numbers cannot fail.
        serde_json::to_string(&document).unwrap_or_default()
    }

    /// Reads a document of any known version, migrating older ones, and checks that it holds
    /// together (bases named by the scenarios exist, the active scenario exists).
    pub fn read(text: &str, lang: Lang) -> Result<Document, SaveError> {
        let value: Value = serde_json::from_str(text).map_err(|_| SaveError::NotJson)?;
        let object = value.as_object().ok_or(SaveError::Foreign)?;
        if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(SaveError::Foreign);
        }
        let version = object.get("version").and_then(Value::as_u64);
        let document = match version {
            Some(0) => migrate_v0(value, lang)?,
            Some(1) => migrate_v1(
                serde_json::from_value::<Document>(value)
                    .map_err(|e| SaveError::Malformed { detail: detail(&e) })?,
            ),
            Some(VERSION) => serde_json::from_value::<Document>(value)
                .map_err(|e| SaveError::Malformed { detail: detail(&e) })?,
            Some(version) => return Err(SaveError::TooNew { version }),
            None => {
                return Err(SaveError::Malformed {
                    detail: "version".into(),
                })
            }
        };
        document.check()?;
        Ok(document.with_files_migrated())
    }

    /// The imported territories written with older column names, rewritten as this version
    /// writes them (same meaning); a territory that does not read is left for `restore` to refuse.
    fn with_files_migrated(mut self) -> Document {
        for base in &mut self.bases {
            if let BaseSource::Files(files) | BaseSource::Changed { files, .. } = &mut base.source {
                if let Some(migrated) = migrate_old_columns(files) {
                    *files = migrated;
                }
            }
        }
        self
    }

    /// Checks the references inside the document (not the territories: see [`restore`]).
    fn check(&self) -> Result<(), SaveError> {
        if self.scenarios.is_empty() {
            return Err(SaveError::NoScenario);
        }
        if self.active >= self.scenarios.len() {
            return Err(SaveError::NoSuchActive {
                active: self.active,
            });
        }
        let mut ids = BTreeMap::new();
        for base in &self.bases {
            if ids.insert(base.id.as_str(), ()).is_some() {
                return Err(SaveError::DuplicateBase {
                    base: base.id.clone(),
                });
            }
        }
        for entry in self.scenarios.iter().chain(&self.trash) {
            if !ids.contains_key(entry.base.as_str()) {
                return Err(SaveError::UnknownBase {
                    scenario: entry.name.clone(),
                    base: entry.base.clone(),
                });
            }
        }
        Ok(())
    }
}

/// The first prototype's document: one unnamed scenario on an embedded territory.
#[derive(Deserialize)]
struct DocumentV0 {
    territory: String,
    operations: Vec<Operation>,
}

/// Version 0 → version 1: the one scenario gets a name, its territory becomes the one base.
fn migrate_v0(value: Value, lang: Lang) -> Result<Document, SaveError> {
    let old: DocumentV0 =
        serde_json::from_value(value).map_err(|e| SaveError::Malformed { detail: detail(&e) })?;
    let base = SavedBase {
        id: old.territory.clone(),
        name: embedded_name(&old.territory).to_string(),
        source: BaseSource::Embedded(old.territory.clone()),
    };
    let scenario = lang.pick("Scénario 1", "Scenario 1").to_string();
    Ok(Document::single(base, scenario, old.operations))
}

/// Version 1 → version 2: the exercise a trainee was doing when the page was saved, found from
/// the active scenario's base (`exercise-{id}` of a built-in exercise), its hints hidden.
fn migrate_v1(mut document: Document) -> Document {
    let id = document
        .scenarios
        .get(document.active)
        .and_then(|entry| entry.base.strip_prefix(EXERCISE_BASE))
        .filter(|id| builtin_file(id).is_some());
    document.training = id.map(|id| SavedTraining {
        exercise: SavedExercise::Builtin(id.to_string()),
        hints_shown: 0,
        debrief: false,
    });
    document.version = VERSION;
    document
}

/// The name of an embedded territory, without generating it (the key itself when unknown).
pub fn embedded_name(key: &str) -> &str {
    match key {
        embedded::PORTES_DES_ALPES => "Portes des Alpes",
        embedded::METROPOLE => "Métropole de Lyon",
        other => other,
    }
}

/// A base territory, loaded and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenedBase {
    /// The territory.
    pub territory: Rc<Territory>,
    /// For an embedded territory, what the map draws beside it.
    pub embedded: Option<EmbeddedTerritory>,
}

/// Loads a base: an embedded territory by its key, or imported CSV files through the import checks.
pub fn open_base(base: &SavedBase) -> Result<OpenedBase, SaveError> {
    match &base.source {
        BaseSource::Embedded(key) => {
            let embedded = embedded::by_key(key)
                .ok_or_else(|| SaveError::UnknownTerritory { key: key.clone() })?;
            let territory = read_territory(&embedded.files)
                .map_err(|error| SaveError::BadTerritory {
                    base: base.name.clone(),
                    error: Box::new(error),
                })?
                .territory;
            Ok(OpenedBase {
                territory: Rc::new(territory),
                embedded: Some(embedded),
            })
        }
        BaseSource::Files(files) | BaseSource::Changed { files, .. } => {
            let territory = read_territory(files)
                .map_err(|error| SaveError::BadTerritory {
                    base: base.name.clone(),
                    error: Box::new(error),
                })?
                .territory;
            // The map's boundaries only: an unknown key leaves the map with dots, not an error.
            let embedded = match &base.source {
                BaseSource::Changed { embedded, .. } => embedded::by_key(embedded),
                _ => None,
            };
            Ok(OpenedBase {
                territory: Rc::new(territory),
                embedded,
            })
        }
    }
}

/// A scenario of a restored document: its name, its base (position in the bases) and the
/// scenario replayed on it.
#[derive(Clone, Debug, PartialEq)]
pub struct RestoredEntry {
    /// The name.
    pub name: String,
    /// Position of its base in [`Restored::bases`].
    pub base: usize,
    /// The scenario, replayed.
    pub scenario: Scenario,
}

/// A whole document, its territories loaded and its scenarios replayed.
#[derive(Clone, Debug, PartialEq)]
pub struct Restored {
    /// The bases, with the loaded territories.
    pub bases: Vec<(SavedBase, OpenedBase)>,
    /// The scenarios.
    pub scenarios: Vec<RestoredEntry>,
    /// Position of the active scenario.
    pub active: usize,
    /// Deleted scenarios, most recent last.
    pub trash: Vec<RestoredEntry>,
    /// The exercise under way, loaded, with the trainee's progress; `None` when there is none,
    /// when it no longer loads, or when its base is gone.
    pub training: Option<(Exercise, SavedTraining)>,
}

/// Loads every base a scenario uses and replays every scenario; refuses the whole document at the
/// first fault, so that nothing is half-restored.
pub fn restore(document: &Document) -> Result<Restored, SaveError> {
    document.check()?;
    let used = |id: &str| {
        document
            .scenarios
            .iter()
            .chain(&document.trash)
            .any(|e| e.base == id)
    };
    let mut bases = Vec::new();
    for base in document.bases.iter().filter(|b| used(&b.id)) {
        bases.push((base.clone(), open_base(base)?));
    }
    let replay = |entry: &Entry| -> Result<RestoredEntry, SaveError> {
        let base = bases
            .iter()
            .position(|(b, _)| b.id == entry.base)
            .ok_or_else(|| SaveError::UnknownBase {
                scenario: entry.name.clone(),
                base: entry.base.clone(),
            })?;
        let scenario = Scenario::replay(
            Rc::clone(&bases[base].1.territory),
            entry.operations.clone(),
        )
        .map_err(|error| SaveError::Replay {
            scenario: entry.name.clone(),
            error: Box::new(error),
        })?;
        Ok(RestoredEntry {
            name: entry.name.clone(),
            base,
            scenario,
        })
    };
    let scenarios = document
        .scenarios
        .iter()
        .map(replay)
        .collect::<Result<Vec<_>, _>>()?;
    let trash = document
        .trash
        .iter()
        .map(replay)
        .collect::<Result<Vec<_>, _>>()?;
    let training = document.training.as_ref().and_then(|saved| {
        let exercise = saved.load()?;
        let base = format!("{EXERCISE_BASE}{}", exercise.id);
        bases
            .iter()
            .any(|(b, _)| b.id == base)
            .then(|| (exercise, saved.clone()))
    });
    Ok(Restored {
        bases,
        scenarios,
        active: document.active,
        trash,
        training,
    })
}

#[cfg(test)]
mod tests;
