//! Reading an exercise file: JSON checked field by field, every refusal naming the JSON path at fault, in French and English.

use std::fmt;
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::engine::embedded;
use crate::engine::io::read_territory;
use crate::engine::lang::{definite, Lang};
use crate::engine::metrics::evaluate;
use crate::engine::model::{Entity, Territory};
use crate::engine::operations::{apply, Operation, OperationError};
use crate::engine::scenario::Scenario;

use super::figures::{Figure, FIGURE_NAMES};
use super::{
    judge, Bilingual, Comparator, Exercise, Objective, ObjectiveResult, Penalty, Threshold, FORMAT,
    VERSION,
};

/// Why an exercise file was refused, and where: `path` is the JSON path of the faulty value
/// (`objectives[2].at_most`), empty when the whole file is at fault.
#[derive(Clone, Debug, PartialEq)]
pub struct ExerciseError {
    /// The JSON path, indices from 0 as in JSON tools (`objectives[0]` is the first objective).
    pub path: String,
    /// What is wrong.
    pub kind: ExerciseErrorKind,
}

/// The kind of value a field must hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A text.
    Text,
    /// A number.
    Number,
    /// A whole number, 0 or more.
    WholeNumber,
    /// An object `{ … }`.
    Object,
    /// A list `[ … ]`.
    List,
    /// A number or the word `start`.
    Threshold,
}

/// What is wrong with an exercise file.
#[derive(Clone, Debug, PartialEq)]
pub enum ExerciseErrorKind {
    /// The text is not JSON.
    NotJson {
        /// Line of the fault (from 1).
        line: usize,
        /// Column of the fault (from 1).
        column: usize,
    },
    /// The JSON is not an exercise: `format` is missing or is not `maillage-exercise`.
    NotAnExercise,
    /// A version this program does not read.
    UnsupportedVersion {
        /// The version as written.
        version: String,
    },
    /// A required field is missing.
    Missing,
    /// The value is not of the expected kind.
    WrongType {
        /// What was expected.
        expected: Expected,
    },
    /// A text or a list that must not be empty is.
    Empty,
    /// A key the format does not have (a typing slip, most often).
    UnknownKey {
        /// The keys allowed at this place.
        allowed: Vec<&'static str>,
    },
    /// `figure` names no known figure.
    UnknownFigure {
        /// The name as written.
        name: String,
    },
    /// An objective without `at_most` or `at_least`.
    NoThreshold,
    /// An objective with both `at_most` and `at_least`.
    TwoThresholds,
    /// A weight that is not above 0.
    BadWeight,
    /// A number below 0 where only 0 or more makes sense.
    Negative,
    /// A norm whose minimum is above its maximum.
    BadNorm {
        /// The minimum.
        min: u64,
        /// The maximum.
        max: u64,
    },
    /// No embedded territory has this key.
    UnknownTerritory {
        /// The key as written.
        key: String,
    },
    /// The embedded territory does not load (a fault of the program, not of the file).
    BadTerritory {
        /// What the reader said.
        detail: String,
    },
    /// An id that names nothing in the starting territory.
    UnknownId {
        /// The kind of entity looked for.
        entity: Entity,
        /// The id as written.
        id: String,
    },
    /// A commune that no zone of the starting territory belongs to.
    UnknownCommune {
        /// The commune as written.
        name: String,
    },
    /// A value that is not an operation of the engine.
    NotAnOperation {
        /// What the JSON reader said.
        detail: String,
    },
    /// An operation (of the setup or of the reference solution) that the engine refuses.
    Refused {
        /// Why.
        error: Box<OperationError>,
    },
    /// A threshold `start` on a figure that has no value at the start.
    NoStartValue,
    /// The starting territory already meets every objective: there is nothing to do.
    AlreadyMet,
    /// The reference solution leaves objectives unmet.
    ReferenceMisses {
        /// Each objective missed: its position in `objectives` (from 0) and its result.
        misses: Vec<(usize, ObjectiveResult)>,
    },
}

impl ExerciseError {
    fn new(path: &str, kind: ExerciseErrorKind) -> ExerciseError {
        ExerciseError {
            path: path.to_string(),
            kind,
        }
    }

