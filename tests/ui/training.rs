//! The Exercises tab rendered natively: the list, the briefing, objectives judged on the current
//! territory with their figures, the score, hints in order, the debrief beside the reference.

use std::rc::Rc;

use maillage::engine::exercise::{builtin, builtin_file, load_exercise, Exercise};
use maillage::engine::lang::Lang;
use maillage::ui::state::{
    read_saved, Action, Control, Training, TrainingAction, Workspace, WorkspaceHandle,
};
use maillage::ui::training::{on_exercise, TrainingPanel};
use yew::prelude::*;

use crate::render;

#[derive(Properties, PartialEq)]
struct WithinProps {
    workspace: Workspace,
    training: Training,
}

/// The tab inside the context the App gives it, with the Exercises tab's state `training`.
#[function_component(Within)]
fn within(props: &WithinProps) -> Html {
    let start = Workspace {
        training: props.training.clone(),
        ..props.workspace.clone()
    };
    let workspace = use_reducer(move || start);
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            <TrainingPanel />
        </ContextProvider<WorkspaceHandle>>
    }
}

fn view(workspace: &Workspace, training: Training) -> String {
    render::<Within>(WithinProps {
        workspace: workspace.clone(),
        training,
    })
}

fn exercise(id: &str) -> Rc<Exercise> {
    Rc::new(
        builtin()
            .into_iter()
            .find(|e| e.id == id)
            .expect("a built-in exercise"),
    )
}

/// The workspace once the exercise is started, as the tab's Start button leaves it.
fn started(exercise: &Rc<Exercise>, lang: Lang) -> Workspace {
    Workspace::default_territory(lang).reduce(Action::StartExercise(Rc::clone(exercise)))
}

fn under_way(exercise: &Rc<Exercise>) -> Training {
    Training {
        current: Some(Rc::clone(exercise)),
        ..Training::default()
    }
}

/// Plays the reference solution through the workspace, as the forms would.
fn solved(exercise: &Rc<Exercise>, lang: Lang) -> Workspace {
    exercise
        .reference
        .iter()
        .fold(started(exercise, lang), |workspace, operation| {
            workspace.reduce(Action::Apply {
                operation: operation.clone(),
                control: Control::Headcount,
            })
        })
}

