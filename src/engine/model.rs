//! The territory: zones, sites, services, management posts and teams, cross-referenced by index.

use serde::{Deserialize, Serialize};

use super::lang::Lang;
use crate::engine::ordered;

macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// Position in the territory's list.
            pub fn index(self) -> usize {
                self.0 as usize
            }

            /// The index of the entity at position `position`.
            ///
            /// A territory holds far fewer than 2^32 entities of a kind (u32, not usize, so that
            /// indices have the same size natively and on wasm32).
            pub fn from_index(position: usize) -> Self {
                Self(position as u32)
            }
        }
    };
}

index_type!(
    /// Index of a zone in [`Territory::zones`].
    ZoneIx
);
index_type!(
    /// Index of a site in [`Territory::sites`].
    SiteIx
);
index_type!(
    /// Index of a service in [`Territory::services`].
    ServiceIx
);
index_type!(
    /// Index of a management post in [`Territory::managers`].
    ManagerIx
);
index_type!(
    /// Index of a team (one row of teams.csv) in [`Territory::teams`].
    TeamIx
);

/// Where people live: a neighbourhood or grid cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Zone {
    /// Text id from zones.csv, unique among zones.
    pub id: String,
    /// Name shown to the user.
    pub name: String,
    /// The commune the zone belongs to (its name as written in zones.csv).
    pub commune: String,
    /// Latitude of the zone's centre, WGS84 degrees.
    pub lat: f64,
    /// Longitude of the zone's centre, WGS84 degrees.
    pub lon: f64,
    /// Residents (not necessarily whole: grid estimates are fractional).
    pub population: f64,
}

/// A building where teams work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Site {
    /// Text id from sites.csv, unique among sites.
    pub id: String,
    /// Name shown to the user.
    pub name: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// The most agents the building can host.
    pub capacity: u32,
}

/// The two families of services of a territorial direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    /// Waste, roads, street cleaning…
    Urban,
    /// Child protection, elderly and disabled, health, social work…
    Social,
}

impl Family {
    /// The word used in services.csv.
    pub fn as_csv(self) -> &'static str {
        match self {
            Family::Urban => "urban",
            Family::Social => "social",
        }
    }

    /// Reads the word of services.csv (case does not matter).
    pub fn from_csv(text: &str) -> Option<Family> {
        match text.trim().to_ascii_lowercase().as_str() {
            "urban" => Some(Family::Urban),
            "social" => Some(Family::Social),
            _ => None,
        }
    }
}

/// A public service (métier) with its demand and productivity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    /// Text id from services.csv, unique among services.
    pub id: String,
    /// Name shown to the user.
    pub name: String,
    /// Urban or social.
    pub family: Family,
    /// Monthly work units per 1,000 residents.
    pub demand_per_1000: f64,
    /// Monthly work units one agent handles.
    pub units_per_agent: f64,
    /// Travel time residents accept, in minutes.
    pub catchment_minutes: f64,
    /// The service's own usual absence (project column `usual_absence` of services.csv), where
    /// it differs from the territory's; `None` takes the territory's.
    #[serde(default)]
    pub usual_absence: Option<f64>,
}

/// The kind of a management post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Director of the territory.
    Director,
    /// Deputy director.
    Deputy,
    /// Head of a service.
    Head,
    /// Team leader.
    Lead,
}

impl Role {
    /// The word used in managers.csv.
    pub fn as_csv(self) -> &'static str {
        match self {
            Role::Director => "director",
            Role::Deputy => "deputy",
            Role::Head => "head",
            Role::Lead => "lead",
        }
    }

    /// Reads the word of managers.csv (case does not matter).
    pub fn from_csv(text: &str) -> Option<Role> {
        match text.trim().to_ascii_lowercase().as_str() {
            "director" => Some(Role::Director),
            "deputy" => Some(Role::Deputy),
            "head" => Some(Role::Head),
            "lead" => Some(Role::Lead),
            _ => None,
        }
    }

    /// The role in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Role::Director => lang.pick("directeur·rice", "director"),
            Role::Deputy => lang.pick("adjoint·e", "deputy"),
            Role::Head => lang.pick("chef·fe de service", "head of service"),
            Role::Lead => lang.pick("chef·fe d'équipe", "team leader"),
        }
    }
}