    /// The refusal in words a trainer understands: the JSON path, then what is wrong.
    pub fn message(&self, lang: Lang) -> String {
        let what = self.kind.message(lang);
        match (self.path.is_empty(), lang) {
            (true, _) => what,
            (false, Lang::Fr) => format!("{} : {what}", self.path),
            (false, Lang::En) => format!("{}: {what}", self.path),
        }
    }
}

impl Expected {
    fn words(self, lang: Lang) -> &'static str {
        match self {
            Expected::Text => lang.pick("un texte entre guillemets", "a text in quotes"),
            Expected::Number => lang.pick("un nombre", "a number"),
            Expected::WholeNumber => lang.pick(
                "un nombre entier positif ou nul",
                "a whole number, 0 or more",
            ),
            Expected::Object => lang.pick("un objet { … }", "an object { … }"),
            Expected::List => lang.pick("une liste [ … ]", "a list [ … ]"),
            Expected::Threshold => lang.pick(
                "un nombre, ou \"start\" pour la valeur de départ",
                "a number, or \"start\" for the starting value",
            ),
        }
    }
}

/// « objectives[1] (1,08 pour au plus 1,05) », for each objective missed.
fn misses_text(misses: &[(usize, ObjectiveResult)], lang: Lang) -> String {
    misses
        .iter()
        .map(|(i, result)| {
            let bound = match (result.comparator, lang) {
                (Comparator::AtMost, Lang::Fr) => "pour au plus",
                (Comparator::AtMost, Lang::En) => "for at most",
                (Comparator::AtLeast, Lang::Fr) => "pour au moins",
                (Comparator::AtLeast, Lang::En) => "for at least",
            };
            format!(
                "objectives[{i}] ({} {bound} {})",
                result.value_text(lang),
                result.threshold_text(lang)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl ExerciseErrorKind {
    /// What is wrong, without the place.
    pub fn message(&self, lang: Lang) -> String {
        use ExerciseErrorKind as K;
        let fr = lang == Lang::Fr;
        match self {
            K::NotJson { line, column } if fr => format!(
                "le fichier n'est pas du JSON valide (ligne {line}, colonne {column})"
            ),
            K::NotJson { line, column } => {
                format!("the file is not valid JSON (line {line}, column {column})")
            }
            K::NotAnExercise if fr => format!(
                "ce n'est pas un fichier d'exercice Maillage : il lui faut \"format\": \"{FORMAT}\""
            ),
            K::NotAnExercise => format!(
                "this is not a Maillage exercise file: it needs \"format\": \"{FORMAT}\""
            ),
            K::UnsupportedVersion { version } if fr => format!(
                "version {version} inconnue (cette version de Maillage lit les exercices de version {VERSION})"
            ),
            K::UnsupportedVersion { version } => format!(
                "unknown version {version} (this version of Maillage reads version {VERSION} exercises)"
            ),
            K::Missing if fr => "manque : ce champ est obligatoire".into(),
            K::Missing => "missing: this field is required".into(),
            K::WrongType { expected } if fr => format!("doit être {}", expected.words(lang)),
            K::WrongType { expected } => format!("must be {}", expected.words(lang)),
            K::Empty if fr => "ne doit pas être vide".into(),
            K::Empty => "must not be empty".into(),
            K::UnknownKey { allowed } if fr => format!(
                "clé inconnue (faute de frappe ?) ; clés possibles ici : {}",
                allowed.join(", ")
            ),
            K::UnknownKey { allowed } => format!(
                "unknown key (a typing slip?); keys allowed here: {}",
                allowed.join(", ")
            ),
            K::UnknownFigure { name } if fr => format!(
                "« {name} » n'est pas une grandeur connue ; grandeurs possibles : {}",
                FIGURE_NAMES.join(", ")
            ),
            K::UnknownFigure { name } => format!(
                "“{name}” is not a known figure; figures allowed: {}",
                FIGURE_NAMES.join(", ")
            ),
            K::NoThreshold if fr => {
                "il manque le seuil : donnez \"at_most\" (au plus) ou \"at_least\" (au moins)".into()
            }
            K::NoThreshold => "the threshold is missing: give \"at_most\" or \"at_least\"".into(),
            K::TwoThresholds if fr => {
                "un seul seuil par objectif : \"at_most\" ou \"at_least\", pas les deux".into()
            }
            K::TwoThresholds => {
                "one threshold per objective: \"at_most\" or \"at_least\", not both".into()
            }
            K::BadWeight if fr => "doit être un nombre strictement positif".into(),
            K::BadWeight => "must be a number above 0".into(),
            K::Negative if fr => "doit être un nombre positif ou nul".into(),
            K::Negative => "must be a number, 0 or more".into(),
            K::BadNorm { min, max } if fr => {
                format!("le minimum de la norme ({min}) dépasse son maximum ({max})")
            }
            K::BadNorm { min, max } => {
                format!("the norm's minimum ({min}) is above its maximum ({max})")
            }
            K::UnknownTerritory { key } if fr => format!(
                "le territoire intégré « {key} » n'existe pas (territoires : {})",
                embedded::KEYS.join(", ")
            ),
            K::UnknownTerritory { key } => format!(
                "there is no built-in territory “{key}” (territories: {})",
                embedded::KEYS.join(", ")
            ),
            K::BadTerritory { detail } if fr => {
                format!("le territoire intégré ne se charge pas : {detail}")
            }
            K::BadTerritory { detail } => format!("the built-in territory does not load: {detail}"),
            K::UnknownId { entity, id } if fr => format!(
                "{} « {id} » n'existe pas dans le territoire de départ",
                definite(*entity)
            ),
            K::UnknownId { entity, id } => format!(
                "there is no {} “{id}” in the starting territory",
                entity.noun(lang)
            ),
            K::UnknownCommune { name } if fr => format!(
                "aucune zone du territoire de départ n'appartient à la commune « {name} »"
            ),
            K::UnknownCommune { name } => {
                format!("no zone of the starting territory belongs to commune “{name}”")
            }
            K::NotAnOperation { detail } if fr => {
                format!("n'est pas une opération reconnue ({detail})")
            }
            K::NotAnOperation { detail } => format!("is not a known operation ({detail})"),
            K::Refused { error } if fr => {
                format!("l'opération est refusée : {}", error.message(lang))
            }
            K::Refused { error } => format!("the operation is refused: {}", error.message(lang)),
            K::NoStartValue if fr => {
                "\"start\" : cette grandeur n'a pas de valeur dans le territoire de départ".into()
            }
            K::NoStartValue => {
                "\"start\": this figure has no value in the starting territory".into()
            }
            K::AlreadyMet if fr => "le territoire de départ remplit déjà tous les objectifs : l'exercice ne demande rien".into(),
            K::AlreadyMet => "the starting territory already meets every objective: the exercise asks for nothing".into(),
            K::ReferenceMisses { misses } if fr => format!(
                "la solution de référence ne remplit pas {}",
                misses_text(misses, lang)
            ),
            K::ReferenceMisses { misses } => format!(
                "the reference solution does not meet {}",
                misses_text(misses, lang)
            ),
        }
    }
}

impl fmt::Display for ExerciseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ExerciseError {}

type Result<T> = std::result::Result<T, ExerciseError>;

/// A JSON value and its path in the file.
struct At<'a> {
    value: &'a Value,
    path: String,
}

/// A JSON object and its path in the file.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> At<'a> {
    fn error(&self, kind: ExerciseErrorKind) -> ExerciseError {
        ExerciseError::new(&self.path, kind)
    }

    fn wrong(&self, expected: Expected) -> ExerciseError {
        self.error(ExerciseErrorKind::WrongType { expected })
    }

    fn object(&self) -> Result<Obj<'a>> {
        match self.value {
            Value::Object(map) => Ok(Obj {
                map,
                path: self.path.clone(),
            }),
            _ => Err(self.wrong(Expected::Object)),
        }
    }

    fn list(&self) -> Result<Vec<At<'a>>> {
        match self.value {
            Value::Array(items) => Ok(items
                .iter()
                .enumerate()
                .map(|(i, value)| At {
                    value,
                    path: format!("{}[{i}]", self.path),
                })
                .collect()),
            _ => Err(self.wrong(Expected::List)),
        }
    }

    fn text(&self) -> Result<String> {
        match self.value {
            Value::String(text) if text.trim().is_empty() => {
                Err(self.error(ExerciseErrorKind::Empty))
            }
            Value::String(text) => Ok(text.trim().to_string()),
            _ => Err(self.wrong(Expected::Text)),
        }
    }

    fn number(&self) -> Result<f64> {
        self.value
            .as_f64()
            .filter(|n| n.is_finite())
            .ok_or_else(|| self.wrong(Expected::Number))
    }

    fn whole(&self) -> Result<u64> {
        self.value
            .as_u64()
            .ok_or_else(|| self.wrong(Expected::WholeNumber))
    }

    /// An object `{ "fr": …, "en": … }` with both texts.
    fn bilingual(&self) -> Result<Bilingual> {
        let object = self.object()?;
        object.only(&["fr", "en"])?;
        Ok(Bilingual {
            fr: object.required("fr")?.text()?,
            en: object.required("en")?.text()?,
        })
    }

    fn texts(&self) -> Result<Vec<String>> {
        let items = self.list()?;
        if items.is_empty() {
            return Err(self.error(ExerciseErrorKind::Empty));
        }
        items.iter().map(At::text).collect()
    }

    fn operation(&self) -> Result<Operation> {
        serde_json::from_value(self.value.clone()).map_err(|e| {
            let mut detail = e.to_string();
            if detail.chars().count() > 200 {
                detail = detail.chars().take(200).collect::<String>() + "…";
            }
            self.error(ExerciseErrorKind::NotAnOperation { detail })
        })
    }

    fn operations(&self) -> Result<Vec<(Operation, String)>> {
        self.list()?
            .into_iter()
            .map(|at| Ok((at.operation()?, at.path)))
            .collect()
    }
}

