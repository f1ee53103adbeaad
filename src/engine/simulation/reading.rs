//! How a simulated backlog ends, and what a scenario changes against doing nothing, reduced to
//! the few facts a plain-language sentence needs.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use super::{
    monthly_demand, touched_teams, zero_from, Percentiles, ServiceSeries, SimulationResult,
};
use crate::engine::model::Territory;
use crate::engine::ordered;

/// The most work a stable service keeps waiting: a tenth of a month of its demand, in the median
/// run, in every month. Beyond it the backlog is no longer the month-to-month give and take of
/// absence and demand.
pub const STABLE_BACKLOG_MONTHS: f64 = 0.1;

/// The median backlog's highest month, in months of the service's demand (the mean over the
/// months of its mean monthly demand); `None` without months, or without demand while work waits.
pub fn median_peak_in_months(series: &ServiceSeries) -> Option<f64> {
    let peak = series.backlog.p50.iter().copied().reduce(f64::max)?;
    let months = series.demand_mean.len();
    let demand = series.demand_mean.iter().sum::<f64>() / months.max(1) as f64;
    if peak == 0.0 {
        Some(0.0)
    } else if demand > 0.0 {
        Some(peak / demand)
    } else {
        None
    }
}

/// Whether a service is stable: its median backlog stays at or under
/// [`STABLE_BACKLOG_MONTHS`] of its demand in every month simulated.
pub fn is_stable(series: &ServiceSeries) -> bool {
    median_peak_in_months(series).is_some_and(|months| months <= STABLE_BACKLOG_MONTHS)
}

/// When the backlog of a service settles at zero, read on its percentiles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clearing {
    /// The 90th percentile is zero in every month: no work waits, in 9 runs out of 10.
    NoBacklog,
    /// From `month` on, the `percentile`-th percentile stays at zero: the backlog is back to
    /// zero by then in at least that share of the runs. `percentile` is the highest of 90, 50
    /// and 10 for which this holds.
    ClearedBy {
        /// First month (from 1) from which the percentile stays at zero.
        month: u32,
        /// 90, 50 or 10.
        percentile: u32,
    },
    /// Even the 10th percentile still has work waiting in the last month.
    NotWithinHorizon,
}

/// The facts of a backlog a reader wants first: when it clears, and its worst month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BacklogReading {
    /// When the backlog settles at zero.
    pub clearing: Clearing,
    /// The month (from 1) where the median is highest, and that median; the earliest such
    /// month on a tie; `None` when the median is zero throughout (or there are no months).
    pub median_peak: Option<(u32, f64)>,
}

/// Reads a backlog's percentiles: the highest percentile that settles at zero, and the median's peak.
pub fn read_backlog(backlog: &Percentiles) -> BacklogReading {
    let clearing = match zero_from(&backlog.p90) {
        Some(1) => Clearing::NoBacklog,
        Some(month) => Clearing::ClearedBy {
            month,
            percentile: 90,
        },
        None => [(50, &backlog.p50), (10, &backlog.p10)]
            .into_iter()
            .find_map(|(percentile, series)| {
                zero_from(series).map(|month| Clearing::ClearedBy { month, percentile })
            })
            .unwrap_or(Clearing::NotWithinHorizon),
    };
    let mut median_peak: Option<(u32, f64)> = None;
    for (month, &figure) in (1..).zip(&backlog.p50) {
        if figure > median_peak.map_or(0.0, |(_, peak)| peak) {
            median_peak = Some((month, figure));
        }
    }
    BacklogReading {
        clearing,
        median_peak,
    }
}

/// Below this share of a month of a service's demand, two median backlogs are read as equal: the
/// difference is rounding, or the draws of another team shifting the random stream.
pub const SAME_BACKLOG_MONTHS: f64 = 0.01;

