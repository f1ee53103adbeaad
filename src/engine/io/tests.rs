//! The CSV reader's own checks: numbers, delimiters, columns.

use super::table::*;
use super::*;
use crate::engine::lang::Lang;
use crate::engine::model::ServiceIx;

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
