//! Reading and writing a territory as the folder of CSV files described in MODEL.md.

use std::collections::BTreeMap;
use std::fmt;

use csv::StringRecord;
use serde::{Deserialize, Serialize};

use super::lang::{definite, Lang};
use super::model::{
    AbsenceWave, DemandFactor, Entity, Family, Manager, ManagerIx, Role, Service, ServiceIx, Site,
    SiteIx, Team, Territory, TravelOverride, Warning, Zone, ZoneIx, MAX_ABSENCE_WAVE,
    MAX_DEMAND_FACTOR, MAX_USUAL_ABSENCE,
};

/// The files of a territory folder: file name (e.g. `zones.csv`) → its text.
pub type TerritoryFiles = BTreeMap<String, String>;

/// File name of the zones.
pub const ZONES_CSV: &str = "zones.csv";
/// File name of the sites.
pub const SITES_CSV: &str = "sites.csv";
/// File name of the services.
pub const SERVICES_CSV: &str = "services.csv";
/// File name of the management posts.
pub const MANAGERS_CSV: &str = "managers.csv";
/// File name of the teams.
pub const TEAMS_CSV: &str = "teams.csv";
/// File name of the optional measured travel times.
pub const TRAVEL_TIMES_CSV: &str = "travel_times.csv";
/// File name of the optional demand factors (a project addition to MODEL.md): a surge or a lull
/// of one service's demand in one commune.
pub const DEMAND_FACTORS_CSV: &str = "demand_factors.csv";
/// File name of the optional territory-wide settings (a project addition to MODEL.md): one row
/// per setting, today only the usual absence.
pub const TERRITORY_CSV: &str = "territory.csv";

const ZONE_COLUMNS: &[&str] = &["zone_id", "name", "commune", "lat", "lon", "population"];
const SITE_COLUMNS: &[&str] = &["site_id", "name", "lat", "lon", "capacity"];
const SERVICE_COLUMNS: &[&str] = &[
    "service_id",
    "name",
    "family",
    "demand_per_1000",
    "units_per_agent",
    "catchment_minutes",
];
const MANAGER_COLUMNS: &[&str] = &["manager_id", "name", "role", "reports_to"];
const TEAM_COLUMNS: &[&str] = &[
    "team_id",
    "name",
    "service_id",
    "site_id",
    "agents",
    "manager_id",
];
/// Columns the project adds to teams.csv; optional on reading, always written.
const TEAM_EXTRA_COLUMNS: &[&str] = &["crew"];
/// The column the project adds to services.csv for a facilitator's absence wave; optional on
/// reading (blank or missing is 0), written only when some service has agents away, so that
/// other territories' files stay as MODEL.md writes them.
const ABSENCE_WAVE_COLUMN: &str = "absence_wave";
/// The wave's column as files written before the usual absence existed name it: read as
/// [`ABSENCE_WAVE_COLUMN`], with the same meaning, never written.
const OLD_ABSENCE_WAVE_COLUMN: &str = "absence_rate";
/// The usual absence: a setting of territory.csv (the territory's rate) and an optional column
/// of services.csv (a service's own rate; blank takes the territory's).
const USUAL_ABSENCE: &str = "usual_absence";
const TERRITORY_COLUMNS: &[&str] = &["setting", "value"];
const TRAVEL_COLUMNS: &[&str] = &["zone_id", "site_id", "minutes"];
const DEMAND_FACTOR_COLUMNS: &[&str] = &["service_id", "commune", "factor"];

/// A territory read without error, with what the user should be warned about.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The territory.
    pub territory: Territory,
    /// Sites over capacity and the like: shown, not refused.
    pub warnings: Vec<Warning>,
}

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
    fn new(file: &str, line: Option<u64>, column: Option<&str>, kind: ImportErrorKind) -> Self {
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

/// One CSV file, parsed into records, with its header row.
struct Table {
    file: &'static str,
    headers: Vec<String>,
    rows: Vec<(u64, StringRecord)>,
}

/// One record of a table, with its line number for messages.
struct Row<'a> {
    table: &'a Table,
    line: u64,
    record: &'a StringRecord,
}

