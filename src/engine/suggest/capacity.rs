//! The capacity check of a suggestion: the agents each chosen site would need, shared in whole
//! agents as applying the suggestion shares them, against the room the site has left.

use serde::{Deserialize, Serialize};

use crate::engine::model::{ServiceIx, SiteIx, Territory};

/// What one chosen site would take on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SiteLoad {
    /// The site.
    pub site: SiteIx,
    /// Residents whose nearest chosen site it is.
    pub residents: f64,
    /// Their monthly demand for the service.
    pub demand: f64,
    /// Agents of the service it would need: the service's agents shared in proportion to the
    /// demand each chosen site serves (so at today's load of the service), in whole agents and
    /// at least one per site when there are enough; with no agent today, the demand divided by
    /// what one agent handles, rounded up.
    pub agents_needed: u32,
    /// Agents it can still host: its capacity less the agents of the other services working
    /// there today (below zero when they already overfill it).
    pub room: i64,
    /// True when it would need more agents than its room.
    pub over_capacity: bool,
}

/// Shares `total` whole agents among sites in proportion to `weights` (largest remainders;
/// ties go to the earlier site), giving each site at least one agent when there are enough.
/// Weights that are all zero share equally.
pub fn share_agents(total: u32, weights: &[f64]) -> Vec<u32> {
    let n = weights.len();
    if n == 0 {
        return Vec::new();
    }
    let mut weights: Vec<f64> = weights
        .iter()
        .map(|&w| if w.is_finite() && w > 0.0 { w } else { 0.0 })
        .collect();
    if weights.iter().all(|&w| w == 0.0) {
        weights = vec![1.0; n];
    }
    let mut shares = vec![0u32; n];
    let mut fixed = vec![false; n];
    if total as usize >= n {
        // A site whose quota is under one agent gets exactly one; the others share the rest.
        loop {
            let quotas = quotas(total, &weights, &fixed);
            let small: Vec<usize> = (0..n).filter(|&i| !fixed[i] && quotas[i] < 1.0).collect();
            if small.is_empty() {
                break;
            }
            for i in small {
                fixed[i] = true;
                shares[i] = 1;
            }
        }
    }
    let quotas = quotas(total, &weights, &fixed);
    let mut given: u32 = shares.iter().sum();
    for i in (0..n).filter(|&i| !fixed[i]) {
        shares[i] = quotas[i].floor() as u32;
        given += shares[i];
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| !fixed[i]).collect();
    crate::engine::ordered::sort_by(&mut order, |&a, &b| {
        let (ra, rb) = (quotas[a] - quotas[a].floor(), quotas[b] - quotas[b].floor());
        rb.partial_cmp(&ra).unwrap_or(std::cmp::Ordering::Equal)
    });
    for i in order
        .into_iter()
        .cycle()
        .take(total.saturating_sub(given) as usize)
    {
        shares[i] += 1;
    }
    shares
}

/// Each site's quota of the agents left once the fixed sites have their one.
fn quotas(total: u32, weights: &[f64], fixed: &[bool]) -> Vec<f64> {
    let left = f64::from(total) - fixed.iter().filter(|&&f| f).count() as f64;
    let mut weight = 0.0;
    for (w, &f) in weights.iter().zip(fixed) {
        if !f {
            weight += w;
        }
    }
    weights
        .iter()
        .zip(fixed)
        .map(|(&w, &f)| {
            if f || weight == 0.0 {
                0.0
            } else {
                left * w / weight
            }
        })
        .collect()
}

/// The load of each chosen site (`sites` in id order, `nearest` the chosen site of each zone).
pub(crate) fn site_loads(
    territory: &Territory,
    service: ServiceIx,
    sites: &[SiteIx],
    nearest: &[Option<(SiteIx, f64)>],
) -> Vec<SiteLoad> {
    let position = |site: SiteIx| sites.iter().position(|&s| s == site);
    let mut residents = vec![0.0; sites.len()];
    let mut demand = vec![0.0; sites.len()];
    for (z, zone) in territory.zones.iter().enumerate() {
        let Some(Some(i)) = nearest.get(z).map(|n| n.and_then(|(s, _)| position(s))) else {
            continue;
        };
        residents[i] += zone.population;
        demand[i] += territory.zone_demand(crate::engine::model::ZoneIx::from_index(z), service);
    }
    let rooms = Rooms::new(territory, service);
    let needed = rooms.needed(&demand);
    sites
        .iter()
        .enumerate()
        .map(|(i, &site)| {
            let room = rooms.room[site.index()];
            SiteLoad {
                site,
                residents: residents[i],
                demand: demand[i],
                agents_needed: needed[i],
                room,
                over_capacity: i64::from(needed[i]) > room,
            }
        })
        .collect()
}

