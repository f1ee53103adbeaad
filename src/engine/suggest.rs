//! Suggestions (`../shared/SUGGEST.md`): where one service's sites should be, so that residents
//! are as close as possible (goal `distance`, the p-median) or as many as possible are within
//! the catchment time (goal `coverage`, maximal covering), some sites locked, with a proven
//! bound on the best possible; then the suggestion as ordinary operations on the territory.
//!
//! Run it at once with [`suggest`], or step by step with a [`Solver`] (for a progress bar and a
//! cancel button in a Web Worker): both give exactly the same suggestion. The method is
//! explained in `docs/suggest.md`.

mod apply;
mod bound;
mod capacity;
mod error;
mod instance;
mod search;

use serde::{Deserialize, Serialize};

use super::model::{ServiceIx, SiteIx, Territory, ZoneIx};
use super::travel::TravelMatrix;
use crate::engine::ordered;

pub(crate) use apply::{apply_steps, describe};
pub use apply::{scenario_operation, AppliedSuggestion};
pub use capacity::{share_agents, SiteLoad};

/// The capacity check of any layout of `service` (today's, say): per site of the layout, the
/// agents it would need against its room, as [`Suggestion::capacity`] gives them.
pub fn capacity_check(territory: &Territory, service: ServiceIx, layout: &Layout) -> Vec<SiteLoad> {
    capacity::site_loads(territory, service, &layout.sites, &layout.zones)
}
pub use error::SuggestError;

use bound::{as_choice, covered, Lagrangian};
use instance::{Cost, Coverage, Instance};
use search::{choices, greedy, Choice, Enumeration, Swapper};

/// What a good choice of sites is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Goal {
    /// Residents as close as possible: the fewest resident-minutes (the p-median).
    #[default]
    Distance,
    /// As many residents as possible within the catchment time, then the fewest
    /// resident-minutes (maximal covering).
    Coverage,
}

impl Goal {
    /// The word of the command line and of the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Goal::Distance => "distance",
            Goal::Coverage => "coverage",
        }
    }

    /// Reads the word of the command line.
    pub fn from_word(word: &str) -> Option<Goal> {
        match word.trim() {
            "distance" => Some(Goal::Distance),
            "coverage" => Some(Goal::Coverage),
            _ => None,
        }
    }
}

/// What to suggest.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The service, by id.
    pub service: String,
    /// How many sites; `None` for as many as the service works from today.
    pub sites: Option<i64>,
    /// Sites that must be among the chosen, by id (repeats count once).
    pub locked: Vec<String>,
    /// What a good choice is.
    pub goal: Goal,
    /// Only choices where no chosen site needs more agents than its room (the capacity check);
    /// where none exists, the choice that overfills them least.
    #[serde(default)]
    pub within_room: bool,
}

/// How hard the solver works. The defaults suit territories up to the whole Métropole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchOptions {
    /// Every choice is tried, proving the best, when there are at most this many
    /// `choices × zones with residents × sites to choose` (about a second's work natively).
    pub enumerate_up_to: u64,
    /// The most subgradient iterations for the bound.
    pub bound_iterations: u32,
    /// The most searches restarted from the relaxation's choices.
    pub restarts: u32,
}

impl Default for SearchOptions {
    fn default() -> SearchOptions {
        SearchOptions {
            enumerate_up_to: 20_000_000,
            bound_iterations: 5000,
            restarts: 30,
        }
    }
}

/// Where residents are from a set of sites.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// The sites, in id order (byte order of `site_id`).
    pub sites: Vec<SiteIx>,
    /// `Σ P(z) × near(z)`, resident-minutes; `None` without any site.
    pub objective: Option<f64>,
    /// `objective / Σ P(z)`; `None` without any site or resident.
    pub mean_minutes: Option<f64>,
    /// Residents within the catchment time of a site (inclusive).
    pub covered: f64,
    /// `covered / Σ P(z)`; `None` without any site or resident.
    pub share_within: Option<f64>,
    /// The zone with residents furthest from its site, and its minutes.
    pub worst: Option<(ZoneIx, f64)>,
    /// Per zone: its nearest site (ties: the smallest id) and the minutes to it.
    pub zones: Vec<Option<(SiteIx, f64)>>,
}

