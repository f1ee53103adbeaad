//! Named scenarios (issue 5): the workspace's reducer for creating, copying, renaming, deleting
//! and restoring them, keeping them in a saved document, share links and imported territories;
//! and the scenarios panel and the comparison rendered natively.

use maillage::engine::io::write_territory;
use maillage::engine::lang::Lang;
use maillage::engine::operations::Operation;
use maillage::ui::state::{read_saved, Action, Control, Notice, Problem, Workspace};

/// Moves the n-th team of the active territory to a site it is not on.
fn move_nth_team(workspace: &Workspace, n: usize) -> Action {
    let territory = workspace.territory();
    let team = &territory.teams[n];
    let site = territory
        .sites
        .iter()
        .find(|s| s.id != territory.site(team.site).id)
        .unwrap();
    Action::Apply {
        operation: Operation::MoveTeam {
            team: team.id.clone(),
            to_site: site.id.clone(),
        },
        control: Control::MoveTeam,
    }
}

/// Two scenarios on Portes des Alpes: « Scénario 1 » with one move, « Scénario 2 » with two.
fn two_scenarios() -> Workspace {
    let start = Workspace::default_territory(Lang::Fr);
    let one = start.reduce(move_nth_team(&start, 0));
    let two = one.reduce(Action::NewScenario);
    let two = two.reduce(move_nth_team(&two, 1));
    two.reduce(move_nth_team(&two, 2))
}

#[test]
fn a_new_scenario_starts_from_the_base_and_every_view_then_shows_it() {
    let start = Workspace::default_territory(Lang::Fr);
    assert_eq!(start.scenarios.len(), 1);
    assert_eq!(start.active_scenario().name, "Scénario 1");
    let changed = start.reduce(move_nth_team(&start, 0));
    let second = changed.reduce(Action::NewScenario);
    assert_eq!(second.scenarios.len(), 2);
    assert_eq!(second.active_scenario().name, "Scénario 2");
    assert_eq!(second.territory(), start.territory(), "fresh from the base");
    assert_eq!(second.figures(), start.figures());
    assert_eq!(
        second.notice,
        Some(Notice::Created {
            name: "Scénario 2".into()
        })
    );
    let back = second.reduce(Action::SelectScenario(second.scenarios[0].id));
    assert_eq!(
        back.territory(),
        changed.territory(),
        "the first kept its change"
    );
    assert_eq!(back.figures(), changed.figures());
    assert_eq!(back.scenario().operations().len(), 1);
}

#[test]
fn each_scenario_keeps_its_own_undo_and_redo() {
    let w = two_scenarios();
    let undone = w.reduce(Action::Undo);
    assert_eq!(undone.redo().len(), 1);
    let first = undone.scenarios[0].id;
    let other = undone.reduce(Action::SelectScenario(first));
    assert!(other.redo().is_empty(), "scenario 1 has nothing to redo");
    let again = other.reduce(Action::SelectScenario(undone.active));
    assert_eq!(again.redo().len(), 1);
    assert_eq!(again.reduce(Action::Redo).territory(), w.territory());
}

#[test]
fn a_copy_carries_the_changes_and_then_goes_its_own_way() {
    let w = two_scenarios();
    let copy = w.reduce(Action::CopyScenario(w.active));
    assert_eq!(copy.active_scenario().name, "Copie de Scénario 2");
    assert_eq!(copy.territory(), w.territory());
    let changed = copy.reduce(move_nth_team(&copy, 3));
    let original = changed.reduce(Action::SelectScenario(w.active));
    assert_eq!(
        original.territory(),
        w.territory(),
        "the original is untouched"
    );
}

#[test]
fn rename_trims_and_refuses_an_empty_name() {
    let w = Workspace::default_territory(Lang::En);
    let id = w.active;
    let renamed = w.reduce(Action::RenameScenario {
        id,
        name: "  Close Bron  ".into(),
    });
    assert_eq!(renamed.active_scenario().name, "Close Bron");
    let kept = renamed.reduce(Action::RenameScenario {
        id,
        name: "   ".into(),
    });
    assert_eq!(kept.active_scenario().name, "Close Bron");
}

