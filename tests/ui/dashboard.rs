//! The dashboard and the journal rendered natively: the figures shown are the engine's figures,
//! formatted for each language, each with its change since the start.

use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::operations::Operation;
use maillage::ui::dashboard::Dashboard;
use maillage::ui::i18n::format_decimal;
use maillage::ui::journal::Journal;
use maillage::ui::operations::OperationsPanel;
use maillage::ui::state::{Action, Control, Workspace, WorkspaceHandle};
use yew::prelude::*;

use crate::render;

/// Which tab to draw inside the context.
#[derive(Clone, Copy, PartialEq)]
pub enum View {
    Dashboard,
    Operations,
    Journal,
}

#[derive(Properties, PartialEq)]
pub struct WithinProps {
    pub workspace: Workspace,
    pub view: View,
}

/// A tab inside the workspace context the App gives it, starting from a given workspace.
#[function_component(Within)]
pub fn within(props: &WithinProps) -> Html {
    let start = props.workspace.clone();
    let workspace = use_reducer(move || start);
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            { match props.view {
                View::Dashboard => html! { <Dashboard /> },
                View::Operations => html! { <OperationsPanel /> },
                View::Journal => html! { <Journal /> },
            } }
        </ContextProvider<WorkspaceHandle>>
    }
}

/// The page of one tab for a workspace.
pub fn view(workspace: &Workspace, view: View) -> String {
    render::<Within>(WithinProps {
        workspace: workspace.clone(),
        view,
    })
}

/// The workspace after some operations, each of which the engine accepts.
pub fn after(lang: Lang, operations: &[Operation]) -> Workspace {
    operations.iter().fold(
        Workspace::default_territory(lang),
        |workspace, operation| {
            let next = workspace.reduce(Action::Apply {
                operation: operation.clone(),
                control: Control::Headcount,
            });
            assert_eq!(next.refusal, None, "{operation:?} was refused");
            next
        },
    )
}

/// The HTML of the table row marked `data-{kind}="{id}"` in the section that starts at `section`.
fn row<'a>(html: &'a str, section: &str, marker: &str) -> &'a str {
    let section_start = html.find(section).expect("the section is drawn");
    let start = section_start
        + html[section_start..]
            .find(marker)
            .expect("the row is drawn");
    let end = start + html[start..].find("</tr>").expect("the row ends");
    &html[start..end]
}

fn percent(lang: Lang, fraction: f64) -> String {
    let sign = if lang == Lang::Fr { "\u{202F}%" } else { "%" };
    format!("{}{sign}", format_decimal(lang, fraction * 100.0, 1))
}

fn minutes(lang: Lang, value: f64) -> String {
    format!("{}\u{a0}min", format_decimal(lang, value, 1))
}

#[test]
fn at_the_start_every_service_shows_the_engines_load_and_proximity_unchanged() {
    for lang in [Lang::Fr, Lang::En] {
        let workspace = Workspace::default_territory(lang);
        let figures = evaluate(workspace.territory());
        let html = view(&workspace, View::Dashboard);
        // Said once, first, that nothing changed; no figure repeats it (issue 15).
        let nothing = if lang == Lang::Fr {
            "Rien n'a changé depuis le départ"
        } else {
            "Nothing has changed since the start"
        };
        assert_eq!(html.matches(nothing).count(), 1);
        assert!(html.find(nothing) < html.find("id=\"dash-workload\""));
        for service in &figures.services {
            let marker = format!("data-service=\"{}\"", service.id);
            let load = row(&html, "id=\"dash-workload\"", &marker);
            assert!(
                load.contains(&percent(lang, service.load.unwrap())),
                "{} load in {lang:?}",
                service.id
            );
            // The load with usual absence beside MODEL.md's load (issue 13).
            assert!(
                load.contains(&percent(lang, service.load_with_usual_absence.unwrap())),
                "{} load with usual absence in {lang:?}",
                service.id
            );
            assert!(
                !load.contains("class=\"delta"),
                "demand, capacity, load, load with usual absence unchanged, so quiet: {load}"
            );
            let proximity = row(&html, "id=\"dash-proximity\"", &marker);
            assert!(proximity.contains(&minutes(lang, service.mean_minutes.unwrap())));
            assert!(proximity.contains(&percent(lang, service.share_within.unwrap())));
            assert!(proximity.contains(&minutes(lang, service.max_minutes.unwrap())));
        }
    }
}

