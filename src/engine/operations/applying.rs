//! Applying one operation to a copy of a territory, each kind checked first.

use std::collections::BTreeMap;

use super::error::{post_named, site_named, team_named, Named};
use super::{Event, Operation, OperationError};
use crate::engine::hierarchy::Hierarchy;
use crate::engine::model::{
    AbsenceWave, DemandFactor, Entity, Manager, ManagerIx, Role, ServiceIx, Site, SiteIx, Team,
    TeamIx, Territory, MAX_ABSENCE_WAVE, MAX_DEMAND_FACTOR,
};
use crate::engine::ordered;

fn unknown(entity: Entity, id: &str) -> OperationError {
    OperationError::UnknownId {
        entity,
        id: id.to_string(),
    }
}

fn find_team(t: &Territory, id: &str) -> Result<TeamIx, OperationError> {
    t.team_ix(id).ok_or_else(|| unknown(Entity::Team, id))
}

fn find_site(t: &Territory, id: &str) -> Result<SiteIx, OperationError> {
    t.site_ix(id).ok_or_else(|| unknown(Entity::Site, id))
}

fn find_post(t: &Territory, id: &str) -> Result<ManagerIx, OperationError> {
    t.manager_ix(id).ok_or_else(|| unknown(Entity::Post, id))
}

fn find_service(t: &Territory, id: &str) -> Result<ServiceIx, OperationError> {
    t.service_ix(id).ok_or_else(|| unknown(Entity::Service, id))
}

/// A new id: trimmed (as the CSV reader would read it back), not empty, not taken.
fn new_id(entity: Entity, id: &str, taken: bool) -> Result<String, OperationError> {
    let id = id.trim();
    if id.is_empty() {
        return Err(OperationError::EmptyId { entity });
    }
    if taken {
        return Err(OperationError::DuplicateId {
            entity,
            id: id.to_string(),
        });
    }
    Ok(id.to_string())
}

/// Applies one operation to a copy of the territory; a refused operation changes nothing.
pub fn apply(before: &Territory, operation: &Operation) -> Result<Territory, OperationError> {
    let mut t = before.clone();
    match operation {
        Operation::MoveTeam { team, to_site } => move_team(&mut t, team, to_site)?,
        Operation::MergeTeams { keep, absorb } => merge_teams(&mut t, keep, absorb)?,
        Operation::MergeServicesUnderHead { services, head } => {
            merge_services_under_head(&mut t, services, head)?
        }
        Operation::SplitTeam {
            team,
            new_team_id,
            new_name,
            agents,
        } => split_team(&mut t, team, new_team_id, new_name, *agents)?,
        Operation::CloseSite { site, relocate } => close_site(&mut t, site, relocate)?,
        Operation::OpenSite {
            id,
            name,
            lat,
            lon,
            capacity,
        } => open_site(&mut t, id, name, *lat, *lon, *capacity)?,
        Operation::SetHeadcount { team, agents } => set_headcount(&mut t, team, *agents)?,
        Operation::SetTeamManager { team, manager } => set_team_manager(&mut t, team, manager)?,
        Operation::SetReportsTo {
            manager,
            reports_to,
        } => set_reports_to(&mut t, manager, reports_to)?,
        Operation::AddPost {
            id,
            name,
            role,
            reports_to,
        } => add_post(&mut t, id, name, *role, reports_to)?,
        Operation::RemovePost { post, hand_to } => remove_post(&mut t, post, hand_to)?,
        Operation::SetDemandFactor {
            service,
            commune,
            factor,
        } => set_demand_factor(&mut t, service, commune.as_deref(), *factor)?,
        Operation::Event(Event::SiteUnavailable { site, relocate }) => {
            close_site(&mut t, site, relocate)?
        }
        Operation::Event(Event::AbsenceWave { service, rate }) => {
            set_absence_wave(&mut t, service.as_deref(), *rate)?
        }
        Operation::Event(Event::DemandSurge {
            service,
            commune,
            factor,
        }) => set_demand_factor(&mut t, service, commune.as_deref(), *factor)?,
        Operation::ApplySuggestion(applied) => {
            t = crate::engine::suggest::apply_steps(before, applied)?
        }
    }
    Ok(t)
}

