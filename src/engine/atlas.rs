//! Commune boundaries and populations embedded in the app (IGN Admin Express, INSEE 2023; see data/communes/SOURCES.md).

use serde::Deserialize;

/// A ring of (longitude, latitude) points in WGS84 degrees; the first ring of a polygon is its outline, the others are holes.
pub type Ring = Vec<[f64; 2]>;

/// One commune: its INSEE code, name, 2023 municipal population and boundary.
#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    /// INSEE commune code, e.g. `69290` for Saint-Priest.
    pub code: String,
    /// Official name, e.g. `Saint-Priest`.
    pub name: String,
    /// INSEE legal municipal population, millésime 2023.
    pub population: u32,
    /// Boundary polygons (one for every commune of the Métropole), each a list of rings.
    pub polygons: Vec<Vec<Ring>>,
    /// A point inside the boundary where the name can be written.
    pub label: [f64; 2],
}

const PORTES_DES_ALPES: &str = include_str!("../../data/communes/porte_des_alpes_communes.geojson");
const METROPOLE: &str = include_str!("../../data/communes/metropole_lyon_communes.geojson");

/// The four communes of Portes des Alpes: Saint-Priest, Bron, Chassieu, Mions.
pub fn portes_des_alpes_communes() -> Vec<Commune> {
    parse_communes(PORTES_DES_ALPES)
        .expect("embedded Portes des Alpes boundaries are valid GeoJSON")
}

/// The 58 communes of the Métropole de Lyon (Oullins-Pierre-Bénite counted once, since the 2024 merger).
pub fn metropole_communes() -> Vec<Commune> {
    parse_communes(METROPOLE).expect("embedded Métropole boundaries are valid GeoJSON")
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: Properties,
    geometry: Geometry,
}

#[derive(Deserialize)]
struct Properties {
    code: String,
    nom: String,
    population_municipale_2023: u32,
    label_lon: f64,
    label_lat: f64,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum Geometry {
    Polygon(Vec<Ring>),
    MultiPolygon(Vec<Vec<Ring>>),
}

/// Reads a GeoJSON FeatureCollection of communes with the properties of data/communes/SOURCES.md.
pub fn parse_communes(geojson: &str) -> Result<Vec<Commune>, serde_json::Error> {
    let collection: FeatureCollection = serde_json::from_str(geojson)?;
    Ok(collection
        .features
        .into_iter()
        .map(|feature| Commune {
            code: feature.properties.code,
            name: feature.properties.nom,
            population: feature.properties.population_municipale_2023,
            polygons: match feature.geometry {
                Geometry::Polygon(rings) => vec![rings],
                Geometry::MultiPolygon(polygons) => polygons,
            },
            label: [feature.properties.label_lon, feature.properties.label_lat],
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portes_des_alpes_has_its_four_communes_and_117262_residents() {
        let communes = portes_des_alpes_communes();
        let mut names: Vec<&str> = communes.iter().map(|c| c.name.as_str()).collect();
        names.sort();
        assert_eq!(names, ["Bron", "Chassieu", "Mions", "Saint-Priest"]);
        assert_eq!(communes.iter().map(|c| c.population).sum::<u32>(), 117_262);
        assert!(communes.iter().all(|c| c.polygons[0][0].len() >= 4));
    }

    #[test]
    fn metropole_has_58_communes_and_1436354_residents() {
        let communes = metropole_communes();
        assert_eq!(communes.len(), 58);
        assert_eq!(
            communes.iter().map(|c| c.population).sum::<u32>(),
            1_436_354
        );
    }
}
