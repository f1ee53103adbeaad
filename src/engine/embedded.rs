//! The territories that ship with the app, produced as CSV text in the MODEL.md format so they load like a planner's import.

use std::collections::BTreeMap;

use super::atlas::{self, Commune, Ring};
use super::io::{
    TerritoryFiles, MANAGERS_CSV, SERVICES_CSV, SITES_CSV, TEAMS_CSV, TERRITORY_CSV, ZONES_CSV,
};
use super::zoning::{self, Zone};
use crate::engine::ordered;

pub mod metropole;
pub use metropole::metropole;

/// A territory embedded in the app: its CSV files and what the map needs beside them.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbeddedTerritory {
    /// Stable key, used in links and saved scenarios: `portes-des-alpes` or `metropole`.
    pub key: &'static str,
    /// Name shown to the user.
    pub name: String,
    /// The CSV files (zones.csv, sites.csv, services.csv, managers.csv, teams.csv, and the
    /// project's territory.csv with the usual absence), to read with
    /// [`crate::engine::io::read_territory`] like any import.
    pub files: TerritoryFiles,
    /// Outline of every zone, by zone id, in WGS84 degrees; draw each zone's rings together with the even-odd rule.
    pub zone_shapes: BTreeMap<String, Vec<Ring>>,
    /// The communes, with their real boundaries and INSEE 2023 populations.
    pub communes: Vec<Commune>,
    /// The territorial groups: one for Portes des Alpes, nine for the Métropole.
    pub groups: Vec<Group>,
    /// True when the grouping of communes into territories is a guess that must be labelled as such.
    pub grouping_unverified: bool,
}

/// A group of communes led by one territorial direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Short code, used as a prefix in generated ids (e.g. `PDA`).
    pub code: String,
    /// Name to show, carrying « (regroupement non vérifié) » where the grouping is a guess.
    pub name: String,
    /// INSEE codes of its communes.
    pub communes: Vec<String>,
    /// True when this group's communes come from a source; false when they are remembered, not checked.
    pub verified: bool,
}

/// Key of the default territory.
pub const PORTES_DES_ALPES: &str = "portes-des-alpes";
/// Key of the whole Métropole.
pub const METROPOLE: &str = "metropole";
/// The keys of every embedded territory, default first.
pub const KEYS: [&str; 2] = [PORTES_DES_ALPES, METROPOLE];

/// The embedded territory with this key, if any.
pub fn by_key(key: &str) -> Option<EmbeddedTerritory> {
    match key {
        PORTES_DES_ALPES => Some(portes_des_alpes()),
        METROPOLE => Some(metropole()),
        _ => None,
    }
}

const PDA_SITES: &str = include_str!("../../data/portes-des-alpes/sites.csv");
const PDA_SERVICES: &str = include_str!("../../data/portes-des-alpes/services.csv");
const PDA_MANAGERS: &str = include_str!("../../data/portes-des-alpes/managers.csv");
const PDA_TEAMS: &str = include_str!("../../data/portes-des-alpes/teams.csv");
const PDA_TERRITORY: &str = include_str!("../../data/portes-des-alpes/territory.csv");

/// The usual absence that data/portes-des-alpes/territory.csv sets (the default where it sets none).
fn pda_usual_absence() -> f64 {
    let mut reader = csv::Reader::from_reader(PDA_TERRITORY.as_bytes());
    reader
        .records()
        .flatten()
        .find(|r| r.get(0) == Some("usual_absence"))
        .and_then(|r| r.get(1)?.trim().parse().ok())
        .unwrap_or(super::model::DEFAULT_USUAL_ABSENCE)
}

/// Portes des Alpes (Saint-Priest, Bron, Chassieu, Mions): real communes, modelled zones, illustrative sites,
/// teams and posts authored in data/portes-des-alpes/ (rationale in data/README.md).
pub fn portes_des_alpes() -> EmbeddedTerritory {
    let communes = atlas::portes_des_alpes_communes();
    let zones = zoning::cut(&communes, &zoning::PORTES_DES_ALPES_RULE, |c| {
        pda_prefix(&c.code)
    });
    let mut files = TerritoryFiles::new();
    files.insert(ZONES_CSV.into(), zones_csv(&zones));
    files.insert(SITES_CSV.into(), PDA_SITES.into());
    files.insert(SERVICES_CSV.into(), PDA_SERVICES.into());
    files.insert(MANAGERS_CSV.into(), PDA_MANAGERS.into());
    files.insert(TEAMS_CSV.into(), PDA_TEAMS.into());
    files.insert(TERRITORY_CSV.into(), PDA_TERRITORY.into());
    let groups = vec![Group {
        code: "PDA".into(),
        name: "Portes des Alpes".into(),
        communes: communes.iter().map(|c| c.code.clone()).collect(),
        verified: true,
    }];
    EmbeddedTerritory {
        key: PORTES_DES_ALPES,
        name: "Portes des Alpes".into(),
        files,
        zone_shapes: shapes(&zones),
        communes,
        groups,
        grouping_unverified: false,
    }
}

