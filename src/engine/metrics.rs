//! The figures of MODEL.md for one territory: workload, proximity, access, management load.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::hierarchy::Hierarchy;
use super::model::{ManagerIx, ServiceIx, SiteIx, TeamIx, Territory, Warning, ZoneIx};
use super::travel::TravelMatrix;
use crate::engine::ordered;

/// Every figure of a territory. Lists are indexed like the territory's (`services[k]` is the
/// service `ServiceIx(k)`), so nothing depends on hash order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    /// Text ids of the zones, to key per-zone figures.
    pub zone_ids: Vec<String>,
    /// Per service.
    pub services: Vec<ServiceFigures>,
    /// Per team (row of teams.csv).
    pub teams: Vec<TeamFigures>,
    /// Per management post.
    pub managers: Vec<ManagerFigures>,
    /// The deepest level, agents included (the top post is level 1); 0 without any post.
    pub layers: u32,
    /// The largest span.
    pub max_span: u64,
    /// The mean span over posts with a span above 0; `None` when no post has any report.
    pub mean_span: Option<f64>,
    /// Teams whose demand exceeds what their agents present in an ordinary month can do (load
    /// with usual absence above [`OVERLOADED_ABOVE`]), most loaded first.
    pub overloaded_teams: Vec<TeamIx>,
    /// Sites over capacity.
    pub warnings: Vec<Warning>,
}

/// A team is overloaded when its load with usual absence is above this: more work arrives than
/// its agents present in an ordinary month can handle.
pub const OVERLOADED_ABOVE: f64 = 1.0;

/// Workload and proximity of one service.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServiceFigures {
    /// Text id of the service.
    pub id: String,
    /// Monthly demand sent to its teams (sum over its teams).
    pub demand: f64,
    /// Monthly capacity of its teams.
    pub capacity: f64,
    /// `demand / capacity`; `None` where capacity is 0.
    pub load: Option<f64>,
    /// The share of its agents away in an ordinary month (the service's own usual absence, else
    /// the territory's).
    pub usual_absence: f64,
    /// `demand / (capacity × (1 − usual_absence))`: the load of the agents present in an
    /// ordinary month (a project addition to MODEL.md); `None` where that capacity is 0.
    pub load_with_usual_absence: Option<f64>,
    /// Monthly demand of all residents, served or not (sum over zones; equals `demand` unless
    /// no team of the service has agents).
    pub resident_demand: f64,
    /// Agents of the service.
    pub agents: u64,
    /// S_k: the sites hosting at least one agent of the service, in site order.
    pub sites: Vec<SiteIx>,
    /// Population-weighted mean travel time to the nearest site.
    pub mean_minutes: Option<f64>,
    /// Share of residents within the catchment time (0 to 1).
    pub share_within: Option<f64>,
    /// The longest travel time of a zone with residents.
    pub max_minutes: Option<f64>,
    /// Per zone: its site (the nearest of S_k), `None` where S_k is empty.
    pub nearest_site: Vec<Option<SiteIx>>,
    /// Per zone: minutes to its site, `None` where S_k is empty.
    pub minutes: Vec<Option<f64>>,
    /// Per zone: 2SFCA access, agents per 1,000 residents within reach.
    pub access: Vec<f64>,
    /// Per commune, by name.
    pub communes: Vec<CommuneProximity>,
}

/// Proximity of one service for the residents of one commune.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CommuneProximity {
    /// The commune's name, as in zones.csv.
    pub commune: String,
    /// Its residents (sum over its zones).
    pub population: f64,
    /// Population-weighted mean minutes to the nearest site.
    pub mean_minutes: Option<f64>,
    /// Share of its residents within the catchment time.
    pub share_within: Option<f64>,
    /// Its zone with residents that is furthest from a site, and how far.
    pub worst_zone: Option<(ZoneIx, f64)>,
}

