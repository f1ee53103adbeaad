//! The whole page as first served: French by default, English on request.

use maillage::engine::lang::Lang;
use maillage::ui::app::{App, AppProps};

use crate::render;

#[test]
fn the_first_screen_is_in_french_and_names_the_four_communes() {
    let html = render::<App>(AppProps {
        initial_lang: Lang::Fr,
    });
    for name in ["Saint-Priest", "Bron", "Chassieu", "Mions"] {
        assert!(html.contains(name), "{name} missing from the page");
    }
    assert!(html.contains("Carte du territoire"));
    assert!(html.contains("Licence Ouverte"));
    assert!(html.contains(">English<"), "the switch offers English");
}

#[test]
fn the_page_renders_in_english_when_asked() {
    let html = render::<App>(AppProps {
        initial_lang: Lang::En,
    });
    assert!(html.contains("Map of the territory"));
    assert!(html.contains(">Français<"));
    assert!(!html.contains("Carte du territoire"));
}

#[test]
fn the_metropole_is_offered_and_labelled_as_an_unverified_grouping() {
    let html = render::<App>(AppProps {
        initial_lang: Lang::Fr,
    });
    assert!(html.contains("value=\"metropole\""));
    assert!(html.contains("regroupement non vérifié"));
    assert!(
        html.contains("Zones de quartier modélisées"),
        "the default territory says what is modelled"
    );
}