/// What the capacity check needs to know of a territory for one service: the room of every site
/// and how agents are counted.
#[derive(Clone, Debug)]
pub(crate) struct Rooms {
    /// Per site: its capacity less the agents of the other services working there.
    pub room: Vec<i64>,
    /// The service's agents today.
    agents: u64,
    /// Units one agent handles, for a service with no agent today.
    per_agent: f64,
}

impl Rooms {
    pub fn new(territory: &Territory, service: ServiceIx) -> Rooms {
        let mut room: Vec<i64> = territory
            .sites
            .iter()
            .map(|s| i64::from(s.capacity))
            .collect();
        for team in &territory.teams {
            if team.service != service {
                if let Some(slot) = room.get_mut(team.site.index()) {
                    *slot -= i64::from(team.agents);
                }
            }
        }
        let k = territory.service(service);
        Rooms {
            room,
            agents: agents_of(territory, service),
            per_agent: k.units_per_agent * (1.0 - territory.absence_wave(service)),
        }
    }

    /// The agents each site needs for the demand it serves (sites in id order): today's agents
    /// shared in proportion; with none today, the demand over what one agent handles, rounded up.
    pub fn needed(&self, demand: &[f64]) -> Vec<u32> {
        if self.agents > 0 {
            return share_agents(u32::try_from(self.agents).unwrap_or(u32::MAX), demand);
        }
        demand
            .iter()
            .map(|&d| {
                if self.per_agent > 0.0 {
                    (d / self.per_agent).ceil().min(f64::from(u32::MAX)) as u32
                } else {
                    0
                }
            })
            .collect()
    }

    /// Agents beyond room, summed over the sites (`sites` in id order, `demand` theirs).
    pub fn overflow(&self, sites: &[usize], demand: &[f64]) -> u64 {
        self.needed(demand)
            .iter()
            .zip(sites)
            .map(|(&needed, &s)| (i64::from(needed) - self.room[s]).max(0) as u64)
            .sum()
    }
}

/// Agents of a service, all teams.
pub(crate) fn agents_of(territory: &Territory, service: ServiceIx) -> u64 {
    territory
        .teams
        .iter()
        .filter(|t| t.service == service)
        .map(|t| u64::from(t.agents))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agents_are_shared_by_largest_remainders_with_one_each() {
        // Quotas 5.0, 3.0, 2.0: exact.
        assert_eq!(share_agents(10, &[50.0, 30.0, 20.0]), [5, 3, 2]);
        // Quotas 3.33…, 3.33…, 3.33…: the spare agent goes to the first.
        assert_eq!(share_agents(10, &[1.0, 1.0, 1.0]), [4, 3, 3]);
        // Quotas 9.9, 0.1: the small site still gets one, the other the rest.
        assert_eq!(share_agents(10, &[99.0, 1.0]), [9, 1]);
        // Fewer agents than sites: no minimum, largest remainders.
        assert_eq!(share_agents(2, &[1.0, 5.0, 3.0]), [0, 1, 1]);
        // No demand anywhere: equal shares.
        assert_eq!(share_agents(5, &[0.0, 0.0]), [3, 2]);
        assert_eq!(share_agents(7, &[]), Vec::<u32>::new());
        // Whatever the weights, the shares add up.
        for total in 0..40 {
            let shares = share_agents(total, &[0.3, 7.0, 0.0, 2.5, 11.1]);
            assert_eq!(shares.iter().sum::<u32>(), total);
            if total >= 5 {
                assert!(shares.iter().all(|&s| s >= 1), "{total}: {shares:?}");
            }
        }
    }
}