/// Finds a file by name, tolerating another case (`Zones.csv`) as spreadsheets sometimes save.
fn find_file<'a>(files: &'a TerritoryFiles, name: &str) -> Option<&'a String> {
    files.get(name).or_else(|| {
        files
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, text)| text)
    })
}

/// Spreadsheets set to French write `;` between fields: take the delimiter the header row uses.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    if header.matches(';').count() > header.matches(',').count() {
        b';'
    } else {
        b','
    }
}

/// Parses one file; `Ok(None)` when the folder does not have it.
fn open_table(
    files: &TerritoryFiles,
    file: &'static str,
    required: &[&str],
) -> Result<Option<Table>, ImportError> {
    let Some(text) = find_file(files, file) else {
        return Ok(None);
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bad_csv = |error: csv::Error| {
        let line = error.position().map(csv::Position::line);
        ImportError::new(
            file,
            line,
            None,
            ImportErrorKind::BadCsv {
                detail: error.to_string(),
            },
        )
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(bad_csv)?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_lowercase())
        .collect();
    if let Some(missing) = required.iter().find(|c| !headers.iter().any(|h| h == *c)) {
        return Err(ImportError::new(
            file,
            Some(1),
            Some(missing),
            ImportErrorKind::MissingColumn,
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(bad_csv)?;
        if record.iter().all(str::is_empty) {
            continue; // A blank line left at the end of a spreadsheet export.
        }
        let line = record.position().map_or(0, csv::Position::line);
        rows.push((line, record));
    }
    Ok(Some(Table {
        file,
        headers,
        rows,
    }))
}

fn required_table(
    files: &TerritoryFiles,
    file: &'static str,
    required: &[&str],
) -> Result<Table, ImportError> {
    open_table(files, file, required)?
        .ok_or_else(|| ImportError::new(file, None, None, ImportErrorKind::MissingFile))
}

impl Table {
    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |(line, record)| Row {
            table: self,
            line: *line,
            record,
        })
    }
}

/// Reads a decimal number as planners write it: `1.5`, `1,5` or `1 234,5`.
fn parse_number(text: &str) -> Option<f64> {
    let mut cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if !cleaned.contains('.') && cleaned.matches(',').count() == 1 {
        cleaned = cleaned.replace(',', ".");
    }
    cleaned.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl Row<'_> {
    fn error(&self, column: &str, kind: ImportErrorKind) -> ImportError {
        ImportError::new(self.table.file, Some(self.line), Some(column), kind)
    }

    /// The trimmed value of a column ("" when the column or the cell is absent).
    fn text(&self, column: &str) -> &str {
        self.table
            .headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }

    fn id(&self, column: &str) -> Result<&str, ImportError> {
        match self.text(column) {
            "" => Err(self.error(column, ImportErrorKind::EmptyValue)),
            id => Ok(id),
        }
    }

    fn signed_number(&self, column: &str) -> Result<f64, ImportError> {
        let value = self.text(column);
        if value.is_empty() {
            return Err(self.error(column, ImportErrorKind::EmptyValue));
        }
        parse_number(value).ok_or_else(|| {
            self.error(
                column,
                ImportErrorKind::NotANumber {
                    value: value.into(),
                },
            )
        })
    }

    fn number(&self, column: &str) -> Result<f64, ImportError> {
        let number = self.signed_number(column)?;
        if number < 0.0 {
            let value = self.text(column).into();
            return Err(self.error(column, ImportErrorKind::Negative { value }));
        }
        Ok(number)
    }

    fn whole(&self, column: &str) -> Result<u32, ImportError> {
        let number = self.number(column)?;
        let value = || self.text(column).to_string();
        if number.fract() != 0.0 {
            return Err(self.error(column, ImportErrorKind::NotAWholeNumber { value: value() }));
        }
        if number > f64::from(u32::MAX) {
            return Err(self.error(column, ImportErrorKind::TooLarge { value: value() }));
        }
        Ok(number as u32)
    }

    /// A usual absence: a share from 0 to [`MAX_USUAL_ABSENCE`].
    fn usual_absence(&self, column: &str) -> Result<f64, ImportError> {
        let rate = self.number(column)?;
        if rate > MAX_USUAL_ABSENCE {
            let value = self.text(column).into();
            return Err(self.error(column, ImportErrorKind::TooLarge { value }));
        }
        Ok(rate)
    }

    fn coordinate(&self, column: &str, limit: f64) -> Result<f64, ImportError> {
        let number = self.signed_number(column)?;
        if number.abs() > limit {
            let value = self.text(column).into();
            return Err(self.error(column, ImportErrorKind::BadCoordinate { value }));
        }
        Ok(number)
    }
}

/// Text id → position, refusing duplicates and empty ids.
fn index_ids(table: &Table, column: &str) -> Result<BTreeMap<String, (usize, u64)>, ImportError> {
    let mut ids = BTreeMap::new();
    for (position, row) in table.rows().enumerate() {
        let id = row.id(column)?;
        if let Some(&(_, first_line)) = ids.get(id) {
            let id = id.to_string();
            return Err(row.error(column, ImportErrorKind::DuplicateId { id, first_line }));
        }
        ids.insert(id.to_string(), (position, row.line));
    }
    Ok(ids)
}

fn lookup(
    ids: &BTreeMap<String, (usize, u64)>,
    row: &Row<'_>,
    column: &str,
    target: Entity,
) -> Result<usize, ImportError> {
    let id = row.id(column)?;
    ids.get(id).map(|&(position, _)| position).ok_or_else(|| {
        row.error(
            column,
            ImportErrorKind::UnknownReference {
                id: id.into(),
                target,
            },
        )
    })
}

fn read_zones(table: &Table) -> Result<Vec<Zone>, ImportError> {
    index_ids(table, "zone_id")?;
    table
        .rows()
        .map(|row| {
            Ok(Zone {
                id: row.id("zone_id")?.into(),
                name: row.text("name").into(),
                commune: row.text("commune").into(),
                lat: row.coordinate("lat", 90.0)?,
                lon: row.coordinate("lon", 180.0)?,
                population: row.number("population")?,
            })
        })
        .collect()
}

fn read_sites(table: &Table) -> Result<Vec<Site>, ImportError> {
    index_ids(table, "site_id")?;
    table
        .rows()
        .map(|row| {
            Ok(Site {
                id: row.id("site_id")?.into(),
                name: row.text("name").into(),
                lat: row.coordinate("lat", 90.0)?,
                lon: row.coordinate("lon", 180.0)?,
                capacity: row.whole("capacity")?,
            })
        })
        .collect()
}

fn read_services(table: &Table) -> Result<Vec<Service>, ImportError> {
    index_ids(table, "service_id")?;
    table
        .rows()
        .map(|row| {
            let family_text = row.text("family");
            let family = Family::from_csv(family_text).ok_or_else(|| {
                row.error(
                    "family",
                    ImportErrorKind::UnknownFamily {
                        value: family_text.into(),
                    },
                )
            })?;
            Ok(Service {
                id: row.id("service_id")?.into(),
                name: row.text("name").into(),
                family,
                demand_per_1000: row.number("demand_per_1000")?,
                units_per_agent: row.number("units_per_agent")?,
                catchment_minutes: row.number("catchment_minutes")?,
                usual_absence: match row.text(USUAL_ABSENCE) {
                    "" => None,
                    _ => Some(row.usual_absence(USUAL_ABSENCE)?),
                },
            })
        })
        .collect()
}

fn read_managers(table: &Table) -> Result<Vec<Manager>, ImportError> {
    let ids = index_ids(table, "manager_id")?;
    let mut managers = Vec::with_capacity(table.rows.len());
    let mut top: Option<String> = None;
    for row in table.rows() {
        let role_text = row.text("role");
        let role = Role::from_csv(role_text).ok_or_else(|| {
            row.error(
                "role",
                ImportErrorKind::UnknownRole {
                    value: role_text.into(),
                },
            )
        })?;
        let id = row.id("manager_id")?.to_string();
        let reports_to = if row.text("reports_to").is_empty() {
            if let Some(first) = &top {
                let kind = ImportErrorKind::SeveralTopPosts {
                    first: first.clone(),
                    second: id,
                };
                return Err(row.error("reports_to", kind));
            }
            top = Some(id.clone());
            None
        } else {
            Some(ManagerIx::from_index(lookup(
                &ids,
                &row,
                "reports_to",
                Entity::Post,
            )?))
        };
        managers.push(Manager {
            id,
            name: row.text("name").into(),
            role,
            reports_to,
        });
    }
    check_reporting(table, &managers)?;
    Ok(managers)
}

/// Refuses a loop in `reports_to`, and a territory without any post.
fn check_reporting(table: &Table, managers: &[Manager]) -> Result<(), ImportError> {
    if managers.is_empty() {
        return Err(ImportError::new(
            table.file,
            None,
            Some("reports_to"),
            ImportErrorKind::NoTopPost,
        ));
    }
    let probe = Territory {
        managers: managers.to_vec(),
        ..Territory::default()
    };
    if let Some(cycle) = probe.reporting_cycle() {
        let line = cycle.first().map(|ix| table.rows[ix.index()].0);
        let posts = cycle
            .iter()
            .map(|ix| managers[ix.index()].id.clone())
            .collect();
        return Err(ImportError::new(
            table.file,
            line,
            Some("reports_to"),
            ImportErrorKind::ReportingCycle { posts },
        ));
    }
    Ok(())
}

/// The text ids of the files teams.csv and travel_times.csv refer to.
struct Ids {
    zones: BTreeMap<String, (usize, u64)>,
    sites: BTreeMap<String, (usize, u64)>,
    services: BTreeMap<String, (usize, u64)>,
    managers: BTreeMap<String, (usize, u64)>,
}

fn read_teams(table: &Table, ids: &Ids) -> Result<Vec<Team>, ImportError> {
    index_ids(table, "team_id")?;
    table
        .rows()
        .map(|row| {
            let crew = row.text("crew");
            Ok(Team {
                id: row.id("team_id")?.into(),
                name: row.text("name").into(),
                service: ServiceIx::from_index(lookup(
                    &ids.services,
                    &row,
                    "service_id",
                    Entity::Service,
                )?),
                site: SiteIx::from_index(lookup(&ids.sites, &row, "site_id", Entity::Site)?),
                agents: row.whole("agents")?,
                manager: ManagerIx::from_index(lookup(
                    &ids.managers,
                    &row,
                    "manager_id",
                    Entity::Post,
                )?),
                crew: (!crew.is_empty()).then(|| crew.to_string()),
            })
        })
        .collect()
}

fn read_travel(table: &Table, ids: &Ids) -> Result<Vec<TravelOverride>, ImportError> {
    let mut seen: BTreeMap<(usize, usize), u64> = BTreeMap::new();
    let mut overrides = Vec::with_capacity(table.rows.len());
    for row in table.rows() {
        let zone = lookup(&ids.zones, &row, "zone_id", Entity::Zone)?;
        let site = lookup(&ids.sites, &row, "site_id", Entity::Site)?;
        if let Some(&first_line) = seen.get(&(zone, site)) {
            let kind = ImportErrorKind::DuplicatePair {
                zone: row.text("zone_id").into(),
                site: row.text("site_id").into(),
                first_line,
            };
            return Err(row.error("site_id", kind));
        }
        seen.insert((zone, site), row.line);
        overrides.push(TravelOverride {
            zone: ZoneIx::from_index(zone),
            site: SiteIx::from_index(site),
            minutes: row.number("minutes")?,
        });
    }
    Ok(overrides)
}

/// The name services.csv gives the absence wave's column: `absence_wave`, or its old name
/// `absence_rate` in files written before the usual absence existed; both at once is refused.
fn absence_wave_column(table: &Table) -> Result<&'static str, ImportError> {
    let has = |column: &str| table.headers.iter().any(|h| h == column);
    match (has(ABSENCE_WAVE_COLUMN), has(OLD_ABSENCE_WAVE_COLUMN)) {
        (true, true) => Err(ImportError::new(
            table.file,
            Some(1),
            Some(OLD_ABSENCE_WAVE_COLUMN),
            ImportErrorKind::OldAndNewColumn {
                new: ABSENCE_WAVE_COLUMN.into(),
            },
        )),
        (false, true) => Ok(OLD_ABSENCE_WAVE_COLUMN),
        _ => Ok(ABSENCE_WAVE_COLUMN),
    }
}