impl<'a> Obj<'a> {
    fn child(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn get(&self, key: &str) -> Option<At<'a>> {
        self.map.get(key).map(|value| At {
            value,
            path: self.child(key),
        })
    }

    fn required(&self, key: &str) -> Result<At<'a>> {
        self.get(key)
            .ok_or_else(|| ExerciseError::new(&self.child(key), ExerciseErrorKind::Missing))
    }

    /// Refuses a key not in `allowed`; keys starting with `_` are comments and are skipped.
    fn only(&self, allowed: &[&'static str]) -> Result<()> {
        match self
            .map
            .keys()
            .find(|key| !key.starts_with('_') && !allowed.contains(&key.as_str()))
        {
            Some(key) => Err(ExerciseError::new(
                &self.child(key),
                ExerciseErrorKind::UnknownKey {
                    allowed: allowed.to_vec(),
                },
            )),
            None => Ok(()),
        }
    }
}

const TOP_KEYS: [&str; 12] = [
    "format",
    "version",
    "id",
    "title",
    "briefing",
    "territory",
    "setup",
    "objectives",
    "penalty",
    "hints",
    "reference",
    "debrief",
];

/// Reads and checks an exercise file (see `docs/exercises.md`).
pub(super) fn read(text: &str) -> Result<Exercise> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        ExerciseError::new(
            "",
            ExerciseErrorKind::NotJson {
                line: e.line(),
                column: e.column(),
            },
        )
    })?;
    let root = At {
        value: &root,
        path: String::new(),
    };
    let top = root
        .object()
        .map_err(|_| root.error(ExerciseErrorKind::NotAnExercise))?;
    if top
        .get("format")
        .and_then(|f| f.value.as_str().map(str::trim))
        != Some(FORMAT)
    {
        return Err(ExerciseError::new(
            "format",
            ExerciseErrorKind::NotAnExercise,
        ));
    }
    let version = top.required("version")?;
    match version.value {
        Value::Number(n) if n.as_u64() == Some(VERSION) => {}
        Value::Number(n) => {
            return Err(version.error(ExerciseErrorKind::UnsupportedVersion {
                version: n.to_string(),
            }))
        }
        _ => return Err(version.wrong(Expected::WholeNumber)),
    }
    top.only(&TOP_KEYS)?;
    let id = top.required("id")?.text()?;
    let title = top.required("title")?.bilingual()?;
    let briefing = top.required("briefing")?.bilingual()?;
    let territory_at = top.required("territory")?;
    let territory = territory_at.text()?;
    let base = load_territory(&territory_at, &territory)?;
    let setup = match top.get("setup") {
        Some(at) => at.operations()?,
        None => Vec::new(),
    };
    let mut start = base;
    for (operation, path) in &setup {
        start = apply(&start, operation).map_err(|error| refused(path, error))?;
    }
    let objectives_at = top.required("objectives")?;
    let items = objectives_at.list()?;
    if items.is_empty() {
        return Err(objectives_at.error(ExerciseErrorKind::Empty));
    }
    let objectives = items
        .iter()
        .map(|at| read_objective(at, &start))
        .collect::<Result<Vec<_>>>()?;
    let penalty = match top.get("penalty") {
        Some(at) => read_penalty(&at)?,
        None => Penalty::default(),
    };
    let hints = match top.get("hints") {
        Some(at) => at
            .list()?
            .iter()
            .map(At::bilingual)
            .collect::<Result<Vec<_>>>()?,
        None => Vec::new(),
    };
    let reference_at = top.required("reference")?;
    let reference = reference_at.operations()?;
    let debrief = top.required("debrief")?.bilingual()?;

    let start = Rc::new(start);
    let mut scenario = Scenario::new(Rc::clone(&start));
    for (operation, path) in &reference {
        scenario
            .apply(operation.clone())
            .map_err(|error| refused(path, error))?;
    }
    let mut exercise = Exercise {
        id,
        title,
        briefing,
        territory,
        setup: setup.into_iter().map(|(op, _)| op).collect(),
        objectives: Vec::new(),
        penalty,
        hints,
        reference: reference.into_iter().map(|(op, _)| op).collect(),
        debrief,
        start: Rc::clone(&start),
        start_values: Vec::new(),
    };
    finish_objectives(&mut exercise, objectives, &items)?;
    let at_start = judge(
        &exercise,
        &exercise.start_values,
        &start,
        &evaluate(&start),
        &Default::default(),
    );
    if at_start.iter().all(|result| result.met) {
        return Err(objectives_at.error(ExerciseErrorKind::AlreadyMet));
    }
    let solved = judge(
        &exercise,
        &exercise.start_values,
        scenario.current(),
        &evaluate(scenario.current()),
        &scenario.change_impact(),
    );
    let misses: Vec<(usize, ObjectiveResult)> = solved
        .into_iter()
        .enumerate()
        .filter(|(_, result)| !result.met)
        .collect();
    if !misses.is_empty() {
        return Err(reference_at.error(ExerciseErrorKind::ReferenceMisses { misses }));
    }
    Ok(exercise)
}

