//! Reading and writing the CSV folder: tolerance, refusals naming file, line and column, round trip.

use maillage::engine::io::{read_territory, write_territory, ImportError, ImportErrorKind};
use maillage::engine::lang::Lang;
use maillage::engine::model::{Entity, Warning};

use crate::{files, small, small_files, small_with, ZONES};

fn refusal(pairs: maillage::engine::io::TerritoryFiles) -> ImportError {
    match read_territory(&pairs) {
        Ok(_) => panic!("the folder should have been refused"),
        Err(error) => error,
    }
}

/// Asserts where the refusal points and what it says.
#[track_caller]
fn assert_refused(error: &ImportError, file: &str, line: Option<u64>, column: Option<&str>) {
    assert_eq!(error.file, file, "{error}");
    assert_eq!(error.line, line, "{error}");
    assert_eq!(error.column.as_deref(), column, "{error}");
}

#[test]
fn the_small_territory_reads_with_its_warning() {
    let loaded = read_territory(&files(&small_files())).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(loaded.territory.zones.len(), 4);
    assert_eq!(loaded.territory.travel_overrides.len(), 12);
    assert!(
        matches!(loaded.warnings.as_slice(), [Warning::SiteOverCapacity { site, .. }] if site == "S2")
    );
    assert_eq!(
        loaded.warnings[0].message(Lang::Fr),
        "le site « Agence de Saint-Priest » (S2) accueille 4 agents pour une capacité de 3"
    );
}

#[test]
fn columns_in_any_order_unknown_columns_bom_and_spaces_are_accepted() {
    let zones = "\u{feff}population, lat ,note,zone_id,lon,commune,name\n 1000 ,45.70,x, Z1 ,4.90,Alpha,Centre\n2000,45.71,,Z2,4.91,Alpha,Gare\n3000,45.72,,Z3,4.92,Beta,Parc\n0,45.73,,Z4,4.93,Beta,ZI\n";
    let loaded = read_territory(&small_with("zones.csv", zones)).unwrap_or_else(|e| panic!("{e}"));
    let z1 = &loaded.territory.zones[0];
    assert_eq!(
        (z1.id.as_str(), z1.population, z1.lat),
        ("Z1", 1000.0, 45.70)
    );
}

#[test]
fn a_french_spreadsheet_with_semicolons_and_decimal_commas_is_accepted() {
    let zones = "zone_id;name;commune;lat;lon;population\nZ1;Centre;Alpha;45,70;4,90;1 000,5\nZ2;Gare;Alpha;45.71;4.91;2000\nZ3;Parc;Beta;45.72;4.92;3000\nZ4;ZI;Beta;45.73;4.93;0\n";
    let loaded = read_territory(&small_with("zones.csv", zones)).unwrap_or_else(|e| panic!("{e}"));
    let z1 = &loaded.territory.zones[0];
    assert_eq!((z1.lat, z1.lon, z1.population), (45.70, 4.90, 1000.5));
}

#[test]
fn an_unknown_reference_names_file_line_column_in_words() {
    let teams =
        "team_id,name,service_id,site_id,agents,manager_id\nT1,a,K1,S1,3,L1\nT2,b,K1,D12,1,L1\n";
    let error = refusal(small_with("teams.csv", teams));
    assert_refused(&error, "teams.csv", Some(3), Some("site_id"));
    assert_eq!(
        error.kind,
        ImportErrorKind::UnknownReference {
            id: "D12".into(),
            target: Entity::Site
        }
    );
    assert_eq!(
        error.message(Lang::Fr),
        "teams.csv, ligne 3, colonne site_id : le site « D12 » n'existe pas dans sites.csv"
    );
    assert_eq!(
        error.message(Lang::En),
        "teams.csv, line 3, column site_id: there is no site “D12” in sites.csv"
    );
}

#[test]
fn a_duplicate_id_names_both_lines() {
    let zones = "zone_id,name,commune,lat,lon,population\nZ1,a,c,45,5,1\nZ1,b,c,45,5,1\n";
    let error = refusal(small_with("zones.csv", zones));
    assert_refused(&error, "zones.csv", Some(3), Some("zone_id"));
    assert_eq!(
        error.kind,
        ImportErrorKind::DuplicateId {
            id: "Z1".into(),
            first_line: 2
        }
    );
}

#[test]
fn bad_numbers_are_refused_with_their_kind() {
    let zone = |population: &'static str| -> String {
        format!("zone_id,name,commune,lat,lon,population\nZ1,a,c,45,5,{population}\n")
    };
    let cases: [(&str, ImportErrorKind); 4] = [
        ("-5", ImportErrorKind::Negative { value: "-5".into() }),
        (
            "beaucoup",
            ImportErrorKind::NotANumber {
                value: "beaucoup".into(),
            },
        ),
        (
            "NaN",
            ImportErrorKind::NotANumber {
                value: "NaN".into(),
            },
        ),
        ("", ImportErrorKind::EmptyValue),
    ];
    for (population, kind) in cases {
        let text: &'static str = Box::leak(zone(population).into_boxed_str());
        let error = refusal(small_with("zones.csv", text));
        assert_refused(&error, "zones.csv", Some(2), Some("population"));
        assert_eq!(error.kind, kind);
    }
}

#[test]
fn agents_must_be_a_whole_number() {
    let teams = "team_id,name,service_id,site_id,agents,manager_id\nT1,a,K1,S1,2.5,L1\n";
    let error = refusal(small_with("teams.csv", teams));
    assert_refused(&error, "teams.csv", Some(2), Some("agents"));
    assert_eq!(
        error.kind,
        ImportErrorKind::NotAWholeNumber {
            value: "2.5".into()
        }
    );
    assert_eq!(
        error.message(Lang::Fr),
        "teams.csv, ligne 2, colonne agents : « 2.5 » n'est pas un nombre entier"
    );
}

