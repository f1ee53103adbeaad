//! The month-by-month simulation of MODEL.md: backlog, demand and capacity of each service while teams absorb a change.
//!
//! # The model
//! Months run from 1 to M. Before the change month c the *before* territory applies, from c on
//! the *after* territory. In each run and month, each team's present agents follow
//! Binomial(agents, 1 − absence rate); a *touched* team (new, or with another site or manager
//! than before) works at `1 − dip × max(0, 1 − (m − c) / recovery)` from c on; a service's
//! capacity is the sum of `present × units_per_agent × productivity` over its teams, its demand
//! follows Poisson(D_k) with `D_k = Σ population × demand_per_1000 / 1000` over the zones, and
//! its backlog is `max(0, backlog + demand − capacity)` from 0.
//!
//! # Decisions where MODEL.md is silent
//! - Services are matched between the two versions by text id. A service that exists in only
//!   one version has, in the months of the other version, no demand, no capacity and no draw:
//!   its backlog stays where it was (a service closed at c leaves its queue undone, which is
//!   what a planner should see). Results list every service of either version.
//! - D_k sums over all zones even where no team of k has agents (then its backlog grows), unlike
//!   the `demand` of `evaluate`, which sums what reaches its teams.
//! - Teams are matched by text id; their site and manager are compared by text id too, since
//!   indices differ between versions.
//! - Runs are numbered from 0 inside the engine (run r uses stream r, see below).
//! - The absence rate is the territory's usual absence (a project addition: territory.csv, 0.08
//!   where it is not set, MODEL.md's default), unless the user sets another; a service with its
//!   own usual absence (services.csv) keeps it. A territory without either draws as MODEL.md says.
//! - An absence wave (a facilitator's event, `absence_wave` of services.csv, a project addition)
//!   keeps a further share w of a service's agents away: its teams' agents are present with
//!   probability (1 − absence rate)(1 − w). Without a wave this is MODEL.md's draw, unchanged.
//!
//! # Random stream layout
//! All randomness comes from `ChaCha8Rng::seed_from_u64(seed)`. Run r uses a copy of it with
//! `set_stream(r)`, read from its start, so runs are independent of each other and of how they
//! are batched. Within a run, month by month from 1 to M, with V the version in force:
//! one `next_u64` for each team row of V in file order (its present agents), then one
//! `next_u64` for each service of V in file order (its demand). Every sample consumes exactly
//! one draw, whatever its parameters (a team of 0 agents too), so month m starts at a fixed
//! place of the stream. Samples come from exact inversion tables built with `+ − × ÷` only
//! (see `sampling`), so the figures are bit-for-bit the same natively and in wasm32.

mod reading;
mod sampling;

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::lang::Lang;
use super::model::{Territory, ZoneIx};
use crate::engine::ordered;
pub use reading::{
    is_stable, median_peak_in_months, read_backlog, read_scenario, touched_services,
    BacklogReading, CatchUp, Clearing, Difference, ScenarioReading, SAME_BACKLOG_MONTHS,
    STABLE_BACKLOG_MONTHS,
};
use sampling::Table;

/// The most months a simulation may cover (ten years).
pub const MAX_MONTHS: u32 = 120;
/// The most runs a simulation may draw.
pub const MAX_RUNS: u32 = 10_000;
/// The most backlog figures (runs × months × services) a simulation may keep for percentiles.
pub const MAX_FIGURES: u64 = 1 << 24;
/// The largest monthly demand of a service that can be simulated (units a month).
pub const MAX_DEMAND: f64 = 1e9;
/// The most values all sampling tables together may hold (about 32 MB).
const MAX_TABLE_VALUES: usize = 1 << 22;

/// The figures a user sets for a simulation; [`SimulationParams::default`] gives MODEL.md's
/// (the absence rate being the territory's usual absence, 0.08 unless the territory sets another).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimulationParams {
    /// M: months simulated, from 1 to M.
    pub months: u32,
    /// How many independent runs are drawn.
    pub runs: u32,
    /// Seed of the random generator: the same seed gives the same figures.
    pub seed: u64,
    /// The usual absence, the share of agents away in a month, between 0 and 1, for every
    /// service without its own; `None` takes each territory's ([`Territory::territory_usual_absence`]).
    pub usual_absence: Option<f64>,
    /// Share of productivity a touched team loses at the change month, between 0 and 1.
    pub dip: f64,
    /// Months a touched team takes to recover its full productivity (above 0).
    pub recovery_months: f64,
    /// c: the month the after territory takes over, from 1 to M.
    pub change_month: u32,
}

