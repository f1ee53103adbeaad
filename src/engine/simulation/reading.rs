//! How a simulated backlog ends, reduced to the few facts a plain-language sentence needs.

use super::{zero_from, Percentiles, ServiceSeries};

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
}