/// Reads the optional absence-wave column of services.csv: a share from 0 to
/// [`MAX_ABSENCE_WAVE`]; blank or 0 sets nothing.
fn read_absence_waves(table: &Table) -> Result<Vec<AbsenceWave>, ImportError> {
    let column = absence_wave_column(table)?;
    let mut waves = Vec::new();
    for (index, row) in table.rows().enumerate() {
        if row.text(column).is_empty() {
            continue;
        }
        let rate = row.number(column)?;
        if rate > MAX_ABSENCE_WAVE {
            let value = row.text(column).into();
            return Err(row.error(column, ImportErrorKind::TooLarge { value }));
        }
        if rate > 0.0 {
            waves.push(AbsenceWave {
                service: ServiceIx::from_index(index),
                rate,
            });
        }
    }
    Ok(waves)
}

/// Reads territory.csv: each setting once, each one known; returns the usual absence it sets.
fn read_settings(table: &Table) -> Result<Option<f64>, ImportError> {
    index_ids(table, "setting")?;
    let mut usual_absence = None;
    for row in table.rows() {
        match row.text("setting") {
            USUAL_ABSENCE => usual_absence = Some(row.usual_absence("value")?),
            setting => {
                let setting = setting.into();
                return Err(row.error("setting", ImportErrorKind::UnknownSetting { setting }));
            }
        }
    }
    Ok(usual_absence)
}