/// The services a scenario touches, by text id, in the territory's order: a service of one version only, or one whose
/// demand, units per agent, absence or teams (id, agents, site, manager, or touched by the
/// change) differ. The others run as without the change.
pub fn touched_services(before: &Territory, after: &Territory) -> Vec<String> {
    /// What the simulation draws for one service of one version.
    #[derive(PartialEq)]
    struct Drawn<'a> {
        demand: f64,
        units: f64,
        absence: f64,
        wave: f64,
        teams: Vec<(&'a str, u32, &'a str, &'a str, bool)>,
    }
    fn drawn<'a>(territory: &'a Territory, touched: &[bool]) -> BTreeMap<&'a str, Drawn<'a>> {
        let rate = territory.territory_usual_absence();
        let mut services = BTreeMap::new();
        for (k, service) in territory.services.iter().enumerate() {
            let teams = territory
                .teams
                .iter()
                .zip(touched)
                .filter(|(team, _)| team.service.index() == k)
                .map(|(team, &touched)| {
                    let site = territory.sites.get(team.site.index()).map_or("", |s| &s.id);
                    let manager = territory
                        .managers
                        .get(team.manager.index())
                        .map_or("", |m| &m.id);
                    (team.id.as_str(), team.agents, site, manager, touched)
                })
                .collect();
            let drawn = Drawn {
                demand: monthly_demand(territory, service),
                units: service.units_per_agent,
                absence: service.usual_absence.unwrap_or(rate),
                wave: territory.absence_wave(crate::engine::model::ServiceIx(k as u32)),
                teams,
            };
            services.insert(service.id.as_str(), drawn);
        }
        services
    }
    let before_drawn = drawn(before, &vec![false; before.teams.len()]);
    let after_drawn = drawn(after, &touched_teams(before, after));
    let mut ids: Vec<&str> = before.services.iter().map(|s| s.id.as_str()).collect();
    ids.extend(
        after
            .services
            .iter()
            .map(|s| s.id.as_str())
            .filter(|id| !before_drawn.contains_key(id)),
    );
    ids.into_iter()
        .filter(|id| before_drawn.get(id) != after_drawn.get(id))
        .map(str::to_string)
        .collect()
}

/// When a scenario's extra work waiting is made up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchUp {
    /// The scenario never has more work waiting than without the change.
    NeverBehind,
    /// From `month` on, the scenario has no more work waiting than without the change.
    By {
        /// First month (from 1) from which it stays caught up to the end.
        month: u32,
    },
    /// The scenario still has more work waiting in the last month.
    NotWithinHorizon,
}

/// What a scenario changes in one service's median backlog, against doing nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// The service's text id.
    pub service: String,
    /// Median work waiting in the last month, with the scenario minus without it: above 0, work
    /// added; below 0, work saved (0 when within [`SAME_BACKLOG_MONTHS`]).
    pub at_end: f64,
    /// The month (from 1) where the scenario has the most work waiting more than without it,
    /// and how much more; `None` when it never has more.
    pub most_behind: Option<(u32, f64)>,
    /// When the extra work is made up.
    pub catch_up: CatchUp,
}

/// What a scenario changes, service by service, against doing nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScenarioReading {
    /// The services the scenario touches, the largest difference at the end first (work added
    /// or saved alike), then the largest extra on the way.
    pub touched: Vec<Difference>,
    /// The services it does not touch, by text id, in the territory's order.
    pub untouched: Vec<String>,
}