#[test]
fn more_agents_in_a_collection_team_lower_the_service_load_as_the_engine_says() {
    // COL-N1 goes from 11 to 15 agents: collection capacity 91 × 38 = 3,458 becomes 3,610 units,
    // its demand stays 117,262 × 25 / 1,000 = 2,931.55, so its load falls from 84.8 % to 81.2 %,
    // and with 8 % of the agents away, from 92.1 % to 88.3 %.
    let raise = Operation::SetHeadcount {
        team: "COL-N1".into(),
        agents: 15,
    };
    let fr = after(Lang::Fr, std::slice::from_ref(&raise));
    let expected = evaluate(fr.territory())
        .services
        .iter()
        .find(|s| s.id == "collecte")
        .unwrap()
        .load
        .unwrap();
    assert!((expected - 2931.55 / 3610.0).abs() < 1e-9);
    let row_fr = view(&fr, View::Dashboard);
    let collecte = row(&row_fr, "id=\"dash-workload\"", "data-service=\"collecte\"");
    assert!(collecte.contains("81,2\u{202F}%"), "{collecte}");
    assert!(collecte.contains("88,3\u{202F}%"), "{collecte}");
    assert!(collecte.contains("3\u{202F}610"));
    assert!(collecte.contains("+152"), "capacity change");
    assert!(collecte.contains(">−3,6\u{a0}pts</span>"), "{collecte}");
    assert!(collecte.contains(">−3,8\u{a0}pts</span>"), "{collecte}");
    assert!(collecte.contains("(mieux)"));
    let en = after(Lang::En, &[raise]);
    let html_en = view(&en, View::Dashboard);
    let collecte = row(
        &html_en,
        "id=\"dash-workload\"",
        "data-service=\"collecte\"",
    );
    assert!(
        collecte.contains("81.2%")
            && collecte.contains("88.3%")
            && collecte.contains("3,610")
            && collecte.contains("(better)")
    );
}

/// The usual absence (issue 13): the rate counted, its source in "how it is computed", and the
/// overloaded teams counted on the load with usual absence, with the threshold stated.
#[test]
fn the_usual_absence_is_stated_with_its_source_and_overload_counts_on_it() {
    for lang in [Lang::Fr, Lang::En] {
        let workspace = Workspace::default_territory(lang);
        let figures = evaluate(workspace.territory());
        let html = view(&workspace, View::Dashboard);
        let section = &html[html.find("id=\"dash-workload\"").unwrap()
            ..html.find("id=\"dash-proximity\"").unwrap()];
        let (line, source, threshold) = match lang {
            Lang::Fr => (
                "Absence habituelle comptée\u{a0}: 8\u{202F}% des agents, taux du territoire",
                "9,7\u{202F}% des jours travaillés en 2022",
                "Équipes dont la charge avec l&#x27;absence habituelle dépasse 100\u{202F}%",
            ),
            Lang::En => (
                "Usual absence counted: 8% of the agents, the territory&#x27;s rate",
                "9.7% of working days in 2022",
                "Teams whose load with usual absence is above 100%",
            ),
        };
        let apostrophe = |text: &str| text.replace("&#x27;", "'");
        assert!(
            section.contains(line) || section.contains(&apostrophe(line)),
            "{lang:?}"
        );
        assert!(
            section.contains(source) && section.contains("Relyens"),
            "{lang:?}"
        );
        assert!(
            section.contains(threshold) || section.contains(&apostrophe(threshold)),
            "{lang:?}"
        );
        // The count shown is the engine's, and it is the teams above 100 % with absence.
        let over = figures
            .teams
            .iter()
            .filter(|t| t.load_with_usual_absence.is_some_and(|l| l > 1.0))
            .count();
        assert_eq!(figures.overloaded_teams.len(), over);
        let count = &section[section.find("overloaded-count").unwrap()..];
        assert!(count[..count.find("</p>").unwrap()].contains(&format!(">{over}<")));
    }
}

#[test]
fn management_figures_are_the_engines_with_the_norm_of_the_org_chart() {
    let workspace = Workspace::default_territory(Lang::Fr);
    let figures = evaluate(workspace.territory());
    let html = view(&workspace, View::Dashboard);
    let section = &html
        [html.find("id=\"dash-management\"").unwrap()..html.find("id=\"dash-impact\"").unwrap()];
    assert!(section.contains(&format!(">{}<", figures.max_span)));
    assert!(section.contains(&format!(
        ">{}<",
        format_decimal(Lang::Fr, figures.mean_span.unwrap(), 1)
    )));
    assert!(section.contains(&format!(">{}<", figures.layers)));
    assert!(section.contains(&format!(">{}<", figures.posts_outside_norm(5, 12))));
    assert!(section.contains("norme 5 à 12"));
}

