//! Facts about sites that the map shows and its forms start from: who works where, the nearest other site, a free id.

use std::collections::BTreeMap;

use super::model::{ServiceIx, SiteIx, TeamIx, Territory, Warning};
use super::travel::haversine_km;

/// Teams and agents working at one site.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Staff {
    /// Teams (rows of teams.csv) working there.
    pub teams: u32,
    /// Their agents.
    pub agents: u64,
}

/// Teams and agents at each site (indexed by site), of one service or, with `None`, of all.
pub fn staff_per_site(territory: &Territory, service: Option<ServiceIx>) -> Vec<Staff> {
    let mut staff = vec![Staff::default(); territory.sites.len()];
    for team in &territory.teams {
        if service.is_some_and(|k| k != team.service) {
            continue;
        }
        if let Some(slot) = staff.get_mut(team.site.index()) {
            slot.teams += 1;
            slot.agents += u64::from(team.agents);
        }
    }
    staff
}

/// Places left at each site (indexed by site): its capacity less the agents working there,
/// negative when it holds more than its capacity. With `arriving`, as if that team (and the rest
/// of its multi-trade team, which moves with it) worked there too, where it does not already.
pub fn room_per_site(territory: &Territory, arriving: Option<TeamIx>) -> Vec<i64> {
    let staff = staff_per_site(territory, None);
    let movers: Vec<TeamIx> = arriving
        .filter(|team| team.index() < territory.teams.len())
        .map(|team| territory.crew_of(team))
        .unwrap_or_default();
    territory
        .sites
        .iter()
        .zip(&staff)
        .enumerate()
        .map(|(s, (site, here))| {
            let coming: u64 = movers
                .iter()
                .map(|&mate| territory.team(mate))
                .filter(|mate| mate.site.index() != s)
                .map(|mate| u64::from(mate.agents))
                .sum();
            i64::from(site.capacity) - (here.agents + coming) as i64
        })
        .collect()
}

/// The site nearest to `site` as the crow flies, other than itself; the first in id order on a
/// tie. `None` when the territory has no other site.
pub fn nearest_other_site(territory: &Territory, site: SiteIx) -> Option<SiteIx> {
    nearest_other_site_where(territory, site, |_| true)
}

/// Like [`nearest_other_site`], among the sites `accept` keeps.
pub fn nearest_other_site_where(
    territory: &Territory,
    site: SiteIx,
    accept: impl Fn(SiteIx) -> bool,
) -> Option<SiteIx> {
    let from = territory.sites.get(site.index())?;
    let mut best: Option<(SiteIx, f64)> = None;
    for (index, other) in territory.sites.iter().enumerate() {
        let ix = SiteIx::from_index(index);
        if index == site.index() || !accept(ix) {
            continue;
        }
        let km = haversine_km(from.lat, from.lon, other.lat, other.lon);
        let better = match best {
            None => true,
            Some((best_ix, best_km)) => {
                km < best_km || (km == best_km && other.id < territory.site(best_ix).id)
            }
        };
        if better {
            best = Some((ix, km));
        }
    }
    best.map(|(ix, _)| ix)
}

/// The relocation a closing site starts from, as (team id, site id) pairs in team order, ready
/// for `Operation::CloseSite`: each team goes to the nearest other site where its service already
/// works, or else to the nearest other site. Rows of one multi-trade team go where its first row goes.
pub fn default_relocation(territory: &Territory, site: SiteIx) -> Vec<(String, String)> {
    let hosting: Vec<Vec<Staff>> = (0..territory.services.len())
        .map(|k| staff_per_site(territory, Some(ServiceIx::from_index(k))))
        .collect();
    let mut crews: BTreeMap<&str, SiteIx> = BTreeMap::new();
    let mut relocation = Vec::new();
    for team in territory.teams.iter().filter(|team| team.site == site) {
        let crew = team
            .crew
            .as_deref()
            .and_then(|crew| crews.get(crew).copied());
        let serves = |s: SiteIx| {
            hosting
                .get(team.service.index())
                .and_then(|staff| staff.get(s.index()))
                .is_some_and(|staff| staff.agents > 0)
        };
        let to = crew
            .or_else(|| nearest_other_site_where(territory, site, serves))
            .or_else(|| nearest_other_site(territory, site));
        let Some(to) = to else {
            continue;
        };
        if let Some(name) = team.crew.as_deref() {
            crews.entry(name).or_insert(to);
        }
        relocation.push((team.id.clone(), territory.site(to).id.clone()));
    }
    relocation
}