/// Workload of one team.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TeamFigures {
    /// Text id of the team.
    pub id: String,
    /// Monthly demand sent to it.
    pub demand: f64,
    /// `agents × units_per_agent`.
    pub capacity: f64,
    /// `demand / capacity`; `None` where capacity is 0.
    pub load: Option<f64>,
    /// `demand / (capacity × (1 − its service's usual absence))`; `None` where that is 0.
    pub load_with_usual_absence: Option<f64>,
}

/// Management load of one post.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ManagerFigures {
    /// Text id of the post.
    pub id: String,
    /// Direct reports: posts reporting to it plus agents of the teams it leads.
    pub span: u64,
    /// Distinct sites of the teams under it, at any depth.
    pub sites: u32,
    /// Distinct services of the teams under it, at any depth.
    pub services: u32,
    /// 1 for the top post, one more per step down; 0 for a post caught in a reporting loop.
    pub level: u32,
}

/// Where a post's span stands against a norm of direct reports, both bounds included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SpanStanding {
    /// Fewer direct reports than the norm's minimum (a post with none is below).
    Below,
    /// Between the minimum and the maximum.
    Within,
    /// More direct reports than the norm's maximum.
    Above,
}

impl SpanStanding {
    /// The standing of `span` against the norm `min..=max`.
    pub fn of(span: u64, min: u64, max: u64) -> SpanStanding {
        if span < min {
            SpanStanding::Below
        } else if span > max {
            SpanStanding::Above
        } else {
            SpanStanding::Within
        }
    }
}

impl Evaluation {
    /// How many posts have a span outside the norm `min..=max` (the org chart's and the
    /// dashboard's "posts outside the norm").
    pub fn posts_outside_norm(&self, min: u64, max: u64) -> usize {
        self.managers
            .iter()
            .filter(|m| SpanStanding::of(m.span, min, max) != SpanStanding::Within)
            .count()
    }
}

impl ServiceFigures {
    /// The zone with residents whose 2SFCA `access` is lowest (the first in zone order on a
    /// tie), and that access: the dashboard's "least served zone". `None` without residents.
    pub fn lowest_access(&self, territory: &Territory) -> Option<(ZoneIx, f64)> {
        let mut lowest: Option<(ZoneIx, f64)> = None;
        for (z, (zone, &access)) in territory.zones.iter().zip(&self.access).enumerate() {
            if zone.population > 0.0 && lowest.is_none_or(|(_, low)| access < low) {
                lowest = Some((ZoneIx::from_index(z), access));
            }
        }
        lowest
    }
}

/// Computes every figure, building the travel matrix.
pub fn evaluate(territory: &Territory) -> Evaluation {
    evaluate_with(territory, &TravelMatrix::new(territory))
}

/// Computes every figure with a travel matrix built earlier (a caller that only moves teams can
/// keep it). A matrix built for other zones or sites is ignored and rebuilt.
pub fn evaluate_with(territory: &Territory, matrix: &TravelMatrix) -> Evaluation {
    if !matrix.fits(territory) {
        return evaluate(territory);
    }
    let workload = Workload::new(territory);
    let communes = Communes::new(territory);
    let site_order = sites_by_id(territory);
    let mut site_demand = vec![0.0; territory.services.len() * territory.sites.len()];
    let services = (0..territory.services.len())
        .map(|k| {
            let k = ServiceIx::from_index(k);
            let reach = Reach::new(territory, matrix, &workload, &site_order, k);
            let start = k.index() * territory.sites.len();
            site_demand[start..start + territory.sites.len()].copy_from_slice(&reach.site_demand);
            service_figures(territory, matrix, &workload, &communes, &reach, k)
        })
        .collect::<Vec<_>>();
    let teams = team_figures(territory, &workload, &site_demand);
    let services = with_team_sums(territory, services, &teams);
    let management = Management::new(territory);
    Evaluation {
        zone_ids: territory.zones.iter().map(|z| z.id.clone()).collect(),
        overloaded_teams: overloaded(&teams),
        services,
        teams,
        layers: management.layers,
        max_span: management.max_span(),
        mean_span: management.mean_span(),
        managers: management.figures(territory),
        warnings: territory.warnings(),
    }
}

