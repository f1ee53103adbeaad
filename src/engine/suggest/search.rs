//! Finding good sites: a greedy start, then vertex substitution (Teitz and Bart 1968) with the
//! fast swap evaluation of Resende and Werneck (2007), and plain enumeration where the choices
//! are few enough to try them all.
//!
//! Every loop runs in a fixed order (users in zone order, sites in id order) and every
//! comparison is strict, so the same problem always gives the same sites, natively and in the
//! browser.

use super::instance::{Cost, Instance};

/// The relative size under which a saving is read as rounding noise rather than a gain.
const NOISE: f64 = 1e-12;

/// A choice of sites: `true` for the chosen ones, indexed by site.
pub(crate) type Choice = Vec<bool>;

/// The greedy start: the locked sites, then one site at a time, the one that saves the most.
pub(crate) fn greedy<C: Cost>(inst: &Instance) -> Choice {
    let mut chosen = inst.locked.clone();
    let mut count = inst.locked_count();
    // Each user's nearest chosen site so far.
    let mut nearest: Vec<Option<usize>> = vec![None; inst.users()];
    if count > 0 {
        for (u, slot) in nearest.iter_mut().enumerate() {
            *slot = inst
                .order_of(u)
                .iter()
                .map(|&s| s as usize)
                .find(|&s| chosen[s]);
        }
    }
    while count < inst.p {
        let site = if count == 0 {
            best_single::<C>(inst, &chosen)
        } else {
            best_addition::<C>(inst, &chosen, &nearest)
        };
        let Some(site) = site else { break };
        chosen[site] = true;
        count += 1;
        for (u, slot) in nearest.iter_mut().enumerate() {
            if slot.is_none_or(|current| inst.nearer(u, site, current)) {
                *slot = Some(site);
            }
        }
    }
    chosen
}

/// The one site that serves every user best on its own (the first in id order on a tie).
fn best_single<C: Cost>(inst: &Instance, chosen: &[bool]) -> Option<usize> {
    let mut best: Option<(usize, C)> = None;
    for &site in &inst.by_rank {
        let site = site as usize;
        if chosen[site] {
            continue;
        }
        let mut total = C::ZERO;
        for u in 0..inst.users() {
            total += inst.cost::<C>(u, site);
        }
        if best.is_none_or(|(_, value)| (value - total).larger(C::ZERO)) {
            best = Some((site, total));
        }
    }
    best.map(|(site, _)| site)
}

/// The site whose addition saves the most (the first in id order on a tie).
fn best_addition<C: Cost>(
    inst: &Instance,
    chosen: &[bool],
    nearest: &[Option<usize>],
) -> Option<usize> {
    let mut gain = vec![C::ZERO; inst.sites];
    for (u, current) in nearest.iter().enumerate() {
        let Some(current) = *current else { continue };
        let now = inst.cost::<C>(u, current);
        for &s in inst.order_of(u) {
            let s = s as usize;
            if s == current {
                break;
            }
            gain[s] += now - inst.cost::<C>(u, s);
        }
    }
    let mut best: Option<(usize, C)> = None;
    for &site in &inst.by_rank {
        let site = site as usize;
        if !chosen[site] && best.is_none_or(|(_, saving)| gain[site].larger(saving)) {
            best = Some((site, gain[site]));
        }
    }
    best.map(|(site, _)| site)
}

/// Vertex substitution: swaps one chosen site (not locked) for one not chosen while a swap
/// saves something, the best swap first. Resende and Werneck's bookkeeping keeps, for every
/// candidate `i` and chosen `f`, what the swap would save, updated only for the users a swap
/// touches, so a step costs about what those users see rather than `sites × users`.
///
/// Needs at least two chosen sites (every user then has a nearest and a second nearest).
pub(crate) struct Swapper<C: Cost> {
    chosen: Choice,
    /// Each user's nearest and second nearest chosen sites.
    first: Vec<u32>,
    second: Vec<u32>,
    /// What adding a site would save (users who would move to it).
    gain: Vec<C>,
    /// What removing a chosen site would cost (its users going to their second nearest).
    loss: Vec<C>,
    /// The correction for a pair: `extra[i × sites + f]`.
    extra: Vec<C>,
    value: C,
    /// Agents beyond room (0 without the capacity constraint).
    overflow: u64,
    tolerance: C,
    swaps: u32,
    finished: bool,
}

