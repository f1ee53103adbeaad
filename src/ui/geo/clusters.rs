//! Markers that would overlap on screen are grouped: each group is drawn once, at the position of
//! its most important site, so that no drawn marker hides another. Computed in pixels for the
//! current zoom, so groups split as the map zooms in.

/// Sites drawn as one marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The site the group is drawn at: the first of `members` in order of importance.
    pub anchor: usize,
    /// Every site of the group, the anchor first, in order of importance.
    pub members: Vec<usize>,
}

/// Groups `points` (pixels) taken in `order` of importance: each point joins the first group
/// whose anchor lies less than `gap` pixels away, or starts a group of its own. Anchors are then
/// at least `gap` apart, so markers smaller than `gap` never overlap (a greedy grouping in screen
/// space: 199 sites need no index).
pub fn group(points: &[(f64, f64)], order: &[usize], gap: f64) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for &index in order {
        let Some(&(x, y)) = points.get(index) else {
            continue;
        };
        let near = groups.iter_mut().find(|group| {
            let (ax, ay) = points[group.anchor];
            (ax - x).hypot(ay - y) < gap
        });
        match near {
            Some(group) => group.members.push(index),
            None => groups.push(Group {
                anchor: index,
                members: vec![index],
            }),
        }
    }
    groups
}

/// Positions `gap` apart on a circle around `centre`, for `count` sites that no zoom separates
/// (they stand at the same place): the first at the top, then clockwise.
pub fn ring(centre: (f64, f64), count: usize, gap: f64) -> Vec<(f64, f64)> {
    if count <= 1 {
        return vec![centre; count];
    }
    let radius = (gap / (2.0 * (std::f64::consts::PI / count as f64).sin())).max(gap);
    (0..count)
        .map(|i| {
            let angle = 2.0 * std::f64::consts::PI * i as f64 / count as f64;
            (
                centre.0 + radius * angle.sin(),
                centre.1 - radius * angle.cos(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
        (a.0 - b.0).hypot(a.1 - b.1)
    }

    #[test]
    fn close_points_join_the_first_anchor_and_far_ones_stand_alone() {
        let points = [
            (0.0, 0.0),
            (10.0, 0.0),
            (100.0, 0.0),
            (25.0, 0.0),
            (35.0, 0.0),
        ];
        // Importance: the second point first.
        let groups = group(&points, &[1, 0, 2, 3, 4], 20.0);
        assert_eq!(
            groups,
            vec![
                Group {
                    anchor: 1,
                    members: vec![1, 0, 3]
                },
                Group {
                    anchor: 2,
                    members: vec![2]
                },
                Group {
                    anchor: 4,
                    members: vec![4]
                },
            ]
        );
    }

    #[test]
    fn every_point_is_in_one_group_and_anchors_keep_the_gap() {
        // A crowded grid 7 px apart, like central Lyon at the whole Métropole's zoom.
        let points: Vec<(f64, f64)> = (0..100)
            .map(|i| (f64::from(i % 10) * 7.0, f64::from(i / 10) * 7.0))
            .collect();
        let order: Vec<usize> = (0..points.len()).rev().collect();
        let groups = group(&points, &order, 30.0);
        let mut seen: Vec<usize> = groups.iter().flat_map(|g| g.members.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..100).collect::<Vec<_>>());
        assert!(groups.len() > 1 && groups.len() < 20, "{}", groups.len());
        for (i, a) in groups.iter().enumerate() {
            assert_eq!(a.members[0], a.anchor);
            for b in &groups[i + 1..] {
                assert!(distance(points[a.anchor], points[b.anchor]) >= 30.0);
            }
        }
        // Zoomed in four times, the same sites are 28 px apart: fewer of them are grouped.
        let wider: Vec<(f64, f64)> = points.iter().map(|&(x, y)| (x * 4.0, y * 4.0)).collect();
        assert!(group(&wider, &order, 30.0).len() > groups.len());
    }

    #[test]
    fn sites_at_one_place_are_set_around_it_the_gap_apart() {
        let spots = ring((50.0, 50.0), 5, 30.0);
        assert_eq!(spots.len(), 5);
        assert!(
            (spots[0].0 - 50.0).abs() < 1e-9 && spots[0].1 < 50.0,
            "the first at the top"
        );
        for (i, a) in spots.iter().enumerate() {
            for b in &spots[i + 1..] {
                assert!(distance(*a, *b) >= 30.0 - 1e-9);
            }
        }
        assert_eq!(ring((1.0, 2.0), 1, 30.0), vec![(1.0, 2.0)]);
    }
}