/// Files as older versions wrote them, rewritten as this version writes them, with the same
/// meaning; `None` when there is nothing to migrate or the files do not read (the reader will
/// say why when they are opened). Today: services.csv's `absence_rate` column, the absence wave,
/// becomes `absence_wave`, so that it cannot be taken for the usual absence.
pub fn migrate_old_columns(files: &TerritoryFiles) -> Option<TerritoryFiles> {
    let services = open_table(files, SERVICES_CSV, &[]).ok()??;
    if !services
        .headers
        .iter()
        .any(|h| h == OLD_ABSENCE_WAVE_COLUMN)
    {
        return None;
    }
    let mut migrated = write_territory(&read_territory(files).ok()?.territory);
    // Files the reader does not know (a planner's notes) are kept as they were.
    for (name, text) in files {
        let known = migrated.keys().any(|k| k.eq_ignore_ascii_case(name))
            || FILE_NAMES.iter().any(|k| k.eq_ignore_ascii_case(name));
        if !known {
            migrated.insert(name.clone(), text.clone());
        }
    }
    Some(migrated)
}

/// Every file a territory folder may hold: MODEL.md's and the project's optional ones.
pub const FILE_NAMES: [&str; 8] = [
    ZONES_CSV,
    SITES_CSV,
    SERVICES_CSV,
    MANAGERS_CSV,
    TEAMS_CSV,
    TRAVEL_TIMES_CSV,
    DEMAND_FACTORS_CSV,
    TERRITORY_CSV,
];