impl<C: Cost> Swapper<C> {
    /// Starts from `chosen`, which has `p` sites including every locked one.
    pub fn new(inst: &Instance, chosen: Choice) -> Swapper<C> {
        let users = inst.users();
        let mut swapper = Swapper {
            chosen,
            first: vec![0; users],
            second: vec![0; users],
            gain: vec![C::ZERO; inst.sites],
            loss: vec![C::ZERO; inst.sites],
            extra: vec![C::ZERO; inst.sites * inst.sites],
            value: C::ZERO,
            overflow: 0,
            tolerance: C::ZERO,
            swaps: 0,
            finished: false,
        };
        let movable = swapper.movable(inst);
        let outside = swapper.chosen.iter().filter(|&&c| !c).count();
        let chosen_count = swapper.chosen.iter().filter(|&&c| c).count();
        if movable.is_empty() || outside == 0 || chosen_count < 2 || users == 0 {
            swapper.value = inst.value(&swapper.chosen);
            swapper.finished = true;
            return swapper;
        }
        for u in 0..users {
            swapper.place(inst, u);
            swapper.account(inst, u, true);
        }
        swapper.value = swapper.current_value(inst);
        swapper.overflow = inst.overflow_of(&swapper.chosen);
        let population: f64 = inst.weight.iter().sum();
        swapper.tolerance = swapper.value.scale(population).tolerance(NOISE);
        swapper
    }

    /// The current choice.
    pub fn chosen(&self) -> &Choice {
        &self.chosen
    }

    /// Makes at most `budget` swaps (one while sites overflow their room: those swaps try every
    /// pair); returns true when the search is over.
    pub fn run(&mut self, inst: &Instance, budget: u32) -> bool {
        for _ in 0..budget {
            if self.finished {
                break;
            }
            let repairing = self.overflow > 0;
            self.swap_once(inst);
            if repairing {
                break;
            }
        }
        self.finished
    }

    /// The chosen sites that may leave (not locked), in id order.
    fn movable(&self, inst: &Instance) -> Vec<usize> {
        inst.by_rank
            .iter()
            .map(|&s| s as usize)
            .filter(|&s| self.chosen[s] && !inst.locked[s])
            .collect()
    }

    /// Finds the best swap and makes it if it saves more than rounding noise.
    fn swap_once(&mut self, inst: &Instance) {
        if inst.rooms.is_some() {
            return self.swap_once_within_room(inst);
        }
        let movable = self.movable(inst);
        let m = inst.sites;
        let mut best: Option<(usize, usize, C)> = None;
        for &i in &inst.by_rank {
            let i = i as usize;
            if self.chosen[i] {
                continue;
            }
            for &f in &movable {
                let profit = self.gain[i] - self.loss[f] + self.extra[i * m + f];
                if best.is_none_or(|(_, _, top)| profit.larger(top)) {
                    best = Some((i, f, profit));
                }
            }
        }
        let Some((i, f, profit)) = best else {
            self.finished = true;
            return;
        };
        if !profit.exceeds(self.tolerance) {
            self.finished = true;
            return;
        }
        // The bookkeeping drifts by rounding; the swap is made only if the value computed
        // afresh, user by user, says it saves something.
        let after = self.value_after_swap(inst, i, f);
        if !(self.value - after).exceeds(self.tolerance) {
            self.finished = true;
            return;
        }
        self.make_swap(inst, i, f, after, 0);
    }

