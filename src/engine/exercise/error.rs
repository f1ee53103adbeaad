//! Why an exercise file was refused, and where (the JSON path of the faulty value), in French
//! and in English.

use std::fmt;

use crate::engine::embedded;
use crate::engine::lang::{definite, Lang};
use crate::engine::model::Entity;
use crate::engine::operations::OperationError;

use super::figures::FIGURE_NAMES;
use super::{Comparator, ObjectiveResult, FORMAT, VERSION};

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
    pub(super) fn new(path: &str, kind: ExerciseErrorKind) -> ExerciseError {
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

pub(super) type Result<T> = std::result::Result<T, ExerciseError>;