/// A suggestion, with how good it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The service.
    pub service: ServiceIx,
    /// The goal.
    pub goal: Goal,
    /// How many sites were chosen.
    pub p: u32,
    /// The locked sites, in id order.
    pub locked: Vec<SiteIx>,
    /// The chosen sites and where residents are from them.
    pub layout: Layout,
    /// Goal `distance`: no choice of `p` sites with these locks has fewer resident-minutes.
    /// Goal `coverage`: no choice covers more residents. Equal to the suggestion's value when
    /// it is proven the best.
    pub bound: f64,
    /// How far the suggestion can be from the best possible, as a share of its value
    /// (`distance`: `(objective − bound) / objective`; `coverage`: `(bound − covered) / bound`).
    pub gap: f64,
    /// True when no choice does better.
    pub proven_best: bool,
    /// The sites where the service works today and where residents are from them.
    pub current: Layout,
    /// Per chosen site, in id order: the agents it would need against its room.
    pub capacity: Vec<SiteLoad>,
    /// True when only choices within room were sought ([`Request::within_room`]).
    pub within_room: bool,
}

impl Suggestion {
    /// The chosen sites.
    pub fn sites(&self) -> &[SiteIx] {
        &self.layout.sites
    }

    /// The chosen sites that would need more agents than they have room for.
    pub fn over_capacity(&self) -> Vec<SiteIx> {
        self.capacity
            .iter()
            .filter(|load| load.over_capacity)
            .map(|load| load.site)
            .collect()
    }
}

/// Where the solver is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    /// Looking for good sites.
    Searching,
    /// Proving how good they are (and trying the relaxation's choices).
    Bounding,
    /// Done: [`Solver::finish`] gives the suggestion.
    Finished,
}

/// How far the solver has got, for a progress bar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The stage.
    pub stage: Stage,
    /// Steps made.
    pub done: u32,
    /// Steps expected in all (an estimate until the end: the solver often stops early).
    pub total: u32,
    /// The value of the best choice so far: resident-minutes (distance) or residents covered
    /// (coverage).
    pub value: Option<f64>,
    /// The bound so far.
    pub bound: Option<f64>,
}

/// Swaps per step.
const SWAPS_PER_STEP: u32 = 25;
/// Subgradient iterations per step.
const ITERATIONS_PER_STEP: u32 = 40;
/// Work per enumeration step, in `users × sites to choose` per choice tried.
const ENUMERATION_WORK_PER_STEP: u64 = 400_000;

/// A suggestion being computed, a bounded amount of work at a time.
///
/// ```
/// # use maillage::engine::suggest::{Request, Solver, Goal};
/// # let territory = maillage::engine::embedded::by_key("portes-des-alpes")
/// #     .and_then(|e| maillage::engine::io::read_territory(&e.files).ok())
/// #     .map(|l| l.territory).unwrap();
/// let request = Request { service: "pmi".into(), sites: Some(2), locked: vec![], goal: Goal::Distance };
/// let mut solver = Solver::new(&territory, &request).unwrap();
/// while !solver.is_finished() {
///     let progress = solver.step(); // post `progress` to the page, read messages, …
///     assert!(progress.done <= progress.total);
/// }
/// let suggestion = solver.finish();
/// assert_eq!(suggestion.sites().len(), 2);
/// ```
pub struct Solver {
    territory: Territory,
    matrix: TravelMatrix,
    service: ServiceIx,
    locked: Vec<SiteIx>,
    p: usize,
    run: Run,
}

enum Run {
    Distance(Box<Steps<f64>>),
    Coverage(Box<Steps<Coverage>>),
}

impl Solver {
    /// Checks the request and prepares the work; nothing is searched yet.
    pub fn new(territory: &Territory, request: &Request) -> Result<Solver, SuggestError> {
        Solver::with_options(territory, request, &SearchOptions::default())
    }

    /// Like [`Solver::new`], working as hard as `options` say.
    pub fn with_options(
        territory: &Territory,
        request: &Request,
        options: &SearchOptions,
    ) -> Result<Solver, SuggestError> {
        let (service, locked, p) = check(territory, request)?;
        let matrix = TravelMatrix::new(territory);
        let catchment = territory.service(service).catchment_minutes;
        let mut inst = Instance::new(territory, &matrix, &locked, p, request.goal, catchment);
        if request.within_room {
            inst = inst.within_room(territory, service);
        }
        let run = match request.goal {
            Goal::Distance => Run::Distance(Box::new(Steps::new(inst, options.clone()))),
            Goal::Coverage => Run::Coverage(Box::new(Steps::new(inst, options.clone()))),
        };
        Ok(Solver {
            territory: territory.clone(),
            matrix,
            service,
            locked,
            p,
            run,
        })
    }