    /// With the capacity constraint: the swap that most reduces the agents beyond room while
    /// sites overflow; then the best swap that keeps every site within room.
    fn swap_once_within_room(&mut self, inst: &Instance) {
        let movable = self.movable(inst);
        let m = inst.sites;
        let mut pairs: Vec<(usize, usize, C)> = Vec::new();
        // While sites overflow, at most as many repair swaps as sites to choose, each taking one
        // of the overflowing sites out.
        if self.overflow > 0 && self.swaps >= inst.p as u32 {
            self.finished = true;
            return;
        }
        let overflowing = if self.overflow > 0 {
            self.overflowing(inst)
        } else {
            Vec::new()
        };
        for &i in &inst.by_rank {
            let i = i as usize;
            if self.chosen[i] {
                continue;
            }
            for &f in &movable {
                let profit = self.gain[i] - self.loss[f] + self.extra[i * m + f];
                let worth = if self.overflow > 0 {
                    overflowing.contains(&f)
                } else {
                    profit.exceeds(self.tolerance)
                };
                if worth {
                    pairs.push((i, f, profit));
                }
            }
        }
        // Most profitable first; the stable sort keeps id order on a tie.
        crate::engine::ordered::sort_by(&mut pairs, |a, b| {
            if b.2.larger(a.2) {
                std::cmp::Ordering::Greater
            } else if a.2.larger(b.2) {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Equal
            }
        });
        let mut best: Option<(usize, usize, C, u64)> = None;
        for (i, f, _) in pairs {
            let after = self.value_after_swap(inst, i, f);
            let overflow = self.overflow_after_swap(inst, i, f);
            let better = overflow < self.overflow
                || (overflow == self.overflow && (self.value - after).exceeds(self.tolerance));
            if !better {
                continue;
            }
            if self.overflow == 0 {
                // Within room already: the most profitable swap that stays within room.
                best = Some((i, f, after, overflow));
                break;
            }
            let improves_best = best.is_none_or(|(_, _, best_value, best_overflow)| {
                overflow < best_overflow
                    || (overflow == best_overflow && (best_value - after).larger(C::ZERO))
            });
            if improves_best {
                best = Some((i, f, after, overflow));
            }
        }
        match best {
            Some((i, f, after, overflow)) => self.make_swap(inst, i, f, after, overflow),
            None => self.finished = true,
        }
    }

    /// Swaps `i` in and `f` out, updating the bookkeeping of the users it touches.
    fn make_swap(&mut self, inst: &Instance, i: usize, f: usize, after: C, overflow: u64) {
        let affected: Vec<usize> = (0..inst.users())
            .filter(|&u| {
                let (f1, f2) = (self.first[u] as usize, self.second[u] as usize);
                f1 == f || f2 == f || inst.nearer(u, i, f2)
            })
            .collect();
        for &u in &affected {
            self.account(inst, u, false);
        }
        self.chosen[f] = false;
        self.chosen[i] = true;
        for &u in &affected {
            self.place(inst, u);
            self.account(inst, u, true);
        }
        self.value = after;
        self.overflow = overflow;
        self.swaps += 1;
    }

    /// The chosen sites that need more agents than their room.
    fn overflowing(&self, inst: &Instance) -> Vec<usize> {
        inst.overflowing(&self.chosen, |u| self.first[u] as usize)
    }

    /// The agents beyond room if `i` came in and `f` left.
    fn overflow_after_swap(&self, inst: &Instance, i: usize, f: usize) -> u64 {
        let mut chosen = self.chosen.clone();
        chosen[f] = false;
        chosen[i] = true;
        inst.overflow(&chosen, |u| {
            let (f1, f2) = (self.first[u] as usize, self.second[u] as usize);
            let stay = if f1 == f { f2 } else { f1 };
            if inst.nearer(u, i, stay) {
                i
            } else {
                stay
            }
        })
    }

    /// The value if `i` came in and `f` left, summed in user order.
    fn value_after_swap(&self, inst: &Instance, i: usize, f: usize) -> C {
        let mut total = C::ZERO;
        for u in 0..inst.users() {
            let (f1, f2) = (self.first[u] as usize, self.second[u] as usize);
            let stay = if f1 == f { f2 } else { f1 };
            let site = if inst.nearer(u, i, stay) { i } else { stay };
            total += inst.cost::<C>(u, site);
        }
        total
    }