impl Default for SimulationParams {
    fn default() -> Self {
        SimulationParams {
            months: 24,
            runs: 500,
            seed: 1,
            usual_absence: None,
            dip: 0.25,
            recovery_months: 6.0,
            change_month: 1,
        }
    }
}

impl SimulationParams {
    /// Checks every figure, naming the first one that is out of range.
    pub fn validate(&self) -> Result<(), SimulationError> {
        if self.months == 0 || self.months > MAX_MONTHS {
            return Err(SimulationError::Months(self.months));
        }
        if self.runs == 0 || self.runs > MAX_RUNS {
            return Err(SimulationError::Runs(self.runs));
        }
        if let Some(rate) = self.usual_absence.filter(|a| !(0.0..=1.0).contains(a)) {
            return Err(SimulationError::UsualAbsence(rate));
        }
        if !(0.0..=1.0).contains(&self.dip) {
            return Err(SimulationError::Dip(self.dip));
        }
        // MODEL.md divides by the recovery: 0 has no meaning, and an infinite one never ends.
        if !(self.recovery_months > 0.0 && self.recovery_months.is_finite()) {
            return Err(SimulationError::Recovery(self.recovery_months));
        }
        if self.change_month == 0 || self.change_month > self.months {
            return Err(SimulationError::ChangeMonth {
                month: self.change_month,
                months: self.months,
            });
        }
        Ok(())
    }

    /// The productivity of a touched team in month `month` (1 for months before the change).
    pub fn productivity(&self, month: u32) -> f64 {
        if month < self.change_month {
            return 1.0;
        }
        let since = f64::from(month - self.change_month);
        1.0 - self.dip * (1.0 - since / self.recovery_months).max(0.0)
    }
}

/// Why a simulation cannot run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SimulationError {
    /// The number of months is 0 or above [`MAX_MONTHS`].
    Months(u32),
    /// The number of runs is 0 or above [`MAX_RUNS`].
    Runs(u32),
    /// The usual absence is not between 0 and 1.
    UsualAbsence(f64),
    /// The dip is not between 0 and 1.
    Dip(f64),
    /// The recovery is not a positive number of months.
    Recovery(f64),
    /// The change month is not between 1 and the number of months.
    ChangeMonth {
        /// The change month asked for.
        month: u32,
        /// The number of months simulated.
        months: u32,
    },
    /// A service's monthly demand is above [`MAX_DEMAND`] (or not a number).
    Demand {
        /// Text id of the service.
        service: String,
        /// Its monthly demand D_k.
        demand: f64,
    },
    /// runs × months × services, or the sampling tables, would need too much memory.
    TooLarge,
}

