//! Writing a territory as its CSV folder, which reads back to an equal territory.

use super::{
    TerritoryFiles, ABSENCE_WAVE_COLUMN, DEMAND_FACTORS_CSV, DEMAND_FACTOR_COLUMNS, MANAGERS_CSV,
    MANAGER_COLUMNS, SERVICES_CSV, SERVICE_COLUMNS, SITES_CSV, SITE_COLUMNS, TEAMS_CSV,
    TEAM_COLUMNS, TEAM_EXTRA_COLUMNS, TERRITORY_COLUMNS, TERRITORY_CSV, TRAVEL_COLUMNS,
    TRAVEL_TIMES_CSV, USUAL_ABSENCE, ZONES_CSV, ZONE_COLUMNS,
};
use crate::engine::model::{ServiceIx, Territory};

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