    fn current_value(&self, inst: &Instance) -> C {
        let mut total = C::ZERO;
        for u in 0..inst.users() {
            total += inst.cost::<C>(u, self.first[u] as usize);
        }
        total
    }

    /// Finds user `u`'s nearest and second nearest chosen sites.
    fn place(&mut self, inst: &Instance, u: usize) {
        let mut found = inst
            .order_of(u)
            .iter()
            .copied()
            .filter(|&s| self.chosen[s as usize]);
        self.first[u] = found.next().unwrap_or(0);
        self.second[u] = found.next().unwrap_or(self.first[u]);
    }

    /// Adds (or takes away) user `u`'s share of `gain`, `loss` and `extra`.
    fn account(&mut self, inst: &Instance, u: usize, add: bool) {
        let (f1, f2) = (self.first[u] as usize, self.second[u] as usize);
        let (c1, c2) = (inst.cost::<C>(u, f1), inst.cost::<C>(u, f2));
        let m = inst.sites;
        apply(&mut self.loss[f1], c2 - c1, add);
        let mut past_first = false;
        for &s in inst.order_of(u) {
            let s = s as usize;
            if s == f2 {
                break;
            }
            if s == f1 {
                past_first = true;
                continue;
            }
            let cs = inst.cost::<C>(u, s);
            if past_first {
                // Between the nearest and the second: the user would come to s only if f left.
                apply(&mut self.extra[s * m + f1], c2 - cs, add);
            } else {
                apply(&mut self.gain[s], c1 - cs, add);
                apply(&mut self.extra[s * m + f1], c2 - c1, add);
            }
        }
    }
}

fn apply<C: Cost>(slot: &mut C, amount: C, add: bool) {
    if add {
        *slot += amount;
    } else {
        *slot -= amount;
    }
}

/// Every choice of the free sites, tried one after the other (in the lexicographic order of
/// their positions in id order); the best is kept, the first on a tie.
pub(crate) struct Enumeration<C: Cost> {
    /// The free sites, in id order.
    free: Vec<usize>,
    /// Positions in `free` of the current combination; `None` when all are tried.
    next: Option<Vec<usize>>,
    /// Each user's nearest locked site, if any.
    locked_nearest: Vec<Option<usize>>,
    best: Option<(Vec<usize>, u64, C)>,
}

impl<C: Cost> Enumeration<C> {
    /// Prepares the enumeration of `p − locked` sites among the free ones.
    pub fn new(inst: &Instance) -> Enumeration<C> {
        let free = inst.free_sites();
        let take = inst.p.saturating_sub(inst.locked_count()).min(free.len());
        let locked_nearest = (0..inst.users())
            .map(|u| {
                inst.order_of(u)
                    .iter()
                    .map(|&s| s as usize)
                    .find(|&s| inst.locked[s])
            })
            .collect();
        Enumeration {
            free,
            next: Some((0..take).collect()),
            locked_nearest,
            best: None,
        }
    }

    /// Tries at most `budget` choices; returns true when all are tried.
    pub fn run(&mut self, inst: &Instance, budget: u32) -> bool {
        for _ in 0..budget {
            let Some(positions) = self.next.take() else {
                return true;
            };
            let value = self.value_of(inst, &positions);
            let overflow = if inst.rooms.is_some() {
                inst.overflow_of(&self.choice(inst, &positions))
            } else {
                0
            };
            if self.best.as_ref().is_none_or(|(_, best_overflow, best)| {
                overflow < *best_overflow
                    || (overflow == *best_overflow && (*best - value).larger(C::ZERO))
            }) {
                self.best = Some((positions.clone(), overflow, value));
            }
            self.next = following(positions, self.free.len());
        }
        self.next.is_none()
    }

    /// The best choice found, as a choice over all sites.
    pub fn best(&self, inst: &Instance) -> Choice {
        match &self.best {
            Some((positions, _, _)) => self.choice(inst, positions),
            None => inst.locked.clone(),
        }
    }