/// A management post.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manager {
    /// Text id from managers.csv, unique among posts.
    pub id: String,
    /// Name shown to the user (a person or a post title).
    pub name: String,
    /// Director, deputy, head or lead.
    pub role: Role,
    /// The post it reports to; `None` for the top post only.
    pub reports_to: Option<ManagerIx>,
}

/// A team of one service working from one site (one row of teams.csv).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Team {
    /// Text id from teams.csv, unique among teams.
    pub id: String,
    /// Name shown to the user.
    pub name: String,
    /// The service it works for.
    pub service: ServiceIx,
    /// The site it works from.
    pub site: SiteIx,
    /// People in the team.
    pub agents: u32,
    /// The post that leads it.
    pub manager: ManagerIx,
    /// Name of the multi-trade team this row belongs to (project column `crew`): the rows of
    /// one crew share a site and a manager.
    pub crew: Option<String>,
}

/// A measured travel time replacing the estimate for one zone and one site.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TravelOverride {
    /// From this zone…
    pub zone: ZoneIx,
    /// …to this site…
    pub site: SiteIx,
    /// …takes this many minutes.
    pub minutes: f64,
}

/// The largest demand factor accepted: beyond a hundredfold demand, a factor is a typing slip,
/// not a surge.
pub const MAX_DEMAND_FACTOR: f64 = 100.0;

/// A change in what the residents of one commune ask of one service: their demand is
/// multiplied by `factor` (a surge above 1, a lull below). A training exercise or a facilitator's
/// event uses it; the demand of MODEL.md is the one with no factor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DemandFactor {
    /// The service.
    pub service: ServiceIx,
    /// The commune, as written in zones.csv.
    pub commune: String,
    /// What the commune's demand for the service is multiplied by (0 or more).
    pub factor: f64,
}

/// The largest share of a service's agents an absence wave can keep away: beyond nine in ten, a
/// share is a typing slip, and the service would have stopped.
pub const MAX_ABSENCE_WAVE: f64 = 0.9;

/// The usual absence of a territory that does not set one: MODEL.md's default absence rate of
/// the month-by-month simulation (in the French territorial civil service, absence for health
/// reasons was 9.7 % of working days in 2022, Relyens *Panorama 2023*, part of it replaced).
pub const DEFAULT_USUAL_ABSENCE: f64 = 0.08;

/// The largest usual absence accepted: beyond nine in ten, a rate is a typing slip.
pub const MAX_USUAL_ABSENCE: f64 = 0.9;

/// An absence wave on one service (a facilitator's event: epidemic, strike, departures not
/// replaced): a share of its agents away on top of the usual absence. They stay on the staff
/// and under their managers; only the capacity falls. A project addition to MODEL.md: with no
/// wave, capacity is `agents × units_per_agent` as there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AbsenceWave {
    /// The service.
    pub service: ServiceIx,
    /// The share of its agents away, from 0 to [`MAX_ABSENCE_WAVE`].
    pub rate: f64,
}

/// A whole territory, as read from its CSV folder.
///
/// Every index held inside points into the matching list; the reader and the operations keep it so.
/// Hence no unchecked way in: as serde data it is its CSV files, read back through `io`'s checks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(into = "crate::engine::io::TerritoryFiles")]
#[serde(try_from = "crate::engine::io::TerritoryFiles")]
pub struct Territory {
    /// zones.csv, in file order.
    pub zones: Vec<Zone>,
    /// sites.csv, in file order.
    pub sites: Vec<Site>,
    /// services.csv, in file order.
    pub services: Vec<Service>,
    /// managers.csv, in file order.
    pub managers: Vec<Manager>,
    /// teams.csv, in file order.
    pub teams: Vec<Team>,
    /// travel_times.csv, in file order (empty when the file is absent).
    pub travel_overrides: Vec<TravelOverride>,
    /// demand_factors.csv, in file order (empty when the file is absent): at most one per
    /// service and commune. Absent from territories saved before it existed, hence the default.
    #[serde(default)]
    pub demand_factors: Vec<DemandFactor>,
    /// The optional `absence_wave` column of services.csv: at most one per service, none at 0.
    #[serde(default, alias = "absences")]
    pub absence_waves: Vec<AbsenceWave>,
    /// The territory's usual absence (project file territory.csv, setting `usual_absence`):
    /// `None` where the file does not set it, and then [`DEFAULT_USUAL_ABSENCE`] applies.
    #[serde(default)]
    pub usual_absence: Option<f64>,
}

