//! The Facilitation tab (issue 7) rendered natively: the event forms, an injected event in the
//! journal and the figures, the groups' files collected and their scenarios ranked.

use maillage::engine::lang::Lang;
use maillage::engine::operations::{Event, Operation};
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
            <FacilitatorPanel />
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
        "Il faut au moins deux scénarios sur ce territoire pour les classer.",
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
fn three_groups_files_are_collected_and_ranked_fewest_agents_moved_first() {
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
    assert_eq!(
        rows.len(),
        5,
        "four scenarios ranked, and the start as a reference"
    );
    // Each ranked row: the sum of its places is its total, and totals never decrease.
    let mut last = 0;
    let mut names = Vec::new();
    for row in &rows[..4] {
        let places: Vec<usize> = row
            .split("(place ")
            .skip(1)
            .map(|rest| rest[..rest.find(')').unwrap()].parse().unwrap())
            .collect();
        assert_eq!(places.len(), 4, "four criteria ticked at first");
        let total: usize = between(row, "class=\"points\">", "<").parse().unwrap();
        assert_eq!(total, places.iter().sum::<usize>());
        assert!(total >= last, "best first");
        last = total;
        names.push(between(row, "<bdi>", "</bdi>").to_string());
    }
    // The groups moved one, two, three collection teams of 11 agents (COL-N1…3); fewer agents
    // moved ranks better and, on this data, no other default criterion tells them apart the
    // other way: the untouched scenario first, then one, two, three teams moved.
    assert_eq!(
        names,
        [
            "Scénario 1",
            "groupe-bleu — Scénario 1",
            "groupe-vert — Scénario 1",
            "groupe-rouge — Scénario 1"
        ]
    );
    assert!(rows[4].contains("Départ (repère)"));
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
        ];
        assert!(same.contains(key) || fr != en, "{key:?} is not translated");
    }
}
