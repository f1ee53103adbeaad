//! Which outline a point lies in: the site search finds a site by its commune, and sites.csv does
//! not say the commune.

use crate::engine::atlas::Ring;

/// Whether `point` lies inside a polygon given as rings (outline then holes), by the even-odd rule
/// the map draws it with.
pub fn inside(point: [f64; 2], rings: &[Ring]) -> bool {
    let [x, y] = point;
    let mut inside = false;
    for ring in rings {
        for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
            let ([xa, ya], [xb, yb]) = (*a, *b);
            if (ya > y) != (yb > y) && x < xa + (y - ya) * (xb - xa) / (yb - ya) {
                inside = !inside;
            }
        }
    }
    inside
}

/// The first of `shapes` (each a list of polygons) that contains `point`.
pub fn containing<'a>(
    point: [f64; 2],
    shapes: impl IntoIterator<Item = &'a [Vec<Ring>]>,
) -> Option<usize> {
    shapes
        .into_iter()
        .position(|polygons| polygons.iter().any(|rings| inside(point, rings)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(x: f64, y: f64, side: f64) -> Ring {
        vec![
            [x, y],
            [x + side, y],
            [x + side, y + side],
            [x, y + side],
            [x, y],
        ]
    }

    #[test]
    fn a_point_is_inside_the_outline_and_outside_its_hole() {
        let with_hole = vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)];
        assert!(inside([1.0, 1.0], &with_hole));
        assert!(!inside([5.0, 5.0], &with_hole));
        assert!(!inside([11.0, 5.0], &with_hole));
    }

    #[test]
    fn the_commune_is_the_first_shape_holding_the_point() {
        let west = vec![vec![square(0.0, 0.0, 10.0)]];
        let east = vec![vec![square(20.0, 0.0, 5.0)], vec![square(10.0, 0.0, 10.0)]];
        let shapes = [west.as_slice(), east.as_slice()];
        assert_eq!(containing([15.0, 5.0], shapes), Some(1));
        assert_eq!(containing([5.0, 5.0], shapes), Some(0));
        assert_eq!(containing([50.0, 5.0], shapes), None);
    }
}