/// Reads demand_factors.csv: a known service, a commune of zones.csv, a factor from 0 to
/// [`MAX_DEMAND_FACTOR`], each pair once.
fn read_demand_factors(
    table: &Table,
    ids: &Ids,
    zones: &[Zone],
) -> Result<Vec<DemandFactor>, ImportError> {
    let mut seen: BTreeMap<(usize, String), u64> = BTreeMap::new();
    let mut factors = Vec::with_capacity(table.rows.len());
    for row in table.rows() {
        let service = lookup(&ids.services, &row, "service_id", Entity::Service)?;
        let commune = row.id("commune")?.to_string();
        if !zones.iter().any(|z| z.commune == commune) {
            return Err(row.error("commune", ImportErrorKind::UnknownCommune { commune }));
        }
        if let Some(&first_line) = seen.get(&(service, commune.clone())) {
            let kind = ImportErrorKind::DuplicateDemandFactor {
                commune,
                first_line,
            };
            return Err(row.error("commune", kind));
        }
        seen.insert((service, commune.clone()), row.line);
        let factor = row.number("factor")?;
        if factor > MAX_DEMAND_FACTOR {
            let value = row.text("factor").into();
            return Err(row.error("factor", ImportErrorKind::TooLarge { value }));
        }
        factors.push(DemandFactor {
            service: ServiceIx::from_index(service),
            commune,
            factor,
        });
    }
    Ok(factors)
}