/// Sets the share of agents away in an absence wave, in one service or in all; 0 leaves no
/// entry, so that a wave ended gives the territory as it was.
fn set_absence_wave(
    t: &mut Territory,
    service: Option<&str>,
    rate: f64,
) -> Result<(), OperationError> {
    let services: Vec<ServiceIx> = match service {
        Some(id) => vec![find_service(t, id)?],
        None => (0..t.services.len()).map(ServiceIx::from_index).collect(),
    };
    if !(rate.is_finite() && (0.0..=MAX_ABSENCE_WAVE).contains(&rate)) {
        return Err(OperationError::BadAbsenceWave { rate });
    }
    for service in services {
        let slot = t.absence_waves.iter().position(|a| a.service == service);
        match (slot, rate == 0.0) {
            (Some(i), true) => {
                t.absence_waves.remove(i);
            }
            (Some(i), false) => t.absence_waves[i].rate = rate,
            (None, true) => {}
            (None, false) => t.absence_waves.push(AbsenceWave { service, rate }),
        }
    }
    // In service order, as the CSV reader gives them, so that a territory read back is equal.
    ordered::sort_by_key(&mut t.absence_waves, |a| a.service);
    Ok(())
}

/// Sets a demand factor; a factor of 1 leaves no entry, so that setting a surge and then
/// setting it back to 1 gives the territory as it was loaded.
fn set_demand_factor(
    t: &mut Territory,
    service: &str,
    commune: Option<&str>,
    factor: f64,
) -> Result<(), OperationError> {
    let service = find_service(t, service)?;
    if !(factor.is_finite() && (0.0..=MAX_DEMAND_FACTOR).contains(&factor)) {
        return Err(OperationError::BadDemandFactor { factor });
    }
    let communes: Vec<String> = match commune.map(str::trim) {
        Some(name) => {
            if !t.zones.iter().any(|z| z.commune == name) {
                return Err(OperationError::UnknownCommune {
                    commune: name.to_string(),
                });
            }
            vec![name.to_string()]
        }
        None => t.communes().into_iter().map(str::to_string).collect(),
    };
    for commune in communes {
        let slot = t
            .demand_factors
            .iter()
            .position(|f| f.service == service && f.commune == commune);
        match (slot, factor == 1.0) {
            (Some(i), true) => {
                t.demand_factors.remove(i);
            }
            (Some(i), false) => t.demand_factors[i].factor = factor,
            (None, true) => {}
            (None, false) => t.demand_factors.push(DemandFactor {
                service,
                commune,
                factor,
            }),
        }
    }
    Ok(())
}

fn move_team(t: &mut Territory, team: &str, to_site: &str) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    let site = find_site(t, to_site)?;
    for mate in t.crew_of(team) {
        t.teams[mate.index()].site = site;
    }
    Ok(())
}

fn merge_teams(t: &mut Territory, keep: &str, absorb: &str) -> Result<(), OperationError> {
    let keep = find_team(t, keep)?;
    let absorb = find_team(t, absorb)?;
    if keep == absorb {
        return Err(OperationError::MergeWithItself {
            team: team_named(t, keep),
        });
    }
    if t.team(keep).service == t.team(absorb).service {
        let total = t.team(keep).agents.checked_add(t.team(absorb).agents);
        let total = total.ok_or_else(|| OperationError::HeadcountTooLarge {
            team: team_named(t, keep),
            agents: i64::from(t.team(keep).agents) + i64::from(t.team(absorb).agents),
        })?;
        t.teams[keep.index()].agents = total;
        t.teams.remove(absorb.index());
    } else {
        let crew = match &t.team(keep).crew {
            Some(crew) => crew.clone(),
            None => fresh_crew_name(t, keep),
        };
        let (site, manager) = (t.team(keep).site, t.team(keep).manager);
        t.teams[keep.index()].crew = Some(crew.clone());
        for mate in t.crew_of(absorb) {
            let row = &mut t.teams[mate.index()];
            row.site = site;
            row.manager = manager;
            row.crew = Some(crew.clone());
        }
    }
    Ok(())
}

/// A crew name for a new multi-trade team: the name of the team that keeps its place, made
/// unique so that two crews never share a name by accident.
fn fresh_crew_name(t: &Territory, keep: TeamIx) -> String {
    let team = t.team(keep);
    let base = if team.name.is_empty() {
        team.id.clone()
    } else {
        team.name.clone()
    };
    let taken = |name: &str| t.teams.iter().any(|row| row.crew.as_deref() == Some(name));
    if !taken(&base) {
        return base;
    }
    (1..)
        .map(|n| match n {
            1 => format!("{base} ({})", team.id),
            n => format!("{base} ({}, {n})", team.id),
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}

fn split_team(
    t: &mut Territory,
    team: &str,
    new_team_id: &str,
    new_name: &str,
    agents: u32,
) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    let id = new_id(
        Entity::Team,
        new_team_id,
        t.team_ix(new_team_id.trim()).is_some(),
    )?;
    let available = t.team(team).agents;
    if agents == 0 {
        return Err(OperationError::EmptySplit {
            team: team_named(t, team),
        });
    }
    if agents >= available {
        return Err(OperationError::SplitTooLarge {
            team: team_named(t, team),
            asked: agents,
            available,
        });
    }
    let original = t.team(team).clone();
    t.teams[team.index()].agents = available - agents;
    t.teams.push(Team {
        id,
        name: new_name.trim().to_string(),
        agents,
        crew: None,
        ..original
    });
    Ok(())
}

fn set_headcount(t: &mut Territory, team: &str, agents: i64) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    if agents < 0 {
        return Err(OperationError::NegativeHeadcount {
            team: team_named(t, team),
            agents,
        });
    }
    let agents = u32::try_from(agents).map_err(|_| OperationError::HeadcountTooLarge {
        team: team_named(t, team),
        agents,
    })?;
    t.teams[team.index()].agents = agents;
    Ok(())
}

