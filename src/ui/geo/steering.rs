//! Going from site to site with the keyboard: the arrow keys go to the nearest marker in that
//! direction on the map, Home and End to the first and the last in reading order.

/// An arrow key's direction on screen (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// The direction of an arrow key's `KeyboardEvent.key`.
    pub fn of_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }

    /// The unit vector on screen.
    fn unit(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// The point nearest to `points[from]` in `direction`: among the points within 45° of it, the one
/// whose distance plus twice its sideways offset is smallest (so a point straight ahead wins over a
/// slightly closer one far to the side). `None` when no point lies that way.
pub fn nearest_in_direction(
    points: &[(f64, f64)],
    from: usize,
    direction: Direction,
) -> Option<usize> {
    let (x0, y0) = *points.get(from)?;
    let (ux, uy) = direction.unit();
    let mut best: Option<(f64, usize)> = None;
    for (index, &(x, y)) in points.iter().enumerate() {
        if index == from {
            continue;
        }
        let (dx, dy) = (x - x0, y - y0);
        let ahead = dx * ux + dy * uy;
        let aside = (dx * uy - dy * ux).abs();
        // Within 45°; a point at the very same place is no step at all.
        if ahead <= 0.0 || aside > ahead {
            continue;
        }
        let cost = ahead.hypot(aside) + 2.0 * aside;
        if best.is_none_or(|(least, _)| cost < least) {
            best = Some((cost, index));
        }
    }
    best.map(|(_, index)| index)
}

/// The points in reading order: by rows of `row` pixels from the top, each row from left to right.
pub fn reading_order(points: &[(f64, f64)], row: f64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..points.len()).collect();
    let key = |i: usize| {
        let (x, y) = points[i];
        ((y / row).floor(), x)
    };
    crate::engine::ordered::sort_by(&mut order, |&a, &b| {
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    // A little map:   0 (100,100)        1 (200, 95)
    //                 2 (100,200)  4 (150,150)    3 (300,110)
    const POINTS: [(f64, f64); 5] = [
        (100.0, 100.0),
        (200.0, 95.0),
        (100.0, 200.0),
        (300.0, 110.0),
        (150.0, 150.0),
    ];

    #[test]
    fn an_arrow_goes_to_the_nearest_site_that_way_not_the_next_in_the_data() {
        assert_eq!(nearest_in_direction(&POINTS, 0, Direction::Right), Some(1));
        assert_eq!(nearest_in_direction(&POINTS, 0, Direction::Down), Some(2));
        assert_eq!(nearest_in_direction(&POINTS, 4, Direction::Down), Some(2));
        assert_eq!(nearest_in_direction(&POINTS, 1, Direction::Right), Some(3));
        assert_eq!(nearest_in_direction(&POINTS, 1, Direction::Left), Some(0));
        assert_eq!(nearest_in_direction(&POINTS, 2, Direction::Up), Some(0));
        // 1 is nearer to 4, but more up than to the right.
        assert_eq!(nearest_in_direction(&POINTS, 4, Direction::Right), Some(3));
    }

    #[test]
    fn at_the_edge_there_is_nowhere_to_go() {
        assert_eq!(nearest_in_direction(&POINTS, 0, Direction::Left), None);
        assert_eq!(nearest_in_direction(&POINTS, 3, Direction::Right), None);
        assert_eq!(nearest_in_direction(&POINTS, 9, Direction::Right), None);
    }

    #[test]
    fn reading_order_goes_row_by_row_from_the_left() {
        assert_eq!(reading_order(&POINTS, 40.0), vec![0, 1, 3, 4, 2]);
    }
}