/// Readable zone prefixes for the four communes of Portes des Alpes; the INSEE code for any other.
fn pda_prefix(code: &str) -> String {
    match code {
        "69290" => "SP".into(),
        "69029" => "BR".into(),
        "69271" => "CH".into(),
        "69283" => "MI".into(),
        other => other.into(),
    }
}

/// zones.csv for these zones; coordinates to 6 decimals (about 0.1 m), which keeps every centre inside its zone.
fn zones_csv(zones: &[Zone]) -> String {
    let rows = zones.iter().map(|z| {
        vec![
            z.id.clone(),
            z.name.clone(),
            z.commune.clone(),
            format!("{:.6}", z.centre[1]),
            format!("{:.6}", z.centre[0]),
            z.population.to_string(),
        ]
    });
    csv_text(
        &["zone_id", "name", "commune", "lat", "lon", "population"],
        rows,
    )
}

fn shapes(zones: &[Zone]) -> BTreeMap<String, Vec<Ring>> {
    ordered::map_of(zones.iter().map(|z| (z.id.clone(), z.rings.clone())))
}

/// A number as the CSV reader reads it back: the shortest text for the same f64.
fn number_text(number: f64) -> String {
    number.to_string()
}

/// One CSV file: a header row, then the records, quoted where needed.
fn csv_text(header: &[&str], records: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing into memory cannot fail: csv::Writer's only errors come from its sink.
    let _ = writer.write_record(header);
    for record in records {
        let _ = writer.write_record(&record);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::io::read_territory;
    use crate::engine::metrics::evaluate;
    use crate::engine::model::{Role, Territory};

    fn load(embedded: &EmbeddedTerritory) -> Territory {
        match read_territory(&embedded.files) {
            Ok(loaded) => loaded.territory,
            Err(error) => panic!("{} does not load: {error:?}", embedded.key),
        }
    }

    fn agents(territory: &Territory) -> u32 {
        territory.teams.iter().map(|t| t.agents).sum()
    }

    fn inside_a_commune(communes: &[Commune], lat: f64, lon: f64) -> bool {
        communes
            .iter()
            .any(|c| c.polygons.iter().any(|p| zoning::contains(p, [lon, lat])))
    }

    #[test]
    fn portes_des_alpes_loads_with_its_figures() {
        let embedded = portes_des_alpes();
        let territory = load(&embedded);
        assert!(
            territory.zones.len() >= 40,
            "{} zones",
            territory.zones.len()
        );
        let population: f64 = territory.zones.iter().map(|z| z.population).sum();
        assert_eq!(population, 117_262.0);
        // About the 380 agents of the job posting (DOMAIN.md).
        assert!(
            (360..=400).contains(&agents(&territory)),
            "{} agents",
            agents(&territory)
        );
        assert_eq!(territory.usual_absence, Some(0.08), "territory.csv sets it");
        assert_eq!(territory.services.len(), 8);
        let count = |role| territory.managers.iter().filter(|m| m.role == role).count();
        assert_eq!((count(Role::Director), count(Role::Deputy)), (1, 1));
        assert_eq!(count(Role::Head), 8);
        assert!(territory
            .sites
            .iter()
            .all(|s| inside_a_commune(&embedded.communes, s.lat, s.lon)));
        let ids: std::collections::BTreeSet<&String> =
            territory.zones.iter().map(|z| &z.id).collect();
        assert!(
            ids.into_iter().eq(embedded.zone_shapes.keys()),
            "a shape for every zone"
        );
    }

    #[test]
    fn portes_des_alpes_warns_of_one_crowded_site() {
        let loaded = read_territory(&portes_des_alpes().files).expect("loads");
        assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    }

    /// The calibration of data/README.md (issue 13), with the usual absence counted: six services
    /// healthy, child protection and roads strained on purpose, about 10 of the 45 teams above
    /// 100 % and at most 3 above 110 %.
    #[test]
    fn portes_des_alpes_loads_land_in_the_documented_bands() {
        let territory = load(&portes_des_alpes());
        assert_calibrated(&territory, 0.8..=1.2);
        let evaluation = evaluate(&territory);
        let over = |limit: f64| {
            evaluation
                .teams
                .iter()
                .filter(|t| t.load_with_usual_absence.is_some_and(|l| l > limit))
                .count()
        };
        assert!(
            (8..=12).contains(&over(1.0)),
            "{} teams above 100 %",
            over(1.0)
        );
        assert!(over(1.1) <= 3, "{} teams above 110 %", over(1.1));
        assert_eq!(evaluation.overloaded_teams.len(), over(1.0));
        let spans: Vec<u64> = evaluation.managers.iter().map(|m| m.span).collect();
        let outside = spans.iter().filter(|&&s| !(5..=12).contains(&s)).count();
        assert!((1..=4).contains(&outside), "spans {spans:?}");
    }

    /// The bands of data/README.md for the load with usual absence, checked on an evaluation:
    /// child protection at 1.05–1.10, roads at 1.02–1.06, every other service at 0.90–0.95.
    fn assert_calibrated(territory: &Territory, team_band: std::ops::RangeInclusive<f64>) {
        let evaluation = evaluate(territory);
        for (service, figures) in territory.services.iter().zip(&evaluation.services) {
            let load = figures
                .load_with_usual_absence
                .expect("every service has agents");
            let band = match service.id.as_str() {
                "ase" => 1.05..=1.10,
                "voirie" => 1.02..=1.06,
                _ => 0.90..=0.95,
            };
            assert!(
                band.contains(&load),
                "{}: load with absence {load}",
                service.id
            );
        }
        for (team, figures) in territory.teams.iter().zip(&evaluation.teams) {
            let load = figures
                .load_with_usual_absence
                .expect("every team has agents");
            assert!(
                team_band.contains(&load),
                "{}: load with absence {load}",
                team.id
            );
        }
    }

    #[test]
    fn the_metropole_loads_with_its_figures() {
        let embedded = metropole();
        let loaded = read_territory(&embedded.files).expect("the Métropole loads");
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
        let territory = loaded.territory;
        assert_eq!(embedded.communes.len(), 58);
        let population: f64 = territory.zones.iter().map(|z| z.population).sum();
        assert_eq!(population, 1_436_354.0);
        assert!(
            (500..=600).contains(&territory.zones.len()),
            "{} zones",
            territory.zones.len()
        );
        assert!(
            (9_500..=9_700).contains(&agents(&territory)),
            "{} agents",
            agents(&territory)
        );
        assert!(
            (190..=210).contains(&territory.sites.len()),
            "{} sites",
            territory.sites.len()
        );
        assert_eq!(territory.services.len(), 8);
        assert!(territory
            .sites
            .iter()
            .all(|s| inside_a_commune(&embedded.communes, s.lat, s.lon)));
        assert_calibrated(&territory, 0.8..=1.2);
        assert_eq!(
            territory.usual_absence,
            Some(0.08),
            "the usual absence of Portes des Alpes"
        );
    }

    #[test]
    fn the_metropole_has_nine_territories_each_led_by_a_pair() {
        let embedded = metropole();
        let territory = load(&embedded);
        assert!(embedded.grouping_unverified);
        assert_eq!(embedded.groups.len(), 9);
        let mut codes: Vec<&String> = embedded.groups.iter().flat_map(|g| &g.communes).collect();
        codes.sort();
        let mut expected: Vec<&String> = embedded.communes.iter().map(|c| &c.code).collect();
        expected.sort();
        assert_eq!(codes, expected, "every commune in exactly one territory");
        for group in &embedded.groups {
            // The guess is labelled wherever a territory's name shows; only Portes des Alpes is backed by a source.
            assert_eq!(group.verified, group.code == "PDA", "{}", group.name);
            assert_eq!(
                !group.verified,
                group.name.ends_with("(regroupement non vérifié)")
            );
            let post = |id: String| {
                territory
                    .managers
                    .iter()
                    .find(|m| m.id == id)
                    .unwrap_or_else(|| panic!("post {id}"))
            };
            let director = post(format!("{}-DIR", group.code));
            let deputy = post(format!("{}-ADJ", group.code));
            assert_eq!((director.role, deputy.role), (Role::Director, Role::Deputy));
            assert!(director.name.contains(&group.name));
            assert_eq!(
                deputy.reports_to.map(|m| territory.manager(m).id.as_str()),
                Some(director.id.as_str())
            );
            assert_eq!(
                director
                    .reports_to
                    .map(|m| territory.manager(m).id.as_str()),
                Some("DG")
            );
        }
    }

    #[test]
    fn the_metropole_is_generated_the_same_every_time() {
        assert_eq!(metropole(), metropole());
    }

    #[test]
    fn keys_find_their_territories() {
        for key in KEYS {
            assert_eq!(by_key(key).map(|t| t.key), Some(key));
        }
        assert!(by_key("atlantis").is_none());
    }
}