fn set_team_manager(t: &mut Territory, team: &str, manager: &str) -> Result<(), OperationError> {
    let team = find_team(t, team)?;
    let manager = find_post(t, manager)?;
    for mate in t.crew_of(team) {
        t.teams[mate.index()].manager = manager;
    }
    Ok(())
}

/// Refuses `post` reporting to `boss` when `boss` is `post` or under it.
fn check_no_cycle(t: &Territory, post: ManagerIx, boss: ManagerIx) -> Result<(), OperationError> {
    if Hierarchy::of(t).is_under(boss, post) {
        return Err(OperationError::ReportingCycle {
            post: post_named(t, post),
            reports_to: post_named(t, boss),
        });
    }
    Ok(())
}

fn set_reports_to(
    t: &mut Territory,
    manager: &str,
    reports_to: &str,
) -> Result<(), OperationError> {
    let post = find_post(t, manager)?;
    let boss = find_post(t, reports_to)?;
    check_no_cycle(t, post, boss)?;
    t.managers[post.index()].reports_to = Some(boss);
    Ok(())
}

fn add_post(
    t: &mut Territory,
    id: &str,
    name: &str,
    role: Role,
    reports_to: &str,
) -> Result<(), OperationError> {
    let id = new_id(Entity::Post, id, t.manager_ix(id.trim()).is_some())?;
    let boss = find_post(t, reports_to)?;
    t.managers.push(Manager {
        id,
        name: name.trim().to_string(),
        role,
        reports_to: Some(boss),
    });
    Ok(())
}

fn remove_post(t: &mut Territory, post: &str, hand_to: &str) -> Result<(), OperationError> {
    let post = find_post(t, post)?;
    let heir = find_post(t, hand_to)?;
    let Some(boss) = t.manager(post).reports_to else {
        return Err(OperationError::RemovingTopPost {
            post: post_named(t, post),
        });
    };
    if t.manager(heir).reports_to == Some(post) {
        // The heir steps into the removed post's place.
        t.managers[heir.index()].reports_to = Some(boss);
    } else {
        check_no_cycle(t, post, heir)?;
    }
    hand_over(t, post, heir);
    delete_post(t, post);
    Ok(())
}

/// Every post and team reporting directly to `from` now reports to `to`.
fn hand_over(t: &mut Territory, from: ManagerIx, to: ManagerIx) {
    for manager in &mut t.managers {
        if manager.reports_to == Some(from) {
            manager.reports_to = Some(to);
        }
    }
    for team in &mut t.teams {
        if team.manager == from {
            team.manager = to;
        }
    }
}

/// Removes a post nobody reports to any more, shifting the indices above it.
fn delete_post(t: &mut Territory, post: ManagerIx) {
    t.managers.remove(post.index());
    let shift = |ix: ManagerIx| {
        if ix > post {
            ManagerIx(ix.0 - 1)
        } else {
            ix
        }
    };
    for manager in &mut t.managers {
        manager.reports_to = manager.reports_to.map(shift);
    }
    for team in &mut t.teams {
        team.manager = shift(team.manager);
    }
}

fn open_site(
    t: &mut Territory,
    id: &str,
    name: &str,
    lat: f64,
    lon: f64,
    capacity: u32,
) -> Result<(), OperationError> {
    let id = new_id(Entity::Site, id, t.site_ix(id.trim()).is_some())?;
    let on_globe = |value: f64, limit: f64| value.is_finite() && value.abs() <= limit;
    if !on_globe(lat, 90.0) || !on_globe(lon, 180.0) {
        return Err(OperationError::BadCoordinates { lat, lon });
    }
    t.sites.push(Site {
        id,
        name: name.trim().to_string(),
        lat,
        lon,
        capacity,
    });
    Ok(())
}

