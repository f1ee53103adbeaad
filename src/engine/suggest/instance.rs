//! The numbers a suggestion works on: the zones with residents, their travel time to every
//! candidate site, each zone's candidates from nearest to farthest, and the cost of serving a
//! zone from a site for each goal.

use std::cmp::Ordering;
use std::ops::{Add, AddAssign, Sub, SubAssign};

use crate::engine::model::{ServiceIx, SiteIx, Territory, ZoneIx};
use crate::engine::ordered;
use crate::engine::travel::TravelMatrix;

use super::capacity::Rooms;
use super::Goal;

/// A travel time that cannot come from a valid territory (not a number, infinite) is read as
/// this many minutes, so that no sum ever meets `∞ − ∞`.
const UNREACHABLE_MINUTES: f64 = 1.0e9;

/// The problem: choose `p` of the `sites` candidates, the locked ones among them.
///
/// Only zones with residents take part (a zone without residents costs nothing wherever its
/// site is); they are the *users*, in zone order, so that every sum runs in the same order.
#[derive(Clone, Debug)]
pub(crate) struct Instance {
    /// Number of candidate sites (every site of the territory, indexed as there).
    pub sites: usize,
    /// The zone of each user.
    pub zones: Vec<ZoneIx>,
    /// Residents of each user (its weight).
    pub weight: Vec<f64>,
    /// Minutes from each user to each site, `users × sites`, row-major.
    pub minutes: Vec<f64>,
    /// Each user's sites from nearest to farthest, ties by site id (byte order): `users × sites`.
    pub order: Vec<u32>,
    /// Position of each site in site-id order (MODEL.md's tie rule).
    pub rank: Vec<u32>,
    /// The sites in site-id order.
    pub by_rank: Vec<u32>,
    /// Sites that must be chosen.
    pub locked: Vec<bool>,
    /// How many sites to choose.
    pub p: usize,
    /// What "good" means.
    pub goal: Goal,
    /// The service's catchment time, inclusive.
    pub catchment: f64,
    /// Residents of every zone (users or not), summed in zone order.
    pub population: f64,
    /// With the capacity constraint: the rooms, and each user's demand for the service.
    pub rooms: Option<(Rooms, Vec<f64>)>,
}

impl Instance {
    /// Builds the problem; `locked` and `p` are already checked by the caller.
    pub fn new(
        territory: &Territory,
        matrix: &TravelMatrix,
        locked: &[SiteIx],
        p: usize,
        goal: Goal,
        catchment: f64,
    ) -> Instance {
        let sites = territory.sites.len();
        let by_rank = sites_by_id(territory);
        let mut rank = vec![0u32; sites];
        for (position, &site) in by_rank.iter().enumerate() {
            rank[site as usize] = position as u32;
        }
        let mut zones = Vec::new();
        let mut weight = Vec::new();
        let mut minutes = Vec::new();
        let mut population = 0.0;
        for (z, zone) in territory.zones.iter().enumerate() {
            population += zone.population;
            if zone.population.is_nan() || zone.population <= 0.0 {
                continue;
            }
            let row = matrix.row(ZoneIx::from_index(z));
            zones.push(ZoneIx::from_index(z));
            weight.push(zone.population);
            minutes.extend(row.iter().map(|&t| sane_minutes(t)));
        }
        let mut order = Vec::with_capacity(minutes.len());
        for row in minutes.chunks(sites.max(1)).take(zones.len()) {
            let mut sorted: Vec<u32> = by_rank.clone();
            // by_rank is in id order and the sort is stable: equal times stay in id order.
            ordered::sort_by(&mut sorted, |a, b| {
                row[*a as usize]
                    .partial_cmp(&row[*b as usize])
                    .unwrap_or(Ordering::Equal)
            });
            order.extend(sorted);
        }
        let mut is_locked = vec![false; sites];
        for site in locked {
            if let Some(slot) = is_locked.get_mut(site.index()) {
                *slot = true;
            }
        }
        Instance {
            sites,
            zones,
            weight,
            minutes,
            order,
            rank,
            by_rank,
            locked: is_locked,
            p,
            goal,
            catchment,
            population,
            rooms: None,
        }
    }

    /// Adds the capacity constraint: no chosen site may need more agents than its room.
    pub fn within_room(mut self, territory: &Territory, service: ServiceIx) -> Instance {
        let demand = self
            .zones
            .iter()
            .map(|&z| territory.zone_demand(z, service))
            .collect();
        self.rooms = Some((Rooms::new(territory, service), demand));
        self
    }