    /// Does one bounded piece of work (a few milliseconds natively on the whole Métropole) and
    /// says how far the solver has got. Does nothing once finished.
    pub fn step(&mut self) -> Progress {
        match &mut self.run {
            Run::Distance(steps) => steps.step(),
            Run::Coverage(steps) => steps.step(),
        }
        self.progress()
    }

    /// How far the solver has got.
    pub fn progress(&self) -> Progress {
        match &self.run {
            Run::Distance(steps) => steps.progress(),
            Run::Coverage(steps) => steps.progress(),
        }
    }

    /// True when the work is done.
    pub fn is_finished(&self) -> bool {
        self.progress().stage == Stage::Finished
    }

    /// Finishes the work still to do and gives the suggestion.
    pub fn finish(mut self) -> Suggestion {
        while !self.is_finished() {
            self.step();
        }
        let within_room = match &self.run {
            Run::Distance(steps) => steps.inst.rooms.is_some(),
            Run::Coverage(steps) => steps.inst.rooms.is_some(),
        };
        let (chosen, bound, proven) = match &self.run {
            Run::Distance(steps) => steps.outcome(),
            Run::Coverage(steps) => steps.outcome(),
        };
        let mut sites: Vec<SiteIx> = (0..chosen.len())
            .filter(|&s| chosen[s])
            .map(SiteIx::from_index)
            .collect();
        sort_by_id(&self.territory, &mut sites);
        let goal = match self.run {
            Run::Distance(_) => Goal::Distance,
            Run::Coverage(_) => Goal::Coverage,
        };
        let current = layout(
            &self.territory,
            &self.matrix,
            self.service,
            &today_sites(&self.territory, self.service),
        );
        let layout = layout(&self.territory, &self.matrix, self.service, &sites);
        let (bound, gap) = quality(goal, &layout, bound, proven);
        let capacity = capacity::site_loads(&self.territory, self.service, &sites, &layout.zones);
        Suggestion {
            service: self.service,
            goal,
            p: self.p as u32,
            locked: self.locked,
            layout,
            bound,
            gap,
            proven_best: gap == 0.0 && capacity.iter().all(|l| !l.over_capacity || !within_room),
            current,
            capacity,
            within_room,
        }
    }
}

/// Suggests sites for one service at once (the same answer as a [`Solver`] stepped to the end).
pub fn suggest(territory: &Territory, request: &Request) -> Result<Suggestion, SuggestError> {
    Ok(Solver::new(territory, request)?.finish())
}

/// The sites where a service works today (hosting a team of it with agents), in id order.
pub fn today_sites(territory: &Territory, service: ServiceIx) -> Vec<SiteIx> {
    let mut sites: Vec<SiteIx> = Vec::new();
    for team in &territory.teams {
        if team.service == service && team.agents > 0 && !sites.contains(&team.site) {
            sites.push(team.site);
        }
    }
    sort_by_id(territory, &mut sites);
    sites
}

/// Where residents are from `sites` for `service` (MODEL.md's nearest-site rule).
pub fn layout(
    territory: &Territory,
    matrix: &TravelMatrix,
    service: ServiceIx,
    sites: &[SiteIx],
) -> Layout {
    let mut sites = sites.to_vec();
    sort_by_id(territory, &mut sites);
    sites.dedup();
    let catchment = territory.service(service).catchment_minutes;
    let mut objective = 0.0;
    let mut population = 0.0;
    let mut covered = 0.0;
    let mut worst: Option<(ZoneIx, f64)> = None;
    let mut zones = Vec::with_capacity(territory.zones.len());
    for (z, zone) in territory.zones.iter().enumerate() {
        let zix = ZoneIx::from_index(z);
        let row = matrix.row(zix);
        let mut nearest: Option<(SiteIx, f64)> = None;
        // Sites in id order and a strict comparison: the smallest id wins a tie.
        for &site in &sites {
            let minutes = row.get(site.index()).copied().unwrap_or(f64::INFINITY);
            if nearest.is_none_or(|(_, best)| minutes < best) {
                nearest = Some((site, minutes));
            }
        }
        population += zone.population;
        if let Some((_, minutes)) = nearest {
            objective += zone.population * minutes;
            if minutes <= catchment {
                covered += zone.population;
            }
            if zone.population > 0.0 && worst.is_none_or(|(_, w)| minutes > w) {
                worst = Some((zix, minutes));
            }
        }
        zones.push(nearest);
    }
    let any = !sites.is_empty();
    Layout {
        objective: any.then_some(objective),
        mean_minutes: (any && population > 0.0).then(|| objective / population),
        covered,
        share_within: (any && population > 0.0).then(|| covered / population),
        worst,
        zones,
        sites,
    }
}