fn close_site(
    t: &mut Territory,
    site: &str,
    relocate: &[(String, String)],
) -> Result<(), OperationError> {
    let closing = find_site(t, site)?;
    let destinations = destinations(t, closing, relocate)?;
    let nowhere: Vec<Named> = (0..t.teams.len())
        .map(TeamIx::from_index)
        .filter(|&ix| t.team(ix).site == closing && !destinations.contains_key(&ix))
        .map(|ix| team_named(t, ix))
        .collect();
    if !nowhere.is_empty() {
        return Err(OperationError::TeamsWithNowhereToGo {
            site: site_named(t, closing),
            teams: nowhere,
        });
    }
    for (team, to) in destinations {
        t.teams[team.index()].site = to;
    }
    delete_site(t, closing);
    Ok(())
}

/// Where each team of the closing site goes, crew mates on the site going with the row named.
fn destinations(
    t: &Territory,
    closing: SiteIx,
    relocate: &[(String, String)],
) -> Result<BTreeMap<TeamIx, SiteIx>, OperationError> {
    let mut destinations = BTreeMap::new();
    for (team, to) in relocate {
        let team = find_team(t, team)?;
        let to = find_site(t, to)?;
        if to == closing {
            return Err(OperationError::RelocatedToClosingSite {
                team: team_named(t, team),
                site: site_named(t, closing),
            });
        }
        if t.team(team).site != closing {
            return Err(OperationError::TeamNotOnSite {
                team: team_named(t, team),
                site: site_named(t, closing),
            });
        }
        for mate in t.crew_of(team) {
            if t.team(mate).site != closing {
                continue;
            }
            if destinations
                .insert(mate, to)
                .is_some_and(|earlier| earlier != to)
            {
                let crew = t.team(mate).crew.clone().unwrap_or_default();
                return Err(OperationError::CrewSplit { crew });
            }
        }
    }
    Ok(destinations)
}

/// Removes a site no team works at any more, with its measured travel times.
fn delete_site(t: &mut Territory, site: SiteIx) {
    t.sites.remove(site.index());
    t.travel_overrides.retain(|o| o.site != site);
    let shift = |ix: SiteIx| {
        if ix > site {
            SiteIx(ix.0 - 1)
        } else {
            ix
        }
    };
    for team in &mut t.teams {
        team.site = shift(team.site);
    }
    for measured in &mut t.travel_overrides {
        measured.site = shift(measured.site);
    }
}

fn merge_services_under_head(
    t: &mut Territory,
    services: &[String; 2],
    head: &str,
) -> Result<(), OperationError> {
    let first = find_service(t, &services[0])?;
    let second = find_service(t, &services[1])?;
    let head = find_post(t, head)?;
    let in_scope = |k: ServiceIx| k == first || k == second;
    let hierarchy = Hierarchy::of(t);
    let below = hierarchy.services_below(t);
    let mut old_heads = Vec::new();
    let mut teams_to_head = Vec::new();
    for (ix, team) in t.teams.iter().enumerate() {
        if !in_scope(team.service) {
            continue;
        }
        match hierarchy.nearest(team.manager, Role::Head) {
            Some(h) if h == head => {}
            Some(h) => {
                if !old_heads.contains(&h) {
                    old_heads.push(h);
                }
            }
            None => teams_to_head.push(TeamIx::from_index(ix)),
        }
    }
    let mut posts_to_head = Vec::new();
    for &old in &old_heads {
        for (ix, team) in t.teams.iter().enumerate() {
            if team.manager == old && in_scope(team.service) {
                teams_to_head.push(TeamIx::from_index(ix));
            }
        }
        for (ix, post) in t.managers.iter().enumerate() {
            let only_ours = !below[ix].is_empty() && below[ix].iter().all(|&k| in_scope(k));
            if post.reports_to == Some(old) && ix != head.index() && only_ours {
                let post = ManagerIx::from_index(ix);
                check_no_cycle(t, post, head)?;
                posts_to_head.push(post);
            }
        }
    }
    for team in teams_to_head {
        for mate in t.crew_of(team) {
            t.teams[mate.index()].manager = head;
        }
    }
    for post in posts_to_head {
        t.managers[post.index()].reports_to = Some(head);
    }
    remove_emptied_heads(t, old_heads);
    Ok(())
}

/// Removes the former heads that have no report left, highest index first so that the
/// indices still to remove stay valid.
fn remove_emptied_heads(t: &mut Territory, mut heads: Vec<ManagerIx>) {
    ordered::sort_by(&mut heads, |a, b| b.cmp(a));
    for head in heads {
        let has_posts = t.managers.iter().any(|m| m.reports_to == Some(head));
        let has_teams = t.teams.iter().any(|team| team.manager == head);
        let is_top = t.manager(head).reports_to.is_none();
        if !has_posts && !has_teams && !is_top {
            delete_post(t, head);
        }
    }
}