#[test]
fn moving_a_team_counts_its_agents_as_moved_and_worsens_nothing_it_does_not_touch() {
    // Collecte Sud 1 (10 agents) leaves the Saint-Priest depot for the Chassieu one.
    let moved = after(
        Lang::En,
        &[Operation::MoveTeam {
            team: "COL-S1".into(),
            to_site: "DEP-CH".into(),
        }],
    );
    assert_eq!(moved.impact().agents_moved, 10);
    let html = view(&moved, View::Dashboard);
    let impact = &html[html.find("id=\"dash-impact\"").unwrap()..];
    assert!(impact.contains("Agents moving site"));
    assert!(impact.contains(">10<") && impact.contains(">+10</span>"));
    let figures = evaluate(moved.territory());
    let collecte = figures
        .services
        .iter()
        .find(|s| s.id == "collecte")
        .unwrap();
    let proximity = row(&html, "id=\"dash-proximity\"", "data-service=\"collecte\"");
    assert!(proximity.contains(&minutes(Lang::En, collecte.mean_minutes.unwrap())));
    let voirie = row(&html, "id=\"dash-proximity\"", "data-service=\"voirie\"");
    assert!(
        !voirie.contains("class=\"delta"),
        "roads are not touched, so their figures show no change: {voirie}"
    );
}

#[test]
fn undo_gives_back_the_starting_dashboard_exactly() {
    let start = Workspace::default_territory(Lang::Fr);
    let changed = after(
        Lang::Fr,
        &[
            Operation::SetHeadcount {
                team: "COL-N1".into(),
                agents: 15,
            },
            Operation::MoveTeam {
                team: "ASE-MI".into(),
                to_site: "MDM-SP".into(),
            },
        ],
    );
    assert_ne!(
        view(&changed, View::Dashboard),
        view(&start, View::Dashboard)
    );
    let undone = changed.reduce(Action::Undo).reduce(Action::Undo);
    assert_eq!(
        view(&undone, View::Dashboard),
        view(&start, View::Dashboard)
    );
}

#[test]
fn every_section_says_how_it_is_computed_in_both_languages() {
    let fr = view(&Workspace::default_territory(Lang::Fr), View::Dashboard);
    assert_eq!(fr.matches("<details class=\"how-computed\">").count(), 4);
    assert!(fr.contains("France Services"));
    assert!(fr.contains("5 à 12"));
    assert!(fr.contains("<caption>Charge par service"));
    let en = view(&Workspace::default_territory(Lang::En), View::Dashboard);
    assert_eq!(en.matches("How it is computed").count(), 4);
    assert!(en.contains("Luo and Wang 2003"));
    assert!(en.contains("scope=\"col\"") && en.contains("scope=\"row\""));
}

#[test]
fn the_journal_lists_the_changes_in_order_or_says_there_is_none() {
    let empty = view(&Workspace::default_territory(Lang::Fr), View::Journal);
    assert!(empty.contains("Aucune modification pour l'instant"));
    assert!(!empty.contains("<ol"));
    let changed = after(
        Lang::Fr,
        &[
            Operation::SetHeadcount {
                team: "COL-N1".into(),
                agents: 15,
            },
            Operation::MoveTeam {
                team: "COL-S1".into(),
                to_site: "DEP-CH".into(),
            },
        ],
    );
    let html = view(&changed, View::Journal);
    let first = html
        .find("<li>Équipe Collecte Nord 1 : 11 → 15 agents</li>")
        .expect("headcount line");
    let second = html
        .find("<li>Équipe Collecte Sud 1 : ")
        .expect("move line");
    assert!(first < second, "oldest first");
    assert!(html.contains("2 modifications en cours"));
    let undone = changed.reduce(Action::Undo);
    let html = view(&undone, View::Journal);
    assert!(html.contains("1 modification en cours"));
    assert!(html.contains("1 modification annulée peut être rétablie"));
    let en = view(&undone.reduce(Action::SetLang(Lang::En)), View::Journal);
    assert!(
        en.contains("<li>Team Collecte Nord 1: 11 → 15 agents</li>"),
        "{en}"
    );
}