/// Residents who gain and who lose time in one commune, going from one layout to another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommuneChange {
    /// The commune, as in zones.csv.
    pub commune: String,
    /// Residents whose site is nearer after (or who had none before).
    pub gain: f64,
    /// Residents whose site is further after (or who have none after).
    pub lose: f64,
}

/// Per commune (in name order), residents who gain and who lose time from `before` to `after`.
pub fn changes_by_commune(
    territory: &Territory,
    before: &Layout,
    after: &Layout,
) -> Vec<CommuneChange> {
    let mut changes: Vec<CommuneChange> = territory
        .communes()
        .into_iter()
        .map(|commune| CommuneChange {
            commune: commune.to_string(),
            gain: 0.0,
            lose: 0.0,
        })
        .collect();
    for (z, zone) in territory.zones.iter().enumerate() {
        let Some(change) = changes.iter_mut().find(|c| c.commune == zone.commune) else {
            continue;
        };
        let minutes = |l: &Layout| l.zones.get(z).copied().flatten().map(|(_, m)| m);
        match (minutes(before), minutes(after)) {
            (Some(b), Some(a)) if a < b => change.gain += zone.population,
            (Some(b), Some(a)) if a > b => change.lose += zone.population,
            (None, Some(_)) => change.gain += zone.population,
            (Some(_), None) => change.lose += zone.population,
            _ => {}
        }
    }
    changes
}

/// Checks a request: the service, the locked sites (in id order, each once) and `p`.
fn check(
    territory: &Territory,
    request: &Request,
) -> Result<(ServiceIx, Vec<SiteIx>, usize), SuggestError> {
    let service = territory
        .service_ix(request.service.trim())
        .ok_or_else(|| SuggestError::UnknownService {
            id: request.service.trim().to_string(),
        })?;
    let mut locked = Vec::new();
    for id in &request.locked {
        let site = territory
            .site_ix(id.trim())
            .ok_or_else(|| SuggestError::UnknownSite {
                id: id.trim().to_string(),
            })?;
        if !locked.contains(&site) {
            locked.push(site);
        }
    }
    sort_by_id(territory, &mut locked);
    let candidates = territory.sites.len();
    if candidates == 0 {
        return Err(SuggestError::NoSites);
    }
    let asked = match request.sites {
        Some(p) => p,
        None => {
            let today = today_sites(territory, service).len();
            if today == 0 {
                let k = territory.service(service);
                return Err(SuggestError::NoSitesToday {
                    service: crate::engine::operations::Named {
                        id: k.id.clone(),
                        name: k.name.clone(),
                    },
                });
            }
            today as i64
        }
    };
    if asked < 1 || asked > candidates as i64 {
        return Err(SuggestError::SitesOutOfRange { asked, candidates });
    }
    let p = asked as usize;
    if locked.len() > p {
        return Err(SuggestError::MoreLocksThanSites {
            locked: locked.len(),
            sites: p,
        });
    }
    Ok((service, locked, p))
}

fn sort_by_id(territory: &Territory, sites: &mut Vec<SiteIx>) {
    ordered::sort_by(sites, |a, b| {
        let (a, b) = (&territory.site(*a).id, &territory.site(*b).id);
        a.as_bytes().cmp(b.as_bytes())
    });
}

