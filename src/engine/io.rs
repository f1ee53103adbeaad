//! Reading and writing a territory as the folder of CSV files described in MODEL.md: the files
//! and their columns here; why a folder is refused in `error`; one CSV file as records with their
//! line numbers in `table`; reading a folder in `reading`; writing one in `writing`.

mod error;
mod reading;
mod table;
mod writing;

pub use error::{ImportError, ImportErrorKind};
pub use reading::{migrate_old_columns, read_territory};
pub use writing::write_territory;

use std::collections::BTreeMap;

use super::model::{Territory, Warning};

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
mod tests;