    /// Agents beyond room over the chosen sites, each user going to `nearest(u)` (0 without the
    /// capacity constraint).
    pub fn overflow(&self, chosen: &[bool], nearest: impl Fn(usize) -> usize) -> u64 {
        let Some((rooms, demand)) = &self.rooms else {
            return 0;
        };
        let (sites, served) = self.served(chosen, demand, nearest);
        rooms.overflow(&sites, &served)
    }

    /// The chosen sites that need more agents than their room, each user going to `nearest(u)`.
    pub fn overflowing(&self, chosen: &[bool], nearest: impl Fn(usize) -> usize) -> Vec<usize> {
        let Some((rooms, demand)) = &self.rooms else {
            return Vec::new();
        };
        let (sites, served) = self.served(chosen, demand, nearest);
        sites
            .iter()
            .zip(rooms.needed(&served))
            .filter(|&(&s, needed)| i64::from(needed) > rooms.room[s])
            .map(|(&s, _)| s)
            .collect()
    }

    /// The chosen sites in id order, and the demand each serves.
    fn served(
        &self,
        chosen: &[bool],
        demand: &[f64],
        nearest: impl Fn(usize) -> usize,
    ) -> (Vec<usize>, Vec<f64>) {
        let sites: Vec<usize> = self
            .by_rank
            .iter()
            .map(|&s| s as usize)
            .filter(|&s| chosen[s])
            .collect();
        let mut position = vec![usize::MAX; self.sites];
        for (i, &s) in sites.iter().enumerate() {
            position[s] = i;
        }
        let mut served = vec![0.0; sites.len()];
        for (u, &d) in demand.iter().enumerate() {
            if let Some(slot) = served.get_mut(position[nearest(u)]) {
                *slot += d;
            }
        }
        (sites, served)
    }

    /// [`Instance::overflow`] with every user at its nearest chosen site.
    pub fn overflow_of(&self, chosen: &[bool]) -> u64 {
        if self.rooms.is_none() {
            return 0;
        }
        let nearest = self.nearest(chosen);
        self.overflow(chosen, |u| nearest[u])
    }

    /// Number of users (zones with residents).
    pub fn users(&self) -> usize {
        self.zones.len()
    }

    /// Minutes from user `u` to site `s`.
    pub fn time(&self, u: usize, s: usize) -> f64 {
        self.minutes[u * self.sites + s]
    }

    /// User `u`'s sites from nearest to farthest.
    pub fn order_of(&self, u: usize) -> &[u32] {
        &self.order[u * self.sites..(u + 1) * self.sites]
    }

    /// True when site `a` is nearer to user `u` than site `b` (equal times: the smaller id).
    pub fn nearer(&self, u: usize, a: usize, b: usize) -> bool {
        let (ta, tb) = (self.time(u, a), self.time(u, b));
        ta < tb || (ta == tb && self.rank[a] < self.rank[b])
    }

    /// The locked sites, in id order.
    pub fn locked_sites(&self) -> Vec<usize> {
        self.by_rank
            .iter()
            .map(|&s| s as usize)
            .filter(|&s| self.locked[s])
            .collect()
    }

    /// The sites that are not locked, in id order.
    pub fn free_sites(&self) -> Vec<usize> {
        self.by_rank
            .iter()
            .map(|&s| s as usize)
            .filter(|&s| !self.locked[s])
            .collect()
    }

    /// How many sites are locked.
    pub fn locked_count(&self) -> usize {
        self.locked.iter().filter(|&&l| l).count()
    }

    /// The cost of serving user `u` from site `s`, for this goal.
    pub fn cost<C: Cost>(&self, u: usize, s: usize) -> C {
        C::of(self.weight[u], self.time(u, s), self.catchment)
    }

    /// The nearest chosen site of every user, by the tie rule.
    pub fn nearest(&self, chosen: &[bool]) -> Vec<usize> {
        (0..self.users())
            .map(|u| {
                self.order_of(u)
                    .iter()
                    .map(|&s| s as usize)
                    .find(|&s| chosen[s])
                    .unwrap_or(0)
            })
            .collect()
    }

    /// The value of a choice: the costs of the users at their nearest chosen site, summed in
    /// user order (so that the same choice always gives the same number, bit for bit).
    pub fn value<C: Cost>(&self, chosen: &[bool]) -> C {
        let mut total = C::ZERO;
        for u in 0..self.users() {
            let s = self
                .order_of(u)
                .iter()
                .map(|&s| s as usize)
                .find(|&s| chosen[s]);
            if let Some(s) = s {
                total += self.cost::<C>(u, s);
            }
        }
        total
    }
}