/// The kinds of entities, to name them in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Entity {
    /// A zone of zones.csv.
    Zone,
    /// A site of sites.csv.
    Site,
    /// A service of services.csv.
    Service,
    /// A management post of managers.csv.
    Post,
    /// A team of teams.csv.
    Team,
}

impl Entity {
    /// The noun, without article.
    pub fn noun(self, lang: Lang) -> &'static str {
        match self {
            Entity::Zone => lang.pick("zone", "zone"),
            Entity::Site => lang.pick("site", "site"),
            Entity::Service => lang.pick("service", "service"),
            Entity::Post => lang.pick("poste", "post"),
            Entity::Team => lang.pick("équipe", "team"),
        }
    }

    /// The CSV file that lists entities of this kind.
    pub fn file(self) -> &'static str {
        match self {
            Entity::Zone => "zones.csv",
            Entity::Site => "sites.csv",
            Entity::Service => "services.csv",
            Entity::Post => "managers.csv",
            Entity::Team => "teams.csv",
        }
    }
}

/// Something the user should see but that does not stop the territory from loading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Warning {
    /// A site holds more agents than its capacity.
    SiteOverCapacity {
        /// Text id of the site.
        site: String,
        /// Name of the site.
        name: String,
        /// Agents of the teams working there.
        agents: u64,
        /// The most agents it can host.
        capacity: u32,
    },
}

impl Warning {
    /// The warning in words a planner understands.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Warning::SiteOverCapacity {
                site,
                name,
                agents,
                capacity,
            } => match lang {
                Lang::Fr => format!(
                    "le site « {name} » ({site}) accueille {agents} agents pour une capacité de {capacity}"
                ),
                Lang::En => format!(
                    "site “{}” ({site}) holds {agents} agents but has room for {capacity}",
                    super::names::shown(lang, name)
                ),
            },
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

fn position<T>(items: &[T], id: &str, id_of: impl Fn(&T) -> &str) -> Option<usize> {
    items.iter().position(|item| id_of(item) == id)
}

impl Territory {
    /// The zone with this text id.
    pub fn zone_ix(&self, id: &str) -> Option<ZoneIx> {
        position(&self.zones, id, |z| &z.id).map(ZoneIx::from_index)
    }

    /// The site with this text id.
    pub fn site_ix(&self, id: &str) -> Option<SiteIx> {
        position(&self.sites, id, |s| &s.id).map(SiteIx::from_index)
    }

    /// The service with this text id.
    pub fn service_ix(&self, id: &str) -> Option<ServiceIx> {
        position(&self.services, id, |s| &s.id).map(ServiceIx::from_index)
    }

    /// The management post with this text id.
    pub fn manager_ix(&self, id: &str) -> Option<ManagerIx> {
        position(&self.managers, id, |m| &m.id).map(ManagerIx::from_index)
    }

    /// The team with this text id.
    pub fn team_ix(&self, id: &str) -> Option<TeamIx> {
        position(&self.teams, id, |t| &t.id).map(TeamIx::from_index)
    }

    /// The zone at this index.
    pub fn zone(&self, ix: ZoneIx) -> &Zone {
        &self.zones[ix.index()]
    }

    /// The site at this index.
    pub fn site(&self, ix: SiteIx) -> &Site {
        &self.sites[ix.index()]
    }

    /// The service at this index.
    pub fn service(&self, ix: ServiceIx) -> &Service {
        &self.services[ix.index()]
    }

    /// The management post at this index.
    pub fn manager(&self, ix: ManagerIx) -> &Manager {
        &self.managers[ix.index()]
    }

    /// The team at this index.
    pub fn team(&self, ix: TeamIx) -> &Team {
        &self.teams[ix.index()]
    }

    /// The post that reports to no one (the first one, should there be several).
    pub fn top_post(&self) -> Option<ManagerIx> {
        self.managers
            .iter()
            .position(|m| m.reports_to.is_none())
            .map(ManagerIx::from_index)
    }

    /// What the demand of `service` in `commune` is multiplied by: 1 where no factor is set.
    pub fn demand_factor(&self, service: ServiceIx, commune: &str) -> f64 {
        self.demand_factors
            .iter()
            .find(|f| f.service == service && f.commune == commune)
            .map_or(1.0, |f| f.factor)
    }

    /// The share of the agents of `service` away in an absence wave: 0 where no wave is set.
    pub fn absence_wave(&self, service: ServiceIx) -> f64 {
        self.absence_waves
            .iter()
            .find(|a| a.service == service)
            .map_or(0.0, |a| a.rate)
    }

