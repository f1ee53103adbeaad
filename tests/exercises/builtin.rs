//! Every built-in exercise loads, starts at 0 points with a goal to reach, shows its service, and its reference solution meets every objective and scores higher.

use std::collections::BTreeSet;

use maillage::engine::exercise::{assess, builtin, load_exercise, BUILTIN_FILES};
use maillage::engine::lang::Lang;

#[test]
fn every_built_in_exercise_loads_starts_unmet_and_is_solved_by_its_reference() {
    assert!(BUILTIN_FILES.len() >= 6);
    for (name, text) in BUILTIN_FILES {
        let exercise = load_exercise(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let start = exercise.start();
        let at_start = assess(&exercise, start, start, &Default::default());
        assert!(
            !at_start.all_met(),
            "{name}: the start already meets every objective"
        );
        assert_eq!(at_start.score, 0, "{name}: an exercise starts at 0 points");
        assert_eq!(at_start.broken, 0, "{name}");
        assert!(at_start.goals > 0, "{name}: a goal to reach");
        for objective in &at_start.objectives {
            assert_eq!(
                objective.constraint, objective.met,
                "{name}: met at the start is a constraint"
            );
        }
        let service = exercise
            .service
            .as_deref()
            .unwrap_or_else(|| panic!("{name}: a service for the map"));
        assert!(start.service_ix(service).is_some(), "{name}: {service}");
        let reference = exercise.reference_scenario();
        assert_eq!(
            reference.operations().len(),
            exercise.reference.len(),
            "{name}"
        );
        let solved = assess(
            &exercise,
            start,
            reference.current(),
            &reference.change_impact(),
        );
        for objective in &solved.objectives {
            assert!(
                objective.met,
                "{name}: the reference misses « {} » ({})",
                objective.text.fr,
                objective.value_text(Lang::Fr)
            );
        }
        assert!(
            solved.score > at_start.score,
            "{name}: reference {} ≤ start {}",
            solved.score,
            at_start.score
        );
    }
    assert_eq!(builtin().len(), BUILTIN_FILES.len());
}

#[test]
fn built_in_exercises_are_written_in_french_and_english_with_hints() {
    let exercises = builtin();
    let ids: BTreeSet<&str> = exercises.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), exercises.len(), "ids are unique");
    for exercise in &exercises {
        assert_eq!(exercise.territory, "portes-des-alpes");
        let texts = [&exercise.title, &exercise.briefing, &exercise.debrief]
            .into_iter()
            .chain(&exercise.hints)
            .chain(exercise.objectives.iter().map(|o| &o.text));
        for text in texts {
            assert!(
                !text.fr.is_empty() && !text.en.is_empty(),
                "{}",
                exercise.id
            );
            assert_ne!(
                text.fr, text.en,
                "{}: {} is not translated",
                exercise.id, text.fr
            );
        }
        assert!(exercise.hints.len() >= 3, "{}: hints", exercise.id);
        assert!(
            exercise.objectives.len() >= 3,
            "{}: objectives",
            exercise.id
        );
    }
}

#[test]
fn each_file_of_data_exercises_is_built_in_under_its_id() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/data/exercises");
    let mut on_disk: Vec<String> = std::fs::read_dir(folder)
        .expect("data/exercises")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = BUILTIN_FILES.iter().map(|(f, _)| f.to_string()).collect();
    embedded.sort();
    assert_eq!(on_disk, embedded);
    for (file, text) in BUILTIN_FILES {
        let exercise = load_exercise(text).expect("loads");
        assert_eq!(format!("{}.json", exercise.id), file);
    }
}

/// The surge exercise, played one operation at a time: the objectives turn as the trainee works.
#[test]
fn objectives_are_judged_live_as_operations_are_applied() {
    let exercise = crate::builtin("pic-autonomie-saint-priest.json");
    let start = exercise.start();
    assert!(
        start.demand_factors.len() == 1,
        "the setup's surge is in the start"
    );
    let mut scenario = exercise.scenario();
    let met = |scenario: &maillage::engine::scenario::Scenario| {
        assess(
            &exercise,
            start,
            scenario.current(),
            &scenario.change_impact(),
        )
        .objectives
        .iter()
        .map(|o| o.met)
        .collect::<Vec<_>>()
    };
    // The service holds (0.99 with usual absence) but its Saint-Priest team does not (1.06).
    assert_eq!(met(&scenario), [true, false, true, true, true]);
    // Hiring solves the load but breaks "no hiring".
    scenario
        .apply(maillage::engine::operations::Operation::SetHeadcount {
            team: "PAPH-SP".into(),
            agents: 10,
        })
        .expect("applies");
    assert_eq!(met(&scenario), [true, true, false, true, true]);
    // The goal is reached, a constraint of half its weight broken: half the points.
    let hired = assess(
        &exercise,
        start,
        scenario.current(),
        &scenario.change_impact(),
    );
    assert_eq!((hired.goals_met, hired.broken, hired.score), (1, 1, 50));
    assert!(!hired.all_met());
    // Taking the agent from Bron's social action makes it a redeployment.
    scenario
        .apply(maillage::engine::operations::Operation::SetHeadcount {
            team: "ASI-BR2".into(),
            agents: 7,
        })
        .expect("applies");
    let assessment = assess(
        &exercise,
        start,
        scenario.current(),
        &scenario.change_impact(),
    );
    assert!(assessment.all_met());
    assert_eq!(assessment.score, 100);
}

/// docs/exercises.md shows a built-in file word for word: it must not drift from it.
#[test]
fn the_documentation_shows_a_built_in_file_word_for_word() {
    let doc = include_str!("../../docs/exercises.md");
    let start = doc.find("```json\n").expect("a JSON block") + "```json\n".len();
    let end = start + doc[start..].find("\n```").expect("its end");
    let example = &doc[start..end];
    let (_, file) = BUILTIN_FILES
        .iter()
        .find(|(name, _)| *name == "pic-autonomie-saint-priest.json")
        .expect("built in");
    assert_eq!(example, file.trim_end());
    assert!(load_exercise(example).is_ok());
}

/// The map shows what an exercise is about, and a site opened for it starts with the brief's places.
#[test]
fn an_exercise_names_its_service_and_the_places_its_brief_gives() {
    let lease = crate::builtin("fin-de-bail-mions.json");
    // Not in the file: the first service its objectives name (home help, then PMI).
    assert_eq!(lease.service.as_deref(), Some("paph"));
    assert_eq!(lease.new_site_capacity, Some(10));
    assert!(lease.briefing.fr.contains("10 places"));
    let surge = crate::builtin("pic-autonomie-saint-priest.json");
    assert_eq!(surge.service.as_deref(), Some("paph"));
    assert_eq!(surge.new_site_capacity, None);
    let antenna = crate::builtin("antenne-mions.json");
    assert_eq!(antenna.service.as_deref(), Some("collecte"));
}
