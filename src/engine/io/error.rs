//! Why a territory folder was refused, and where: the file, and the line and the column where
//! one line or one column is at fault, in French and in English.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::USUAL_ABSENCE;
use crate::engine::lang::{definite, Lang};
use crate::engine::model::Entity;

/// Why a territory folder was refused, and where.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportError {
    /// The file at fault, e.g. `teams.csv`.
    pub file: String,
    /// The line as a spreadsheet numbers it (the header row is line 1), when one line is at fault.
    pub line: Option<u64>,
    /// The column at fault, when one is.
    pub column: Option<String>,
    /// What is wrong.
    pub kind: ImportErrorKind,
}

/// What is wrong with a territory folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ImportErrorKind {
    /// A required file is not in the folder.
    MissingFile,
    /// A required column is not in the header row.
    MissingColumn,
    /// The text is not readable as CSV.
    BadCsv {
        /// What the CSV reader said.
        detail: String,
    },
    /// A value that must be given is empty.
    EmptyValue,
    /// The value is not a number.
    NotANumber {
        /// The value as written.
        value: String,
    },
    /// A count (agents, capacity) has a fractional part.
    NotAWholeNumber {
        /// The value as written.
        value: String,
    },
    /// The number is negative where only zero or more makes sense.
    Negative {
        /// The value as written.
        value: String,
    },
    /// The count is too large to be a count of people.
    TooLarge {
        /// The value as written.
        value: String,
    },
    /// A latitude outside −90…90 or a longitude outside −180…180.
    BadCoordinate {
        /// The value as written.
        value: String,
    },
    /// `family` is neither `urban` nor `social`.
    UnknownFamily {
        /// The value as written.
        value: String,
    },
    /// `role` is not `director`, `deputy`, `head` or `lead`.
    UnknownRole {
        /// The value as written.
        value: String,
    },
    /// The id names nothing in the file it refers to.
    UnknownReference {
        /// The id as written.
        id: String,
        /// The kind of thing it should name.
        target: Entity,
    },
    /// The id is already used higher up in the same file.
    DuplicateId {
        /// The id.
        id: String,
        /// Where it was first used.
        first_line: u64,
    },
    /// travel_times.csv gives the same zone and site twice.
    DuplicatePair {
        /// The zone id.
        zone: String,
        /// The site id.
        site: String,
        /// Where the pair was first given.
        first_line: u64,
    },
    /// demand_factors.csv names a commune that no zone of zones.csv belongs to.
    UnknownCommune {
        /// The commune as written.
        commune: String,
    },
    /// demand_factors.csv gives the same service and commune twice (the service is the row's).
    DuplicateDemandFactor {
        /// The commune.
        commune: String,
        /// Where the pair was first given.
        first_line: u64,
    },
    /// Posts report to one another in a loop.
    ReportingCycle {
        /// The posts of the loop, in order.
        posts: Vec<String>,
    },
    /// More than one post has an empty `reports_to`.
    SeveralTopPosts {
        /// The first top post.
        first: String,
        /// Another one.
        second: String,
    },
    /// No post at all: a territory needs its top post.
    NoTopPost,
    /// territory.csv names a setting this version does not know.
    UnknownSetting {
        /// The setting as written.
        setting: String,
    },
    /// services.csv has both a column and its old name (`absence_rate` beside `absence_wave`).
    OldAndNewColumn {
        /// The new name, which the old one duplicates.
        new: String,
    },
}

impl ImportError {
    pub(super) fn new(
        file: &str,
        line: Option<u64>,
        column: Option<&str>,
        kind: ImportErrorKind,
    ) -> Self {
        ImportError {
            file: file.to_string(),
            line,
            column: column.map(str::to_string),
            kind,
        }
    }

    /// The refusal in words a planner understands: file, line, column, then what is wrong.
    pub fn message(&self, lang: Lang) -> String {
        let mut place = self.file.clone();
        if let Some(line) = self.line {
            place += &format!(", {} {line}", lang.pick("ligne", "line"));
        }
        if let Some(column) = &self.column {
            place += &format!(", {} {column}", lang.pick("colonne", "column"));
        }
        let separator = lang.pick(" : ", ": ");
        format!("{place}{separator}{}", self.kind.message(lang))
    }
}

