//! Ranking the groups of a workshop: each group's scenario gets a place on every criterion the
//! facilitator picks, and an overall place from the weighted sum of those places (a Borda count,
//! so that no figure outweighs another by its unit; the facilitator's weights, 0 to 3, say which
//! matter more).
//!
//! Places are competition places ("1, 2, 2, 4"): a group's place on a criterion is one more than
//! the number of groups strictly better on it, so groups written alike share their place. A group
//! with no value for a criterion (a service without agents has no travel time) takes the last place.
//!
//! Only scenarios that change something are ranked: the start and a scenario without a change are
//! reference rows, shown beside the ranking but given no place, so that doing nothing never wins
//! a ranking that counts the disruption of changes.

use super::comparison::{Direction, Measure, Row};
use crate::engine::ordered;

/// The largest weight a criterion can take; 0 shows the criterion without counting it.
pub const MAX_WEIGHT: u8 = 3;

/// The criteria ticked when a facilitator opens the ranking, each with weight 1: workload
/// (teams overloaded), residents' travel (the longest trip, the residents beyond their
/// service's reach), management (posts outside the span norm) and disruption (agents changing
/// site or manager).
pub const DEFAULT_CRITERIA: [Measure; 5] = [
    Measure::OverloadedTeams,
    Measure::LongestTrip,
    Measure::ResidentsBeyondReach,
    Measure::PostsOutsideNorm,
    Measure::AgentsChanging,
];

/// Which way a criterion improves when groups are ranked on it: the figure's own direction, and
/// for disruption (agents moved, with a new manager, or either) less is better. `None` for figures
/// that say nothing of a solution's quality (demand, mean span, headcount).
pub fn ranking_direction(measure: Measure) -> Option<Direction> {
    match measure {
        Measure::AgentsMoved | Measure::AgentsNewManager | Measure::AgentsChanging => {
            Some(Direction::Lower)
        }
        other => match other.direction() {
            Direction::Neither => None,
            direction => Some(direction),
        },
    }
}

/// A criterion of the ranking: a comparison row and how much its places count.
#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    /// One value per column, each already rounded as the reader sees it.
    pub row: Row,
    /// 0 to [`MAX_WEIGHT`]: each place on this criterion counts this many points.
    pub weight: u8,
}

/// One group's standing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The group's column in the rows (0 for the first group).
    pub column: usize,
    /// Its place on each criterion, in the criteria's order (1 is best).
    pub places: Vec<usize>,
    /// The sum of its places, each times its criterion's weight: the fewer, the better.
    pub points: usize,
    /// Its overall place (1 is best; equal points share a place).
    pub place: usize,
}

/// Ranks the columns whose `changed` is true (a column without an entry is a reference) on
/// `criteria`, whose values are rows of [`super::comparison::compare`], one value per column.
/// Criteria without a ranking direction are skipped. The standings come best first; groups that
/// tie keep their column order. Reference columns get no standing and do not push anyone's place.
pub fn rank(criteria: &[Criterion], changed: &[bool]) -> Vec<Standing> {
    let ranked: Vec<usize> = (0..changed.len()).filter(|&c| changed[c]).collect();
    let mut standings: Vec<Standing> = ranked
        .iter()
        .map(|&column| Standing {
            column,
            places: Vec::new(),
            points: 0,
            place: 0,
        })
        .collect();
    for criterion in criteria {
        let Some(direction) = ranking_direction(criterion.row.measure) else {
            continue;
        };
        let value = |column: usize| criterion.row.values.get(column).copied().flatten();
        let weight = usize::from(criterion.weight.min(MAX_WEIGHT));
        for standing in &mut standings {
            let place = match value(standing.column) {
                Some(mine) => {
                    1 + ranked
                        .iter()
                        .filter_map(|&c| value(c))
                        .filter(|&other| better(direction, other, mine))
                        .count()
                }
                None => ranked.len(),
            };
            standing.places.push(place);
            standing.points += weight * place;
        }
    }
    let points: Vec<usize> = standings.iter().map(|s| s.points).collect();
    for standing in &mut standings {
        standing.place = 1 + points.iter().filter(|&&p| p < standing.points).count();
    }
    ordered::sort_by_key(&mut standings, |s| (s.place, s.column));
    standings
}