/// One touched service's difference between the two simulations (`without`, `with`).
fn difference(service: &str, without: &ServiceSeries, with: &ServiceSeries) -> Difference {
    let months = without.backlog.p50.len().max(with.backlog.p50.len());
    let demand = without
        .demand_mean
        .iter()
        .chain(&with.demand_mean)
        .copied()
        .reduce(f64::max)
        .unwrap_or(0.0);
    let margin = (SAME_BACKLOG_MONTHS * demand).max(1.0);
    let gap = |m: usize| {
        let at = |p: &Vec<f64>| p.get(m).copied().unwrap_or(0.0);
        at(&with.backlog.p50) - at(&without.backlog.p50)
    };
    let mut most_behind: Option<(u32, f64)> = None;
    let mut behind_last = None;
    for m in 0..months {
        let extra = gap(m);
        if extra > margin {
            behind_last = Some(m);
            if extra > most_behind.map_or(0.0, |(_, most)| most) {
                most_behind = Some((m as u32 + 1, extra));
            }
        }
    }
    let catch_up = match behind_last {
        None => CatchUp::NeverBehind,
        Some(last) if last + 1 == months => CatchUp::NotWithinHorizon,
        Some(last) => CatchUp::By {
            month: last as u32 + 2,
        },
    };
    let end = if months == 0 { 0.0 } else { gap(months - 1) };
    Difference {
        service: service.to_string(),
        at_end: if end.abs() > margin { end } else { 0.0 },
        most_behind,
        catch_up,
    }
}

/// What the scenario (`after`, simulated as `with`) changes against doing nothing (`before`,
/// simulated as `without`): for each service it touches, the work waiting at the end and when
/// any extra is made up, largest first; the services it does not touch, apart.
pub fn read_scenario(
    before: &Territory,
    after: &Territory,
    without: &SimulationResult,
    with: &SimulationResult,
) -> ScenarioReading {
    let touched_ids = touched_services(before, after);
    let empty = ServiceSeries::default();
    let mut reading = ScenarioReading::default();
    let mut ids: Vec<&String> = before.services.iter().map(|s| &s.id).collect();
    ids.extend(
        after
            .services
            .iter()
            .map(|s| &s.id)
            .filter(|id| before.service_ix(id).is_none()),
    );
    for id in ids {
        if touched_ids.contains(id) {
            let before_series = without.services.get(id).unwrap_or(&empty);
            let after_series = with.services.get(id).unwrap_or(&empty);
            reading
                .touched
                .push(difference(id, before_series, after_series));
        } else {
            reading.untouched.push(id.clone());
        }
    }
    let size = |d: &Difference| (d.at_end.abs(), d.most_behind.map_or(0.0, |(_, most)| most));
    ordered::sort_by(&mut reading.touched, |a, b| {
        size(b).partial_cmp(&size(a)).unwrap_or(Ordering::Equal)
    });
    reading
}

#[cfg(test)]
mod tests {
    use super::*;

    fn percentiles(p10: &[f64], p50: &[f64], p90: &[f64]) -> Percentiles {
        Percentiles {
            p10: p10.to_vec(),
            p50: p50.to_vec(),
            p90: p90.to_vec(),
        }
    }

    #[test]
    fn the_highest_percentile_that_settles_at_zero_is_read() {
        let cleared = percentiles(&[0.0, 0.0, 0.0], &[4.0, 0.0, 0.0], &[9.0, 3.0, 0.0]);
        assert_eq!(
            read_backlog(&cleared).clearing,
            Clearing::ClearedBy {
                month: 3,
                percentile: 90
            }
        );
        let half = percentiles(&[0.0, 0.0, 0.0], &[4.0, 0.0, 0.0], &[9.0, 3.0, 1.0]);
        assert_eq!(
            read_backlog(&half).clearing,
            Clearing::ClearedBy {
                month: 2,
                percentile: 50
            }
        );
        let tenth = percentiles(&[2.0, 0.0, 0.0], &[4.0, 1.0, 1.0], &[9.0, 3.0, 1.0]);
        assert_eq!(
            read_backlog(&tenth).clearing,
            Clearing::ClearedBy {
                month: 2,
                percentile: 10
            }
        );
    }

