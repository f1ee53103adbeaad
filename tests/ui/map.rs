//! The map: shaded zones, legend, site markers, the forms that move teams, and the table alternatives.

use maillage::engine::lang::Lang;
use maillage::engine::operations::Operation;
use maillage::ui::i18n::format_decimal;
use maillage::ui::map::drawing::Shared;
use maillage::ui::map::tables::{ZonesTable, ZonesTableProps};
use maillage::ui::map::WorkshopMap;
use maillage::ui::state::{Action, Control, Workspace, WorkspaceHandle};
use yew::prelude::*;

use crate::render;

/// The workspace the map is drawn from: Portes des Alpes after these actions.
#[derive(Properties, PartialEq)]
struct Setup {
    lang: Lang,
    actions: Vec<Action>,
}

fn workspace(setup: &Setup) -> Workspace {
    setup
        .actions
        .iter()
        .cloned()
        .fold(Workspace::default_territory(setup.lang), |w, a| w.reduce(a))
}

#[function_component(MapAlone)]
fn map_alone(setup: &Setup) -> Html {
    let start = workspace(setup);
    let handle = use_reducer(move || start);
    html! {
        <ContextProvider<WorkspaceHandle> context={handle}>
            <WorkshopMap />
        </ContextProvider<WorkspaceHandle>>
    }
}

fn map(lang: Lang, actions: Vec<Action>) -> String {
    render::<MapAlone>(Setup { lang, actions })
}

fn move_team(team: &str, to_site: &str) -> Action {
    Action::Apply {
        operation: Operation::MoveTeam {
            team: team.into(),
            to_site: to_site.into(),
        },
        control: Control::MapMoveTeam,
    }
}

/// The zones table, unfolded, for the workspace after `actions`.
fn zones_table(lang: Lang, actions: Vec<Action>) -> String {
    let w = workspace(&Setup { lang, actions });
    let service = w.territory().service_ix(&w.service);
    render::<ZonesTable>(ZonesTableProps {
        lang,
        territory: Shared(w.scenario().current_rc()),
        figures: Shared(w.figures().clone()),
        service,
        open: true,
    })
}

#[test]
fn every_zone_is_shaded_under_the_four_communes() {
    let zones = Workspace::default_territory(Lang::Fr)
        .territory()
        .zones
        .len();
    let html = map(Lang::Fr, vec![]);
    assert!(zones >= 40, "Portes des Alpes has at least 40 zones");
    assert_eq!(html.matches("class=\"zone band-").count(), zones);
    assert_eq!(html.matches("class=\"commune\"").count(), 4);
    assert!(html.contains("class=\"map-svg\""));
    assert!(html.contains("role=\"img\""));
    for name in ["Saint-Priest", "Bron", "Chassieu", "Mions"] {
        assert!(html.contains(&format!("class=\"commune-name\">{name}<")));
    }
    // Saint-Priest, INSEE 2023: 49 229 residents; the four communes: 117 262.
    assert!(html.contains("49\u{202F}229"));
    assert!(html.contains("117\u{202F}262"));
    assert!(html.contains("zone modélisée"));
}

#[test]
fn the_legend_writes_each_band_and_the_catchment() {
    let fr = map(Lang::Fr, vec![]);
    for band in [
        "≤ 5 min",
        "5 à 10 min",
        "20 à 30 min",
        "&gt; 30 min",
        "aucun site",
        "hachuré\u{a0}: au-delà des 20 min acceptées",
    ] {
        assert!(fr.contains(band), "legend lacks {band}");
    }
    let en = map(Lang::En, vec![Action::SelectService("ase".into())]);
    assert!(en.contains("5 to 10 min"));
    assert!(en.contains("beyond the 30 min accepted"));
    assert!(
        en.contains("Time to the nearest site: Protection de l&#x27;enfance (ASE)")
            || en.contains("Time to the nearest site: Protection de l'enfance (ASE)")
    );
}