/// Agents of each service at each site.
struct Workload {
    sites: usize,
    /// `agents[k × sites + s]`.
    agents: Vec<u64>,
}

impl Workload {
    fn new(territory: &Territory) -> Workload {
        let sites = territory.sites.len();
        let mut agents = vec![0u64; territory.services.len() * sites];
        for team in &territory.teams {
            if let Some(slot) = agents.get_mut(team.service.index() * sites + team.site.index()) {
                *slot += u64::from(team.agents);
            }
        }
        Workload { sites, agents }
    }

    fn at(&self, service: ServiceIx, site: SiteIx) -> u64 {
        self.agents
            .get(service.index() * self.sites + site.index())
            .copied()
            .unwrap_or(0)
    }
}

/// Site indices sorted by `site_id` in byte order, for MODEL.md's tie rule.
fn sites_by_id(territory: &Territory) -> Vec<SiteIx> {
    let mut order: Vec<SiteIx> = (0..territory.sites.len()).map(SiteIx::from_index).collect();
    ordered::sort_by(&mut order, |a, b| {
        let (a, b) = (&territory.site(*a).id, &territory.site(*b).id);
        a.as_bytes().cmp(b.as_bytes())
    });
    order
}

/// Which site serves each zone for one service, how far it is, and the demand each site gets.
struct Reach {
    /// S_k, sorted by site_id so that the first of equal times wins.
    sites: Vec<SiteIx>,
    /// Per zone: its site and the minutes to it.
    nearest: Vec<Option<(SiteIx, f64)>>,
    /// Monthly demand sent to each site (indexed by site).
    site_demand: Vec<f64>,
    /// Σ D(z, k) over all zones.
    resident_demand: f64,
}

impl Reach {
    fn new(
        territory: &Territory,
        matrix: &TravelMatrix,
        workload: &Workload,
        site_order: &[SiteIx],
        k: ServiceIx,
    ) -> Reach {
        let sites: Vec<SiteIx> = site_order
            .iter()
            .copied()
            .filter(|&s| workload.at(k, s) > 0)
            .collect();
        let mut site_demand = vec![0.0; territory.sites.len()];
        let mut nearest = Vec::with_capacity(territory.zones.len());
        let mut resident_demand = 0.0;
        for z in 0..territory.zones.len() {
            let best = nearest_site(matrix.row(ZoneIx::from_index(z)), &sites);
            let demand = territory.zone_demand(ZoneIx::from_index(z), k);
            if let Some((site, _)) = best {
                site_demand[site.index()] += demand;
            }
            resident_demand += demand;
            nearest.push(best);
        }
        Reach {
            sites,
            nearest,
            site_demand,
            resident_demand,
        }
    }
}

/// The nearest site of S_k from one zone: smallest time, the first in id order on a tie.
fn nearest_site(row: &[f64], sites: &[SiteIx]) -> Option<(SiteIx, f64)> {
    let mut best: Option<(SiteIx, f64)> = None;
    for &site in sites {
        let minutes = row.get(site.index()).copied().unwrap_or(f64::INFINITY);
        if best.is_none_or(|(_, best_minutes)| minutes < best_minutes) {
            best = Some((site, minutes));
        }
    }
    best
}

/// Sums of P, P·t and P within reach, and the worst zone, over a set of zones.
#[derive(Clone, Copy, Default)]
struct Proximity {
    population: f64,
    weighted_minutes: f64,
    within: f64,
    worst: Option<(ZoneIx, f64)>,
}

impl Proximity {
    fn add(&mut self, zone: ZoneIx, population: f64, minutes: f64, catchment: f64) {
        self.population += population;
        self.weighted_minutes += population * minutes;
        if minutes <= catchment {
            self.within += population;
        }
        if population > 0.0 && self.worst.is_none_or(|(_, worst)| minutes > worst) {
            self.worst = Some((zone, minutes));
        }
    }