fn better(direction: Direction, a: f64, b: f64) -> bool {
    match direction {
        Direction::Lower => a < b,
        Direction::Higher => a > b,
        Direction::Neither => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(measure: Measure, values: &[Option<f64>]) -> Criterion {
        weighted(measure, values, 1)
    }

    fn weighted(measure: Measure, values: &[Option<f64>], weight: u8) -> Criterion {
        Criterion {
            row: Row {
                measure,
                service: None,
                values: values.to_vec(),
            },
            weight,
        }
    }

    fn all(n: usize) -> Vec<bool> {
        vec![true; n]
    }

    #[test]
    fn places_follow_each_criterion_s_direction_and_ties_share_a_place() {
        let criteria = [
            // Fewer overloaded teams is better: group 2 first, groups 0 and 1 share second.
            row(Measure::OverloadedTeams, &[Some(3.0), Some(3.0), Some(1.0)]),
            // More residents within reach is better: group 0 first.
            row(Measure::ShareWithin, &[Some(99.0), Some(90.0), Some(95.0)]),
            // Fewer agents moved is better; group 1 has no value and takes the last place.
            row(Measure::AgentsMoved, &[Some(40.0), None, Some(10.0)]),
        ];
        let standings = rank(&criteria, &all(3));
        let by_column = |c: usize| standings.iter().find(|s| s.column == c).unwrap();
        assert_eq!(by_column(0).places, [2, 1, 2]);
        assert_eq!(by_column(1).places, [2, 3, 3]);
        assert_eq!(by_column(2).places, [1, 2, 1]);
        assert_eq!(
            standings.iter().map(|s| s.column).collect::<Vec<_>>(),
            [2, 0, 1],
            "best first: 4 points, 5 points, 8 points"
        );
        assert_eq!(
            standings.iter().map(|s| s.place).collect::<Vec<_>>(),
            [1, 2, 3]
        );
    }

    #[test]
    fn equal_points_share_the_overall_place_and_figures_without_direction_do_not_count() {
        let criteria = [
            row(Measure::MaxSpan, &[Some(8.0), Some(12.0)]),
            row(Measure::Layers, &[Some(5.0), Some(4.0)]),
            row(Measure::Demand, &[Some(1.0), Some(2.0)]),
        ];
        let standings = rank(&criteria, &all(2));
        assert_eq!(standings[0].points, 3);
        assert_eq!(standings[1].points, 3);
        assert_eq!((standings[0].place, standings[1].place), (1, 1));
        assert_eq!(standings[0].places.len(), 2, "demand is not a criterion");
        assert_eq!(ranking_direction(Measure::Demand), None);
        assert_eq!(
            ranking_direction(Measure::AgentsMoved),
            Some(Direction::Lower)
        );
    }

    #[test]
    fn no_criterion_leaves_every_group_first() {
        let standings = rank(
            &[row(Measure::Agents, &[Some(1.0), Some(2.0), Some(3.0)])],
            &all(3),
        );
        assert!(standings.iter().all(|s| s.place == 1 && s.points == 0));
        assert!(rank(&[], &[]).is_empty());
    }

    #[test]
    fn reference_columns_are_neither_ranked_nor_counted_against_the_others() {
        // Column 0 changed nothing: it moves no agent, so it would be first on disruption.
        let criteria = [
            row(
                Measure::AgentsChanging,
                &[Some(0.0), Some(30.0), Some(10.0)],
            ),
            row(Measure::OverloadedTeams, &[Some(2.0), Some(1.0), Some(2.0)]),
        ];
        let standings = rank(&criteria, &[false, true, true]);
        assert_eq!(
            standings.iter().map(|s| s.column).collect::<Vec<_>>(),
            [1, 2]
        );
        // Places count the ranked groups only: column 2 is first on disruption, not second.
        assert_eq!(standings[0].places, [2, 1]);
        assert_eq!(standings[1].places, [1, 2]);
        assert_eq!((standings[0].place, standings[1].place), (1, 1));
        // A column the list does not mention is a reference too.
        assert_eq!(rank(&criteria, &[false, true]).len(), 1);
    }

    #[test]
    fn a_weight_multiplies_its_places_and_changes_the_order_zero_only_shows() {
        let travel = [Some(40.0), Some(30.0), Some(35.0)];
        let load = [Some(1.0), Some(3.0), Some(2.0)];
        let even = rank(
            &[
                weighted(Measure::LongestTrip, &travel, 1),
                weighted(Measure::OverloadedTeams, &load, 1),
            ],
            &all(3),
        );
        // Places: travel 3, 1, 2; load 1, 3, 2 → points 4, 4, 4: all first.
        assert!(even.iter().all(|s| s.place == 1 && s.points == 4));
        let travel_first = rank(
            &[
                weighted(Measure::LongestTrip, &travel, 3),
                weighted(Measure::OverloadedTeams, &load, 1),
            ],
            &all(3),
        );
        assert_eq!(
            travel_first
                .iter()
                .map(|s| (s.column, s.points))
                .collect::<Vec<_>>(),
            [(1, 6), (2, 8), (0, 10)]
        );
        let load_only = rank(
            &[
                weighted(Measure::LongestTrip, &travel, 0),
                weighted(Measure::OverloadedTeams, &load, 2),
            ],
            &all(3),
        );
        assert_eq!(
            load_only.iter().map(|s| s.column).collect::<Vec<_>>(),
            [0, 2, 1]
        );
        assert_eq!(
            load_only[0].places,
            [3, 1],
            "a weight of 0 still shows the place"
        );
        assert_eq!(load_only[0].points, 2);
        // A weight above the largest counts as the largest.
        let heavy = rank(&[weighted(Measure::LongestTrip, &travel, 9)], &all(3));
        assert_eq!(heavy[0].points, 3);
    }
}