impl ImportErrorKind {
    /// What is wrong, without the place.
    pub fn message(&self, lang: Lang) -> String {
        use ImportErrorKind as K;
        match (self, lang) {
            (K::MissingFile, Lang::Fr) => "le fichier manque dans le dossier".into(),
            (K::MissingFile, Lang::En) => "the file is missing from the folder".into(),
            (K::MissingColumn, Lang::Fr) => "cette colonne manque dans la ligne d'en-tête".into(),
            (K::MissingColumn, Lang::En) => "this column is missing from the header row".into(),
            (K::BadCsv { detail }, Lang::Fr) => format!("le fichier n'est pas un CSV lisible ({detail})"),
            (K::BadCsv { detail }, Lang::En) => format!("the file is not readable CSV ({detail})"),
            (K::EmptyValue, Lang::Fr) => "la case est vide alors qu'une valeur est attendue".into(),
            (K::EmptyValue, Lang::En) => "the cell is empty but a value is needed".into(),
            (K::NotANumber { value }, Lang::Fr) => format!("« {value} » n'est pas un nombre"),
            (K::NotANumber { value }, Lang::En) => format!("“{value}” is not a number"),
            (K::NotAWholeNumber { value }, Lang::Fr) => {
                format!("« {value} » n'est pas un nombre entier")
            }
            (K::NotAWholeNumber { value }, Lang::En) => format!("“{value}” is not a whole number"),
            (K::Negative { value }, Lang::Fr) => {
                format!("« {value} » est négatif : il faut un nombre positif ou nul")
            }
            (K::Negative { value }, Lang::En) => {
                format!("“{value}” is negative: the value must be zero or more")
            }
            (K::TooLarge { value }, Lang::Fr) => format!("« {value} » est trop grand"),
            (K::TooLarge { value }, Lang::En) => format!("“{value}” is too large"),
            (K::BadCoordinate { value }, Lang::Fr) => format!(
                "« {value} » n'est pas une coordonnée possible (latitude entre −90 et 90, longitude entre −180 et 180, en degrés)"
            ),
            (K::BadCoordinate { value }, Lang::En) => format!(
                "“{value}” is not a possible coordinate (latitude between −90 and 90, longitude between −180 and 180, in degrees)"
            ),
            (K::UnknownFamily { value }, Lang::Fr) => {
                format!("« {value} » n'est pas une famille connue (urban ou social)")
            }
            (K::UnknownFamily { value }, Lang::En) => {
                format!("“{value}” is not a known family (urban or social)")
            }
            (K::UnknownRole { value }, Lang::Fr) => {
                format!("« {value} » n'est pas un rôle connu (director, deputy, head ou lead)")
            }
            (K::UnknownRole { value }, Lang::En) => {
                format!("“{value}” is not a known role (director, deputy, head or lead)")
            }
            (K::UnknownReference { id, target }, Lang::Fr) => format!(
                "{} « {id} » n'existe pas dans {}",
                definite(*target),
                target.file()
            ),
            (K::UnknownReference { id, target }, Lang::En) => format!(
                "there is no {} “{id}” in {}",
                target.noun(Lang::En),
                target.file()
            ),
            (K::DuplicateId { id, first_line }, Lang::Fr) => {
                format!("l'identifiant « {id} » est déjà utilisé ligne {first_line}")
            }
            (K::DuplicateId { id, first_line }, Lang::En) => {
                format!("the id “{id}” is already used on line {first_line}")
            }
            (K::DuplicatePair { zone, site, first_line }, Lang::Fr) => format!(
                "le temps de trajet de la zone « {zone} » au site « {site} » est déjà donné ligne {first_line}"
            ),
            (K::DuplicatePair { zone, site, first_line }, Lang::En) => format!(
                "the travel time from zone “{zone}” to site “{site}” is already given on line {first_line}"
            ),
            (K::UnknownCommune { commune }, Lang::Fr) => {
                format!("aucune zone de zones.csv n'appartient à la commune « {commune} »")
            }
            (K::UnknownCommune { commune }, Lang::En) => {
                format!("no zone of zones.csv belongs to commune “{commune}”")
            }
            (K::DuplicateDemandFactor { commune, first_line }, Lang::Fr) => format!(
                "le facteur de demande de ce service à « {commune} » est déjà donné ligne {first_line}"
            ),
            (K::DuplicateDemandFactor { commune, first_line }, Lang::En) => format!(
                "the demand factor of this service in “{commune}” is already given on line {first_line}"
            ),
            (K::ReportingCycle { posts }, Lang::Fr) => format!(
                "les postes {} se rattachent en boucle : aucun ne remonte au poste de tête",
                cycle_text(posts)
            ),
            (K::ReportingCycle { posts }, Lang::En) => format!(
                "the posts {} report to one another in a loop: none leads up to the top post",
                cycle_text(posts)
            ),
            (K::SeveralTopPosts { first, second }, Lang::Fr) => format!(
                "les postes « {first} » et « {second} » ne sont rattachés à personne : un seul poste de tête est permis (reports_to vide)"
            ),
            (K::SeveralTopPosts { first, second }, Lang::En) => format!(
                "posts “{first}” and “{second}” both report to no one: only one top post (empty reports_to) is allowed"
            ),
            (K::NoTopPost, Lang::Fr) => {
                "aucun poste : il faut un poste de tête, dont reports_to est vide".into()
            }
            (K::NoTopPost, Lang::En) => {
                "no post at all: a territory needs one top post, with an empty reports_to".into()
            }
            (K::UnknownSetting { setting }, Lang::Fr) => format!(
                "« {setting} » n'est pas un réglage connu (le seul réglage est {USUAL_ABSENCE}, l'absence habituelle)"
            ),
            (K::UnknownSetting { setting }, Lang::En) => format!(
                "“{setting}” is not a known setting (the only setting is {USUAL_ABSENCE}, the usual absence)"
            ),
            (K::OldAndNewColumn { new }, Lang::Fr) => format!(
                "cette colonne est l'ancien nom de la colonne {new}, présente elle aussi : gardez-en une seule"
            ),
            (K::OldAndNewColumn { new }, Lang::En) => format!(
                "this column is the old name of column {new}, which is there too: keep only one"
            ),
        }
    }
}

fn cycle_text(posts: &[String]) -> String {
    let mut names: Vec<&str> = posts.iter().map(String::as_str).collect();
    if let Some(first) = posts.first() {
        names.push(first);
    }
    names.join(" → ")
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}