fn refused(path: &str, error: OperationError) -> ExerciseError {
    ExerciseError::new(
        path,
        ExerciseErrorKind::Refused {
            error: Box::new(error),
        },
    )
}

fn load_territory(at: &At<'_>, key: &str) -> Result<Territory> {
    let embedded = embedded::by_key(key).ok_or_else(|| {
        at.error(ExerciseErrorKind::UnknownTerritory {
            key: key.to_string(),
        })
    })?;
    read_territory(&embedded.files)
        .map(|loaded| loaded.territory)
        .map_err(|e| {
            at.error(ExerciseErrorKind::BadTerritory {
                detail: e.message(Lang::En),
            })
        })
}

/// An objective as read, before its threshold is resolved against the start.
struct Draft {
    figure: Figure,
    comparator: Comparator,
    threshold: Threshold,
    weight: f64,
    text: Option<Bilingual>,
}

/// The keys each figure takes beside `figure`, the bound, `weight` and `text`.
fn parameters(figure: &str) -> &'static [&'static str] {
    match figure {
        "service_load" | "mean_minutes" | "team_load_max" | "overloaded_teams" | "headcount" => {
            &["service"]
        }
        "commune_mean_minutes" | "max_minutes" | "share_within" => &["service", "commune"],
        "max_span" | "heads_over" => &["services"],
        "post_span" => &["post"],
        "posts_outside_norm" => &["min", "max"],
        "site_agents" | "site_services" => &["site"],
        "team_sites" => &["teams"],
        _ => &[],
    }
}