/// A travel time as a finite number of minutes.
fn sane_minutes(minutes: f64) -> f64 {
    if minutes.is_finite() && minutes >= 0.0 {
        minutes
    } else {
        UNREACHABLE_MINUTES
    }
}

/// Site indices sorted by `site_id` in byte order.
fn sites_by_id(territory: &Territory) -> Vec<u32> {
    let mut order: Vec<u32> = (0..territory.sites.len() as u32).collect();
    ordered::sort_by(&mut order, |a, b| {
        let (a, b) = (
            &territory.sites[*a as usize].id,
            &territory.sites[*b as usize].id,
        );
        a.as_bytes().cmp(b.as_bytes())
    });
    order
}

/// What serving a user costs, for one goal: added, subtracted and compared, so that the same
/// search serves both goals. Smaller is better.
pub(crate) trait Cost:
    Copy + PartialEq + Add<Output = Self> + Sub<Output = Self> + AddAssign + SubAssign
{
    /// Nothing.
    const ZERO: Self;
    /// The cost of serving `weight` residents who are `minutes` away.
    fn of(weight: f64, minutes: f64, catchment: f64) -> Self;
    /// True when this saving is positive by more than `tolerance` (a gain worth a move).
    fn exceeds(self, tolerance: Self) -> bool;
    /// True when this saving is larger than `other` (ties are not larger).
    fn larger(self, other: Self) -> bool;
    /// The size of the numbers a search starting from this value handles, part by part
    /// (`population`: the residents of the users).
    fn scale(self, population: f64) -> Self;
    /// `relative` of this size, part by part.
    fn tolerance(self, relative: f64) -> Self;
}

/// Goal `distance`: resident-minutes.
impl Cost for f64 {
    const ZERO: f64 = 0.0;

    fn of(weight: f64, minutes: f64, _catchment: f64) -> f64 {
        weight * minutes
    }

    fn exceeds(self, tolerance: f64) -> bool {
        self > tolerance
    }

    fn larger(self, other: f64) -> bool {
        self > other
    }

    fn scale(self, _population: f64) -> f64 {
        self
    }

    fn tolerance(self, relative: f64) -> f64 {
        self.abs() * relative
    }
}

/// Goal `coverage`: residents outside the catchment first, then resident-minutes (SUGGEST.md's
/// tie-break), compared in that order.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Coverage {
    /// Residents further than the catchment time.
    pub outside: f64,
    /// Resident-minutes.
    pub minutes: f64,
}

impl Add for Coverage {
    type Output = Coverage;
    fn add(self, other: Coverage) -> Coverage {
        Coverage {
            outside: self.outside + other.outside,
            minutes: self.minutes + other.minutes,
        }
    }
}

impl Sub for Coverage {
    type Output = Coverage;
    fn sub(self, other: Coverage) -> Coverage {
        Coverage {
            outside: self.outside - other.outside,
            minutes: self.minutes - other.minutes,
        }
    }
}

impl AddAssign for Coverage {
    fn add_assign(&mut self, other: Coverage) {
        *self = *self + other;
    }
}

impl SubAssign for Coverage {
    fn sub_assign(&mut self, other: Coverage) {
        *self = *self - other;
    }
}

impl Cost for Coverage {
    const ZERO: Coverage = Coverage {
        outside: 0.0,
        minutes: 0.0,
    };

    fn of(weight: f64, minutes: f64, catchment: f64) -> Coverage {
        Coverage {
            outside: if minutes <= catchment { 0.0 } else { weight },
            minutes: weight * minutes,
        }
    }

    fn exceeds(self, tolerance: Coverage) -> bool {
        self.outside > tolerance.outside
            || (self.outside >= -tolerance.outside && self.minutes > tolerance.minutes)
    }

    fn larger(self, other: Coverage) -> bool {
        self.outside > other.outside
            || (self.outside == other.outside && self.minutes > other.minutes)
    }

    fn scale(self, population: f64) -> Coverage {
        Coverage {
            outside: population,
            minutes: self.minutes,
        }
    }

    fn tolerance(self, relative: f64) -> Coverage {
        Coverage {
            outside: self.outside.abs() * relative,
            minutes: self.minutes.abs() * relative,
        }
    }
}