    fn mean_minutes(&self) -> Option<f64> {
        (self.population > 0.0).then(|| self.weighted_minutes / self.population)
    }

    fn share_within(&self) -> Option<f64> {
        (self.population > 0.0).then(|| self.within / self.population)
    }
}

/// The communes of the zones, in name order.
struct Communes {
    names: Vec<String>,
    /// Per zone: position of its commune in `names`.
    of_zone: Vec<usize>,
    /// Residents of each commune.
    population: Vec<f64>,
}

impl Communes {
    fn new(territory: &Territory) -> Communes {
        let positions: BTreeMap<&str, usize> = ordered::map_of(
            territory
                .communes()
                .into_iter()
                .enumerate()
                .map(|(i, name)| (name, i)),
        );
        let of_zone: Vec<usize> = territory
            .zones
            .iter()
            .map(|z| positions.get(z.commune.as_str()).copied().unwrap_or(0))
            .collect();
        let mut population = vec![0.0; positions.len()];
        for (zone, &c) in territory.zones.iter().zip(&of_zone) {
            population[c] += zone.population;
        }
        Communes {
            names: positions.keys().map(|name| name.to_string()).collect(),
            of_zone,
            population,
        }
    }
}

fn service_figures(
    territory: &Territory,
    matrix: &TravelMatrix,
    workload: &Workload,
    communes: &Communes,
    reach: &Reach,
    k: ServiceIx,
) -> ServiceFigures {
    let service = territory.service(k);
    let catchment = service.catchment_minutes;
    let mut all = Proximity::default();
    let mut per_commune = vec![Proximity::default(); communes.names.len()];
    for (z, zone) in territory.zones.iter().enumerate() {
        if let Some((_, minutes)) = reach.nearest[z] {
            let zix = ZoneIx::from_index(z);
            all.add(zix, zone.population, minutes, catchment);
            per_commune[communes.of_zone[z]].add(zix, zone.population, minutes, catchment);
        }
    }
    let commune_figures = communes
        .names
        .iter()
        .zip(&per_commune)
        .enumerate()
        .map(|(c, (name, proximity))| CommuneProximity {
            commune: name.clone(),
            population: communes.population[c],
            mean_minutes: proximity.mean_minutes(),
            share_within: proximity.share_within(),
            worst_zone: proximity.worst,
        })
        .collect();
    ServiceFigures {
        id: service.id.clone(),
        demand: 0.0,
        capacity: 0.0,
        load: None,
        usual_absence: territory.service_usual_absence(k),
        load_with_usual_absence: None,
        resident_demand: reach.resident_demand,
        agents: reach.sites.iter().map(|&s| workload.at(k, s)).sum(),
        sites: sorted(&reach.sites),
        mean_minutes: all.mean_minutes(),
        share_within: all.share_within(),
        max_minutes: all.worst.map(|(_, minutes)| minutes),
        nearest_site: reach.nearest.iter().map(|n| n.map(|(s, _)| s)).collect(),
        minutes: reach.nearest.iter().map(|n| n.map(|(_, m)| m)).collect(),
        access: access(territory, matrix, workload, reach, k),
        communes: commune_figures,
    }
}

fn sorted(sites: &[SiteIx]) -> Vec<SiteIx> {
    let mut sites = sites.to_vec();
    ordered::sort(&mut sites);
    sites
}

