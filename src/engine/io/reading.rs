//! Reading a territory folder, every file checked, the folder refused whole at the first fault.

use std::collections::BTreeMap;

use super::table::{index_ids, lookup, open_table, required_table, Table};
use super::{
    write_territory, ImportError, ImportErrorKind, Loaded, TerritoryFiles, ABSENCE_WAVE_COLUMN,
    DEMAND_FACTORS_CSV, DEMAND_FACTOR_COLUMNS, FILE_NAMES, MANAGERS_CSV, MANAGER_COLUMNS,
    OLD_ABSENCE_WAVE_COLUMN, SERVICES_CSV, SERVICE_COLUMNS, SITES_CSV, SITE_COLUMNS, TEAMS_CSV,
    TEAM_COLUMNS, TERRITORY_COLUMNS, TERRITORY_CSV, TRAVEL_COLUMNS, TRAVEL_TIMES_CSV,
    USUAL_ABSENCE, ZONES_CSV, ZONE_COLUMNS,
};
use crate::engine::model::{
    AbsenceWave, DemandFactor, Entity, Family, Manager, ManagerIx, Role, Service, ServiceIx, Site,
    SiteIx, Team, Territory, TravelOverride, Zone, ZoneIx, MAX_ABSENCE_WAVE, MAX_DEMAND_FACTOR,
};

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