impl SimulationError {
    /// The refusal in words a planner understands.
    pub fn message(&self, lang: Lang) -> String {
        use SimulationError as E;
        match (self, lang) {
            (E::Months(m), Lang::Fr) => format!(
                "le nombre de mois doit être entre 1 et {MAX_MONTHS} (et non {m})"
            ),
            (E::Months(m), Lang::En) => format!(
                "the number of months must be between 1 and {MAX_MONTHS} (not {m})"
            ),
            (E::Runs(r), Lang::Fr) => format!(
                "le nombre de tirages doit être entre 1 et {MAX_RUNS} (et non {r})"
            ),
            (E::Runs(r), Lang::En) => format!(
                "the number of runs must be between 1 and {MAX_RUNS} (not {r})"
            ),
            (E::UsualAbsence(a), Lang::Fr) => format!(
                "l'absence habituelle doit être entre 0 et 1 (et non {a})"
            ),
            (E::UsualAbsence(a), Lang::En) => format!(
                "the usual absence must be between 0 and 1 (not {a})"
            ),
            (E::Dip(d), Lang::Fr) => format!(
                "la perte de productivité au changement doit être entre 0 et 1 (et non {d})"
            ),
            (E::Dip(d), Lang::En) => format!(
                "the productivity dip at the change must be between 0 and 1 (not {d})"
            ),
            (E::Recovery(r), Lang::Fr) => format!(
                "la durée de retour à la normale doit être un nombre de mois supérieur à 0 (et non {r})"
            ),
            (E::Recovery(r), Lang::En) => format!(
                "the recovery must be a number of months above 0 (not {r})"
            ),
            (E::ChangeMonth { month, months }, Lang::Fr) => format!(
                "le mois du changement doit être entre 1 et {months} (et non {month})"
            ),
            (E::ChangeMonth { month, months }, Lang::En) => format!(
                "the change month must be between 1 and {months} (not {month})"
            ),
            (E::Demand { service, demand }, Lang::Fr) => format!(
                "la demande mensuelle du service {service} ({demand}) est trop grande pour être simulée"
            ),
            (E::Demand { service, demand }, Lang::En) => format!(
                "the monthly demand of service {service} ({demand}) is too large to simulate"
            ),
            (E::TooLarge, Lang::Fr) => "la simulation demanderait trop de mémoire : réduisez le nombre de tirages ou de mois".into(),
            (E::TooLarge, Lang::En) => "the simulation would need too much memory: lower the number of runs or months".into(),
        }
    }
}

impl fmt::Display for SimulationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for SimulationError {}

/// The 10th, 50th and 90th percentiles (nearest rank over the runs), one figure per month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Percentiles {
    /// 10th percentile, months 1 to M.
    pub p10: Vec<f64>,
    /// Median, months 1 to M.
    pub p50: Vec<f64>,
    /// 90th percentile, months 1 to M.
    pub p90: Vec<f64>,
}

/// What the simulation says about one service, month by month.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceSeries {
    /// Work waiting at the end of each month.
    pub backlog: Percentiles,
    /// Mean over the runs of the month's demand.
    pub demand_mean: Vec<f64>,
    /// Mean over the runs of the month's capacity.
    pub capacity_mean: Vec<f64>,
}

/// The outcome of a simulation; serialised, it is the JSON of MODEL.md.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimulationResult {
    /// M.
    pub months: u32,
    /// Runs drawn.
    pub runs: u32,
    /// The seed used.
    pub seed: u64,
    /// By service text id: every service of the before or the after territory.
    pub services: BTreeMap<String, ServiceSeries>,
}

impl SimulationResult {
    /// The JSON object `maillage simulate` prints, exactly as MODEL.md writes it.
    pub fn to_model_json(&self) -> serde_json::Value {
        // Inserted one by one: `collect()` would compile one more copy of the sort (engine::ordered).
        let mut services = serde_json::Map::new();
        services.extend(self.services.iter().map(|(id, series)| {
            let value = serde_json::json!({
                "backlog": {
                    "p10": series.backlog.p10,
                    "p50": series.backlog.p50,
                    "p90": series.backlog.p90,
                },
                "demand_mean": series.demand_mean,
                "capacity_mean": series.capacity_mean,
            });
            (id.clone(), value)
        }));
        serde_json::json!({
            "months": self.months,
            "runs": self.runs,
            "seed": self.seed,
            "services": services,
        })
    }
}

/// The first month (counted from 1) from which `series` stays at 0 to the end, if it does.
///
/// On the 90th percentile of a backlog this reads "from month m on, no work waits in 9 runs out
/// of 10"; `None` when the last month still has work waiting (or the series is empty).
pub fn zero_from(series: &[f64]) -> Option<u32> {
    let waiting = series.iter().rposition(|&figure| figure != 0.0);
    match waiting {
        None if series.is_empty() => None,
        None => Some(1),
        Some(last) if last + 1 == series.len() => None,
        Some(last) => Some(last as u32 + 2),
    }
}

/// Nearest-rank percentile of figures sorted in increasing order: the smallest figure with at
/// least `percent` % of the figures at or below it. `None` for no figures or `percent` above 100.
pub fn nearest_rank(sorted: &[f64], percent: u32) -> Option<f64> {
    if sorted.is_empty() || percent > 100 {
        return None;
    }
    // rank = ⌈percent × n / 100⌉ in integers, at least 1.
    let n = sorted.len() as u64;
    let rank = (u64::from(percent) * n).div_ceil(100).max(1);
    sorted.get((rank - 1) as usize).copied()
}

