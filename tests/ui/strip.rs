//! The decision strip and the scenario sheet rendered natively (issue 15): each tile shows the
//! engine's figure for the scenario against its start, written as the catalogue writes it, with its
//! change and what it names; a figure that got worse says so in words and is framed; the sheet
//! puts the strip, the changes and the map of the service most affected on one page.

use maillage::engine::catalogue::{Measure, Trend};
use maillage::engine::change::ChangeImpact;
use maillage::engine::comparison::Column;
use maillage::engine::decision::{changes, most_affected_service, strip};
use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::operations::Operation;
use maillage::ui::sheet::ScenarioSheet;
use maillage::ui::state::{Action, Control, Workspace, WorkspaceHandle};
use maillage::ui::strip::WorkshopStrip;
use yew::prelude::*;

use crate::render;

#[derive(Properties, PartialEq)]
struct Props {
    workspace: Workspace,
    sheet: bool,
}

#[function_component(Shell)]
fn shell(props: &Props) -> Html {
    let initial = props.workspace.clone();
    let workspace = use_reducer(move || initial);
    let id = workspace.active;
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            if props.sheet { <ScenarioSheet {id} /> } else { <WorkshopStrip /> }
        </ContextProvider<WorkspaceHandle>>
    }
}

/// The page's text with the entities Yew writes for quotes and apostrophes read back.
fn rendered(workspace: &Workspace, sheet: bool) -> String {
    render::<Shell>(Props {
        workspace: workspace.clone(),
        sheet,
    })
    .replace("&#x27;", "'")
    .replace("&#39;", "'")
    .replace("&quot;", "\"")
    .replace("&amp;", "&")
}

/// Collecte Nord 1 (11 agents) moved into the Maison de la Métropole de Mions (20 places), from
/// the map, as the planner does.
fn crowded(lang: Lang) -> Workspace {
    Workspace::default_territory(lang).reduce(Action::Apply {
        operation: Operation::MoveTeam {
            team: "COL-N1".into(),
            to_site: "MDM-MI".into(),
        },
        control: Control::MapMoveTeam,
    })
}

#[test]
fn every_tile_shows_the_engines_figure_its_change_and_what_it_names() {
    for lang in [Lang::Fr, Lang::En] {
        let workspace = crowded(lang);
        let html = rendered(&workspace, false);
        // The engine's strip, from the two territories evaluated afresh.
        let (base, now) = (workspace.base(), workspace.territory());
        let (base_figures, figures) = (evaluate(base), evaluate(now));
        let none = ChangeImpact::default();
        let impact = workspace.scenario().change_impact();
        let keys = strip(
            &Column {
                territory: base,
                figures: &base_figures,
                impact: &none,
            },
            &Column {
                territory: now,
                figures: &figures,
                impact: &impact,
            },
            workspace.norm,
            lang,
        );
        assert_eq!(keys.len(), 6);
        for key in &keys {
            let tile = tile(&html, key.measure);
            assert!(
                tile.contains(key.measure.name(lang)),
                "{:?} named",
                key.measure
            );
            assert!(
                tile.contains(&key.figure.value_text(lang)),
                "{:?}: {tile}",
                key.measure
            );
            assert!(
                tile.contains(&key.detail),
                "{:?} names {}",
                key.measure,
                key.detail
            );
            let change = key.figure.change(lang);
            match change.trend {
                Trend::Same => assert!(!tile.contains("class=\"delta"), "unchanged stays quiet"),
                trend => {
                    assert!(tile.contains(&change.amount) && tile.contains(&change.word));
                    assert_eq!(tile.contains("strip-worse"), trend == Trend::Worse);
                }
            }
        }
        // The move crowds Mions and adds to the overloaded teams: both worse, framed, in words.
        let worse = lang.pick("(pire)", "(worse)");
        for measure in [Measure::SitesOverCapacity, Measure::OverloadedTeams] {
            let tile = tile(&html, measure);
            assert!(
                tile.contains("strip-worse") && tile.contains(worse),
                "{measure:?}: {tile}"
            );
        }
        let agents = keys
            .iter()
            .find(|k| k.measure == Measure::AgentsChanging)
            .unwrap();
        assert_eq!(agents.figure.now, Some(11.0));
        let status = lang.pick(
            "Depuis le départ\u{a0}: 1 modification. Dernière\u{a0}: Équipe Collecte Nord 1",
            "Since the start: 1 change. Last: Team Collecte Nord 1",
        );
        assert!(html.contains(status), "{html}");
    }
}

#[test]
fn at_the_start_the_strip_says_once_that_nothing_changed() {
    let html = rendered(&Workspace::default_territory(Lang::Fr), false);
    assert!(html.contains("Aucune modification depuis le départ"));
    assert!(!html.contains("class=\"delta"), "no tile repeats it");
    assert_eq!(html.matches("class=\"strip-open\"").count(), 6);
    assert_eq!(
        html.matches("<button").count(),
        6,
        "each tile opens its source"
    );
}

#[test]
fn the_sheet_holds_the_strip_the_changes_and_the_map_of_the_service_most_affected() {
    for lang in [Lang::Fr, Lang::En] {
        // Closing the Mions Maison de la Métropole: its social teams go to Saint-Priest.
        let workspace = Workspace::default_territory(lang).reduce(Action::Apply {
            operation: Operation::CloseSite {
                site: "MDM-MI".into(),
                relocate: vec![
                    ("ASE-MI".into(), "MDM-SP".into()),
                    ("PAPH-MI".into(), "MDM-SP".into()),
                    ("PMI-MI".into(), "MDM-SP".into()),
                    ("ASI-MI".into(), "MDM-SP".into()),
                ],
            },
            control: Control::CloseSite,
        });
        let html = rendered(&workspace, true);
        assert!(html.contains(&workspace.active_scenario().name));
        assert!(html.contains("Portes des Alpes"));
        for line in workspace.scenario().journal(lang) {
            assert!(html.contains(&line), "the change in plain language: {line}");
        }
        assert_eq!(
            html.matches("class=\"strip-figure ").count(),
            6,
            "the strip"
        );
        assert_eq!(
            html.matches("<div class=\"strip-open\"").count(),
            6,
            "still tiles on paper"
        );
        let (start, now) = workspace.columns(workspace.active_scenario());
        let changed = changes(&start, &now, workspace.norm);
        let service = most_affected_service(&changed, &now).expect("a social service moved");
        let name = &now.territory.services[service.index()].name;
        let caption = lang.pick(
            "Temps jusqu'au site le plus proche\u{a0}: ",
            "Time to the nearest site: ",
        );
        assert!(
            html.contains(&format!("{caption}{name}")),
            "the map is {name}'s"
        );
        assert!(html.contains("class=\"still-svg\""));
        assert!(html.contains(lang.pick("Imprimer (A4 paysage)", "Print (A4 landscape)")));
    }
}

/// The tile of one figure.
fn tile(html: &str, measure: Measure) -> String {
    let class = format!("strip-{measure:?}").to_lowercase();
    let start = html
        .find(&class)
        .unwrap_or_else(|| panic!("no tile {class}"));
    let end = html[start..].find("</li>").unwrap() + start;
    html[start..end].to_owned()
}
