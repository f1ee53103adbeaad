//! Travel times from zones to sites: the great-circle estimate of MODEL.md, replaced by measured times.

use super::model::{SiteIx, Territory, ZoneIx};

/// Mean Earth radius (IUGG), in km, as MODEL.md fixes it.
pub const EARTH_RADIUS_KM: f64 = 6371.0088;
/// Roads are longer than the straight line: MODEL.md's detour factor.
pub const DETOUR_FACTOR: f64 = 1.3;
/// Mean door-to-door speed in town, km/h (MODEL.md).
pub const SPEED_KMH: f64 = 25.0;

/// Great-circle distance in km between two WGS84 points given in degrees (haversine).
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    Point::new(lat1, lon1).km_to(&Point::new(lat2, lon2))
}

/// MODEL.md's estimate: `minutes = 60 × 1.3 × km / 25`.
pub fn estimated_minutes(km: f64) -> f64 {
    60.0 * DETOUR_FACTOR * km / SPEED_KMH
}

/// A point with the sines and cosines haversine needs, computed once per point instead of once
/// per pair (the Métropole has ~110,000 zone–site pairs).
struct Point {
    sin_half_lat: f64,
    cos_half_lat: f64,
    sin_half_lon: f64,
    cos_half_lon: f64,
    cos_lat: f64,
}

impl Point {
    fn new(lat: f64, lon: f64) -> Point {
        let (lat, lon) = (lat.to_radians(), lon.to_radians());
        Point {
            sin_half_lat: (lat / 2.0).sin(),
            cos_half_lat: (lat / 2.0).cos(),
            sin_half_lon: (lon / 2.0).sin(),
            cos_half_lon: (lon / 2.0).cos(),
            cos_lat: lat.cos(),
        }
    }

    fn km_to(&self, other: &Point) -> f64 {
        // sin((a − b)/2) by the angle-difference identity: exact to rounding even for nearby
        // points, unlike 1 − cos, which loses precision over short distances.
        let sin_half_dlat =
            self.sin_half_lat * other.cos_half_lat - self.cos_half_lat * other.sin_half_lat;
        let sin_half_dlon =
            self.sin_half_lon * other.cos_half_lon - self.cos_half_lon * other.sin_half_lon;
        let a = sin_half_dlat * sin_half_dlat
            + self.cos_lat * other.cos_lat * sin_half_dlon * sin_half_dlon;
        2.0 * EARTH_RADIUS_KM * a.clamp(0.0, 1.0).sqrt().asin()
    }
}

/// Minutes from every zone to every site, built once per evaluation.
#[derive(Clone, Debug, PartialEq)]
pub struct TravelMatrix {
    zones: usize,
    sites: usize,
    /// Row-major: the row of a zone holds its time to each site, so that finding a zone's
    /// nearest site reads contiguous memory.
    minutes: Vec<f64>,
}

impl TravelMatrix {
    /// Estimates every pair, then applies the measured times of travel_times.csv.
    pub fn new(territory: &Territory) -> TravelMatrix {
        let sites: Vec<Point> = territory
            .sites
            .iter()
            .map(|s| Point::new(s.lat, s.lon))
            .collect();
        let mut minutes = Vec::with_capacity(territory.zones.len() * sites.len());
        for zone in &territory.zones {
            let from = Point::new(zone.lat, zone.lon);
            minutes.extend(sites.iter().map(|to| estimated_minutes(from.km_to(to))));
        }
        let mut matrix = TravelMatrix {
            zones: territory.zones.len(),
            sites: sites.len(),
            minutes,
        };
        for measured in &territory.travel_overrides {
            if let Some(slot) = matrix.slot(measured.zone, measured.site) {
                matrix.minutes[slot] = measured.minutes;
            }
        }
        matrix
    }

    fn slot(&self, zone: ZoneIx, site: SiteIx) -> Option<usize> {
        (zone.index() < self.zones && site.index() < self.sites)
            .then(|| zone.index() * self.sites + site.index())
    }

    /// Minutes from a zone to a site (infinite for an index outside the matrix).
    pub fn minutes(&self, zone: ZoneIx, site: SiteIx) -> f64 {
        self.slot(zone, site)
            .map_or(f64::INFINITY, |slot| self.minutes[slot])
    }

    /// Minutes from a zone to each site, indexed by site (empty for an index outside).
    pub fn row(&self, zone: ZoneIx) -> &[f64] {
        let start = zone.index().saturating_mul(self.sites);
        self.minutes
            .get(start..start + self.sites)
            .filter(|_| zone.index() < self.zones)
            .unwrap_or(&[])
    }

    /// True when the matrix was built for a territory with these many zones and sites.
    pub fn fits(&self, territory: &Territory) -> bool {
        self.zones == territory.zones.len() && self.sites == territory.sites.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_of_latitude_is_111_km() {
        // π × 6371.0088 / 180 = 111.19508…
        let km = haversine_km(45.0, 4.9, 46.0, 4.9);
        assert!((km - 111.195_08).abs() < 1e-4, "{km}");
    }

    #[test]
    fn ten_km_take_31_point_2_minutes() {
        // 60 × 1.3 × 10 / 25 = 31.2
        assert!((estimated_minutes(10.0) - 31.2).abs() < 1e-12);
    }

    #[test]
    fn same_point_is_zero_and_nearby_points_are_precise() {
        assert_eq!(haversine_km(45.7, 4.9, 45.7, 4.9), 0.0);
        // 0.0001° of latitude = 11.1195 m: the short-distance formula keeps its digits.
        let km = haversine_km(45.7, 4.9, 45.7001, 4.9);
        assert!((km - 0.011_119_508).abs() < 1e-8, "{km}");
    }
}