/// The teams of `after` that a change to it from `before` touches, as a flag per team of
/// `after`: new (no team of that text id before), or on another site or under another manager
/// (compared by text id).
pub fn touched_teams(before: &Territory, after: &Territory) -> Vec<bool> {
    let before_by_id: BTreeMap<&str, (&str, &str)> =
        ordered::map_of(before.teams.iter().map(|team| {
            let site = before.sites.get(team.site.index()).map_or("", |s| &s.id);
            let manager = before
                .managers
                .get(team.manager.index())
                .map_or("", |m| &m.id);
            (team.id.as_str(), (site, manager))
        }));
    after
        .teams
        .iter()
        .map(|team| {
            let site = after.sites.get(team.site.index()).map_or("", |s| &s.id);
            let manager = after
                .managers
                .get(team.manager.index())
                .map_or("", |m| &m.id);
            before_by_id.get(team.id.as_str()) != Some(&(site, manager))
        })
        .collect()
}

/// A service's monthly demand D_k: population × demand_per_1000 / 1000 summed over the zones,
/// times any demand factor set for the zone's commune (a surge), exactly as `metrics::evaluate` counts it.
pub fn monthly_demand(territory: &Territory, service: &crate::engine::model::Service) -> f64 {
    let Some(k) = territory.service_ix(&service.id) else {
        return 0.0;
    };
    (0..territory.zones.len())
        .map(|z| territory.zone_demand(ZoneIx::from_index(z), k))
        .sum()
}

/// A team row of one version, ready to draw.
#[derive(Clone, Debug)]
struct PlanTeam {
    /// Position of its service in the version's `services`.
    slot: u32,
    /// Its present-agents table in `Simulator::tables`.
    table: u32,
    /// Whether it works at the touched productivity.
    touched: bool,
}

/// A service of one version, ready to draw.
#[derive(Clone, Debug)]
struct PlanService {
    /// Position in the union of services (`Simulator::ids`).
    service: u32,
    /// Units one agent handles in a month.
    units: f64,
    /// Its demand table in `Simulator::tables`.
    table: u32,
}

/// One version (before or after) of the territory, reduced to what the draws need.
#[derive(Clone, Debug, Default)]
struct Plan {
    teams: Vec<PlanTeam>,
    services: Vec<PlanService>,
}

/// A simulation that can be run a batch of runs at a time, for progress bars and cancelling.
///
/// Each run draws from its own stream, so running `0..100` then `100..500` gives exactly the
/// same result as running `0..500` at once, or as [`simulate`]. Dropping it cancels.
#[derive(Clone, Debug)]
pub struct Simulator {
    params: SimulationParams,
    /// Text ids of the services of either version: before's in order, then after's new ones.
    ids: Vec<String>,
    /// `[before, after]`.
    plans: [Plan; 2],
    tables: Vec<Table>,
    /// The generator of run 0's stream; every run starts from a copy.
    base: ChaCha8Rng,
    /// Backlog at the end of each month, at `(run × services + service) × months + month − 1`.
    backlog: Vec<f64>,
    /// Demand summed over the finished runs, at `service × months + month − 1` (exact integers,
    /// so the order of the runs cannot change the sums).
    demand_sum: Vec<u128>,
    /// Present agents of untouched teams summed over the finished runs, same layout.
    present_sum: Vec<u128>,
    /// Present agents of touched teams summed over the finished runs, same layout.
    touched_sum: Vec<u128>,
    done: Vec<bool>,
    runs_done: u32,
}

