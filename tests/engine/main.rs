//! Integration tests of the engine: CSV import, figures, operations, properties, boundaries, CLI.

mod architecture;
mod change;
mod cli;
mod csv_files;
mod decision;
mod events;
mod independent;
mod metrics;
mod operations;
mod properties;
mod usual_absence;

use maillage::engine::io::{read_territory, TerritoryFiles};
use maillage::engine::model::Territory;

/// A folder given as (file name, text) pairs.
pub fn files(pairs: &[(&str, &str)]) -> TerritoryFiles {
    pairs
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect()
}

/// Reads a folder that must be valid.
pub fn load(pairs: &[(&str, &str)]) -> Territory {
    match read_territory(&files(pairs)) {
        Ok(loaded) => loaded.territory,
        Err(error) => panic!("test territory refused: {error}"),
    }
}

/// Asserts two floats agree to 1e-9 (figures are sums of a few products).
#[track_caller]
pub fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0),
        "{actual} ≠ {expected}"
    );
}

/// The "small territory" most tests use. Its figures are worked out by hand in metrics.rs.
///
/// Four zones in two communes, three sites, two services (K2 has no agent), four posts.
/// Every travel time is given in travel_times.csv so that the arithmetic stays exact.
pub const ZONES: &str = "\
zone_id,name,commune,lat,lon,population
Z1,Centre,Alpha,45.70,4.90,1000
Z2,Gare,Alpha,45.71,4.91,2000
Z3,Parc,Beta,45.72,4.92,3000
Z4,Zone industrielle,Beta,45.73,4.93,0
";
/// Three sites; S2 hosts 4 agents for a capacity of 3.
pub const SITES: &str = "\
site_id,name,lat,lon,capacity
S1,Dépôt de Bron,45.70,4.90,10
S2,Agence de Saint-Priest,45.71,4.91,3
S3,Maison de la Métropole,45.72,4.92,10
";
/// K1: 12 units per 1,000 residents, 4 per agent, 10 minutes accepted. K2: 5, 10, 20.
pub const SERVICES: &str = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes
K1,Collecte,urban,12,4,10
K2,Protection de l'enfance,social,5,10,20
";
/// D ← H ← L1, L2, L3.
pub const MANAGERS: &str = "\
manager_id,name,role,reports_to
D,Directrice,director,
H,Chef de service,head,D
L1,Chef d'équipe Nord,lead,H
L2,Chef d'équipe Sud,lead,H
L3,Chef d'équipe vacant,lead,H
";
/// T1 (3 agents, S1), T2 (1, S2), T3 (3, S2) of K1; T4 (0 agents, S3) of K2.
pub const TEAMS: &str = "\
team_id,name,service_id,site_id,agents,manager_id
T1,Collecte Nord,K1,S1,3,L1
T2,Collecte Est,K1,S2,1,L1
T3,Collecte Sud,K1,S2,3,L2
T4,Enfance,K2,S3,0,L2
";
/// Every zone–site pair, in minutes.
pub const TRAVEL: &str = "\
zone_id,site_id,minutes
Z1,S1,5
Z1,S2,20
Z1,S3,30
Z2,S1,10
Z2,S2,10
Z2,S3,40
Z3,S1,25
Z3,S2,12
Z3,S3,15
Z4,S1,50
Z4,S2,50
Z4,S3,50
";

/// The small territory as a folder.
pub fn small_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("zones.csv", ZONES),
        ("sites.csv", SITES),
        ("services.csv", SERVICES),
        ("managers.csv", MANAGERS),
        ("teams.csv", TEAMS),
        ("travel_times.csv", TRAVEL),
    ]
}

/// The small territory.
pub fn small() -> Territory {
    load(&small_files())
}

/// The small territory with one file replaced.
pub fn small_with(file: &'static str, text: &'static str) -> TerritoryFiles {
    let mut pairs = small_files();
    for pair in &mut pairs {
        if pair.0 == file {
            pair.1 = text;
        }
    }
    files(&pairs)
}