/// Two-step floating catchment area (Luo and Wang 2003) with d0 = catchment_minutes, inclusive.
fn access(
    territory: &Territory,
    matrix: &TravelMatrix,
    workload: &Workload,
    reach: &Reach,
    k: ServiceIx,
) -> Vec<f64> {
    let d0 = territory.service(k).catchment_minutes;
    let mut reached_population = vec![0.0; reach.sites.len()];
    for (z, zone) in territory.zones.iter().enumerate() {
        let row = matrix.row(ZoneIx::from_index(z));
        for (i, &site) in reach.sites.iter().enumerate() {
            if row.get(site.index()).is_some_and(|&t| t <= d0) {
                reached_population[i] += zone.population;
            }
        }
    }
    let ratio: Vec<f64> = reach
        .sites
        .iter()
        .zip(&reached_population)
        .map(|(&site, &population)| {
            if population > 0.0 {
                workload.at(k, site) as f64 / population
            } else {
                0.0
            }
        })
        .collect();
    (0..territory.zones.len())
        .map(|z| {
            let row = matrix.row(ZoneIx::from_index(z));
            let sum: f64 = reach
                .sites
                .iter()
                .zip(&ratio)
                .filter(|(site, _)| row.get(site.index()).is_some_and(|&t| t <= d0))
                .map(|(_, r)| r)
                .sum();
            1000.0 * sum
        })
        .collect()
}

/// Each team gets its share of its site's demand for its service, in proportion to agents.
fn team_figures(
    territory: &Territory,
    workload: &Workload,
    site_demand: &[f64],
) -> Vec<TeamFigures> {
    let sites = territory.sites.len();
    territory
        .teams
        .iter()
        .enumerate()
        .map(|(ix, team)| {
            let service_agents = workload.at(team.service, team.site);
            let demand = if service_agents == 0 {
                0.0
            } else {
                let at_site = site_demand
                    .get(team.service.index() * sites + team.site.index())
                    .copied()
                    .unwrap_or(0.0);
                at_site * f64::from(team.agents) / service_agents as f64
            };
            let capacity = territory.team_capacity(TeamIx::from_index(ix));
            let present = capacity * (1.0 - territory.service_usual_absence(team.service));
            TeamFigures {
                id: team.id.clone(),
                demand,
                capacity,
                load: (capacity > 0.0).then(|| demand / capacity),
                load_with_usual_absence: (present > 0.0).then(|| demand / present),
            }
        })
        .collect()
}

/// A service's demand and capacity are the sums over its teams (MODEL.md).
fn with_team_sums(
    territory: &Territory,
    mut services: Vec<ServiceFigures>,
    teams: &[TeamFigures],
) -> Vec<ServiceFigures> {
    for (team, figures) in territory.teams.iter().zip(teams) {
        if let Some(service) = services.get_mut(team.service.index()) {
            service.demand += figures.demand;
            service.capacity += figures.capacity;
        }
    }
    for service in &mut services {
        service.load = (service.capacity > 0.0).then(|| service.demand / service.capacity);
        let present = service.capacity * (1.0 - service.usual_absence);
        service.load_with_usual_absence = (present > 0.0).then(|| service.demand / present);
    }
    services
}