#[test]
fn each_site_is_a_named_marker_with_its_teams_and_agents() {
    let html = map(Lang::Fr, vec![]);
    let sites = Workspace::default_territory(Lang::Fr)
        .territory()
        .sites
        .len();
    // Every site is drawn, alone or in a group of sites too close to tell apart.
    let drawn: usize = html
        .split("data-members=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or("").split(' ').count())
        .sum();
    assert_eq!(drawn, sites);
    // Collecte: five teams at the Chassieu depot (52 agents), four at Saint-Priest (39).
    assert_eq!(
        html.matches("class=\"site-marker hosting").count()
            + html.matches("class=\"site-marker led hosting").count(),
        2
    );
    assert!(html.contains(">5 éq. · 52 ag.<"));
    assert!(html.contains(">4 éq. · 39 ag.<"));
    assert!(html.contains("Dépôt voirie-propreté de Chassieu (illustratif)\u{a0}: 5 équipes et 52 agents du service Collecte des déchets"));
    // Only one marker is a tab stop; arrow keys reach the others.
    assert_eq!(html.matches("role=\"button\" tabindex=\"0\"").count(), 1);
    assert!(html.contains("draggable=\"true\""));
}

/// The row of the zones table for the zone with this name.
fn zone_row(table: &str, name: &str) -> String {
    table
        .split("<tr")
        .find(|row| row.contains(&format!(">{name}<")))
        .unwrap_or_else(|| panic!("no row for {name}"))
        .to_owned()
}

// The browser tests (tests/e2e/map.test.mjs) read these same figures on the page.
#[test]
fn moving_a_team_changes_the_marker_counts_and_the_zone_times_as_the_engine_says() {
    let before = vec![Action::SelectService("ase".into())];
    let mut after = before.clone();
    after.push(move_team("ASE-MI", "MDM-SP"));
    let (old, new) = (map(Lang::Fr, before.clone()), map(Lang::Fr, after.clone()));
    assert!(old.contains(
        "Maison de la Métropole de Mions (illustrative)\u{a0}: 1 équipe et 6 agents du service"
    ));
    assert!(new.contains(
        "Maison de la Métropole de Mions (illustrative)\u{a0}: 0 équipe et 0 agent du service"
    ));
    assert!(old.contains(">2 éq. · 18 ag.<") && new.contains(">3 éq. · 24 ag.<"));
    // The engine's minutes for the far end of Mions, now served from Saint-Priest.
    let minutes = |actions: &Vec<Action>| {
        let w = workspace(&Setup {
            lang: Lang::Fr,
            actions: actions.clone(),
        });
        let k = w.territory().service_ix("ase").unwrap().index();
        let z = w.territory().zone_ix("MI-11").unwrap().index();
        w.figures().services[k].minutes[z].unwrap()
    };
    assert_eq!(format_decimal(Lang::Fr, minutes(&before), 1), "5,5");
    assert_eq!(format_decimal(Lang::Fr, minutes(&after), 1), "17,2");
    let zone = "Mions · secteur 11 (modélisé)";
    assert!(zone_row(&zones_table(Lang::Fr, before), zone).contains(">5,5<"));
    let row = zone_row(&zones_table(Lang::Fr, after), zone);
    assert!(row.contains(">17,2<") && row.contains(">oui<"));
}

#[test]
fn moving_a_team_by_the_keyboard_path_gives_the_figures_the_browser_test_reads() {
    let before = vec![Action::SelectService("paph".into())];
    let mut after = before.clone();
    after.push(move_team("PAPH-MI", "MDM-BR"));
    assert!(map(Lang::Fr, before.clone()).contains(">1 éq. · 10 ag.<"));
    assert!(map(Lang::Fr, after.clone()).contains(">2 éq. · 13 ag.<"));
    let zone = "Mions · secteur 4 (modélisé)";
    assert!(zone_row(&zones_table(Lang::Fr, before), zone).contains(">2,7<"));
    assert!(zone_row(&zones_table(Lang::Fr, after), zone).contains(">10,0<"));
}

#[test]
fn a_refused_move_shows_the_engine_message_next_to_the_move_form() {
    let html = map(
        Lang::Fr,
        vec![
            Action::SelectTeam(Some("COL-N1".into())),
            move_team("COL-N1", "NULLE-PART"),
        ],
    );
    let form = html
        .split("class=\"move-form\"")
        .nth(1)
        .expect("the move form is shown");
    assert!(form.contains("role=\"alert\""));
    assert!(
        form.contains("le site « NULLE-PART » n&#x27;existe pas")
            || form.contains("le site « NULLE-PART » n'existe pas")
    );
}

#[test]
fn the_map_speaks_english_when_asked() {
    let html = map(Lang::En, vec![]);
    assert!(html.contains("Service shown on the map"));
    assert!(html.contains("Create a site…"));
    assert!(html.contains("modelled zone"));
    assert!(html.contains("117,262"));
    assert!(!html.contains("Service affiché"));
    assert!(!html.contains("zone modélisée"));
}

#[test]
fn the_zones_table_gives_minutes_and_whether_they_are_within_the_accepted_time() {
    let w = Workspace::default_territory(Lang::En);
    let table = zones_table(Lang::En, vec![]);
    assert_eq!(
        table.matches("<tr data-zone=").count(),
        w.territory().zones.len()
    );
    assert!(table.contains("Within the accepted time"));
    assert!(table.contains(">yes<"));
    let folded = map(Lang::En, vec![]);
    assert!(folded.contains("<details class=\"zones-box\""));
    assert!(
        !folded.contains("<tr data-zone="),
        "rows are built only when unfolded"
    );
}

// Issue 16: a site over capacity is marked on the map, by a shape and in words.
#[test]
fn a_site_over_capacity_is_marked_on_the_map_in_shape_and_words() {
    // Mions' Maison de la Métropole has 20 places; the Chassieu depot's collecte teams go there.
    let actions = vec![move_team("COL-N1", "MDM-MI"), move_team("COL-N2", "MDM-MI")];
    let w = workspace(&Setup {
        lang: Lang::Fr,
        actions: actions.clone(),
    });
    let (agents, capacity) = w
        .figures()
        .warnings
        .iter()
        .find_map(|warning| match warning {
            maillage::engine::model::Warning::SiteOverCapacity {
                site,
                agents,
                capacity,
                ..
            } if site == "MDM-MI" => Some((agents, capacity)),
            _ => None,
        })
        .expect("the engine warns that Mions is over capacity");
    let html = map(Lang::Fr, actions);
    let marker = html
        .split("<g class=\"site-marker")
        .find(|m| m.contains("MDM-MI"))
        .expect("Mions' marker");
    assert!(marker.contains(" over") && marker.contains("class=\"over-badge\""));
    assert!(marker.contains(&format!(
        "au-delà de sa capacité\u{a0}: {agents} agents pour {capacity} places"
    )));
    assert!(html.contains(&format!(">suroccupé {agents}/{capacity}<")));
    assert!(
        html.contains("site au-delà de sa capacité"),
        "the legend says it"
    );
}

// Issue 16: the presentation view's large figures are the engine's.
#[test]
fn the_presentation_view_shows_four_key_figures_from_the_engine() {
    let actions = vec![
        Action::SetPresentation(true),
        move_team("COL-N1", "MDM-MI"),
        move_team("ASE-MI", "MDM-SP"),
    ];
    let w = workspace(&Setup {
        lang: Lang::Fr,
        actions: actions.clone(),
    });
    let html = map(Lang::Fr, actions);
    let values: Vec<&str> = html
        .split("<dd class=\"key-value\">")
        .skip(1)
        .map(|rest| rest.split('<').next().unwrap_or(""))
        .collect();
    let longest = w
        .figures()
        .services
        .iter()
        .filter_map(|s| s.max_minutes)
        .fold(f64::MIN, f64::max);
    let norm = w.norm;
    assert_eq!(
        values,
        vec![
            w.figures().overloaded_teams.len().to_string(),
            format!("{}\u{a0}min", format_decimal(Lang::Fr, longest, 1)),
            w.impact().agents_moved.to_string(),
            w.figures()
                .posts_outside_norm(norm.min, norm.max)
                .to_string(),
        ]
    );
    assert!(w.impact().agents_moved > 0);
    assert!(html.contains("Agents changeant de site"));
    // Off the presentation view, the map has no key figures.
    assert!(!map(Lang::Fr, vec![]).contains("key-figure"));
}

mod opening {
    use maillage::engine::exercise::builtin;
    use maillage::ui::map::open_site::{OpenSiteForm, OpenSiteProps};
    use std::rc::Rc;

    use super::*;

    fn form(lang: Lang, at: Option<[f64; 2]>, commune: Option<&str>, capacity: u32) -> String {
        render::<OpenSiteForm>(OpenSiteProps {
            lang,
            at,
            commune: commune.map(|c| AttrValue::from(c.to_string())),
            fresh_id: "SITE-1".into(),
            capacity,
            refusal: None,
            onopen: Callback::noop(),
            oncancel: Callback::noop(),
        })
    }

    /// Until a place is chosen the form says how to choose it on the map; the coordinates wait,
    /// empty, under a disclosure.
    #[test]
    fn the_form_asks_for_the_place_on_the_map_first() {
        let html = form(Lang::Fr, None, None, 20);
        assert!(
            html.contains("Cliquez sur la carte à l&#39;endroit du site")
                || html.contains("Cliquez sur la carte à l'endroit du site")
        );
        assert!(html.contains(
            "<details class=\"open-site-more\"><summary>Identifiant et coordonnées</summary>"
        ));
        assert!(
            html.contains("id=\"new-site-lat\" type=\"number\" step=\"any\">"),
            "no latitude yet"
        );
        let placed = form(Lang::En, Some([4.952, 45.656]), Some("Mions"), 10);
        assert!(placed
            .contains("Place chosen on the map: Mions. Click elsewhere on the map to move it."));
        assert!(placed.contains("value=\"45.65600\"") && placed.contains("value=\"4.95200\""));
        assert!(placed.contains("<input value=\"10\" id=\"new-site-capacity\""));
    }

    /// The places a new site starts with: the exercise's brief while its scenario is shown.
    #[test]
    fn a_new_site_starts_with_the_places_of_the_exercise_s_brief() {
        let lease = builtin()
            .into_iter()
            .find(|e| e.id == "fin-de-bail-mions")
            .expect("built in");
        let w = Workspace::default_territory(Lang::Fr);
        assert_eq!(w.new_site_capacity(), None);
        let w = w.reduce(Action::StartExercise(Rc::new(lease)));
        assert_eq!(w.new_site_capacity(), Some(10));
        let elsewhere = w.reduce(Action::SelectBase("portes-des-alpes".into()));
        assert_eq!(elsewhere.new_site_capacity(), None);
    }
}