/// The bound reported and the gap, from the search's bound: never on the wrong side of the
/// suggestion's own value, and equal to it when proven.
fn quality(goal: Goal, layout: &Layout, bound: f64, proven: bool) -> (f64, f64) {
    match goal {
        Goal::Distance => {
            let value = layout.objective.unwrap_or(0.0);
            let bound = if proven || bound >= value - bound::CLOSED * value.abs() {
                value
            } else {
                bound
            };
            let gap = if value > 0.0 {
                (value - bound) / value
            } else {
                0.0
            };
            (bound, gap)
        }
        Goal::Coverage => {
            let value = layout.covered;
            let bound = if proven || bound <= value + bound::CLOSED * value.abs() {
                value
            } else {
                bound
            };
            let gap = if bound > 0.0 {
                (bound - value) / bound
            } else {
                0.0
            };
            (bound, gap)
        }
    }
}

/// What the solver is doing.
enum Phase<C: Cost> {
    /// Nothing done yet.
    Start,
    /// Trying every choice.
    Enumerate(Enumeration<C>),
    /// Improving a choice by swaps.
    Swap(Swapper<C>),
    /// Improving the bound.
    Bound,
    /// Done.
    Finished,
}

/// The solver's work for one goal.
struct Steps<C: Cost> {
    inst: Instance,
    options: SearchOptions,
    phase: Phase<C>,
    /// The best choice so far, its agents beyond room and its value.
    best: Option<(Choice, u64, C)>,
    lagrangian: Option<Lagrangian>,
    /// The choices searches started from, to start each only once.
    starts: Vec<Choice>,
    proven: bool,
    done: u32,
    /// Steps an enumeration takes, when there is one.
    enumeration_steps: u32,
}

impl<C: Cost> Steps<C> {
    fn new(inst: Instance, options: SearchOptions) -> Steps<C> {
        Steps {
            inst,
            options,
            phase: Phase::Start,
            best: None,
            lagrangian: None,
            starts: Vec::new(),
            proven: false,
            done: 0,
            enumeration_steps: 0,
        }
    }

    fn step(&mut self) {
        let phase = std::mem::replace(&mut self.phase, Phase::Finished);
        if !matches!(phase, Phase::Finished) {
            self.done += 1;
        }
        self.phase = match phase {
            Phase::Start => self.start(),
            Phase::Enumerate(mut enumeration) => {
                let per_choice = (self.inst.users() * self.inst.p).max(1) as u64;
                let budget = (ENUMERATION_WORK_PER_STEP / per_choice).clamp(1, 1 << 20) as u32;
                if enumeration.run(&self.inst, budget) {
                    let chosen = enumeration.best(&self.inst);
                    self.offer(chosen);
                    self.proven = true;
                    Phase::Finished
                } else {
                    Phase::Enumerate(enumeration)
                }
            }
            Phase::Swap(mut swapper) => {
                if swapper.run(&self.inst, SWAPS_PER_STEP) {
                    self.offer(swapper.chosen().clone());
                    Phase::Bound
                } else {
                    Phase::Swap(swapper)
                }
            }
            Phase::Bound => self.bound_step(),
            Phase::Finished => Phase::Finished,
        };
    }

    fn start(&mut self) -> Phase<C> {
        let inst = &self.inst;
        let free = inst.free_sites();
        let take = inst.p.saturating_sub(inst.locked_count());
        // With no resident to serve every choice is as good, except within room: the sites
        // already filled by other services, or the agents shared equally, can still overflow.
        let as_good = inst.users() == 0
            && (inst.rooms.is_none() || choices(free.len(), take) > self.options.enumerate_up_to);
        if take == 0 || take >= free.len() || as_good {
            let mut chosen = inst.locked.clone();
            for &s in free.iter().take(take) {
                chosen[s] = true;
            }
            self.offer(chosen);
            self.proven = true;
            return Phase::Finished;
        }
        let work = choices(free.len(), take)
            .saturating_mul(inst.users().max(1) as u64)
            .saturating_mul(take as u64);
        if inst.p < 2 || work <= self.options.enumerate_up_to {
            let per_choice = (inst.users() * inst.p).max(1) as u64;
            let per_step = (ENUMERATION_WORK_PER_STEP / per_choice).max(1);
            self.enumeration_steps = choices(free.len(), take)
                .div_ceil(per_step)
                .min(u64::from(u32::MAX / 2)) as u32;
            return Phase::Enumerate(Enumeration::new(inst));
        }
        let start = greedy::<C>(inst);
        self.starts.push(start.clone());
        Phase::Swap(Swapper::new(inst, start))
    }

