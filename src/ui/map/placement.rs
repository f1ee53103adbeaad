//! Which labels the map writes: the most important first, each kept only where it covers no label kept before (a dense territory like the Métropole would otherwise be unreadable).

/// A box in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }
}

/// Width of a bold text of `chars` characters at `font_size` px: SVG text cannot be measured
/// before layout, and about 0.58 em per character is a fair guess for the sans-serif used.
pub fn text_width(chars: usize, font_size: f64) -> f64 {
    chars as f64 * font_size * 0.58
}

/// For each candidate, in order of importance, whether it is kept: it overlaps none of the
/// `obstacles` and none of the candidates kept before it.
pub fn keep_clear(candidates: &[Rect], obstacles: &[Rect]) -> Vec<bool> {
    let mut kept: Vec<Rect> = obstacles.to_vec();
    candidates
        .iter()
        .map(|candidate| {
            let clear = kept.iter().all(|other| !candidate.overlaps(other));
            if clear {
                kept.push(*candidate);
            }
            clear
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x: f64, y: f64) -> Rect {
        Rect {
            x,
            y,
            width: 10.0,
            height: 5.0,
        }
    }

    #[test]
    fn a_label_is_dropped_only_where_it_covers_one_kept_before_or_an_obstacle() {
        let candidates = [
            rect(0.0, 0.0),
            rect(5.0, 2.0),
            rect(20.0, 0.0),
            rect(40.0, 0.0),
        ];
        // The second covers the first; the third touches the first's edge only; the fourth covers the obstacle.
        assert_eq!(
            keep_clear(&candidates, &[rect(45.0, 3.0)]),
            vec![true, false, true, false]
        );
        assert_eq!(
            keep_clear(&[rect(10.0, 0.0)], &[rect(0.0, 0.0)]),
            vec![true]
        );
    }
}
