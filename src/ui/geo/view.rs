//! Zoom and pan: which part of the drawing the map's box shows, and how drawing units and the box's
//! CSS pixels convert into each other. Markers and labels are drawn in pixels, so they keep their
//! size at every zoom; only the zones and boundaries are scaled.

/// A width and a height: of the drawing in user units, or of the map's box in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// The most the map zooms in: sites 270 m apart (the closest on the Métropole) are then well apart.
pub const MAX_ZOOM: f64 = 32.0;
/// One step of the + and − buttons and keys.
pub const ZOOM_STEP: f64 = 2.0;
/// One step of the arrow keys, as a share of the box.
pub const PAN_STEP: f64 = 0.2;

/// What the box shows: the drawing point at its centre and the zoom (1 frames the whole drawing).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub centre: (f64, f64),
    pub zoom: f64,
}

/// A drawing shown in a box: converts positions for a view, and moves views.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub drawing: Size,
    pub frame: Size,
}

impl Viewport {
    /// Pixels per drawing unit at zoom 1: the whole drawing fits the box.
    fn fit_scale(&self) -> f64 {
        let scale =
            (self.frame.width / self.drawing.width).min(self.frame.height / self.drawing.height);
        if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        }
    }

    /// Pixels per drawing unit in this view.
    pub fn scale(&self, view: View) -> f64 {
        self.fit_scale() * view.zoom
    }

    /// The whole drawing, centred.
    pub fn whole(&self) -> View {
        View {
            centre: (self.drawing.width / 2.0, self.drawing.height / 2.0),
            zoom: 1.0,
        }
    }

    /// Where a drawing point is in the box, in pixels from its top left corner.
    pub fn to_screen(&self, view: View, (x, y): (f64, f64)) -> (f64, f64) {
        let scale = self.scale(view);
        (
            (x - view.centre.0) * scale + self.frame.width / 2.0,
            (y - view.centre.1) * scale + self.frame.height / 2.0,
        )
    }

    /// The drawing point under a pixel of the box: the inverse of [`Viewport::to_screen`].
    pub fn to_drawing(&self, view: View, (x, y): (f64, f64)) -> (f64, f64) {
        let scale = self.scale(view);
        (
            (x - self.frame.width / 2.0) / scale + view.centre.0,
            (y - self.frame.height / 2.0) / scale + view.centre.1,
        )
    }

    /// The SVG `viewBox` (x, y, width, height) that shows this view in the box: it has the box's
    /// proportions, so that nothing is letterboxed and pixels convert as [`Viewport::to_screen`] says.
    pub fn view_box(&self, view: View) -> [f64; 4] {
        let scale = self.scale(view);
        let (width, height) = (self.frame.width / scale, self.frame.height / scale);
        [
            view.centre.0 - width / 2.0,
            view.centre.1 - height / 2.0,
            width,
            height,
        ]
    }

    /// The view kept within bounds: zoom between 1 and [`MAX_ZOOM`], and no more of the box
    /// outside the drawing than zoom 1 leaves (a pan never loses the territory).
    pub fn clamp(&self, view: View) -> View {
        let zoom = if view.zoom.is_finite() {
            view.zoom.clamp(1.0, MAX_ZOOM)
        } else {
            1.0
        };
        let scale = self.fit_scale() * zoom;
        let axis = |centre: f64, drawing: f64, frame: f64| {
            let half = frame / scale / 2.0;
            if !centre.is_finite() || half >= drawing / 2.0 {
                drawing / 2.0
            } else {
                centre.clamp(half, drawing - half)
            }
        };
        View {
            centre: (
                axis(view.centre.0, self.drawing.width, self.frame.width),
                axis(view.centre.1, self.drawing.height, self.frame.height),
            ),
            zoom,
        }
    }

    /// Zooms by `factor` keeping the drawing point under the pixel `at` where it is (the wheel,
    /// a pinch); the buttons and keys zoom at the box's centre.
    pub fn zoom_at(&self, view: View, factor: f64, at: (f64, f64)) -> View {
        let before = self.to_drawing(view, at);
        let zoom = (view.zoom * factor).clamp(1.0, MAX_ZOOM);
        let scale = self.fit_scale() * zoom;
        let centre = (
            before.0 - (at.0 - self.frame.width / 2.0) / scale,
            before.1 - (at.1 - self.frame.height / 2.0) / scale,
        );
        self.clamp(View { centre, zoom })
    }

    /// Zooms by `factor` at the box's centre.
    pub fn zoom_centre(&self, view: View, factor: f64) -> View {
        self.zoom_at(
            view,
            factor,
            (self.frame.width / 2.0, self.frame.height / 2.0),
        )
    }

    /// Moves what is shown by (`dx`, `dy`) pixels: a drag to the right brings the west into view.
    pub fn pan(&self, view: View, (dx, dy): (f64, f64)) -> View {
        let scale = self.scale(view);
        self.clamp(View {
            centre: (view.centre.0 - dx / scale, view.centre.1 - dy / scale),
            zoom: view.zoom,
        })
    }

    /// The view that shows all of `points` (drawing units) with `margin` pixels around them,
    /// zoomed in as far as [`MAX_ZOOM`] allows (a single point gets `zoom`, at least the current).
    pub fn framing(&self, points: &[(f64, f64)], margin: f64, zoom: f64) -> View {
        let Some(&(x0, y0)) = points.first() else {
            return self.whole();
        };
        let (mut west, mut east, mut north, mut south) = (x0, x0, y0, y0);
        for &(x, y) in points {
            west = west.min(x);
            east = east.max(x);
            north = north.min(y);
            south = south.max(y);
        }
        let room = |frame: f64| (frame - 2.0 * margin).max(frame / 4.0);
        let span_zoom = |span: f64, frame: f64| {
            if span > 0.0 {
                room(frame) / (span * self.fit_scale())
            } else {
                f64::INFINITY
            }
        };
        let needed = span_zoom(east - west, self.frame.width)
            .min(span_zoom(south - north, self.frame.height));
        let zoom = if needed.is_finite() { needed } else { zoom };
        self.clamp(View {
            centre: ((west + east) / 2.0, (north + south) / 2.0),
            zoom,
        })
    }

    /// The same view, moved as little as needed for the drawing point to be at least `margin`
    /// pixels inside the box (the keyboard's next site may lie outside it).
    pub fn showing(&self, view: View, point: (f64, f64), margin: f64) -> View {
        let (x, y) = self.to_screen(view, point);
        let shift = |at: f64, frame: f64| {
            let margin = margin.min(frame / 2.0);
            if at < margin {
                margin - at
            } else if at > frame - margin {
                frame - margin - at
            } else {
                0.0
            }
        };
        self.pan(
            view,
            (shift(x, self.frame.width), shift(y, self.frame.height)),
        )
    }

    /// The transform that takes what `from` draws to where `to` draws it: (scale, x, y shift in
    /// pixels), as a CSS `translate(x, y) scale(k)` about the box's top left corner. During a drag
    /// or a wheel turn the picture drawn for one view is moved this way, without being drawn again.
    pub fn transform(&self, from: View, to: View) -> (f64, f64, f64) {
        let (s0, s1) = (self.scale(from), self.scale(to));
        let k = s1 / s0;
        (
            k,
            self.frame.width / 2.0 * (1.0 - k) + (from.centre.0 - to.centre.0) * s1,
            self.frame.height / 2.0 * (1.0 - k) + (from.centre.1 - to.centre.1) * s1,
        )
    }

    /// Whether a pixel position lies inside the box.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        (0.0..=self.frame.width).contains(&x) && (0.0..=self.frame.height).contains(&y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A drawing 800 × 560 in a box 400 × 400: fitted at 0.5 pixels per unit, 60 px bands above and below.
    fn port() -> Viewport {
        Viewport {
            drawing: Size {
                width: 800.0,
                height: 560.0,
            },
            frame: Size {
                width: 400.0,
                height: 400.0,
            },
        }
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn the_whole_view_frames_the_drawing_and_screen_and_drawing_convert_both_ways() {
        let port = port();
        let whole = port.whole();
        assert!(close(port.to_screen(whole, (0.0, 0.0)), (0.0, 60.0)));
        assert!(close(port.to_screen(whole, (800.0, 560.0)), (400.0, 340.0)));
        assert_eq!(port.view_box(whole), [0.0, -120.0, 800.0, 800.0]);
        let view = View {
            centre: (300.0, 200.0),
            zoom: 3.0,
        };
        let point = (123.0, 456.0);
        assert!(close(
            port.to_drawing(view, port.to_screen(view, point)),
            point
        ));
    }

    #[test]
    fn zooming_at_a_pixel_keeps_the_point_under_it_and_stops_at_the_limits() {
        let port = port();
        let whole = port.whole();
        let at = (300.0, 200.0);
        let under = port.to_drawing(whole, at);
        let zoomed = port.zoom_at(whole, 2.0, at);
        assert_eq!(zoomed.zoom, 2.0);
        assert!(close(port.to_drawing(zoomed, at), under));
        assert_eq!(port.zoom_at(zoomed, 1000.0, at).zoom, MAX_ZOOM);
        assert_eq!(port.zoom_at(zoomed, 0.001, at), whole);
    }

    #[test]
    fn a_pan_moves_the_drawing_with_the_pointer_but_never_loses_the_territory() {
        let port = port();
        let zoomed = port.zoom_centre(port.whole(), 4.0);
        let panned = port.pan(zoomed, (20.0, -10.0));
        let point = (400.0, 280.0);
        let (before, after) = (port.to_screen(zoomed, point), port.to_screen(panned, point));
        assert!(close(
            (after.0 - before.0, after.1 - before.1),
            (20.0, -10.0)
        ));
        // Dragged far east: the drawing's west edge stops at the box's west edge.
        let far = port.pan(zoomed, (1e6, 0.0));
        assert!((port.to_screen(far, (0.0, 0.0)).0).abs() < 1e-9);
        // At zoom 1 nothing moves.
        assert_eq!(port.pan(port.whole(), (50.0, 50.0)), port.whole());
    }

    #[test]
    fn framing_points_shows_them_all_inside_the_margin() {
        let port = port();
        let points = [(100.0, 100.0), (160.0, 140.0), (130.0, 90.0)];
        let view = port.framing(&points, 40.0, 1.0);
        assert!(view.zoom > 4.0, "{view:?}");
        for point in points {
            let (x, y) = port.to_screen(view, point);
            assert!(
                (39.9..=360.1).contains(&x) && (39.9..=360.1).contains(&y),
                "{x}, {y}"
            );
        }
        // One point: centred at the zoom asked for.
        let one = port.framing(&[(400.0, 280.0)], 40.0, 8.0);
        assert!(close(one.centre, (400.0, 280.0)) && one.zoom == 8.0);
    }

    #[test]
    fn the_transform_between_two_views_moves_each_point_where_the_second_draws_it() {
        let port = port();
        let from = port.zoom_centre(port.whole(), 2.0);
        let to = port.pan(port.zoom_at(from, 1.7, (120.0, 80.0)), (15.0, -25.0));
        let (k, tx, ty) = port.transform(from, to);
        for point in [(300.0, 200.0), (410.0, 330.0), (500.0, 260.0)] {
            let (x, y) = port.to_screen(from, point);
            let moved = (k * x + tx, k * y + ty);
            assert!(close(moved, port.to_screen(to, point)), "{point:?}");
        }
        assert_eq!(port.transform(from, from), (1.0, 0.0, 0.0));
    }

    #[test]
    fn showing_a_point_outside_the_box_brings_it_just_inside() {
        let port = port();
        let view = port.zoom_centre(port.whole(), 8.0);
        let point = (500.0, 280.0); // 100 units east of the centre: 400 px, outside the box
        assert!(!port.contains(port.to_screen(view, point)));
        let moved = port.showing(view, point, 30.0);
        let (x, _) = port.to_screen(moved, point);
        assert!((x - 370.0).abs() < 1e-9, "{x}");
        assert_eq!(port.showing(moved, point, 30.0), moved);
    }
}