#[test]
fn a_deleted_scenario_goes_to_the_trash_and_is_restored_whole() {
    let w = two_scenarios();
    let deleted_id = w.active;
    let deleted = w.reduce(Action::DeleteScenario(deleted_id));
    assert_eq!(deleted.scenarios.len(), 1);
    assert_eq!(deleted.trash.len(), 1);
    assert_eq!(
        deleted.active, w.scenarios[0].id,
        "the other scenario is shown"
    );
    assert!(matches!(deleted.notice, Some(Notice::Deleted { id, .. }) if id == deleted_id));
    let last = deleted.reduce(Action::DeleteScenario(deleted.active));
    assert_eq!(
        last.scenarios.len(),
        1,
        "the last scenario cannot be deleted"
    );
    let restored = deleted.reduce(Action::RestoreScenario(deleted_id));
    assert!(restored.trash.is_empty());
    assert_eq!(restored.active, deleted_id);
    assert_eq!(restored.territory(), w.territory());
}

#[test]
fn the_comparison_takes_at_most_four_scenarios_of_the_active_territory() {
    let mut w = Workspace::default_territory(Lang::Fr);
    for _ in 0..5 {
        w = w.reduce(Action::NewScenario);
    }
    assert_eq!(w.scenarios.len(), 6);
    assert_eq!(w.compared_scenarios().len(), 4);
    let first = w.scenarios[0].id;
    let w = w.reduce(Action::ToggleCompared(first));
    assert_eq!(w.compared_scenarios().len(), 3);
    let sixth = w.scenarios[5].id;
    let w = w.reduce(Action::ToggleCompared(sixth));
    assert!(w.compared_scenarios().iter().any(|s| s.id == sixth));
    let w = w.reduce(Action::ToggleCompared(first));
    assert_eq!(w.compared_scenarios().len(), 4, "a fifth is not added");
}

#[test]
fn switching_territory_keeps_the_scenarios_of_the_one_left() {
    let w = two_scenarios();
    let metropole = w.reduce(Action::LoadEmbedded("metropole".into()));
    assert_eq!(metropole.atlas().key, "metropole");
    assert_eq!(metropole.scenarios.len(), 3);
    assert!(metropole.scenario().operations().is_empty());
    let back = metropole.reduce(Action::SelectBase("portes-des-alpes".into()));
    assert_eq!(
        back.territory(),
        w.territory(),
        "the last scenario of the territory"
    );
}