impl Simulator {
    /// Prepares a simulation of the change from `before` to `after` at `params.change_month`.
    ///
    /// Pass the same territory twice to simulate it with no change.
    pub fn new(
        before: &Territory,
        after: &Territory,
        params: &SimulationParams,
    ) -> Result<Simulator, SimulationError> {
        params.validate()?;
        let mut ids: Vec<String> = before.services.iter().map(|s| s.id.clone()).collect();
        for service in &after.services {
            if !ids.contains(&service.id) {
                ids.push(service.id.clone());
            }
        }
        let figures = u64::from(params.runs) * u64::from(params.months) * ids.len() as u64;
        if figures > MAX_FIGURES {
            return Err(SimulationError::TooLarge);
        }
        let mut tables = TableSet::default();
        let untouched = vec![false; before.teams.len()];
        let absence = params.usual_absence;
        let before_plan = plan(before, &untouched, &ids, absence, &mut tables)?;
        let touched = touched_teams(before, after);
        let after_plan = plan(after, &touched, &ids, absence, &mut tables)?;

        let runs = params.runs as usize;
        let months = params.months as usize;
        let series = ids.len() * months;
        Ok(Simulator {
            params: params.clone(),
            ids,
            plans: [before_plan, after_plan],
            tables: tables.tables,
            base: ChaCha8Rng::seed_from_u64(params.seed),
            backlog: vec![0.0; runs * series],
            demand_sum: vec![0; series],
            present_sum: vec![0; series],
            touched_sum: vec![0; series],
            done: vec![false; runs],
            runs_done: 0,
        })
    }

    /// The parameters it runs with.
    pub fn params(&self) -> &SimulationParams {
        &self.params
    }

    /// How many runs are finished.
    pub fn runs_done(&self) -> u32 {
        self.runs_done
    }

    /// Runs the runs of `runs` (numbered from 0) not yet finished; numbers past the last run
    /// are ignored.
    pub fn run_batch(&mut self, runs: Range<u32>) {
        let end = runs.end.min(self.params.runs);
        let mut scratch = Scratch::new(self.ids.len());
        for run in runs.start..end {
            if !self.done[run as usize] {
                self.run(run, &mut scratch);
            }
        }
    }

    /// Runs up to `count` more runs, lowest numbers first; returns how many are now finished.
    pub fn run_next(&mut self, count: u32) -> u32 {
        let mut scratch = Scratch::new(self.ids.len());
        let mut left = count;
        let mut run = 0;
        while left > 0 && run < self.params.runs {
            if !self.done[run as usize] {
                self.run(run, &mut scratch);
                left -= 1;
            }
            run += 1;
        }
        self.runs_done
    }

    /// Runs what is left and gathers the percentiles and means.
    pub fn finish(mut self) -> SimulationResult {
        self.run_batch(0..self.params.runs);
        let months = self.params.months as usize;
        let runs = self.params.runs as usize;
        let count = self.ids.len();
        // A service's units per agent in each version, to turn agent sums into capacity.
        let mut units = [vec![0.0; count], vec![0.0; count]];
        for (version, plan) in self.plans.iter().enumerate() {
            for service in &plan.services {
                units[version][service.service as usize] = service.units;
            }
        }
        let mut services = BTreeMap::new();
        let mut column = vec![0.0; runs];
        for (s, id) in self.ids.iter().enumerate() {
            let mut series = ServiceSeries::default();
            for m in 0..months {
                for (r, slot) in column.iter_mut().enumerate() {
                    *slot = self.backlog[(r * count + s) * months + m];
                }
                column.sort_unstable_by(f64::total_cmp);
                series
                    .backlog
                    .p10
                    .push(nearest_rank(&column, 10).unwrap_or(0.0));
                series
                    .backlog
                    .p50
                    .push(nearest_rank(&column, 50).unwrap_or(0.0));
                series
                    .backlog
                    .p90
                    .push(nearest_rank(&column, 90).unwrap_or(0.0));
                let at = s * months + m;
                let month = m as u32 + 1;
                let version = self.version(month);
                let capacity = units[version][s]
                    * (self.present_sum[at] as f64
                        + self.touched_sum[at] as f64 * self.params.productivity(month));
                series
                    .demand_mean
                    .push(self.demand_sum[at] as f64 / runs as f64);
                series.capacity_mean.push(capacity / runs as f64);
            }
            services.insert(id.clone(), series);
        }
        SimulationResult {
            months: self.params.months,
            runs: self.params.runs,
            seed: self.params.seed,
            services,
        }
    }