    fn choice(&self, inst: &Instance, positions: &[usize]) -> Choice {
        let mut chosen = inst.locked.clone();
        for &position in positions {
            chosen[self.free[position]] = true;
        }
        chosen
    }

    fn value_of(&self, inst: &Instance, positions: &[usize]) -> C {
        let mut total = C::ZERO;
        for u in 0..inst.users() {
            let mut site = self.locked_nearest[u];
            for &position in positions {
                let s = self.free[position];
                if site.is_none_or(|current| inst.nearer(u, s, current)) {
                    site = Some(s);
                }
            }
            if let Some(site) = site {
                total += inst.cost::<C>(u, site);
            }
        }
        total
    }
}

/// The combination after `positions` (of `0..n`, increasing), or `None` after the last.
fn following(mut positions: Vec<usize>, n: usize) -> Option<Vec<usize>> {
    let k = positions.len();
    let mut i = k;
    while i > 0 {
        i -= 1;
        if positions[i] < n - k + i {
            positions[i] += 1;
            for j in i + 1..k {
                positions[j] = positions[j - 1] + 1;
            }
            return Some(positions);
        }
    }
    None
}

/// How many choices of `k` among `n` there are, saturating at `u64::MAX`.
pub(crate) fn choices(n: usize, k: usize) -> u64 {
    let k = k.min(n.saturating_sub(k));
    let mut count: u128 = 1;
    for i in 0..k {
        count = count * (n - i) as u128 / (i + 1) as u128;
        if count > u128::from(u64::MAX) {
            return u64::MAX;
        }
    }
    count as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinations_come_in_order_and_are_counted() {
        let mut all = Vec::new();
        let mut next = Some(vec![0, 1]);
        while let Some(positions) = next {
            all.push(positions.clone());
            next = following(positions, 4);
        }
        assert_eq!(
            all,
            [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]].map(|c| c.to_vec())
        );
        assert_eq!(choices(4, 2), 6);
        assert_eq!(choices(199, 2), 19_701);
        assert_eq!(choices(5, 0), 1);
        assert_eq!(choices(5, 5), 1);
        assert_eq!(choices(199, 30), u64::MAX, "saturates");
        assert_eq!(following(vec![], 3), None);
    }
}

#[cfg(test)]
mod local_optimum {
    use super::*;
    use crate::engine::suggest::instance::{Coverage, Instance};
    use crate::engine::suggest::Goal;
    use crate::engine::travel::TravelMatrix;

    /// Searches from the greedy start, then checks every single swap: none saves anything.
    fn ends_at_a_local_optimum<C: Cost>(goal: Goal, p: usize) {
        let embedded = crate::engine::embedded::by_key("portes-des-alpes").expect("embedded");
        let t = crate::engine::io::read_territory(&embedded.files)
            .expect("valid")
            .territory;
        let matrix = TravelMatrix::new(&t);
        let inst = Instance::new(&t, &matrix, &[], p, goal, 8.0);
        let mut swapper = Swapper::<C>::new(&inst, greedy::<C>(&inst));
        while !swapper.run(&inst, 10) {}
        let chosen = swapper.chosen().clone();
        let value = inst.value::<C>(&chosen);
        assert_eq!(chosen.iter().filter(|&&c| c).count(), p);
        for i in (0..inst.sites).filter(|&i| !chosen[i]) {
            for f in (0..inst.sites).filter(|&f| chosen[f]) {
                let mut other = chosen.clone();
                other[i] = true;
                other[f] = false;
                let saving = value - inst.value::<C>(&other);
                assert!(!saving.larger(C::ZERO), "swapping {f} for {i} saves");
            }
        }
    }

    #[test]
    fn the_swap_search_ends_where_no_swap_saves() {
        for p in [2, 4, 7] {
            ends_at_a_local_optimum::<f64>(Goal::Distance, p);
            ends_at_a_local_optimum::<Coverage>(Goal::Coverage, p);
        }
    }
}
