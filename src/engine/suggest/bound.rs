//! The proof of quality: a Lagrangian relaxation, its multipliers improved by subgradient
//! optimisation (Held, Wolfe and Crowder 1974; Beasley 1993 for location problems).
//!
//! Goal `distance` (p-median). Relaxing "each user is served exactly once" with a multiplier
//! `λ_u` per user gives, for *any* `λ`,
//! `L(λ) = Σ_u λ_u + min over choices Y of Σ_{s∈Y} ρ_s`, with `ρ_s = Σ_u min(0, c_us − λ_u)`,
//! and the minimum over Y takes the locked sites and the `p − locked` free sites of smallest
//! `ρ`. No choice of `p` sites costs less than `L(λ)`.
//!
//! Goal `coverage` (maximal covering). Relaxing "a user counts as covered only if a chosen
//! site is within reach" with `μ_u ≥ 0` gives
//! `U(μ) = Σ_u max(0, w_u − μ_u) + max over Y of Σ_{s∈Y} σ_s`, with `σ_s = Σ_{u within reach of
//! s} μ_u`; no choice covers more than `U(μ)`.
//!
//! Both are computed in floating point: the bound reported is moved by a margin far larger than
//! the rounding of the sums (10⁻⁹ of the size of their terms), so that it stays a bound.

use crate::engine::ordered;

use super::instance::Instance;
use super::search::Choice;

/// The margin per term summed, relative to the sum of the sizes of the terms, that keeps a
/// computed bound on the safe side of rounding: summing n terms, then comparing with a value
/// summed from n terms, errs by less than about 2n × 1.1 × 10⁻¹⁶ of their size.
const MARGIN_PER_TERM: f64 = 4.0 * f64::EPSILON;
/// The step factor of the subgradient method at the start.
const THETA_START: f64 = 2.0;
/// The step factor is halved after this many iterations without a better bound.
const HALVE_AFTER: u32 = 60;
/// The method stops when the step factor falls below this.
const THETA_END: f64 = 1e-5;
/// A gap below this share of the value is closed: the choice is the best possible.
pub(crate) const CLOSED: f64 = 1e-9;

/// Which relaxation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// p-median: a lower bound on resident-minutes.
    Median,
    /// Maximal covering: an upper bound on the residents covered.
    Cover,
}

/// The subgradient method under way.
#[derive(Clone, Debug)]
pub(crate) struct Lagrangian {
    kind: Kind,
    /// λ (median) or μ (cover), per user.
    multipliers: Vec<f64>,
    /// Cover: how many sites reach each user (they come first in its order).
    reach: Vec<u32>,
    /// Median: each user's costs in its order of sites, `users × sites` (read in a tight loop).
    costs: Vec<f64>,
    /// Cover: every weight is a whole number, so a bound can be rounded down.
    whole: bool,
    /// The best bound so far, made safe.
    best: f64,
    /// The choice Y of the relaxation at the best bound (a start for the search).
    best_choice: Option<Vec<usize>>,
    theta: f64,
    stale: u32,
    iterations: u32,
    max_iterations: u32,
    finished: bool,
}

impl Lagrangian {
    /// The p-median relaxation, its multipliers starting from the costs of `incumbent`.
    pub fn median(inst: &Instance, incumbent: &Choice, max_iterations: u32) -> Lagrangian {
        let nearest = inst.nearest(incumbent);
        let multipliers = (0..inst.users())
            .map(|u| inst.cost::<f64>(u, nearest[u]))
            .collect();
        // Every user at its nearest candidate: a bound computed exactly as a value is, so that
        // a choice reaching it is proven best without any margin.
        let mut everyone_nearest = 0.0;
        for u in 0..inst.users() {
            everyone_nearest += inst.cost::<f64>(u, inst.order_of(u)[0] as usize);
        }
        let mut costs = Vec::with_capacity(inst.users() * inst.sites);
        for u in 0..inst.users() {
            costs.extend(
                inst.order_of(u)
                    .iter()
                    .map(|&s| inst.cost::<f64>(u, s as usize)),
            );
        }
        Lagrangian {
            kind: Kind::Median,
            multipliers,
            costs,
            reach: Vec::new(),
            whole: false,
            best: everyone_nearest,
            best_choice: None,
            theta: THETA_START,
            stale: 0,
            iterations: 0,
            max_iterations,
            finished: false,
        }
    }

