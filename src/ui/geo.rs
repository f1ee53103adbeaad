//! Fitting WGS84 coordinates into the SVG map: a local equirectangular projection, good at the scale of a few communes.
//! With its children, the map's geometry without any interface code (tested natively): zoom and
//! pan (`view`), grouping crowded markers (`clusters`), the keyboard's way between sites
//! (`steering`), finding a site by name (`search`), which commune a point lies in (`within`),
//! pointers that pan and pinch (`gesture`).

pub mod clusters;
pub mod gesture;
pub mod search;
pub mod steering;
pub mod view;
pub mod within;

use crate::engine::atlas::Ring;

/// Maps (longitude, latitude) to SVG user units inside a `width` × `height` box with a margin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    west: f64,
    north: f64,
    /// Shrinks longitudes so that a kilometre east is as long as a kilometre north at this latitude.
    lon_factor: f64,
    scale: f64,
    offset_x: f64,
    offset_y: f64,
}

/// The smallest longitude–latitude box around some points.
#[derive(Debug, Clone, Copy)]
struct Bounds {
    west: f64,
    east: f64,
    south: f64,
    north: f64,
}

impl Bounds {
    fn of<'a>(rings: impl IntoIterator<Item = &'a Ring>) -> Bounds {
        let (mut west, mut east, mut south, mut north) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for point in rings.into_iter().flatten() {
            west = west.min(point[0]);
            east = east.max(point[0]);
            south = south.min(point[1]);
            north = north.max(point[1]);
        }
        if west > east {
            // Nothing to fit: an arbitrary small box around Lyon keeps the arithmetic finite.
            (west, east, south, north) = (4.8, 4.9, 45.7, 45.8);
        }
        Bounds {
            west,
            east,
            south,
            north,
        }
    }

    /// Shrinks longitudes so that a kilometre east is as long as a kilometre north at this latitude.
    fn lon_factor(&self) -> f64 {
        ((self.south + self.north) / 2.0).to_radians().cos()
    }

    /// East–west and north–south extents in degrees of latitude, never zero.
    fn spans(&self) -> (f64, f64) {
        (
            ((self.east - self.west) * self.lon_factor()).max(1e-9),
            (self.north - self.south).max(1e-9),
        )
    }
}

impl Projection {
    /// The projection that fits every given ring into the box, keeping proportions.
    pub fn fit<'a>(
        rings: impl IntoIterator<Item = &'a Ring>,
        width: f64,
        height: f64,
        margin: f64,
    ) -> Self {
        Projection::within(Bounds::of(rings), width, height, margin)
    }

    /// A box `height` tall, as wide as the rings need (kept between `min_width` and `max_width`),
    /// and the projection that fits them in it: a tall territory gets a narrow map, not bands of emptiness.
    pub fn fit_height<'a>(
        rings: impl IntoIterator<Item = &'a Ring>,
        height: f64,
        margin: f64,
        (min_width, max_width): (f64, f64),
    ) -> (Self, f64) {
        let bounds = Bounds::of(rings);
        let (span_x, span_y) = bounds.spans();
        let width = (span_x / span_y * (height - 2.0 * margin) + 2.0 * margin)
            .clamp(min_width, max_width)
            .round();
        (Projection::within(bounds, width, height, margin), width)
    }

    fn within(bounds: Bounds, width: f64, height: f64, margin: f64) -> Self {
        let (span_x, span_y) = bounds.spans();
        let scale = ((width - 2.0 * margin) / span_x).min((height - 2.0 * margin) / span_y);
        Projection {
            west: bounds.west,
            north: bounds.north,
            lon_factor: bounds.lon_factor(),
            scale,
            offset_x: (width - span_x * scale) / 2.0,
            offset_y: (height - span_y * scale) / 2.0,
        }
    }

    /// The SVG position of a (longitude, latitude) point.
    pub fn project(&self, point: [f64; 2]) -> (f64, f64) {
        (
            self.offset_x + (point[0] - self.west) * self.lon_factor * self.scale,
            self.offset_y + (self.north - point[1]) * self.scale,
        )
    }

    /// The (longitude, latitude) point drawn at an SVG position: the inverse of [`Projection::project`].
    pub fn unproject(&self, (x, y): (f64, f64)) -> [f64; 2] {
        [
            self.west + (x - self.offset_x) / (self.lon_factor * self.scale),
            self.north - (y - self.offset_y) / self.scale,
        ]
    }

    /// SVG path data for a polygon given as rings (outline then holes); draw it with `fill-rule="evenodd"`.
    pub fn path(&self, rings: &[Ring]) -> String {
        let mut data = String::new();
        for ring in rings {
            for (index, point) in ring.iter().enumerate() {
                let (x, y) = self.project(*point);
                let command = if index == 0 { 'M' } else { 'L' };
                data.push_str(&format!("{command}{x:.1},{y:.1}"));
            }
            data.push('Z');
        }
        data
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_fills_the_box_and_north_is_up() {
        let ring: Ring = vec![
            [4.0, 45.0],
            [4.1, 45.0],
            [4.1, 45.1],
            [4.0, 45.1],
            [4.0, 45.0],
        ];
        let projection = Projection::fit([&ring], 200.0, 100.0, 10.0);
        let (x_nw, y_nw) = projection.project([4.0, 45.1]);
        let (x_se, y_se) = projection.project([4.1, 45.0]);
        assert!(y_nw < y_se, "north must be drawn above south");
        assert!(
            (y_se - y_nw - 80.0).abs() < 1e-9,
            "the taller side fills the height less the margins"
        );
        assert!(
            x_se - x_nw < 80.0,
            "a degree of longitude is shorter than one of latitude at 45°"
        );
        assert!(
            ((x_nw + x_se) / 2.0 - 100.0).abs() < 1e-9,
            "centred horizontally"
        );
        assert!(projection
            .path(std::slice::from_ref(&ring))
            .starts_with("M"));
    }

    #[test]
    fn a_tall_territory_gets_a_narrow_box() {
        // 0.1° of latitude by 0.05° of longitude at 45°: about 3 km wide for 11 km tall.
        let ring: Ring = vec![[4.0, 45.0], [4.05, 45.0], [4.05, 45.1], [4.0, 45.0]];
        let (projection, width) = Projection::fit_height([&ring], 560.0, 20.0, (300.0, 900.0));
        assert_eq!(width, 300.0, "clamped to the narrowest map");
        let (x, _) = projection.project([4.025, 45.05]);
        assert!((x - 150.0).abs() < 1e-9, "centred");
        let (_, wide) = Projection::fit_height([&ring], 560.0, 20.0, (10.0, 900.0));
        assert!((wide - (0.05 * 45f64.to_radians().cos() / 0.1 * 520.0 + 40.0)).abs() < 1.0);
    }

    #[test]
    fn unproject_undoes_project() {
        let ring: Ring = vec![[4.85, 45.64], [5.02, 45.64], [5.02, 45.76], [4.85, 45.64]];
        let projection = Projection::fit([&ring], 800.0, 560.0, 16.0);
        for point in [[4.85, 45.64], [4.93, 45.70], [5.02, 45.76]] {
            let back = projection.unproject(projection.project(point));
            assert!((back[0] - point[0]).abs() < 1e-12 && (back[1] - point[1]).abs() < 1e-12);
        }
    }
}