#[test]
fn the_saved_document_restores_every_scenario_the_active_one_and_the_trash() {
    let w = two_scenarios();
    let w = w.reduce(Action::RenameScenario {
        id: w.active,
        name: "<img src=x onerror=alert(1)> \u{202e}".into(),
    });
    let w = w.reduce(Action::NewScenario);
    let w = w.reduce(Action::DeleteScenario(w.active));
    let w = w.reduce(Action::SelectScenario(w.scenarios[1].id));
    let text = w.document().to_json();
    assert!(text.starts_with(r#"{"format":"maillage-scenarios","version":2"#));
    let back = read_saved(&text, Lang::Fr).unwrap();
    let names = |w: &Workspace| {
        w.scenarios
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&back), names(&w));
    assert_eq!(back.active_scenario().name, w.active_scenario().name);
    assert_eq!(back.territory(), w.territory());
    assert_eq!(back.figures(), w.figures());
    for (a, b) in back.scenarios.iter().zip(&w.scenarios) {
        assert_eq!(a.scenario.current(), b.scenario.current());
    }
    assert_eq!(back.trash.len(), 1);
    assert_eq!(
        back.document(),
        w.document(),
        "a second save writes the same"
    );
}

#[test]
fn importing_a_file_into_an_untouched_page_gives_back_everything() {
    let w = two_scenarios();
    let text = w.document().to_json();
    let fresh = Workspace::default_territory(Lang::Fr);
    let imported = fresh.reduce(Action::ImportScenarios(text));
    assert_eq!(imported.document(), w.document());
    assert_eq!(
        imported.notice,
        Some(Notice::ImportedScenarios { count: 2 })
    );
}

#[test]
fn importing_into_a_page_with_work_adds_beside_it() {
    let w = two_scenarios();
    let text = w.document().to_json();
    let imported = w.reduce(Action::ImportScenarios(text));
    assert_eq!(imported.scenarios.len(), 4);
    assert_eq!(
        imported.bases.len(),
        1,
        "the same territory is not loaded twice"
    );
}

#[test]
fn a_damaged_or_foreign_file_is_refused_and_changes_nothing() {
    let w = two_scenarios();
    for text in [
        "{\"type\":\"FeatureCollection\"}",
        "garbage",
        "{\"format\":\"maillage-scenarios\",\"version\":1,\"bases\":[",
    ] {
        let refused = w.reduce(Action::ImportScenarios(text.into()));
        assert_eq!(refused.document(), w.document());
        let Some(Problem::ScenariosFile(error)) = &refused.problem else {
            panic!("no problem shown for {text}");
        };
        assert!(error.message(Lang::Fr).contains("rien n'a été changé"));
    }
}

#[test]
fn a_share_link_adds_its_scenario_as_a_copy() {
    let w = two_scenarios();
    let fragment = w.share_fragment();
    assert!(fragment.starts_with("#s="));
    let other = Workspace::default_territory(Lang::Fr);
    let other = other.reduce(move_nth_team(&other, 5));
    let opened = other.reduce(Action::OpenLink(fragment));
    assert_eq!(opened.scenarios.len(), 2, "the user's scenario is kept");
    assert_eq!(opened.scenarios[0].scenario.operations().len(), 1);
    assert_eq!(opened.territory(), w.territory(), "the shared one is shown");
    assert_eq!(
        opened.notice,
        Some(Notice::LinkOpened {
            name: "Scénario 2".into()
        })
    );
    let refused = other.reduce(Action::OpenLink("#s=abc".into()));
    assert!(matches!(refused.problem, Some(Problem::Link(_))));
    assert_eq!(refused.document(), other.document());
}

#[test]
fn a_territory_from_csv_files_becomes_a_new_base_and_a_refused_one_changes_nothing() {
    let w = two_scenarios();
    let mut files = write_territory(w.base());
    let good = files.clone();
    files.insert(
        "teams.csv".into(),
        files["teams.csv"].replacen("\n", "\nbroken,x,nope,nope,1,nope\n", 1),
    );
    let refused = w.reduce(Action::ImportTerritory {
        name: "Mon territoire".into(),
        files,
    });
    let Some(Problem::TerritoryFiles(error)) = &refused.problem else {
        panic!("refused import shows its error");
    };
    assert_eq!(error.file, "teams.csv");
    assert_eq!(error.line, Some(2));
    assert_eq!(refused.document(), w.document());
    let imported = refused.reduce(Action::ImportTerritory {
        name: "Mon territoire".into(),
        files: good,
    });
    assert!(imported.problem.is_none());
    assert_eq!(imported.atlas().name, "Mon territoire");
    assert!(
        imported.atlas().communes.is_empty(),
        "no boundaries: the map draws dots"
    );
    assert_eq!(imported.bases.len(), 2);
    assert_eq!(imported.territory(), w.base());
    let back = read_saved(&imported.document().to_json(), Lang::Fr).unwrap();
    assert_eq!(back.document(), imported.document());
}

#[test]
fn an_exercise_start_comes_back_after_a_reload_with_its_changes_and_its_map() {
    let w = Workspace::default_territory(Lang::Fr);
    // An exercise whose setup changes the embedded territory (a demand surge).
    let exercise = maillage::engine::exercise::builtin()
        .into_iter()
        .find(|e| e.id == "pic-autonomie-saint-priest")
        .expect("a built-in exercise");
    let start = exercise.start().clone();
    assert_ne!(&start, w.base(), "the exercise's start is changed");
    let started = w.reduce(Action::StartExercise(std::rc::Rc::new(exercise)));
    let back = read_saved(&started.document().to_json(), Lang::Fr).unwrap();
    assert_eq!(back.base(), &start);
    assert_eq!(back.atlas().key, "portes-des-alpes");
    assert_eq!(
        back.atlas().communes.len(),
        4,
        "the map still draws the communes"
    );
    assert_eq!(back.document(), started.document());
}

mod rendered {
    use super::*;
    use maillage::ui::scenarios::{CompareView, Messages, ScenariosPanel};
    use maillage::ui::state::WorkspaceHandle;
    use maillage::ui::strip::WorkshopStrip;
    use yew::prelude::*;

    use crate::render;

    #[derive(Properties, PartialEq)]
    struct Props {
        workspace: Workspace,
        view: &'static str,
    }

    #[function_component(Shell)]
    fn shell(props: &Props) -> Html {
        let initial = props.workspace.clone();
        let workspace = use_reducer(move || initial);
        html! {
            <ContextProvider<WorkspaceHandle> context={workspace}>
                <Messages />
                if props.view == "compare" { <CompareView /> } else { <WorkshopStrip /><ScenariosPanel /> }
            </ContextProvider<WorkspaceHandle>>
        }
    }

    fn view(workspace: Workspace, view: &'static str) -> String {
        render::<Shell>(Props { workspace, view })
    }

    #[test]
    fn the_comparison_shows_the_start_and_each_scenario_with_its_difference_and_the_best_in_words()
    {
        let html = view(two_scenarios(), "compare");
        assert!(html.contains("Comparaison des scénarios"));
        for name in ["Départ", "Scénario 1", "Scénario 2"] {
            assert!(html.contains(name), "{name} is a column");
        }
        assert!(
            html.contains("★ </span>meilleur"),
            "the best is said in words"
        );
        assert!(html.contains("Agents changeant de site"));
        assert!(
            html.contains("(hausse)"),
            "a difference to the start is written"
        );
        assert!(html.contains("<svg"), "the main figures are drawn as bars");
        assert!(html.contains("role=\"img\""));
        assert!(html.contains("Exporter le tableau (CSV)"));
        let en = view(
            Workspace {
                lang: Lang::En,
                ..two_scenarios()
            },
            "compare",
        );
        assert!(en.contains("Comparison of the scenarios") && en.contains("★ </span>best"));
    }

    #[test]
    fn the_comparison_shows_the_rows_that_differ_and_bars_of_the_key_figures() {
        use maillage::engine::comparison::{compare, Column};
        use maillage::engine::decision::STRIP;
        let w = two_scenarios();
        let html = view(w.clone(), "compare");
        // The engine's rows for the start and the two scenarios, and those where one differs.
        let (start, _) = w.columns(&w.scenarios[0]);
        let mut columns: Vec<Column> = vec![start];
        columns.extend(w.scenarios.iter().map(|s| w.columns(s).1));
        let rows = compare(&columns, (w.norm.min, w.norm.max));
        let differing = rows
            .iter()
            .filter(|row| {
                let steps = |v: &Option<f64>| v.map(|v| row.measure.unit().steps(v));
                row.values[1..]
                    .iter()
                    .any(|v| steps(v) != steps(&row.values[0]))
            })
            .count();
        assert!(differing > 0 && differing < rows.len());
        assert_eq!(html.matches("<tr data-measure=").count(), differing);
        assert!(html.contains(&format!("Afficher tous les indicateurs ({})", rows.len())));
        assert!(
            !html.contains("data-measure=\"Demand\""),
            "moves change no demand"
        );
        // One bar chart per key figure, each covering every service at once.
        assert_eq!(
            html.matches("<figure class=\"compare-chart\"").count(),
            STRIP.len()
        );
        assert!(html.contains("Les chiffres clés, tous services compris"));
    }

    #[test]
    fn hostile_names_are_written_as_text() {
        let w = Workspace::default_territory(Lang::Fr);
        let w = w.reduce(Action::RenameScenario {
            id: w.active,
            name: "<img src=x onerror=alert(1)>\u{202e}".into(),
        });
        let html = view(w, "panel");
        assert!(!html.contains("<img src=x"));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(
            html.contains("<bdi"),
            "names are isolated from the text around them"
        );
    }

    #[test]
    fn the_panel_lists_the_scenarios_and_the_restore_of_a_deleted_one() {
        let w = two_scenarios();
        let w = w.reduce(Action::DeleteScenario(w.active));
        let html = view(w, "panel");
        // Said in the strip's status line, in a place of its own (issue 15).
        let status = &html[html.find("class=\"strip-status\"").unwrap()..];
        assert!(status.contains("Scénario supprimé"));
        assert!(html.contains("Rétablir"));
        assert!(html.contains("Scénarios supprimés"));
        assert!(html.contains("Importer un fichier de scénarios"));
        assert!(html.contains("Choisir les fichiers CSV"));
    }
}