const COMMON_KEYS: [&str; 5] = ["figure", "at_most", "at_least", "weight", "text"];

fn read_objective(at: &At<'_>, start: &Territory) -> Result<Draft> {
    let object = at.object()?;
    let name_at = object.required("figure")?;
    let name = name_at.text()?;
    if !FIGURE_NAMES.contains(&name.as_str()) {
        return Err(name_at.error(ExerciseErrorKind::UnknownFigure { name }));
    }
    let allowed: Vec<&'static str> = COMMON_KEYS
        .iter()
        .chain(parameters(&name))
        .copied()
        .collect();
    object.only(&allowed)?;
    let ids = Ids {
        object: &object,
        start,
    };
    let figure = match name.as_str() {
        "service_load" => Figure::ServiceLoad {
            service: ids.service()?,
        },
        "team_load_max" => Figure::TeamLoadMax {
            service: ids.optional_service()?,
        },
        "overloaded_teams" => Figure::OverloadedTeams {
            service: ids.optional_service()?,
        },
        "mean_minutes" => Figure::MeanMinutes {
            service: ids.service()?,
        },
        "commune_mean_minutes" => Figure::CommuneMeanMinutes {
            service: ids.service()?,
            commune: ids.commune()?,
        },
        "max_minutes" => Figure::MaxMinutes {
            service: ids.service()?,
            commune: ids.commune()?,
        },
        "share_within" => Figure::ShareWithin {
            service: ids.service()?,
            commune: ids.commune()?,
        },
        "max_span" => Figure::MaxSpan {
            services: match object.get("services") {
                Some(_) => ids.services()?,
                None => Vec::new(),
            },
        },
        "post_span" => Figure::PostSpan {
            post: ids.entity("post", Entity::Post)?,
        },
        "posts_outside_norm" => {
            let bound = |key, default| object.get(key).map_or(Ok(default), |at| at.whole());
            let (min, max) = (bound("min", 5)?, bound("max", 12)?);
            if min > max {
                return Err(at.error(ExerciseErrorKind::BadNorm { min, max }));
            }
            Figure::PostsOutsideNorm { min, max }
        }
        "layers" => Figure::Layers,
        "posts" => Figure::Posts,
        "heads_over" => Figure::HeadsOver {
            services: ids.services()?,
        },
        "site_agents" => Figure::SiteAgents {
            site: ids.entity("site", Entity::Site)?,
        },
        "site_services" => Figure::SiteServices {
            site: ids.entity("site", Entity::Site)?,
        },
        "team_sites" => Figure::TeamSites {
            teams: ids.teams()?,
        },
        "sites_in_use" => Figure::SitesInUse,
        "sites_over_capacity" => Figure::SitesOverCapacity,
        "capacity_total" => Figure::CapacityTotal,
        "headcount" => Figure::Headcount {
            service: ids.optional_service()?,
        },
        "agents_moved" => Figure::AgentsMoved,
        _ => Figure::AgentsNewManager,
    };
    let (comparator, threshold_at) = match (object.get("at_most"), object.get("at_least")) {
        (Some(at), None) => (Comparator::AtMost, at),
        (None, Some(at)) => (Comparator::AtLeast, at),
        (None, None) => return Err(at.error(ExerciseErrorKind::NoThreshold)),
        (Some(_), Some(_)) => return Err(at.error(ExerciseErrorKind::TwoThresholds)),
    };
    let threshold = match threshold_at.value {
        Value::String(word) if word.trim() == "start" => Threshold::Start,
        Value::Number(_) => Threshold::Value(threshold_at.number()?),
        _ => return Err(threshold_at.wrong(Expected::Threshold)),
    };
    let weight = match object.get("weight") {
        Some(at) => {
            let weight = at.number()?;
            if weight <= 0.0 {
                return Err(at.error(ExerciseErrorKind::BadWeight));
            }
            weight
        }
        None => 1.0,
    };
    let text = object.get("text").map(|at| at.bilingual()).transpose()?;
    Ok(Draft {
        figure,
        comparator,
        threshold,
        weight,
        text,
    })
}