/// Reads a territory folder; refuses it whole, naming file, line and column, at the first fault.
pub fn read_territory(files: &TerritoryFiles) -> Result<Loaded, ImportError> {
    let zones_table = required_table(files, ZONES_CSV, ZONE_COLUMNS)?;
    let sites_table = required_table(files, SITES_CSV, SITE_COLUMNS)?;
    let services_table = required_table(files, SERVICES_CSV, SERVICE_COLUMNS)?;
    let managers_table = required_table(files, MANAGERS_CSV, MANAGER_COLUMNS)?;
    let teams_table = required_table(files, TEAMS_CSV, TEAM_COLUMNS)?;
    let travel_table = open_table(files, TRAVEL_TIMES_CSV, TRAVEL_COLUMNS)?;
    let factors_table = open_table(files, DEMAND_FACTORS_CSV, DEMAND_FACTOR_COLUMNS)?;
    let settings_table = open_table(files, TERRITORY_CSV, TERRITORY_COLUMNS)?;

    let zones = read_zones(&zones_table)?;
    let sites = read_sites(&sites_table)?;
    let services = read_services(&services_table)?;
    let absence_waves = read_absence_waves(&services_table)?;
    let managers = read_managers(&managers_table)?;
    let ids = Ids {
        zones: index_ids(&zones_table, "zone_id")?,
        sites: index_ids(&sites_table, "site_id")?,
        services: index_ids(&services_table, "service_id")?,
        managers: index_ids(&managers_table, "manager_id")?,
    };
    let teams = read_teams(&teams_table, &ids)?;
    let travel_overrides = match &travel_table {
        Some(table) => read_travel(table, &ids)?,
        None => Vec::new(),
    };
    let demand_factors = match &factors_table {
        Some(table) => read_demand_factors(table, &ids, &zones)?,
        None => Vec::new(),
    };
    let usual_absence = match &settings_table {
        Some(table) => read_settings(table)?,
        None => None,
    };
    let territory = Territory {
        zones,
        sites,
        services,
        managers,
        teams,
        travel_overrides,
        demand_factors,
        absence_waves,
        usual_absence,
    };
    let warnings = territory.warnings();
    Ok(Loaded {
        territory,
        warnings,
    })
}