    /// 0 (before) or 1 (after): the version in force in `month`.
    fn version(&self, month: u32) -> usize {
        usize::from(month >= self.params.change_month)
    }

    /// Draws one run, following the stream layout of the module documentation.
    fn run(&mut self, run: u32, scratch: &mut Scratch) {
        let mut rng = self.base.clone();
        rng.set_stream(u64::from(run));
        let months = self.params.months as usize;
        let count = self.ids.len();
        scratch.backlog.iter_mut().for_each(|b| *b = 0.0);
        for month in 1..=self.params.months {
            let plan = &self.plans[self.version(month)];
            let productivity = self.params.productivity(month);
            let present = &mut scratch.present[..plan.services.len()];
            let touched = &mut scratch.touched[..plan.services.len()];
            present.iter_mut().for_each(|p| *p = 0);
            touched.iter_mut().for_each(|p| *p = 0);
            for team in &plan.teams {
                let agents = self.tables[team.table as usize].sample(&mut rng);
                let slot = team.slot as usize;
                if team.touched {
                    touched[slot] += agents;
                } else {
                    present[slot] += agents;
                }
            }
            let m = month as usize - 1;
            for (slot, service) in plan.services.iter().enumerate() {
                let demand = self.tables[service.table as usize].sample(&mut rng);
                let s = service.service as usize;
                // Σ present × units × productivity, grouped by productivity (1 or the dip's).
                let capacity =
                    service.units * (present[slot] as f64 + touched[slot] as f64 * productivity);
                let backlog = scratch.backlog[s] + demand as f64 - capacity;
                scratch.backlog[s] = if backlog > 0.0 { backlog } else { 0.0 };
                let at = s * months + m;
                self.demand_sum[at] += u128::from(demand);
                self.present_sum[at] += u128::from(present[slot]);
                self.touched_sum[at] += u128::from(touched[slot]);
            }
            // Services absent from this version keep their backlog (see the module docs).
            let row = run as usize * count;
            for (s, &backlog) in scratch.backlog.iter().enumerate() {
                self.backlog[(row + s) * months + m] = backlog;
            }
        }
        self.done[run as usize] = true;
        self.runs_done += 1;
    }
}

/// Buffers reused from run to run, so the month loop allocates nothing.
struct Scratch {
    backlog: Vec<f64>,
    present: Vec<u64>,
    touched: Vec<u64>,
}

impl Scratch {
    fn new(services: usize) -> Scratch {
        Scratch {
            backlog: vec![0.0; services],
            present: vec![0; services],
            touched: vec![0; services],
        }
    }
}

/// Sampling tables shared between teams of equal size, within a memory budget.
#[derive(Default)]
struct TableSet {
    tables: Vec<Table>,
    /// (Agents, presence probability's bits) → its Binomial table, so that teams of the same
    /// size and presence share one.
    binomial: BTreeMap<(u32, u64), u32>,
    values: usize,
}

impl TableSet {
    fn add(&mut self, table: Table) -> u32 {
        self.values += table.len();
        self.tables.push(table);
        (self.tables.len() - 1) as u32
    }

    fn room(&self) -> usize {
        MAX_TABLE_VALUES.saturating_sub(self.values)
    }

    fn binomial(&mut self, agents: u32, p: f64) -> Result<u32, SimulationError> {
        if let Some(&ix) = self.binomial.get(&(agents, p.to_bits())) {
            return Ok(ix);
        }
        let table =
            Table::binomial(u64::from(agents), p, self.room()).ok_or(SimulationError::TooLarge)?;
        let ix = self.add(table);
        self.binomial.insert((agents, p.to_bits()), ix);
        Ok(ix)
    }
}

