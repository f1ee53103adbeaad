//! Integration tests of the month-by-month simulation (issue 6): the model of MODEL.md, reproducibility, batching, the command line.

mod calibration;
mod cli;
mod difference;
mod model;
mod params;
mod reproducibility;

use maillage::engine::io::{read_territory, TerritoryFiles};
use maillage::engine::model::Territory;

pub const ZONES: &str = "\
zone_id,name,commune,lat,lon,population
z1,Centre,Ville,45.0,5.0,10000
z2,Nord,Ville,45.1,5.0,5000
";

pub const SITES: &str = "\
site_id,name,lat,lon,capacity
a,Mairie,45.0,5.0,100
b,Annexe,45.1,5.0,100
";

/// Child protection: D = 15,000 × 20 / 1000 = 300 units a month; roads: D = 60.
pub const SERVICES: &str = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes
child,Protection de l'enfance,social,20,10,30
roads,Voirie,urban,4,5,30
";

pub const MANAGERS: &str = "\
manager_id,name,role,reports_to
dir,Directrice,director,
h1,Chef social,head,dir
h2,Chef voirie,head,dir
";

/// 276 units of child protection a month with everyone present (30 agents × 10), 60 of roads.
pub const TEAMS: &str = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance centre,child,a,20,h1
t2,Enfance nord,child,b,10,h1
t3,Voirie,roads,a,12,h2
";

/// The change: t2 moves to site a (touched), t3 stays, t4 is a new roads team at b (touched).
pub const TEAMS_AFTER: &str = "\
team_id,name,service_id,site_id,agents,manager_id
t1,Enfance centre,child,a,20,h1
t2,Enfance nord,child,a,10,h1
t3,Voirie,roads,a,12,h2
t4,Voirie nord,roads,b,3,h2
";

/// A territory from the given CSV texts, in the order zones, sites, services, managers, teams.
pub fn territory(
    zones: &str,
    sites: &str,
    services: &str,
    managers: &str,
    teams: &str,
) -> Territory {
    let mut files = TerritoryFiles::new();
    for (name, text) in [
        ("zones.csv", zones),
        ("sites.csv", sites),
        ("services.csv", services),
        ("managers.csv", managers),
        ("teams.csv", teams),
    ] {
        files.insert(name.to_string(), text.to_string());
    }
    match read_territory(&files) {
        Ok(loaded) => loaded.territory,
        Err(error) => panic!("test territory refused: {error}"),
    }
}

/// The small territory before the change.
pub fn before() -> Territory {
    territory(ZONES, SITES, SERVICES, MANAGERS, TEAMS)
}

/// The small territory after the change.
pub fn after() -> Territory {
    territory(ZONES, SITES, SERVICES, MANAGERS, TEAMS_AFTER)
}