/// Writes one CSV file: header row, then one line per record.
fn csv_text<I>(header: &[&str], records: I) -> String
where
    I: IntoIterator<Item = Vec<String>>,
{
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing into memory cannot fail: the only errors of csv::Writer come from its sink.
    let _ = writer.write_record(header);
    for record in records {
        let _ = writer.write_record(&record);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A number as written in the files: the shortest text that reads back to the same f64.
fn number_text(number: f64) -> String {
    number.to_string()
}

/// Writes a territory as its CSV folder; reading it back gives an equal territory.
///
/// travel_times.csv, demand_factors.csv and territory.csv are written only when the territory
/// has measured times, demand factors or its own usual absence; services.csv's `usual_absence`
/// column only when a service has its own, its `absence_wave` column only when an absence wave
/// keeps agents away; teams.csv always carries the project's `crew` column.
pub fn write_territory(territory: &Territory) -> TerritoryFiles {
    let mut files = TerritoryFiles::new();
    let zones = territory.zones.iter().map(|z| {
        vec![
            z.id.clone(),
            z.name.clone(),
            z.commune.clone(),
            number_text(z.lat),
            number_text(z.lon),
            number_text(z.population),
        ]
    });
    files.insert(ZONES_CSV.into(), csv_text(ZONE_COLUMNS, zones));
    let sites = territory.sites.iter().map(|s| {
        vec![
            s.id.clone(),
            s.name.clone(),
            number_text(s.lat),
            number_text(s.lon),
            s.capacity.to_string(),
        ]
    });
    files.insert(SITES_CSV.into(), csv_text(SITE_COLUMNS, sites));
    let with_usual = territory.services.iter().any(|s| s.usual_absence.is_some());
    let with_waves = !territory.absence_waves.is_empty();
    let services = territory.services.iter().enumerate().map(|(k, s)| {
        let mut record = vec![
            s.id.clone(),
            s.name.clone(),
            s.family.as_csv().into(),
            number_text(s.demand_per_1000),
            number_text(s.units_per_agent),
            number_text(s.catchment_minutes),
        ];
        if with_usual {
            record.push(s.usual_absence.map(number_text).unwrap_or_default());
        }
        if with_waves {
            record.push(number_text(
                territory.absence_wave(ServiceIx::from_index(k)),
            ));
        }
        record
    });
    let mut service_header = SERVICE_COLUMNS.to_vec();
    if with_usual {
        service_header.push(USUAL_ABSENCE);
    }
    if with_waves {
        service_header.push(ABSENCE_WAVE_COLUMN);
    }
    files.insert(SERVICES_CSV.into(), csv_text(&service_header, services));
    let managers = territory.managers.iter().map(|m| {
        vec![
            m.id.clone(),
            m.name.clone(),
            m.role.as_csv().into(),
            m.reports_to
                .map(|ix| territory.manager(ix).id.clone())
                .unwrap_or_default(),
        ]
    });
    files.insert(MANAGERS_CSV.into(), csv_text(MANAGER_COLUMNS, managers));
    let teams = territory.teams.iter().map(|t| {
        vec![
            t.id.clone(),
            t.name.clone(),
            territory.service(t.service).id.clone(),
            territory.site(t.site).id.clone(),
            t.agents.to_string(),
            territory.manager(t.manager).id.clone(),
            t.crew.clone().unwrap_or_default(),
        ]
    });
    let team_header: Vec<&str> = TEAM_COLUMNS
        .iter()
        .chain(TEAM_EXTRA_COLUMNS)
        .copied()
        .collect();
    files.insert(TEAMS_CSV.into(), csv_text(&team_header, teams));
    if !territory.travel_overrides.is_empty() {
        let travel = territory.travel_overrides.iter().map(|o| {
            vec![
                territory.zone(o.zone).id.clone(),
                territory.site(o.site).id.clone(),
                number_text(o.minutes),
            ]
        });
        files.insert(TRAVEL_TIMES_CSV.into(), csv_text(TRAVEL_COLUMNS, travel));
    }
    if !territory.demand_factors.is_empty() {
        let factors = territory.demand_factors.iter().map(|f| {
            vec![
                territory.service(f.service).id.clone(),
                f.commune.clone(),
                number_text(f.factor),
            ]
        });
        files.insert(
            DEMAND_FACTORS_CSV.into(),
            csv_text(DEMAND_FACTOR_COLUMNS, factors),
        );
    }
    if let Some(rate) = territory.usual_absence {
        let settings = [vec![USUAL_ABSENCE.to_string(), number_text(rate)]];
        files.insert(TERRITORY_CSV.into(), csv_text(TERRITORY_COLUMNS, settings));
    }
    files
}

impl From<Territory> for TerritoryFiles {
    /// A territory as serde data: its CSV files.
    fn from(territory: Territory) -> TerritoryFiles {
        write_territory(&territory)
    }
}

impl TryFrom<TerritoryFiles> for Territory {
    type Error = ImportError;

    /// A territory read from serde data goes through every check of the CSV reader.
    fn try_from(files: TerritoryFiles) -> Result<Territory, ImportError> {
        read_territory(&files).map(|loaded| loaded.territory)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_planners_write_them() {
        assert_eq!(parse_number("1.5"), Some(1.5));
        assert_eq!(parse_number("1,5"), Some(1.5));
        assert_eq!(parse_number("1 234,5"), Some(1234.5));
        assert_eq!(parse_number("12\u{202f}000"), Some(12000.0));
        assert_eq!(parse_number("1,234,567"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("douze"), None);
    }

    /// A folder of one zone per commune (Alpha, Beta), one service, one post, one team.
    fn folder(factors: &str) -> TerritoryFiles {
        let mut files = TerritoryFiles::new();
        let mut put = |name: &str, text: &str| files.insert(name.into(), text.into());
        put(
            ZONES_CSV,
            "zone_id,name,commune,lat,lon,population\nA,A,Alpha,45.7,4.9,100\nB,B,Beta,45.8,4.9,50\n",
        );
        put(
            SITES_CSV,
            "site_id,name,lat,lon,capacity\nS,S,45.7,4.9,10\n",
        );
        put(
            SERVICES_CSV,
            "service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\nk,K,social,10,5,20\n",
        );
        put(
            MANAGERS_CSV,
            "manager_id,name,role,reports_to\nD,D,director,\n",
        );
        put(
            TEAMS_CSV,
            "team_id,name,service_id,site_id,agents,manager_id\nT,T,k,S,1,D\n",
        );
        put(DEMAND_FACTORS_CSV, factors);
        files
    }

    #[test]
    fn demand_factors_are_read_checked_and_written_back() {
        let loaded =
            read_territory(&folder("service_id,commune,factor\nk,Beta,\"1,15\"\n")).expect("valid");
        let t = loaded.territory;
        assert_eq!(t.demand_factor(ServiceIx(0), "Beta"), 1.15);
        assert_eq!(t.demand_factor(ServiceIx(0), "Alpha"), 1.0);
        assert_eq!(
            read_territory(&write_territory(&t)).map(|l| l.territory),
            Ok(t)
        );
        let refused = |text: &str| {
            read_territory(&folder(text))
                .expect_err("refused")
                .message(Lang::Fr)
        };
        assert_eq!(
            refused("service_id,commune,factor\nk,Gamma,1.2\n"),
            "demand_factors.csv, ligne 2, colonne commune : aucune zone de zones.csv n'appartient à la commune « Gamma »"
        );
        assert_eq!(
            refused("service_id,commune,factor\nk,Beta,1.2\nk,Beta,1.3\n"),
            "demand_factors.csv, ligne 3, colonne commune : le facteur de demande de ce service à « Beta » est déjà donné ligne 2"
        );
        assert_eq!(
            refused("service_id,commune,factor\nk,Beta,-1\n"),
            "demand_factors.csv, ligne 2, colonne factor : « -1 » est négatif : il faut un nombre positif ou nul"
        );
        assert_eq!(
            refused("service_id,commune,factor\nk,Beta,1000\n"),
            "demand_factors.csv, ligne 2, colonne factor : « 1000 » est trop grand"
        );
        assert_eq!(
            refused("service_id,commune,factor\nx,Beta,1.2\n"),
            "demand_factors.csv, ligne 2, colonne service_id : le service « x » n'existe pas dans services.csv"
        );
    }

    #[test]
    fn the_delimiter_is_taken_from_the_header_row() {
        assert_eq!(delimiter("a;b;c\n1,5;2;3\n"), b';');
        assert_eq!(delimiter("a,b,c\n1;2,3,4\n"), b',');
    }
}