    /// The territory's usual absence: the share of agents away in an ordinary month, net of
    /// replacements ([`DEFAULT_USUAL_ABSENCE`] where the territory does not set it).
    pub fn territory_usual_absence(&self) -> f64 {
        self.usual_absence.unwrap_or(DEFAULT_USUAL_ABSENCE)
    }

    /// The usual absence of one service: its own where services.csv sets one, else the
    /// territory's.
    pub fn service_usual_absence(&self, service: ServiceIx) -> f64 {
        self.service(service)
            .usual_absence
            .unwrap_or_else(|| self.territory_usual_absence())
    }

    /// A team's monthly capacity: `agents × units_per_agent` (MODEL.md), less the share of its
    /// service's agents away in an absence wave.
    pub fn team_capacity(&self, team: TeamIx) -> f64 {
        let team = self.team(team);
        let full = f64::from(team.agents) * self.service(team.service).units_per_agent;
        if self.absence_waves.is_empty() {
            full
        } else {
            full * (1.0 - self.absence_wave(team.service))
        }
    }

    /// The monthly demand of one zone for one service: `population × demand_per_1000 / 1000`
    /// (MODEL.md), times the zone's commune's demand factor.
    pub fn zone_demand(&self, zone: ZoneIx, service: ServiceIx) -> f64 {
        let (zone, k) = (self.zone(zone), self.service(service));
        let base = zone.population * k.demand_per_1000 / 1000.0;
        if self.demand_factors.is_empty() {
            base
        } else {
            base * self.demand_factor(service, &zone.commune)
        }
    }

    /// The communes of the zones, each once, in name order.
    pub fn communes(&self) -> Vec<&str> {
        let names = ordered::set_of(self.zones.iter().map(|z| z.commune.as_str()));
        names.into_iter().collect()
    }

    /// All agents of all teams.
    pub fn total_agents(&self) -> u64 {
        self.teams.iter().map(|t| u64::from(t.agents)).sum()
    }

    /// Agents working at each site, indexed by site.
    pub fn agents_per_site(&self) -> Vec<u64> {
        let mut agents = vec![0u64; self.sites.len()];
        for team in &self.teams {
            if let Some(slot) = agents.get_mut(team.site.index()) {
                *slot += u64::from(team.agents);
            }
        }
        agents
    }

    /// The warnings to show the user: sites over capacity, in site order.
    pub fn warnings(&self) -> Vec<Warning> {
        self.agents_per_site()
            .into_iter()
            .zip(&self.sites)
            .filter(|(agents, site)| *agents > u64::from(site.capacity))
            .map(|(agents, site)| Warning::SiteOverCapacity {
                site: site.id.clone(),
                name: site.name.clone(),
                agents,
                capacity: site.capacity,
            })
            .collect()
    }

    /// The posts of a reporting cycle, if `reports_to` has one (in the order of the cycle).
    pub fn reporting_cycle(&self) -> Option<Vec<ManagerIx>> {
        // 0 = not seen, 1 = on the current path, 2 = known to reach the top.
        let mut state = vec![0u8; self.managers.len()];
        for start in 0..self.managers.len() {
            let mut path = Vec::new();
            let mut current = Some(start);
            while let Some(ix) = current {
                match state.get(ix) {
                    Some(0) => {
                        state[ix] = 1;
                        path.push(ix);
                        current = self.managers[ix].reports_to.map(ManagerIx::index);
                    }
                    Some(1) => {
                        let from = path.iter().position(|&p| p == ix).unwrap_or(0);
                        return Some(
                            path[from..]
                                .iter()
                                .map(|&p| ManagerIx::from_index(p))
                                .collect(),
                        );
                    }
                    _ => break,
                }
            }
            for ix in path {
                state[ix] = 2;
            }
        }
        None
    }

    /// The crew mates of a team: every row of its multi-trade team, itself included, in order.
    pub fn crew_of(&self, team: TeamIx) -> Vec<TeamIx> {
        match &self.teams[team.index()].crew {
            None => vec![team],
            Some(crew) => self
                .teams
                .iter()
                .enumerate()
                .filter(|(_, t)| t.crew.as_ref() == Some(crew))
                .map(|(i, _)| TeamIx::from_index(i))
                .collect(),
        }
    }
}
