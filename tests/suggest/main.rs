//! Suggestions (SUGGEST.md): hand-worked territories, properties over random ones, applying a
//! suggestion as a scenario, and the command line.

mod apply;
mod cli;
mod hand_worked;
mod properties;

use maillage::engine::io::{read_territory, TerritoryFiles};
use maillage::engine::model::Territory;

/// Four zones on a line, one site at each (S1 to S4, ten minutes apart) and S5, an hour from
/// everyone. Every travel time is in travel_times.csv, so the sums are worked out by hand:
///
/// ```text
///            S1  S2  S3  S4  S5
/// Z1 (100)    0  10  20  30  60
/// Z2 (200)   10   0  10  20  60
/// Z3 (300)   20  10   0  10  60
/// Z4 (400)   30  20  10   0  60
/// ```
pub const ZONES: &str = "\
zone_id,name,commune,lat,lon,population
Z1,Un,Alpha,45.70,4.80,100
Z2,Deux,Alpha,45.70,4.81,200
Z3,Trois,Beta,45.70,4.82,300
Z4,Quatre,Beta,45.70,4.83,400
";
/// S2 has room for 8 agents and hosts 3 of K2: 5 left.
pub const SITES: &str = "\
site_id,name,lat,lon,capacity
S1,Site un,45.70,4.80,20
S2,Site deux,45.70,4.81,8
S3,Site trois,45.70,4.82,20
S4,Site quatre,45.70,4.83,20
S5,Site lointain,45.90,4.80,20
";
/// K: 10 units per 1,000 residents, 10 minutes accepted. K2 only fills S2.
pub const SERVICES: &str = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes
K,Accueil,social,10,1,10
K2,Voirie,urban,5,10,20
";
pub const MANAGERS: &str = "\
manager_id,name,role,reports_to
D,Directrice,director,
L,Chef d'équipe,lead,D
";
/// K works from S1 (6 agents) and S5 (4 agents) today.
pub const TEAMS: &str = "\
team_id,name,service_id,site_id,agents,manager_id
T1,Accueil un,K,S1,6,L
T2,Accueil lointain,K,S5,4,L
T3,Voirie deux,K2,S2,3,L
";
pub const TRAVEL: &str = "\
zone_id,site_id,minutes
Z1,S1,0
Z1,S2,10
Z1,S3,20
Z1,S4,30
Z1,S5,60
Z2,S1,10
Z2,S2,0
Z2,S3,10
Z2,S4,20
Z2,S5,60
Z3,S1,20
Z3,S2,10
Z3,S3,0
Z3,S4,10
Z3,S5,60
Z4,S1,30
Z4,S2,20
Z4,S3,10
Z4,S4,0
Z4,S5,60
";

/// The line territory as a folder.
pub fn line_files() -> Vec<(&'static str, &'static str)> {
    vec![
        ("zones.csv", ZONES),
        ("sites.csv", SITES),
        ("services.csv", SERVICES),
        ("managers.csv", MANAGERS),
        ("teams.csv", TEAMS),
        ("travel_times.csv", TRAVEL),
    ]
}

/// Reads a folder that must be valid.
pub fn load(pairs: &[(&str, &str)]) -> Territory {
    let files: TerritoryFiles = pairs
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    match read_territory(&files) {
        Ok(loaded) => loaded.territory,
        Err(error) => panic!("test territory refused: {error}"),
    }
}

/// The line territory.
pub fn line() -> Territory {
    load(&line_files())
}

/// An embedded territory.
pub fn embedded(key: &str) -> Territory {
    let embedded = maillage::engine::embedded::by_key(key).expect("embedded territory");
    read_territory(&embedded.files).expect("valid").territory
}