/// Reads the ids an objective names and checks them against the starting territory.
struct Ids<'a, 'b> {
    object: &'b Obj<'a>,
    start: &'b Territory,
}

impl Ids<'_, '_> {
    fn entity(&self, key: &str, entity: Entity) -> Result<String> {
        let at = self.object.required(key)?;
        self.check(&at, entity)
    }

    fn check(&self, at: &At<'_>, entity: Entity) -> Result<String> {
        let id = at.text()?;
        let t = self.start;
        let known = match entity {
            Entity::Zone => t.zone_ix(&id).is_some(),
            Entity::Site => t.site_ix(&id).is_some(),
            Entity::Service => t.service_ix(&id).is_some(),
            Entity::Post => t.manager_ix(&id).is_some(),
            Entity::Team => t.team_ix(&id).is_some(),
        };
        if known {
            Ok(id)
        } else {
            Err(at.error(ExerciseErrorKind::UnknownId { entity, id }))
        }
    }

    fn service(&self) -> Result<String> {
        self.entity("service", Entity::Service)
    }

    fn optional_service(&self) -> Result<Option<String>> {
        self.object
            .get("service")
            .map(|at| self.check(&at, Entity::Service))
            .transpose()
    }

    fn commune(&self) -> Result<Option<String>> {
        let Some(at) = self.object.get("commune") else {
            return Ok(None);
        };
        let name = at.text()?;
        if self.start.zones.iter().any(|z| z.commune == name) {
            Ok(Some(name))
        } else {
            Err(at.error(ExerciseErrorKind::UnknownCommune { name }))
        }
    }