    /// The maximal covering relaxation, its multipliers starting from `incumbent`.
    pub fn cover(inst: &Instance, incumbent: &Choice, max_iterations: u32) -> Lagrangian {
        let reach: Vec<u32> = (0..inst.users())
            .map(|u| {
                inst.order_of(u)
                    .iter()
                    .take_while(|&&s| inst.time(u, s as usize) <= inst.catchment)
                    .count() as u32
            })
            .collect();
        let multipliers = (0..inst.users())
            .map(|u| {
                let covering = inst.order_of(u)[..reach[u] as usize]
                    .iter()
                    .filter(|&&s| incumbent[s as usize])
                    .count();
                inst.weight[u] / covering.max(1) as f64
            })
            .collect();
        // Every user within reach of some site covered: exact, as a value is summed.
        let mut everyone_reached = 0.0;
        for (&weight, &reach) in inst.weight.iter().zip(&reach) {
            if reach > 0 {
                everyone_reached += weight;
            }
        }
        let whole =
            inst.weight.iter().all(|&w| w.fract() == 0.0 && w < 9.0e15) && inst.population < 9.0e15;
        Lagrangian {
            kind: Kind::Cover,
            multipliers,
            costs: Vec::new(),
            reach,
            whole,
            best: everyone_reached,
            best_choice: None,
            theta: THETA_START,
            stale: 0,
            iterations: 0,
            max_iterations,
            finished: false,
        }
    }

    /// The best bound so far: a lower bound on resident-minutes (distance) or an upper bound
    /// on residents covered (coverage), for every choice of `p` sites with the locks.
    pub fn bound(&self) -> f64 {
        self.best
    }

    /// The relaxation's choice at the best bound, if an iteration found one.
    pub fn choice(&self) -> Option<&[usize]> {
        self.best_choice.as_deref()
    }

    /// True when the bound meets the value of the best choice known (`incumbent`).
    pub fn closed(&self, incumbent: f64) -> bool {
        let gap = match self.kind {
            Kind::Median => incumbent - self.best,
            Kind::Cover => self.best - incumbent,
        };
        gap <= CLOSED * incumbent.abs()
    }

    /// Makes at most `budget` iterations, steering by the value of the best choice known
    /// (`incumbent`); returns true when the method has stopped.
    pub fn run(&mut self, inst: &Instance, incumbent: f64, budget: u32) -> bool {
        for _ in 0..budget {
            if self.finished
                || self.iterations >= self.max_iterations
                || self.theta < THETA_END
                || self.closed(incumbent)
            {
                self.finished = true;
                break;
            }
            match self.kind {
                Kind::Median => self.median_iteration(inst, incumbent),
                Kind::Cover => self.cover_iteration(inst, incumbent),
            }
            self.iterations += 1;
        }
        self.finished
    }

    /// The margin, relative to the size of the terms, for sums over this instance.
    fn margin(&self, inst: &Instance) -> f64 {
        MARGIN_PER_TERM * (inst.users() + inst.sites + 16) as f64
    }

    fn improved(&mut self, safe: f64, choice: Vec<usize>) {
        let better = match self.kind {
            Kind::Median => safe > self.best,
            Kind::Cover => safe < self.best,
        };
        if better {
            self.best = safe;
            self.best_choice = Some(choice);
            self.stale = 0;
        } else {
            self.stale += 1;
            if self.stale >= HALVE_AFTER {
                self.theta /= 2.0;
                self.stale = 0;
            }
        }
    }

    fn median_iteration(&mut self, inst: &Instance, incumbent: f64) {
        let lambda = &self.multipliers;
        let mut rho = vec![0.0; inst.sites];
        let m = inst.sites;
        for (u, &l) in lambda.iter().enumerate() {
            let costs = &self.costs[u * m..(u + 1) * m];
            for (&c, &s) in costs.iter().zip(inst.order_of(u)) {
                if c >= l {
                    break;
                }
                rho[s as usize] += c - l;
            }
        }
        let choice = select(inst, &rho, false);
        let mut value = 0.0;
        let mut size = 0.0;
        for &l in lambda {
            value += l;
            size += l.abs();
        }
        let mut in_choice = vec![false; inst.sites];
        for &s in &choice {
            value += rho[s];
            size += rho[s].abs();
            in_choice[s] = true;
        }
        let safe = (value - self.margin(inst) * size).max(0.0);
        // Subgradient: 1 − (chosen sites cheaper than λ_u) for each user.
        let mut subgradient = vec![0.0; inst.users()];
        let mut norm = 0.0;
        for u in 0..inst.users() {
            let mut served = 0.0;
            let costs = &self.costs[u * m..(u + 1) * m];
            for (&c, &s) in costs.iter().zip(inst.order_of(u)) {
                if c >= lambda[u] {
                    break;
                }
                if in_choice[s as usize] {
                    served += 1.0;
                }
            }
            subgradient[u] = 1.0 - served;
            norm += subgradient[u] * subgradient[u];
        }
        self.improved(safe, choice);
        if norm == 0.0 {
            // Every user served exactly once: the relaxation's choice is a solution whose
            // cost is the bound, so no better bound exists.
            self.finished = true;
            return;
        }
        let step = self.theta * (incumbent - value).max(CLOSED * incumbent.abs()) / norm;
        for (l, g) in self.multipliers.iter_mut().zip(&subgradient) {
            *l += step * g;
        }
    }

