//! Ranking the groups of a workshop: each group's scenario gets a place on every criterion the
//! facilitator picks, and an overall place from the sum of those places (a Borda count, so that
//! no figure outweighs another by its unit).
//!
//! Places are competition places ("1, 2, 2, 4"): a group's place on a criterion is one more than
//! the number of groups strictly better on it, so groups written alike share their place. A group
//! with no value for a criterion (a service without agents has no travel time) takes the last place.

use super::comparison::{Direction, Measure, Row};
use crate::engine::ordered;

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

/// One group's standing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    /// The group's column in the rows (0 for the first group).
    pub column: usize,
    /// Its place on each criterion, in the criteria's order (1 is best).
    pub places: Vec<usize>,
    /// The sum of its places: the fewer, the better.
    pub points: usize,
    /// Its overall place (1 is best; equal points share a place).
    pub place: usize,
}

/// Ranks the columns of `criteria` (rows of [`super::comparison::compare`], one value per group,
/// each value already rounded as the reader sees it). Rows without a ranking direction are
/// skipped. The standings come best first; groups that tie keep their column order.
pub fn rank(criteria: &[Row]) -> Vec<Standing> {
    let groups = criteria.iter().map(|r| r.values.len()).max().unwrap_or(0);
    let mut standings: Vec<Standing> = (0..groups)
        .map(|column| Standing {
            column,
            places: Vec::new(),
            points: 0,
            place: 0,
        })
        .collect();
    for row in criteria {
        let Some(direction) = ranking_direction(row.measure) else {
            continue;
        };
        let value = |column: usize| row.values.get(column).copied().flatten();
        for standing in &mut standings {
            let place = match value(standing.column) {
                Some(mine) => {
                    1 + (0..groups)
                        .filter_map(value)
                        .filter(|&other| better(direction, other, mine))
                        .count()
                }
                None => groups,
            };
            standing.places.push(place);
            standing.points += place;
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

    fn row(measure: Measure, values: &[Option<f64>]) -> Row {
        Row {
            measure,
            service: None,
            values: values.to_vec(),
        }
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
        let standings = rank(&criteria);
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
        let standings = rank(&criteria);
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
        let standings = rank(&[row(Measure::Agents, &[Some(1.0), Some(2.0), Some(3.0)])]);
        assert!(standings.iter().all(|s| s.place == 1 && s.points == 0));
        assert!(rank(&[]).is_empty());
    }
}