    fn list(&self, key: &str, entity: Entity) -> Result<Vec<String>> {
        let at = self.object.required(key)?;
        at.texts()?;
        at.list()?
            .iter()
            .map(|item| self.check(item, entity))
            .collect()
    }

    fn services(&self) -> Result<Vec<String>> {
        self.list("services", Entity::Service)
    }

    fn teams(&self) -> Result<Vec<String>> {
        self.list("teams", Entity::Team)
    }
}

fn read_penalty(at: &At<'_>) -> Result<Penalty> {
    let object = at.object()?;
    object.only(&["per_agent_moved", "per_agent_new_manager", "at_most"])?;
    let mut penalty = Penalty::default();
    for (key, slot) in [
        ("per_agent_moved", &mut penalty.per_agent_moved),
        ("per_agent_new_manager", &mut penalty.per_agent_new_manager),
        ("at_most", &mut penalty.at_most),
    ] {
        if let Some(at) = object.get(key) {
            let number = at.number()?;
            if number < 0.0 {
                return Err(at.error(ExerciseErrorKind::Negative));
            }
            *slot = number;
        }
    }
    Ok(penalty)
}

/// Resolves `start` thresholds against the starting territory and writes each objective's text.
fn finish_objectives(exercise: &mut Exercise, drafts: Vec<Draft>, items: &[At<'_>]) -> Result<()> {
    let start = Rc::clone(&exercise.start);
    let evaluation = evaluate(&start);
    let impact = Default::default();
    for (draft, at) in drafts.into_iter().zip(items) {
        let start_value = draft.figure.value(&start, &evaluation, &impact);
        if draft.threshold == Threshold::Start && start_value.is_none() {
            let key = match draft.comparator {
                Comparator::AtMost => "at_most",
                Comparator::AtLeast => "at_least",
            };
            let path = format!("{}.{key}", at.path);
            return Err(ExerciseError::new(&path, ExerciseErrorKind::NoStartValue));
        }
        let mut objective = Objective {
            figure: draft.figure,
            comparator: draft.comparator,
            threshold: draft.threshold,
            weight: draft.weight,
            text: Bilingual::default(),
        };
        let threshold = objective.threshold_value(start_value);
        objective.text = match draft.text {
            Some(text) => text,
            None => objective.describe(&start, threshold),
        };
        exercise.objectives.push(objective);
        exercise.start_values.push(start_value);
    }
    Ok(())
}