#[test]
fn coordinates_must_be_on_the_globe() {
    let sites = "site_id,name,lat,lon,capacity\nS1,a,95,4.9,10\nS2,b,45,5,3\nS3,c,45,5,1\n";
    let error = refusal(small_with("sites.csv", sites));
    assert_refused(&error, "sites.csv", Some(2), Some("lat"));
    assert_eq!(
        error.kind,
        ImportErrorKind::BadCoordinate { value: "95".into() }
    );
}

#[test]
fn a_missing_column_points_at_the_header_row() {
    let sites = "site_id,name,lat,lon\nS1,a,45,4.9\n";
    let error = refusal(small_with("sites.csv", sites));
    assert_refused(&error, "sites.csv", Some(1), Some("capacity"));
    assert_eq!(error.kind, ImportErrorKind::MissingColumn);
}

#[test]
fn a_missing_file_is_named_and_travel_times_are_optional() {
    let mut pairs = small_files();
    pairs.retain(|(name, _)| *name != "teams.csv");
    let error = refusal(files(&pairs));
    assert_refused(&error, "teams.csv", None, None);
    assert_eq!(error.kind, ImportErrorKind::MissingFile);

    let mut pairs = small_files();
    pairs.retain(|(name, _)| *name != "travel_times.csv");
    assert!(read_territory(&files(&pairs)).is_ok());
}

#[test]
fn unknown_role_and_family_are_refused() {
    let managers = "manager_id,name,role,reports_to\nD,d,boss,\n";
    let error = refusal(small_with("managers.csv", managers));
    assert_refused(&error, "managers.csv", Some(2), Some("role"));
    assert_eq!(
        error.kind,
        ImportErrorKind::UnknownRole {
            value: "boss".into()
        }
    );

    let services = "service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\nK1,a,medical,1,1,1\n";
    let error = refusal(small_with("services.csv", services));
    assert_refused(&error, "services.csv", Some(2), Some("family"));
    assert_eq!(
        error.kind,
        ImportErrorKind::UnknownFamily {
            value: "medical".into()
        }
    );
}

#[test]
fn a_reporting_cycle_is_refused() {
    let managers = "manager_id,name,role,reports_to\nD,d,director,\nA,a,head,B\nB,b,lead,A\n";
    let error = refusal(small_with("managers.csv", managers));
    assert_refused(&error, "managers.csv", Some(3), Some("reports_to"));
    assert_eq!(
        error.kind,
        ImportErrorKind::ReportingCycle {
            posts: vec!["A".into(), "B".into()]
        }
    );
    assert_eq!(
        error.message(Lang::Fr),
        "managers.csv, ligne 3, colonne reports_to : les postes A → B → A se rattachent en boucle : aucun ne remonte au poste de tête"
    );
}

#[test]
fn several_top_posts_or_none_are_refused() {
    let managers = "manager_id,name,role,reports_to\nD,d,director,\nE,e,deputy,\n";
    let error = refusal(small_with("managers.csv", managers));
    assert_refused(&error, "managers.csv", Some(3), Some("reports_to"));
    assert_eq!(
        error.kind,
        ImportErrorKind::SeveralTopPosts {
            first: "D".into(),
            second: "E".into()
        }
    );

    let error = refusal(small_with(
        "managers.csv",
        "manager_id,name,role,reports_to\n",
    ));
    assert_refused(&error, "managers.csv", None, Some("reports_to"));
    assert_eq!(error.kind, ImportErrorKind::NoTopPost);
}

#[test]
fn travel_times_refuse_unknown_zones_and_repeated_pairs() {
    let travel = "zone_id,site_id,minutes\nZ1,S1,5\nZ9,S1,5\n";
    let error = refusal(small_with("travel_times.csv", travel));
    assert_refused(&error, "travel_times.csv", Some(3), Some("zone_id"));

    let travel = "zone_id,site_id,minutes\nZ1,S1,5\nZ1,S1,6\n";
    let error = refusal(small_with("travel_times.csv", travel));
    assert_refused(&error, "travel_times.csv", Some(3), Some("site_id"));
    assert!(matches!(
        error.kind,
        ImportErrorKind::DuplicatePair { first_line: 2, .. }
    ));
}

#[test]
fn written_files_read_back_equal() {
    let territory = small();
    let written = write_territory(&territory);
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        [
            "managers.csv",
            "services.csv",
            "sites.csv",
            "teams.csv",
            "travel_times.csv",
            "zones.csv"
        ]
    );
    let again = read_territory(&written)
        .unwrap_or_else(|e| panic!("{e}"))
        .territory;
    assert_eq!(again, territory);
    assert!(written["teams.csv"]
        .starts_with("team_id,name,service_id,site_id,agents,manager_id,crew\n"));
}

#[test]
fn travel_times_are_written_only_when_measured() {
    let mut pairs = small_files();
    pairs.retain(|(name, _)| *name != "travel_times.csv");
    let territory = read_territory(&files(&pairs))
        .unwrap_or_else(|e| panic!("{e}"))
        .territory;
    assert!(!write_territory(&territory).contains_key("travel_times.csv"));
    // Numbers are written in their shortest exact form: 45.70 becomes 45.7.
    assert!(write_territory(&territory)["zones.csv"]
        .starts_with("zone_id,name,commune,lat,lon,population\nZ1,Centre,Alpha,45.7,4.9,1000\n"));
    assert!(ZONES.contains("Z1,Centre,Alpha,45.70,4.90,1000"));
}
