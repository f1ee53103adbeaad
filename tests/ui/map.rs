//! The map and its table alternative.

use std::rc::Rc;

use maillage::engine::atlas::portes_des_alpes_communes;
use maillage::engine::lang::Lang;
use maillage::ui::map::{MapProps, TerritoryMap};

use crate::render;

#[test]
fn each_commune_is_drawn_once_and_listed_with_its_population() {
    let html = render::<TerritoryMap>(MapProps {
        communes: Rc::new(portes_des_alpes_communes()),
        lang: Lang::En,
    });
    assert_eq!(html.matches("class=\"commune\"").count(), 4);
    // Saint-Priest, INSEE 2023: 49,229 residents; the four communes: 117,262.
    assert!(html.contains("49,229"));
    assert!(html.contains("117,262"));
    assert!(html.contains("role=\"img\""));
}

#[test]
fn populations_are_written_the_french_way_in_french() {
    let html = render::<TerritoryMap>(MapProps {
        communes: Rc::new(portes_des_alpes_communes()),
        lang: Lang::Fr,
    });
    assert!(html.contains("117\u{202F}262"));
}
