//! Pointers on the map: one pointer dragged pans, two pinched zoom. A press that barely moves is a
//! click (it picks a point), so a pan starts only past a few pixels.

/// How far a pointer moves before a press becomes a pan, in pixels.
const THRESHOLD: f64 = 4.0;

/// What a pointer's move does to the view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Step {
    Nothing,
    /// Move what is shown by these pixels.
    Pan((f64, f64)),
    /// Zoom by `factor` at the pixel `at`, after moving what is shown by `pan`.
    Pinch {
        factor: f64,
        at: (f64, f64),
        pan: (f64, f64),
    },
}

/// The pointers pressed on the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    pointers: Vec<(i32, (f64, f64))>,
    start: Option<(f64, f64)>,
    panning: bool,
    /// A pan or a pinch happened since the last press: the click that ends it picks nothing.
    pub moved: bool,
}

fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

fn middle(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)
}

impl Gesture {
    /// A pointer pressed at `at` (pixels in the box).
    pub fn down(&mut self, id: i32, at: (f64, f64)) {
        self.pointers.retain(|(p, _)| *p != id);
        self.pointers.push((id, at));
        if self.pointers.len() == 1 {
            self.start = Some(at);
            self.panning = false;
            self.moved = false;
        }
    }

    /// Whether a pan or a pinch is under way (the pointer is then captured by the map).
    pub fn panning(&self) -> bool {
        self.panning
    }

    /// A pressed pointer moved to `at`.
    pub fn move_to(&mut self, id: i32, at: (f64, f64)) -> Step {
        let Some(slot) = self.pointers.iter().position(|(p, _)| *p == id) else {
            return Step::Nothing;
        };
        let before = self.pointers[slot].1;
        self.pointers[slot].1 = at;
        match self.pointers.as_slice() {
            [_] => {
                if self.panning {
                    return Step::Pan((at.0 - before.0, at.1 - before.1));
                }
                let start = self.start.unwrap_or(before);
                if distance(start, at) < THRESHOLD {
                    return Step::Nothing;
                }
                self.panning = true;
                self.moved = true;
                Step::Pan((at.0 - start.0, at.1 - start.1))
            }
            [first, second] => {
                let other = if slot == 0 { second.1 } else { first.1 };
                let (was, now) = (distance(before, other), distance(at, other));
                self.panning = true;
                self.moved = true;
                if was < 1.0 {
                    return Step::Nothing;
                }
                let (from, to) = (middle(before, other), middle(at, other));
                Step::Pinch {
                    factor: now / was,
                    at: to,
                    pan: (to.0 - from.0, to.1 - from.1),
                }
            }
            _ => Step::Nothing,
        }
    }

    /// A pointer released or lost.
    pub fn up(&mut self, id: i32) {
        self.pointers.retain(|(p, _)| *p != id);
        match self.pointers.as_slice() {
            [] => {
                self.start = None;
                self.panning = false;
            }
            // From a pinch back to one finger: it pans on from where it is.
            [(_, at)] => self.start = Some(*at),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_press_that_barely_moves_is_a_click_and_a_drag_pans_from_its_start() {
        let mut gesture = Gesture::default();
        gesture.down(1, (100.0, 100.0));
        assert_eq!(gesture.move_to(1, (102.0, 101.0)), Step::Nothing);
        assert!(!gesture.moved);
        assert_eq!(gesture.move_to(1, (110.0, 100.0)), Step::Pan((10.0, 0.0)));
        assert_eq!(gesture.move_to(1, (115.0, 90.0)), Step::Pan((5.0, -10.0)));
        gesture.up(1);
        assert!(gesture.moved && !gesture.panning());
        // The next press starts afresh.
        gesture.down(1, (0.0, 0.0));
        assert!(!gesture.moved);
        assert_eq!(
            gesture.move_to(2, (50.0, 50.0)),
            Step::Nothing,
            "a pointer never pressed"
        );
    }

    #[test]
    fn two_fingers_pinch_about_their_middle() {
        let mut gesture = Gesture::default();
        gesture.down(1, (100.0, 100.0));
        gesture.down(2, (200.0, 100.0));
        // The second finger moves away: twice as far apart, the middle moves 50 px right.
        assert_eq!(
            gesture.move_to(2, (300.0, 100.0)),
            Step::Pinch {
                factor: 2.0,
                at: (200.0, 100.0),
                pan: (50.0, 0.0)
            }
        );
        gesture.up(2);
        assert_eq!(gesture.move_to(1, (110.0, 100.0)), Step::Pan((10.0, 0.0)));
    }
}