    #[test]
    fn a_backlog_still_waiting_at_the_end_is_not_cleared_within_the_horizon() {
        let growing = percentiles(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0], &[3.0, 6.0, 9.0]);
        let reading = read_backlog(&growing);
        assert_eq!(reading.clearing, Clearing::NotWithinHorizon);
        assert_eq!(reading.median_peak, Some((3, 6.0)));
    }

    #[test]
    fn no_backlog_at_all_has_no_peak() {
        let none = percentiles(&[0.0; 4], &[0.0; 4], &[0.0; 4]);
        assert_eq!(
            read_backlog(&none),
            BacklogReading {
                clearing: Clearing::NoBacklog,
                median_peak: None
            }
        );
        let empty = percentiles(&[], &[], &[]);
        assert_eq!(read_backlog(&empty).clearing, Clearing::NotWithinHorizon);
    }

    fn series(p50: &[f64], demand: f64) -> ServiceSeries {
        ServiceSeries {
            backlog: percentiles(p50, p50, p50),
            demand_mean: vec![demand; p50.len()],
            capacity_mean: vec![demand; p50.len()],
        }
    }

    #[test]
    fn a_service_is_stable_while_its_median_backlog_stays_within_a_tenth_of_a_month() {
        assert!(is_stable(&series(&[0.0, 5.0, 10.0, 2.0], 100.0)));
        assert!(!is_stable(&series(&[0.0, 5.0, 10.5, 2.0], 100.0)));
        assert_eq!(
            median_peak_in_months(&series(&[0.0, 50.0, 20.0], 100.0)),
            Some(0.5)
        );
        assert!(is_stable(&series(&[0.0, 0.0], 0.0)));
        assert!(!is_stable(&series(&[0.0, 3.0], 0.0)));
        assert!(!is_stable(&series(&[], 100.0)));
    }

    #[test]
    fn the_peak_is_the_earliest_highest_median() {
        let twice = percentiles(&[0.0; 4], &[1.0, 5.0, 5.0, 0.0], &[2.0, 8.0, 8.0, 0.0]);
        assert_eq!(read_backlog(&twice).median_peak, Some((2, 5.0)));
    }

    fn with_median(p50: &[f64], demand: f64) -> ServiceSeries {
        series(p50, demand)
    }

    #[test]
    fn extra_work_made_up_is_read_with_its_month() {
        let without = with_median(&[0.0, 0.0, 0.0, 0.0, 0.0], 100.0);
        let with = with_median(&[0.0, 30.0, 20.0, 0.5, 0.0], 100.0);
        let d = difference("k", &without, &with);
        assert_eq!(d.most_behind, Some((2, 30.0)));
        assert_eq!(
            d.catch_up,
            CatchUp::By { month: 4 },
            "0.5 is within a hundredth of 100"
        );
        assert_eq!(d.at_end, 0.0);
    }

    #[test]
    fn extra_work_still_waiting_at_the_end_is_not_made_up() {
        let without = with_median(&[10.0, 20.0, 30.0], 100.0);
        let with = with_median(&[15.0, 40.0, 55.0], 100.0);
        let d = difference("k", &without, &with);
        assert_eq!(d.catch_up, CatchUp::NotWithinHorizon);
        assert_eq!(d.at_end, 25.0);
        assert_eq!(d.most_behind, Some((3, 25.0)));
    }

    #[test]
    fn work_saved_is_a_negative_difference_never_behind() {
        let without = with_median(&[50.0, 100.0, 150.0], 1000.0);
        let with = with_median(&[40.0, 60.0, 80.0], 1000.0);
        let d = difference("k", &without, &with);
        assert_eq!(d.catch_up, CatchUp::NeverBehind);
        assert_eq!(d.most_behind, None);
        assert_eq!(d.at_end, -70.0);
        // A difference within the margin is none.
        let same = difference("k", &without, &with_median(&[50.0, 105.0, 159.0], 1000.0));
        assert_eq!((same.at_end, same.catch_up), (0.0, CatchUp::NeverBehind));
    }

    fn result(services: &[(&str, ServiceSeries)]) -> SimulationResult {
        SimulationResult {
            months: 3,
            runs: 1,
            seed: 1,
            services: services
                .iter()
                .map(|(id, s)| (id.to_string(), s.clone()))
                .collect(),
        }
    }

    /// Two services and two teams on two sites.
    fn territory() -> Territory {
        let files: crate::engine::io::TerritoryFiles = [
            ("zones.csv", "zone_id,name,commune,lat,lon,population\nz1,Centre,Ville,45.0,5.0,10000\n"),
            ("sites.csv", "site_id,name,lat,lon,capacity\na,Mairie,45.0,5.0,100\nb,Annexe,45.1,5.0,100\n"),
            ("services.csv", "service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\nchild,Enfance,social,20,10,30\nroads,Voirie,urban,4,5,30\n"),
            ("managers.csv", "manager_id,name,role,reports_to\ndir,Directrice,director,\nh1,Chef,head,dir\n"),
            ("teams.csv", "team_id,name,service_id,site_id,agents,manager_id\nc1,Enfance 1,child,a,20,h1\nr1,Voirie 1,roads,a,12,h1\n"),
        ]
        .into_iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
        crate::engine::io::read_territory(&files).unwrap().territory
    }

    #[test]
    fn a_service_is_touched_by_its_teams_its_demand_or_its_agents_only() {
        use crate::engine::operations::{apply, Operation};
        let before = territory();
        let touched =
            |operation: Operation| touched_services(&before, &apply(&before, &operation).unwrap());
        assert_eq!(
            touched(Operation::MoveTeam {
                team: "r1".into(),
                to_site: "b".into()
            }),
            ["roads"]
        );
        assert_eq!(
            touched(Operation::SetHeadcount {
                team: "c1".into(),
                agents: 21
            }),
            ["child"]
        );
        assert_eq!(
            touched(Operation::SetDemandFactor {
                service: "child".into(),
                commune: None,
                factor: 1.2
            }),
            ["child"]
        );
        assert!(touched(Operation::OpenSite {
            id: "c".into(),
            name: "Neuf".into(),
            lat: 45.05,
            lon: 5.0,
            capacity: 10
        })
        .is_empty());
        assert!(touched_services(&before, &before).is_empty());
    }

    #[test]
    fn the_largest_difference_comes_first_and_untouched_services_apart() {
        use crate::engine::operations::{apply, Operation};
        let before = territory();
        let after = apply(
            &before,
            &Operation::SetHeadcount {
                team: "c1".into(),
                agents: 25,
            },
        )
        .unwrap();
        let after = apply(
            &after,
            &Operation::MoveTeam {
                team: "r1".into(),
                to_site: "b".into(),
            },
        )
        .unwrap();
        let without = result(&[
            ("child", with_median(&[100.0, 200.0, 300.0], 200.0)),
            ("roads", with_median(&[0.0, 0.0, 0.0], 40.0)),
        ]);
        let with = result(&[
            ("child", with_median(&[50.0, 60.0, 70.0], 200.0)),
            ("roads", with_median(&[5.0, 2.0, 0.0], 40.0)),
        ]);
        let reading = read_scenario(&before, &after, &without, &with);
        let order: Vec<&str> = reading.touched.iter().map(|d| d.service.as_str()).collect();
        assert_eq!(
            order,
            ["child", "roads"],
            "230 saved at the end before 5 made up"
        );
        assert_eq!(reading.touched[0].at_end, -230.0);
        assert_eq!(reading.touched[1].catch_up, CatchUp::By { month: 3 });
        assert!(reading.untouched.is_empty());
        let only_roads = apply(
            &before,
            &Operation::MoveTeam {
                team: "r1".into(),
                to_site: "b".into(),
            },
        )
        .unwrap();
        let reading = read_scenario(&before, &only_roads, &without, &with);
        assert_eq!(reading.untouched, ["child"]);
    }
}