    /// Keeps `chosen` if it is better than the best so far (within room first, when asked).
    fn offer(&mut self, chosen: Choice) {
        let value = self.inst.value::<C>(&chosen);
        let overflow = self.inst.overflow_of(&chosen);
        if self.best.as_ref().is_none_or(|(_, best_overflow, best)| {
            overflow < *best_overflow
                || (overflow == *best_overflow && (*best - value).larger(C::ZERO))
        }) {
            self.best = Some((chosen, overflow, value));
        }
    }

    /// The incumbent's value as the bound sees it: resident-minutes or residents covered.
    fn incumbent(&self) -> f64 {
        let Some((chosen, _, _)) = &self.best else {
            return 0.0;
        };
        match self.inst.goal {
            Goal::Distance => self.inst.value::<f64>(chosen),
            Goal::Coverage => covered(&self.inst, chosen),
        }
    }

    fn bound_step(&mut self) -> Phase<C> {
        let Some((best, _, _)) = &self.best else {
            return Phase::Finished;
        };
        let incumbent = self.incumbent();
        let lagrangian = self.lagrangian.get_or_insert_with(|| match self.inst.goal {
            Goal::Distance => Lagrangian::median(&self.inst, best, self.options.bound_iterations),
            Goal::Coverage => Lagrangian::cover(&self.inst, best, self.options.bound_iterations),
        });
        let finished = lagrangian.run(&self.inst, incumbent, ITERATIONS_PER_STEP);
        // The relaxation's choice is often close to the best: search from it once.
        if let Some(choice) = lagrangian.choice() {
            let start = as_choice(&self.inst, choice);
            // Within room, only once a choice within room is known: repairing each restart
            // would cost more than it finds.
            let fits = self
                .best
                .as_ref()
                .is_some_and(|(_, overflow, _)| *overflow == 0);
            if (self.starts.len() as u32) <= self.options.restarts
                && fits
                && !self.starts.contains(&start)
                && !lagrangian.closed(incumbent)
            {
                self.starts.push(start.clone());
                return Phase::Swap(Swapper::new(&self.inst, start));
            }
        }
        if finished {
            Phase::Finished
        } else {
            Phase::Bound
        }
    }

    fn progress(&self) -> Progress {
        let stage = phase_ref(&self.phase);
        let expected = if self.enumeration_steps > 0 {
            1 + self.enumeration_steps
        } else {
            let swaps = self.inst.p as u32 / SWAPS_PER_STEP + 2;
            let bound = self.options.bound_iterations.div_ceil(ITERATIONS_PER_STEP);
            1 + swaps * (1 + self.options.restarts) + bound
        };
        let total = if stage == Stage::Finished {
            self.done
        } else {
            expected.max(self.done + 1)
        };
        Progress {
            stage,
            done: self.done,
            total,
            value: self.best.as_ref().map(|_| self.incumbent()),
            bound: self.lagrangian.as_ref().map(Lagrangian::bound),
        }
    }

    /// The best choice, the bound on the best possible value, and whether it is proven best.
    fn outcome(&self) -> (Choice, f64, bool) {
        let (chosen, overflow) = match &self.best {
            Some((chosen, overflow, _)) => (chosen.clone(), *overflow),
            None => (self.inst.locked.clone(), 0),
        };
        let bound = match &self.lagrangian {
            Some(lagrangian) => lagrangian.bound(),
            None if overflow == 0 => self.incumbent(),
            // Nothing fits the rooms: only the bounds that hold for every choice are left.
            None => match self.inst.goal {
                Goal::Distance => Lagrangian::median(&self.inst, &chosen, 0).bound(),
                Goal::Coverage => Lagrangian::cover(&self.inst, &chosen, 0).bound(),
            },
        };
        (chosen, bound, self.proven && overflow == 0)
    }
}

fn phase_ref<C: Cost>(phase: &Phase<C>) -> Stage {
    match phase {
        Phase::Start | Phase::Enumerate(_) | Phase::Swap(_) => Stage::Searching,
        Phase::Bound => Stage::Bounding,
        Phase::Finished => Stage::Finished,
    }
}