/// Reduces one version of the territory to its draws; `usual_absence` replaces the territory's
/// own rate where the user set one.
fn plan(
    territory: &Territory,
    touched: &[bool],
    ids: &[String],
    usual_absence: Option<f64>,
    tables: &mut TableSet,
) -> Result<Plan, SimulationError> {
    let territory_rate = usual_absence.unwrap_or_else(|| territory.territory_usual_absence());
    let mut services = Vec::with_capacity(territory.services.len());
    for service in &territory.services {
        let demand = monthly_demand(territory, service);
        if demand.is_nan() || demand > MAX_DEMAND {
            return Err(SimulationError::Demand {
                service: service.id.clone(),
                demand,
            });
        }
        let table = Table::poisson(demand, tables.room()).ok_or(SimulationError::TooLarge)?;
        let table = tables.add(table);
        let position = ids.iter().position(|id| *id == service.id).unwrap_or(0);
        services.push(PlanService {
            service: position as u32,
            units: service.units_per_agent,
            table,
        });
    }
    let mut teams = Vec::with_capacity(territory.teams.len());
    for (ix, team) in territory.teams.iter().enumerate() {
        // The reader guarantees the reference; a team pointing nowhere could only draw for no one.
        if team.service.index() >= services.len() {
            continue;
        }
        let service = territory.service(team.service);
        let absence = service.usual_absence.unwrap_or(territory_rate);
        teams.push(PlanTeam {
            slot: team.service.0,
            // An absence wave (project addition) keeps away a further share of the service's
            // agents: present with probability (1 − absence rate)(1 − wave).
            table: tables.binomial(
                team.agents,
                (1.0 - absence) * (1.0 - territory.absence_wave(team.service)),
            )?,
            touched: touched.get(ix).copied().unwrap_or(false),
        });
    }
    Ok(Plan { teams, services })
}

/// Runs a whole simulation at once (the same figures as batching it with [`Simulator`]).
pub fn simulate(
    before: &Territory,
    after: &Territory,
    params: &SimulationParams,
) -> Result<SimulationResult, SimulationError> {
    Ok(Simulator::new(before, after, params)?.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_follows_the_textbook_definition() {
        // The classic example: 15, 20, 35, 40, 50.
        let figures = [15.0, 20.0, 35.0, 40.0, 50.0];
        assert_eq!(nearest_rank(&figures, 5), Some(15.0));
        assert_eq!(nearest_rank(&figures, 30), Some(20.0));
        assert_eq!(nearest_rank(&figures, 40), Some(20.0));
        assert_eq!(nearest_rank(&figures, 50), Some(35.0));
        assert_eq!(nearest_rank(&figures, 100), Some(50.0));
        assert_eq!(nearest_rank(&figures, 0), Some(15.0));
        assert_eq!(nearest_rank(&figures, 101), None);
        assert_eq!(nearest_rank(&[], 50), None);
    }

    #[test]
    fn nearest_rank_over_500_runs_picks_ranks_50_250_450() {
        let figures: Vec<f64> = (1..=500).map(f64::from).collect();
        assert_eq!(nearest_rank(&figures, 10), Some(50.0));
        assert_eq!(nearest_rank(&figures, 50), Some(250.0));
        assert_eq!(nearest_rank(&figures, 90), Some(450.0));
        let figures: Vec<f64> = (1..=7).map(f64::from).collect();
        // ⌈0.7⌉ = 1, ⌈3.5⌉ = 4, ⌈6.3⌉ = 7.
        assert_eq!(nearest_rank(&figures, 10), Some(1.0));
        assert_eq!(nearest_rank(&figures, 50), Some(4.0));
        assert_eq!(nearest_rank(&figures, 90), Some(7.0));
    }

    #[test]
    fn zero_from_finds_the_month_the_backlog_settles_at_zero() {
        assert_eq!(zero_from(&[3.0, 1.0, 0.0, 0.0]), Some(3));
        assert_eq!(zero_from(&[0.0, 2.0, 0.0, 0.0, 0.0]), Some(3));
        assert_eq!(zero_from(&[0.0, 0.0]), Some(1));
        assert_eq!(zero_from(&[0.0, 0.0, 4.0]), None);
        assert_eq!(zero_from(&[]), None);
    }

    #[test]
    fn productivity_dips_at_the_change_and_recovers_linearly() {
        let params = SimulationParams {
            change_month: 3,
            dip: 0.25,
            recovery_months: 4.0,
            ..SimulationParams::default()
        };
        let expected = [1.0, 1.0, 0.75, 0.8125, 0.875, 0.9375, 1.0, 1.0];
        for (m, want) in (1..).zip(expected) {
            assert_eq!(params.productivity(m), want, "month {m}");
        }
    }
}
