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

    /// Whether this box overlaps none of `others`.
    pub fn clears(&self, others: &[Rect]) -> bool {
        others.iter().all(|other| !self.overlaps(other))
    }
}

/// Width of a bold text of `chars` characters at `font_size` px: SVG text cannot be measured
/// before layout, and about 0.58 em per character is a fair guess for the sans-serif used.
pub fn text_width(chars: usize, font_size: f64) -> f64 {
    chars as f64 * font_size * 0.58
}

/// For each candidate, in order of importance, which of its positions is kept: the first that
/// overlaps none of the `hard` and `soft` obstacles and none of the positions kept before; else
/// the first that overlaps no hard obstacle and no position kept before; `None` when every
/// position does.
pub fn place(candidates: &[&[Rect]], hard: &[Rect], soft: &[Rect]) -> Vec<Option<usize>> {
    let mut kept: Vec<Rect> = hard.to_vec();
    candidates
        .iter()
        .map(|positions| {
            let chosen = positions
                .iter()
                .position(|c| c.clears(&kept) && c.clears(soft))
                .or_else(|| positions.iter().position(|c| c.clears(&kept)));
            if let Some(index) = chosen {
                kept.push(positions[index]);
            }
            chosen
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
    fn a_candidate_takes_its_first_clear_position_and_later_ones_keep_clear_of_it() {
        // The first candidate's first position covers the obstacle: it takes its second.
        // The second candidate's only position covers that second position: dropped.
        let candidates: [&[Rect]; 3] = [
            &[rect(0.0, 0.0), rect(0.0, 20.0)],
            &[rect(5.0, 22.0)],
            &[rect(30.0, 0.0), rect(60.0, 0.0)],
        ];
        assert_eq!(
            place(&candidates, &[rect(2.0, 2.0)], &[]),
            vec![Some(1), None, Some(0)]
        );
    }

    #[test]
    fn a_soft_obstacle_is_avoided_where_a_position_allows_and_covered_where_none_does() {
        let soft = [rect(0.0, 0.0), rect(50.0, 0.0)];
        // The first has a position clear of the soft obstacle; the second has none.
        let candidates: [&[Rect]; 2] = [
            &[rect(2.0, 2.0), rect(20.0, 20.0)],
            &[rect(52.0, 2.0), rect(48.0, -2.0)],
        ];
        assert_eq!(place(&candidates, &[], &soft), vec![Some(1), Some(0)]);
        // As a hard obstacle, the same box drops the second.
        assert_eq!(place(&candidates, &soft, &[]), vec![Some(1), None]);
    }
}