fn overloaded(teams: &[TeamFigures]) -> Vec<TeamIx> {
    let mut over: Vec<(TeamIx, f64)> = teams
        .iter()
        .enumerate()
        .filter_map(|(t, f)| {
            f.load_with_usual_absence
                .filter(|&l| l > OVERLOADED_ABOVE)
                .map(|l| (TeamIx::from_index(t), l))
        })
        .collect();
    ordered::sort_by(&mut over, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    over.into_iter().map(|(t, _)| t).collect()
}

/// Spans, levels and what each post holds below it.
struct Management {
    span: Vec<u64>,
    level: Vec<u32>,
    sites: Vec<u32>,
    services: Vec<u32>,
    layers: u32,
}

impl Management {
    fn new(territory: &Territory) -> Management {
        let hierarchy = Hierarchy::of(territory);
        let n = territory.managers.len();
        let span: Vec<u64> = (0..n)
            .map(ManagerIx::from_index)
            .map(|m| {
                let agents = hierarchy.teams_led(m).iter();
                hierarchy.children(m).len() as u64
                    + agents
                        .map(|&t| u64::from(territory.team(t).agents))
                        .sum::<u64>()
            })
            .collect();
        let level: Vec<u32> = (0..n)
            .map(|m| hierarchy.level(ManagerIx::from_index(m)))
            .collect();
        let agent_level = territory
            .teams
            .iter()
            .filter(|t| t.agents > 0)
            .filter_map(|t| {
                level
                    .get(t.manager.index())
                    .filter(|&&l| l > 0)
                    .map(|l| l + 1)
            });
        let layers = level.iter().copied().chain(agent_level).max().unwrap_or(0);
        let (sites, services) = holdings(territory, &hierarchy);
        Management {
            span,
            level,
            sites,
            services,
            layers,
        }
    }

    fn max_span(&self) -> u64 {
        self.span.iter().copied().max().unwrap_or(0)
    }

    fn mean_span(&self) -> Option<f64> {
        let spans: Vec<u64> = self.span.iter().copied().filter(|&s| s > 0).collect();
        (!spans.is_empty()).then(|| spans.iter().sum::<u64>() as f64 / spans.len() as f64)
    }

    fn figures(&self, territory: &Territory) -> Vec<ManagerFigures> {
        territory
            .managers
            .iter()
            .enumerate()
            .map(|(m, manager)| ManagerFigures {
                id: manager.id.clone(),
                span: self.span[m],
                sites: self.sites[m],
                services: self.services[m],
                level: self.level[m],
            })
            .collect()
    }
}

/// A set of small indices as bits: the Métropole's few hundred sites fit in a handful of words.
struct Bits {
    words: usize,
    bits: Vec<u64>,
}

impl Bits {
    fn new(sets: usize, size: usize) -> Bits {
        let words = size.div_ceil(64);
        Bits {
            words,
            bits: vec![0; sets * words],
        }
    }

    fn insert(&mut self, set: usize, item: usize) {
        if let Some(word) = self.bits.get_mut(set * self.words + item / 64) {
            *word |= 1 << (item % 64);
        }
    }

    fn merge_into(&mut self, from: usize, into: usize) {
        for w in 0..self.words {
            let bits = self.bits[from * self.words + w];
            self.bits[into * self.words + w] |= bits;
        }
    }

    fn count(&self, set: usize) -> u32 {
        self.bits[set * self.words..(set + 1) * self.words]
            .iter()
            .map(|w| w.count_ones())
            .sum()
    }
}

/// Distinct sites and services of the teams under each post, at any depth.
fn holdings(territory: &Territory, hierarchy: &Hierarchy) -> (Vec<u32>, Vec<u32>) {
    let n = territory.managers.len();
    let mut sites = Bits::new(n, territory.sites.len());
    let mut services = Bits::new(n, territory.services.len());
    for team in &territory.teams {
        sites.insert(team.manager.index(), team.site.index());
        services.insert(team.manager.index(), team.service.index());
    }
    // Bottom-up: each post hands what it holds to the post it reports to.
    for &m in hierarchy.top_down().iter().rev() {
        if let Some(boss) = hierarchy.boss(m) {
            sites.merge_into(m.index(), boss.index());
            services.merge_into(m.index(), boss.index());
        }
    }
    (
        (0..n).map(|m| sites.count(m)).collect(),
        (0..n).map(|m| services.count(m)).collect(),
    )
}

fn optional(number: Option<f64>) -> Value {
    number.map_or(Value::Null, |n| json!(n))
}

impl Evaluation {
    /// The JSON object of MODEL.md "Command-line evaluation", keyed by text ids; numbers are not
    /// rounded. Extra keys: `agents`, `usual_absence` and `load_with_usual_absence` per service,
    /// `load_with_usual_absence` per team, `level` per post.
    pub fn to_model_json(&self) -> Value {
        let services: Map<String, Value> = self
            .services
            .iter()
            .map(|s| {
                let access: Map<String, Value> = self
                    .zone_ids
                    .iter()
                    .zip(&s.access)
                    .map(|(zone, a)| (zone.clone(), json!(a)))
                    .collect();
                let figures = json!({
                    "demand": s.demand,
                    "capacity": s.capacity,
                    "load": optional(s.load),
                    "mean_minutes": optional(s.mean_minutes),
                    "share_within": optional(s.share_within),
                    "max_minutes": optional(s.max_minutes),
                    "access": access,
                    "agents": s.agents,
                    "usual_absence": s.usual_absence,
                    "load_with_usual_absence": optional(s.load_with_usual_absence),
                });
                (s.id.clone(), figures)
            })
            .collect();
        let teams: Map<String, Value> = self
            .teams
            .iter()
            .map(|t| {
                let figures = json!({
                    "demand": t.demand,
                    "capacity": t.capacity,
                    "load": optional(t.load),
                    "load_with_usual_absence": optional(t.load_with_usual_absence),
                });
                (t.id.clone(), figures)
            })
            .collect();
        let managers: Map<String, Value> = self
            .managers
            .iter()
            .map(|m| {
                let figures = json!({
                    "span": m.span,
                    "sites": m.sites,
                    "services": m.services,
                    "level": m.level,
                });
                (m.id.clone(), figures)
            })
            .collect();
        json!({
            "services": services,
            "teams": teams,
            "managers": managers,
            "layers": self.layers,
            "max_span": self.max_span,
            "mean_span": optional(self.mean_span),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_stand_against_the_norm_with_both_bounds_inside() {
        assert_eq!(SpanStanding::of(0, 5, 12), SpanStanding::Below);
        assert_eq!(SpanStanding::of(4, 5, 12), SpanStanding::Below);
        assert_eq!(SpanStanding::of(5, 5, 12), SpanStanding::Within);
        assert_eq!(SpanStanding::of(12, 5, 12), SpanStanding::Within);
        assert_eq!(SpanStanding::of(13, 5, 12), SpanStanding::Above);
    }

    #[test]
    fn the_lowest_access_skips_empty_zones_and_keeps_the_first_on_a_tie() {
        let zone = |id: &str, population| super::super::model::Zone {
            id: id.into(),
            name: id.into(),
            commune: "C".into(),
            lat: 45.0,
            lon: 4.0,
            population,
        };
        let territory = Territory {
            zones: vec![
                zone("A", 0.0),
                zone("B", 10.0),
                zone("C", 5.0),
                zone("D", 8.0),
            ],
            ..Territory::default()
        };
        let figures = ServiceFigures {
            id: "k".into(),
            demand: 0.0,
            capacity: 0.0,
            load: None,
            usual_absence: 0.08,
            load_with_usual_absence: None,
            resident_demand: 0.0,
            agents: 0,
            sites: Vec::new(),
            mean_minutes: None,
            share_within: None,
            max_minutes: None,
            nearest_site: Vec::new(),
            minutes: Vec::new(),
            access: vec![0.0, 0.4, 0.2, 0.2],
            communes: Vec::new(),
        };
        assert_eq!(
            figures.lowest_access(&territory),
            Some((ZoneIx::from_index(2), 0.2))
        );
        assert_eq!(figures.lowest_access(&Territory::default()), None);
    }

    #[test]
    fn posts_outside_the_norm_count_both_sides() {
        let post = |id: &str, span| ManagerFigures {
            id: id.into(),
            span,
            sites: 1,
            services: 1,
            level: 1,
        };
        let evaluation = Evaluation {
            zone_ids: Vec::new(),
            services: Vec::new(),
            teams: Vec::new(),
            managers: vec![post("A", 3), post("B", 8), post("C", 14), post("D", 0)],
            layers: 2,
            max_span: 14,
            mean_span: Some(25.0 / 3.0),
            overloaded_teams: Vec::new(),
            warnings: Vec::new(),
        };
        assert_eq!(evaluation.posts_outside_norm(5, 12), 3);
        assert_eq!(evaluation.posts_outside_norm(0, 14), 0);
        assert_eq!(evaluation.posts_outside_norm(8, 8), 3);
    }
}