/// The sites a change put over capacity, or further over it: over capacity in `after` and
/// holding more agents than in `before` (a new site counts from zero), in site order. A change
/// that leaves a crowded site as crowded says nothing new.
pub fn crowded_by_change(before: &Territory, after: &Territory) -> Vec<Warning> {
    let agents_before = before.agents_per_site();
    after
        .warnings()
        .into_iter()
        .filter(|warning| match warning {
            Warning::SiteOverCapacity { site, agents, .. } => {
                let was = before
                    .site_ix(site)
                    .and_then(|ix| agents_before.get(ix.index()).copied())
                    .unwrap_or(0);
                *agents > was
            }
        })
        .collect()
}

/// A site id not yet taken: `{stem}-1`, `{stem}-2`, … (the first free one).
pub fn fresh_site_id(territory: &Territory, stem: &str) -> String {
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| territory.site_ix(id).is_none())
        .unwrap_or_else(|| stem.to_string())
}

/// Whether a zone `minutes` away from its site is within the service's catchment time
/// (MODEL.md: `t(z) ≤ catchment_minutes`, inclusive); `None` where the zone has no site.
pub fn within_catchment(minutes: Option<f64>, catchment_minutes: f64) -> Option<bool> {
    minutes.map(|t| t <= catchment_minutes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Family, ManagerIx, Role, Service, Site, Team};

    fn site(id: &str, lat: f64, lon: f64) -> Site {
        Site {
            id: id.into(),
            name: format!("Site {id}"),
            lat,
            lon,
            capacity: 50,
        }
    }

    fn team(id: &str, service: u32, site: u32, agents: u32) -> Team {
        Team {
            id: id.into(),
            name: id.into(),
            service: ServiceIx(service),
            site: SiteIx(site),
            agents,
            manager: ManagerIx(0),
            crew: None,
        }
    }

    fn territory() -> Territory {
        let service = |id: &str| Service {
            id: id.into(),
            name: id.into(),
            family: Family::Urban,
            demand_per_1000: 10.0,
            units_per_agent: 10.0,
            catchment_minutes: 20.0,
            usual_absence: None,
        };
        Territory {
            sites: vec![
                site("A", 45.70, 4.90),
                site("C", 45.71, 4.90),
                site("B", 45.69, 4.90),
                site("FAR", 46.70, 4.90),
            ],
            services: vec![service("collecte"), service("voirie")],
            managers: vec![crate::engine::model::Manager {
                id: "D".into(),
                name: "D".into(),
                role: Role::Director,
                reports_to: None,
            }],
            teams: vec![
                team("T1", 0, 0, 10),
                team("T2", 1, 0, 4),
                team("T3", 0, 3, 7),
            ],
            ..Territory::default()
        }
    }

    #[test]
    fn staff_is_counted_per_site_for_one_service_or_all() {
        let t = territory();
        let all = staff_per_site(&t, None);
        assert_eq!(
            all[0],
            Staff {
                teams: 2,
                agents: 14
            }
        );
        assert_eq!(all[1], Staff::default());
        let collecte = staff_per_site(&t, Some(ServiceIx(0)));
        assert_eq!(
            collecte[0],
            Staff {
                teams: 1,
                agents: 10
            }
        );
        assert_eq!(
            collecte[3],
            Staff {
                teams: 1,
                agents: 7
            }
        );
    }

    #[test]
    fn room_left_is_capacity_less_agents_and_counts_a_team_about_to_arrive() {
        let mut t = territory();
        // A holds T1 (10) and T2 (4) for 50 places; FAR holds T3 (7).
        assert_eq!(room_per_site(&t, None), vec![36, 50, 50, 43]);
        // T3 arriving: 7 fewer places everywhere but at FAR, where it already works.
        assert_eq!(room_per_site(&t, Some(TeamIx(2))), vec![29, 43, 43, 43]);
        // A multi-trade team arrives whole.
        t.teams[1].crew = Some("Polyvalente".into());
        t.teams[2].crew = Some("Polyvalente".into());
        assert_eq!(room_per_site(&t, Some(TeamIx(2))), vec![29, 39, 39, 39]);
        t.sites[0].capacity = 10;
        assert_eq!(room_per_site(&t, None)[0], -4);
    }

    #[test]
    fn the_nearest_other_site_breaks_ties_by_id() {
        let t = territory();
        // B and C are both 0.01° of latitude from A: B comes first in id order.
        assert_eq!(nearest_other_site(&t, SiteIx(0)), Some(SiteIx(2)));
        assert_eq!(nearest_other_site(&t, SiteIx(3)), Some(SiteIx(1)));
        let lonely = Territory {
            sites: vec![site("A", 45.7, 4.9)],
            ..Territory::default()
        };
        assert_eq!(nearest_other_site(&lonely, SiteIx(0)), None);
        assert_eq!(nearest_other_site(&lonely, SiteIx(7)), None);
    }

    #[test]
    fn a_closing_site_sends_each_team_where_its_service_works_else_to_the_nearest_site() {
        let mut t = territory();
        // Collecte also works at FAR; voirie works nowhere else, so T2 goes to the nearest site, B.
        assert_eq!(
            default_relocation(&t, SiteIx(0)),
            vec![("T1".into(), "FAR".into()), ("T2".into(), "B".into())]
        );
        assert!(default_relocation(&t, SiteIx(1)).is_empty());
        // Rows of one multi-trade team stay together, where the first row goes.
        t.teams[0].crew = Some("Polyvalente".into());
        t.teams[1].crew = Some("Polyvalente".into());
        t.teams.swap(0, 1);
        assert_eq!(
            default_relocation(&t, SiteIx(0)),
            vec![("T2".into(), "B".into()), ("T1".into(), "B".into())]
        );
    }

    #[test]
    fn a_change_that_crowds_a_site_is_named_and_one_that_leaves_it_as_it_was_is_not() {
        let mut before = territory();
        before.sites[0].capacity = 12; // A holds 14: over capacity from the start.
        let mut after = before.clone();
        after.teams[2].site = SiteIx(2); // T3 (7 agents) to B, capacity 50: fine.
        assert!(crowded_by_change(&before, &after).is_empty());
        after.sites[2].capacity = 5;
        let crowded = crowded_by_change(&before, &after);
        assert_eq!(
            crowded.len(),
            1,
            "B now holds 7 for 5 places; A is as crowded as before"
        );
        assert!(
            matches!(&crowded[0], Warning::SiteOverCapacity { site, agents: 7, .. } if site == "B")
        );
        after.teams[1].agents += 1;
        assert_eq!(
            crowded_by_change(&before, &after).len(),
            2,
            "A got more crowded"
        );
    }

    #[test]
    fn a_fresh_id_skips_the_ones_taken() {
        let mut t = territory();
        assert_eq!(fresh_site_id(&t, "NEW"), "NEW-1");
        t.sites.push(site("NEW-1", 45.0, 4.0));
        assert_eq!(fresh_site_id(&t, "NEW"), "NEW-2");
    }

    #[test]
    fn the_catchment_limit_is_inclusive() {
        assert_eq!(within_catchment(Some(20.0), 20.0), Some(true));
        assert_eq!(within_catchment(Some(20.5), 20.0), Some(false));
        assert_eq!(within_catchment(None, 20.0), None);
    }
}