    fn cover_iteration(&mut self, inst: &Instance, incumbent: f64) {
        let mu = &self.multipliers;
        let mut sigma = vec![0.0; inst.sites];
        let mut value = 0.0;
        let mut size = 0.0;
        for (u, &m) in mu.iter().enumerate() {
            let reach = self.reach[u] as usize;
            if reach == 0 {
                continue;
            }
            let free = (inst.weight[u] - m).max(0.0);
            value += free;
            size += free;
            for &s in &inst.order_of(u)[..reach] {
                sigma[s as usize] += m;
            }
        }
        let choice = select(inst, &sigma, true);
        let mut in_choice = vec![false; inst.sites];
        for &s in &choice {
            value += sigma[s];
            size += sigma[s].abs();
            in_choice[s] = true;
        }
        let mut safe = value + self.margin(inst) * size;
        if self.whole {
            safe = safe.floor();
        }
        // Subgradient of U: (chosen sites within reach) − (1 if the user counts as covered).
        let mut subgradient = vec![0.0; inst.users()];
        let mut norm = 0.0;
        for u in 0..inst.users() {
            let reach = self.reach[u] as usize;
            if reach == 0 {
                continue;
            }
            let within = inst.order_of(u)[..reach]
                .iter()
                .filter(|&&s| in_choice[s as usize])
                .count() as f64;
            let counted = if inst.weight[u] > mu[u] { 1.0 } else { 0.0 };
            subgradient[u] = within - counted;
            norm += subgradient[u] * subgradient[u];
        }
        self.improved(safe, choice);
        if norm == 0.0 {
            self.finished = true;
            return;
        }
        let step = self.theta * (value - incumbent).max(CLOSED * incumbent.abs()) / norm;
        for (m, g) in self.multipliers.iter_mut().zip(&subgradient) {
            *m = (*m - step * g).max(0.0);
        }
    }
}

/// The relaxation's choice: the locked sites, then the free sites of best `score` (smallest,
/// or largest when `largest`), the first in id order on a tie; in id order within each group.
fn select(inst: &Instance, score: &[f64], largest: bool) -> Vec<usize> {
    let mut choice = inst.locked_sites();
    let take = inst.p.saturating_sub(choice.len());
    // (score, position in id order): a total order, so the chosen set is the same however the
    // selection proceeds.
    let mut free: Vec<(f64, u32)> = inst
        .free_sites()
        .into_iter()
        .map(|s| {
            let key = if largest { -score[s] } else { score[s] };
            (key, inst.rank[s])
        })
        .collect();
    let by_key = |a: &(f64, u32), b: &(f64, u32)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
    if take > 0 && take < free.len() {
        free.select_nth_unstable_by(take - 1, by_key);
    }
    let mut picked: Vec<u32> = free.into_iter().take(take).map(|(_, rank)| rank).collect();
    ordered::sort(&mut picked);
    choice.extend(
        picked
            .into_iter()
            .map(|rank| inst.by_rank[rank as usize] as usize),
    );
    choice
}

/// A choice over all sites from a list of sites.
pub(crate) fn as_choice(inst: &Instance, sites: &[usize]) -> Choice {
    let mut chosen = vec![false; inst.sites];
    for &s in sites {
        chosen[s] = true;
    }
    chosen
}

/// Residents covered by a choice (users within the catchment of a chosen site), summed in
/// user order.
pub(crate) fn covered(inst: &Instance, chosen: &[bool]) -> f64 {
    let mut total = 0.0;
    for u in 0..inst.users() {
        let reached = inst
            .order_of(u)
            .iter()
            .take_while(|&&s| inst.time(u, s as usize) <= inst.catchment)
            .any(|&s| chosen[s as usize]);
        if reached {
            total += inst.weight[u];
        }
    }
    total
}
