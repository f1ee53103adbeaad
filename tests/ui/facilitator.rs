//! The Facilitation tab (issue 7) rendered natively: the event forms, an injected event in the
//! journal and the figures, the groups' files collected and their scenarios ranked, the timer,
//! the timeline and the board's button.

use maillage::engine::lang::Lang;
use maillage::engine::operations::{Event, Operation};
use maillage::ui::facilitator::timer::TimerProvider;
use maillage::ui::facilitator::FacilitatorPanel;
use maillage::ui::state::{Action, Control, Workspace, WorkspaceHandle};
use yew::prelude::*;

use crate::render;

#[derive(Properties, PartialEq)]
struct WithinProps {
    workspace: Workspace,
}

#[function_component(Within)]
fn within(props: &WithinProps) -> Html {
    let start = props.workspace.clone();
    let workspace = use_reducer(move || start);
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            <TimerProvider><FacilitatorPanel /></TimerProvider>
        </ContextProvider<WorkspaceHandle>>
    }
}

fn view(workspace: &Workspace) -> String {
    render::<Within>(WithinProps {
        workspace: workspace.clone(),
    })
}

/// A group's exported file whose active scenario moved the first `moves` teams.
fn group_file(moves: usize) -> String {
    let mut workspace = Workspace::default_territory(Lang::Fr);
    for n in 0..moves {
        let territory = workspace.territory();
        let team = &territory.teams[n];
        let site = territory
            .sites
            .iter()
            .find(|s| s.id != territory.site(team.site).id)
            .unwrap();
        let action = Action::Apply {
            operation: Operation::MoveTeam {
                team: team.id.clone(),
                to_site: site.id.clone(),
            },
            control: Control::MoveTeam,
        };
        workspace = workspace.reduce(action);
    }
    workspace.document().to_json()
}

#[test]
fn the_tab_offers_the_presentation_view_the_three_events_and_the_groups_files() {
    let html = view(&Workspace::default_territory(Lang::Fr));
    for text in [
        "Passer en vue de présentation",
        "Un site devient indisponible",
        "Vague d'absences",
        "Hausse de la demande",
        "Choisir les fichiers des groupes (JSON)",
        "Aucun scénario de ce territoire ne change encore quoi que ce soit : rien à classer.",
        "Minuteur du tour",
        "Chronologie de la séance",
        "Tableau des groupes",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    let english = view(&Workspace::default_territory(Lang::En));
    assert!(english.contains("Absence wave") && english.contains("Ranking criteria"));
}

#[test]
fn an_injected_event_is_in_the_journal_and_changes_the_figures() {
    let start = Workspace::default_territory(Lang::Fr);
    let k = start.territory().service_ix("paph").unwrap().index();
    let waved = start.reduce(Action::Apply {
        operation: Operation::Event(Event::AbsenceWave {
            service: Some("paph".into()),
            rate: 0.2,
        }),
        control: Control::EventAbsence,
    });
    assert!(waved.refusal.is_none());
    let (was, now) = (&start.figures().services[k], &waved.figures().services[k]);
    assert!((now.capacity - 0.8 * was.capacity).abs() < 1e-9);
    assert!(waved.scenario().journal(Lang::Fr)[0]
        .starts_with("Événement : vague d'absences, 20\u{202F}%"));
    let refused = waved.reduce(Action::Apply {
        operation: Operation::Event(Event::AbsenceWave {
            service: None,
            rate: 2.0,
        }),
        control: Control::EventAbsence,
    });
    let html = view(&refused);
    assert!(
        html.contains("200\u{202F}% n'est pas une part d'agents absents possible"),
        "the refusal is shown beside the absence form"
    );
    assert_eq!(refused.territory(), waved.territory());
}

#[test]
fn three_groups_files_are_ranked_and_the_untouched_scenario_and_the_start_are_references() {
    let start = Workspace::default_territory(Lang::Fr);
    let collected = start.reduce(Action::CollectGroups(vec![
        ("groupe-rouge.json".into(), group_file(3)),
        ("groupe-bleu.json".into(), group_file(1)),
        ("groupe-vert.json".into(), group_file(2)),
    ]));
    assert_eq!(collected.scenarios.len(), 4);
    let html = view(&collected);
    assert!(html.contains("data-testid=\"ranking-table\""));
    let body = &html[html.find("<tbody>").unwrap()..html.find("</tbody>").unwrap()];
    let rows: Vec<&str> = body.split("<tr").skip(1).collect();
    assert_eq!(rows.len(), 3, "the three groups are ranked, nothing else");
    // Each ranked row: the sum of its places (each × 1 at first) is its total, and totals never
    // decrease.
    let mut last = 0;
    let mut names = Vec::new();
    for row in &rows {
        let places: Vec<usize> = row
            .split("(place ")
            .skip(1)
            .map(|rest| rest[..rest.find(')').unwrap()].parse().unwrap())
            .collect();
        assert_eq!(
            places.len(),
            5,
            "workload, two of travel, management, disruption"
        );
        let total: usize = between(row, "class=\"points\">", "<").parse().unwrap();
        assert_eq!(total, places.iter().sum::<usize>());
        assert!(total >= last, "best first");
        last = total;
        names.push(between(row, "<bdi>", "</bdi>").to_string());
    }
    names.sort();
    assert_eq!(
        names,
        [
            "groupe-bleu — Scénario 1",
            "groupe-rouge — Scénario 1",
            "groupe-vert — Scénario 1"
        ]
    );
    // The start and the facilitator's untouched scenario are shown apart, never ranked.
    let references = &html[html.find("<tbody class=\"references\">").unwrap()..];
    assert!(references.contains("Départ (repère)"));
    assert!(references.contains("Scénario 1 (aucun changement)"));
    assert!(html.contains("le plus petit total est classé premier"));
}

/// The text between the first `open` and the next `close`.
fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let from = text.find(open).unwrap() + open.len();
    &text[from..from + text[from..].find(close).unwrap()]
}

#[test]
fn every_facilitation_text_is_written_in_both_languages() {
    use maillage::ui::facilitator::texts::FacText;
    use maillage::ui::i18n::Text;
    for key in FacText::ALL {
        let (fr, en) = (key.in_lang(Lang::Fr), key.in_lang(Lang::En));
        assert!(!fr.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
        // A few words are the same in both languages.
        let same = [
            FacText::SiteLabel,
            FacText::ServiceLabel,
            FacText::CommuneLabel,
            FacText::PlaceOn,
            FacText::Points,
            FacText::TotalIs,
            FacText::TimerPause,
            FacText::TimerAddMinute,
        ];
        assert!(same.contains(key) || fr != en, "{key:?} is not translated");
    }
}
