//! Fitting WGS84 coordinates into the SVG map: a local equirectangular projection, good at the scale of a few communes.

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

impl Projection {
    /// The projection that fits every given ring into the box, keeping proportions.
    pub fn fit<'a>(
        rings: impl IntoIterator<Item = &'a Ring>,
        width: f64,
        height: f64,
        margin: f64,
    ) -> Self {
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
        let lon_factor = ((south + north) / 2.0).to_radians().cos();
        let span_x = ((east - west) * lon_factor).max(1e-9);
        let span_y = (north - south).max(1e-9);
        let scale = ((width - 2.0 * margin) / span_x).min((height - 2.0 * margin) / span_y);
        Projection {
            west,
            north,
            lon_factor,
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
}