#[test]
fn the_tab_lists_the_six_exercises_and_offers_a_file_in_both_languages() {
    let workspace = Workspace::default_territory(Lang::Fr);
    let html = view(&workspace, Training::default());
    for exercise in builtin() {
        assert!(html.contains(&exercise.title.fr), "{} listed", exercise.id);
    }
    assert!(html.contains("Charger un fichier d'exercice (JSON)"));
    assert!(html.contains(r#"type="file""#));

    let workspace = Workspace::default_territory(Lang::En);
    let html = view(&workspace, Training::default());
    assert!(html.contains("Load an exercise file (JSON)"));
    assert!(html.contains(&builtin()[0].title.en));
    assert!(!html.contains("Exercices guidés"));
}

#[test]
fn starting_an_exercise_makes_its_start_the_active_scenario_s_base() {
    let pic = exercise("pic-autonomie-saint-priest");
    let workspace = started(&pic, Lang::Fr);
    assert!(on_exercise(&workspace, &pic));
    assert!(workspace.scenario().operations().is_empty());
    assert_eq!(
        workspace.active_base().id,
        "exercise-pic-autonomie-saint-priest"
    );
    assert_eq!(workspace.active_scenario().name, pic.title.fr);
    assert_eq!(
        workspace.training.current.as_deref(),
        Some(&*pic),
        "the tab shows the exercise in the same action"
    );
    // Starting it again replaces its base rather than adding another.
    let again = workspace.reduce(Action::StartExercise(Rc::clone(&pic)));
    let count = again
        .bases
        .iter()
        .filter(|b| b.id == "exercise-pic-autonomie-saint-priest")
        .count();
    assert_eq!(count, 1);
}

#[test]
fn at_the_start_the_score_is_0_the_goal_unmet_and_the_rest_constraints_to_keep() {
    let pic = exercise("pic-autonomie-saint-priest");
    let html = view(&started(&pic, Lang::Fr), under_way(&pic));
    assert!(html.contains(&pic.briefing.fr));
    assert!(html.contains("Non atteint"), "a word, not only a colour");
    assert!(html.contains("au plus 1,00"), "{html}");
    assert!(html.contains("Score\u{a0}: 0 / 100"), "{html}");
    assert!(html.contains("0 objectif atteint sur 1"), "{html}");
    assert!(html.contains("4 contraintes maintenues sur 4"), "{html}");
    assert!(html.contains("À atteindre") && html.contains("À maintenir"));
    assert!(html.contains("Maintenu"));
    assert!(html.contains("Terminer et voir le débrief"));
    assert!(html.contains("Afficher un indice (1 sur 4)"));
    assert!(
        !html.contains(&pic.hints[0].fr),
        "hints wait to be asked for"
    );
}

#[test]
fn the_reference_solution_meets_every_objective_and_scores_the_top() {
    let pic = exercise("pic-autonomie-saint-priest");
    let html = view(&solved(&pic, Lang::En), under_way(&pic));
    assert!(!html.contains("Not met"));
    assert!(html.contains("1 goal reached of 1"), "{html}");
    assert!(html.contains("4 constraints kept of 4"), "{html}");
    assert!(html.contains("Exercise complete"));
    assert!(
        html.contains("Score: 100 / 100") || html.contains("Score: 9"),
        "{html}"
    );
}

#[test]
fn hints_show_in_order_up_to_the_number_asked_for() {
    let pic = exercise("pic-autonomie-saint-priest");
    let training = Training {
        hints_shown: 2,
        ..under_way(&pic)
    };
    let html = view(&started(&pic, Lang::Fr), training);
    assert!(html.contains(&pic.hints[0].fr));
    assert!(html.contains(&pic.hints[1].fr));
    assert!(!html.contains(&pic.hints[2].fr));
    assert!(html.contains("Afficher un indice (3 sur 4)"));
}

#[test]
fn the_debrief_sets_both_solutions_side_by_side_with_the_trade_offs() {
    let pic = exercise("pic-autonomie-saint-priest");
    let training = Training {
        debrief: true,
        ..under_way(&pic)
    };
    let html = view(&started(&pic, Lang::Fr), training);
    assert!(html.contains("Votre solution"));
    assert!(html.contains("Solution de référence"));
    assert!(html.contains("Agents déplacés"));
    assert!(
        html.contains("Aucune opération."),
        "the trainee did nothing yet"
    );
    assert!(html.contains(&pic.debrief.fr));
    assert!(
        html.contains("ASI-BR2") || html.contains("Bron 2"),
        "the reference journal"
    );
}

#[test]
fn another_scenario_shown_is_said_rather_than_assessed() {
    let pic = exercise("pic-autonomie-saint-priest");
    let elsewhere = started(&pic, Lang::En).reduce(Action::SelectBase("portes-des-alpes".into()));
    let html = view(&elsewhere, under_way(&pic));
    assert!(html.contains("Back to the exercise"));
    assert!(!html.contains("Not met"));
}

#[test]
fn an_exercise_scenario_saved_and_read_back_keeps_its_starting_territory() {
    // The surge is in the exercise's start, not in the embedded key: the base is saved as files.
    let pic = exercise("pic-autonomie-saint-priest");
    let solved = solved(&pic, Lang::Fr);
    let text = solved.document().to_json();
    let restored = maillage::ui::state::read_saved(&text, Lang::Fr).expect("the save reads back");
    assert!(
        on_exercise(&restored, &pic),
        "the restored base is the exercise's start"
    );
    assert_eq!(restored.territory(), solved.territory());
    assert_eq!(restored.scenario().operations().len(), 2);
}

#[test]
fn a_constraint_broken_is_said_and_costs_its_weight() {
    let pic = exercise("pic-autonomie-saint-priest");
    // Hiring reaches the goal and breaks « Sans recruter ».
    let hired = started(&pic, Lang::Fr).reduce(Action::Apply {
        operation: maillage::engine::operations::Operation::SetHeadcount {
            team: "PAPH-SP".into(),
            agents: 10,
        },
        control: Control::Headcount,
    });
    let html = view(&hired, under_way(&pic));
    assert!(html.contains("Rompu"), "{html}");
    assert!(html.contains(r#"class="objective broken""#));
    assert!(html.contains("1 contrainte rompue sur 4"), "{html}");
    assert!(html.contains("Score\u{a0}: 50 / 100"), "{html}");
    assert!(!html.contains("Exercice réussi"));
}

/// The exercise, its hints and its debrief are saved with the scenarios: a reload takes the
/// trainee back where they were, the map on the exercise's service.
#[test]
fn the_exercise_and_its_progress_survive_a_reload() {
    let pic = exercise("pic-autonomie-saint-priest");
    let working = started(&pic, Lang::Fr)
        .reduce(Action::Apply {
            operation: maillage::engine::operations::Operation::SetHeadcount {
                team: "ASI-BR2".into(),
                agents: 7,
            },
            control: Control::Headcount,
        })
        .reduce(Action::Training(TrainingAction::RevealHint))
        .reduce(Action::Training(TrainingAction::RevealHint));
    assert_eq!(
        working.service, "paph",
        "the map shows the exercise's service"
    );
    let text = working.document().to_json();
    assert!(text.contains(
        r#""training":{"exercise":{"builtin":"pic-autonomie-saint-priest"},"hints_shown":2"#
    ));
    let mut reloaded = read_saved(&text, Lang::Fr).expect("the save reads back");
    // A reload starts on the default service; the exercise puts its own back.
    assert_eq!(reloaded.service, "paph");
    assert_eq!(reloaded.training.current.as_deref(), Some(&*pic));
    assert_eq!(reloaded.training.hints_shown, 2);
    assert_eq!(reloaded.scenario().operations().len(), 1);
    let html = view(&reloaded, reloaded.training.clone());
    assert!(html.contains(&pic.hints[1].fr));
    assert!(html.contains("Non atteint"));
    // Leaving the exercise is saved too.
    let revision = reloaded.revision;
    reloaded = reloaded.reduce(Action::Training(TrainingAction::Leave));
    assert!(reloaded.revision > revision, "leaving is written");
    assert!(!reloaded.document().to_json().contains("training"));
}

#[test]
fn a_trainer_s_file_comes_back_after_a_reload_from_its_text() {
    let text = builtin_file("binome-de-direction").unwrap().replace(
        "Alléger le binôme de direction",
        "Alléger la direction (notre version)",
    );
    let own = Rc::new(load_exercise(&text).expect("loads"));
    let saved = started(&own, Lang::Fr).document().to_json();
    assert!(saved.contains(r#""training":{"exercise":{"file":"#));
    let reloaded = read_saved(&saved, Lang::Fr).expect("reads back");
    assert_eq!(reloaded.training.current.as_deref(), Some(&*own));
    assert!(on_exercise(&reloaded, &own));
}
