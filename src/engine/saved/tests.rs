//! Saved documents and share links: what is written reads back equal, older versions migrate,
//! damaged or foreign text is refused, and no input makes the readers panic.

use proptest::collection::vec;
use proptest::prelude::*;

use super::*;
use crate::engine::embedded::{METROPOLE, PORTES_DES_ALPES};
use crate::engine::io::write_territory;

fn pda_base() -> SavedBase {
    SavedBase {
        id: PORTES_DES_ALPES.into(),
        name: "Portes des Alpes".into(),
        source: BaseSource::Embedded(PORTES_DES_ALPES.into()),
    }
}

fn pda() -> Rc<Territory> {
    open_base(&pda_base()).unwrap().territory
}

/// A move of team `t` to site `s` of Portes des Alpes (by position), always a valid operation
/// unless the team is already there.
fn move_team(territory: &Territory, t: usize, s: usize) -> Operation {
    let team = &territory.teams[t % territory.teams.len()];
    Operation::MoveTeam {
        team: team.id.clone(),
        to_site: territory.sites[s % territory.sites.len()].id.clone(),
    }
}

#[test]
fn a_document_reads_back_equal_and_restores_every_scenario() {
    let territory = pda();
    let mut document = Document::single(
        pda_base(),
        "Fermer Bron".into(),
        vec![move_team(&territory, 0, 3)],
    );
    document.scenarios.push(Entry {
        name: "Deux déplacements".into(),
        base: PORTES_DES_ALPES.into(),
        operations: vec![move_team(&territory, 1, 4), move_team(&territory, 2, 5)],
    });
    document.active = 1;
    let text = document.to_json();
    assert!(text.starts_with(r#"{"format":"maillage-scenarios","version":2,"#));
    assert!(!text.contains("training"), "no exercise, no training key");
    let read = Document::read(&text, Lang::Fr).unwrap();
    assert_eq!(read, document);
    let restored = restore(&read).unwrap();
    assert_eq!(restored.active, 1);
    assert_eq!(restored.scenarios[1].scenario.operations().len(), 2);
    assert_eq!(restored.scenarios[0].name, "Fermer Bron");
}

#[test]
fn an_imported_territory_is_kept_as_its_csv_files_and_comes_back_equal() {
    let territory = pda();
    let base = SavedBase {
        id: "import-1".into(),
        name: "Mon territoire".into(),
        source: BaseSource::Files(write_territory(&territory)),
    };
    let document = Document::single(base, "A".into(), vec![move_team(&territory, 0, 2)]);
    let restored = restore(&Document::read(&document.to_json(), Lang::En).unwrap()).unwrap();
    assert_eq!(*restored.bases[0].1.territory, *territory);
    assert!(restored.bases[0].1.embedded.is_none());
}

/// Saves written before the usual absence existed call the absence wave's column `absence_rate`:
/// reading them rewrites it as `absence_wave`, and the territory means the same thing.
#[test]
fn a_saved_territory_with_the_wave_s_old_column_is_migrated_with_the_same_meaning() {
    let wave = Operation::Event(crate::engine::operations::Event::AbsenceWave {
        service: Some("paph".into()),
        rate: 0.2,
    });
    let waved = crate::engine::operations::apply(&pda(), &wave).unwrap();
    let mut files = write_territory(&waved);
    let services = files["services.csv"].replacen(",absence_wave", ",absence_rate", 1);
    assert!(services.starts_with("service_id,") && services.contains(",absence_rate"));
    files.insert("services.csv".into(), services);
    files.insert("notes.txt".into(), "à garder".into());
    let base = SavedBase {
        id: "import-1".into(),
        name: "Mon territoire".into(),
        source: BaseSource::Files(files),
    };
    let document = Document::single(base, "A".into(), Vec::new());
    for read in [
        Document::read(&document.to_json(), Lang::Fr).unwrap(),
        link::decode(&link::encode(&document), Lang::Fr).unwrap(),
    ] {
        let BaseSource::Files(migrated) = &read.bases[0].source else {
            panic!("still a base of files");
        };
        assert!(!migrated["services.csv"].contains("absence_rate"));
        assert!(migrated["services.csv"].contains(",absence_wave"));
        assert_eq!(
            migrated["notes.txt"], "à garder",
            "a file the reader ignores is kept"
        );
        let restored = restore(&read).unwrap();
        assert_eq!(*restored.bases[0].1.territory, waved);
        assert_eq!(
            restored.bases[0]
                .1
                .territory
                .absence_wave(crate::engine::model::ServiceIx(4)),
            0.2
        );
    }
}

#[test]
fn a_changed_embedded_territory_keeps_its_changes_and_its_map() {
    let mut territory = (*pda()).clone();
    territory.teams[0].agents += 5;
    let base = SavedBase {
        id: "exercise-1".into(),
        name: "Exercice".into(),
        source: BaseSource::Changed {
            embedded: PORTES_DES_ALPES.into(),
            files: write_territory(&territory),
        },
    };
    let document = Document::single(base, "Essai".into(), vec![]);
    let text = document.to_json();
    assert!(text.contains(r#""changed":{"embedded":"portes-des-alpes","files":{"#));
    let restored = restore(&Document::read(&text, Lang::Fr).unwrap()).unwrap();
    assert_eq!(*restored.bases[0].1.territory, territory);
    assert_eq!(
        restored.bases[0].1.embedded.as_ref().map(|e| e.key),
        Some(PORTES_DES_ALPES)
    );
}

/// A document on an exercise's base, its starting territory saved as files, as the workspace
/// writes it; `operations` on it.
fn on_exercise(id: &str, operations: Vec<Operation>) -> Document {
    let exercise = load_exercise(builtin_file(id).unwrap()).unwrap();
    let base = SavedBase {
        id: format!("{EXERCISE_BASE}{id}"),
        name: "Exercice".into(),
        source: BaseSource::Changed {
            embedded: PORTES_DES_ALPES.into(),
            files: write_territory(exercise.start()),
        },
    };
    Document::single(base, "Essai".into(), operations)
}

#[test]
fn the_exercise_under_way_and_its_progress_come_back_with_the_scenarios() {
    let mut document = on_exercise(
        "pic-autonomie-saint-priest",
        vec![Operation::SetHeadcount {
            team: "PAPH-SP".into(),
            agents: 10,
        }],
    );
    document.training = Some(SavedTraining {
        exercise: SavedExercise::Builtin("pic-autonomie-saint-priest".into()),
        hints_shown: 2,
        debrief: true,
    });
    let text = document.to_json();
    assert!(text.contains(
        r#""training":{"exercise":{"builtin":"pic-autonomie-saint-priest"},"hints_shown":2,"debrief":true}"#
    ));
    let read = Document::read(&text, Lang::Fr).unwrap();
    assert_eq!(read, document);
    let restored = restore(&read).unwrap();
    let (exercise, saved) = restored.training.expect("the exercise comes back");
    assert_eq!(exercise.id, "pic-autonomie-saint-priest");
    assert_eq!((saved.hints_shown, saved.debrief), (2, true));
    assert_eq!(*restored.bases[0].1.territory, *exercise.start());
    assert_eq!(restored.scenarios[0].scenario.operations().len(), 1);
}

#[test]
fn a_trainer_s_exercise_file_is_saved_as_its_text() {
    let text = builtin_file("binome-de-direction")
        .unwrap()
        .replace("\"binome-de-direction\"", "\"mon-binome\"");
    let exercise = load_exercise(&text).unwrap();
    assert!(!exercise.is_builtin());
    let mut document = on_exercise("binome-de-direction", Vec::new());
    document.bases[0].id = format!("{EXERCISE_BASE}mon-binome");
    document.scenarios[0].base = document.bases[0].id.clone();
    document.training = Some(SavedTraining {
        exercise: SavedExercise::File(exercise.source().to_string()),
        hints_shown: 1,
        debrief: false,
    });
    let restored = restore(&Document::read(&document.to_json(), Lang::Fr).unwrap()).unwrap();
    let (again, _) = restored.training.expect("the file comes back");
    assert_eq!(again, exercise);
}

/// An exercise that no longer loads, or whose base is gone, is dropped; the scenarios stay.
#[test]
fn an_exercise_that_cannot_come_back_leaves_the_scenarios_as_they_were() {
    let mut gone = on_exercise("binome-de-direction", Vec::new());
    gone.training = Some(SavedTraining {
        exercise: SavedExercise::Builtin("retired-exercise".into()),
        hints_shown: 0,
        debrief: false,
    });
    let mut damaged = gone.clone();
    damaged.training = Some(SavedTraining {
        exercise: SavedExercise::File("{ not an exercise".into()),
        hints_shown: 0,
        debrief: false,
    });
    let mut elsewhere = Document::single(pda_base(), "A".into(), Vec::new());
    elsewhere.training = Some(SavedTraining {
        exercise: SavedExercise::Builtin("binome-de-direction".into()),
        hints_shown: 0,
        debrief: false,
    });
    for document in [gone, damaged, elsewhere] {
        let restored = restore(&Document::read(&document.to_json(), Lang::Fr).unwrap()).unwrap();
        assert_eq!(restored.training, None);
        assert_eq!(restored.scenarios.len(), 1);
    }
}

/// Version 1 kept no exercise: a page saved during one (its active scenario on a built-in
/// exercise's base) comes back with that exercise under way; any other stays without.
#[test]
fn version_1_is_migrated_with_the_exercise_its_active_scenario_is_on() {
    let version_1 = |document: &Document| {
        document
            .to_json()
            .replacen(r#""version":2"#, r#""version":1"#, 1)
    };
    let during = on_exercise("fin-de-bail-mions", Vec::new());
    let read = Document::read(&version_1(&during), Lang::Fr).unwrap();
    assert_eq!(read.version, VERSION);
    assert_eq!(
        read.training,
        Some(SavedTraining {
            exercise: SavedExercise::Builtin("fin-de-bail-mions".into()),
            hints_shown: 0,
            debrief: false,
        })
    );
    assert_eq!(read.scenarios, during.scenarios);
    let plain = Document::single(pda_base(), "A".into(), Vec::new());
    let read = Document::read(&version_1(&plain), Lang::Fr).unwrap();
    assert_eq!(read.training, None);
    assert_eq!(read, plain);
}

#[test]
fn version_0_is_migrated_to_one_named_scenario() {
    let territory = pda();
    let operation = serde_json::to_string(&move_team(&territory, 0, 3)).unwrap();
    let old =
        r#"{"format":"maillage-scenarios","version":0,"territory":"metropole","operations":[]}"#;
    let document = Document::read(old, Lang::Fr).unwrap();
    assert_eq!(document.version, VERSION);
    assert_eq!(
        document.bases[0].source,
        BaseSource::Embedded(METROPOLE.into())
    );
    assert_eq!(document.bases[0].name, "Métropole de Lyon");
    assert_eq!(document.scenarios[0].name, "Scénario 1");
    let old = format!(
        r#"{{"format":"maillage-scenarios","version":0,"territory":"portes-des-alpes","operations":[{operation}]}}"#
    );
    let document = Document::read(&old, Lang::En).unwrap();
    assert_eq!(document.scenarios[0].name, "Scenario 1");
    let restored = restore(&document).unwrap();
    assert_eq!(restored.scenarios[0].scenario.operations().len(), 1);
}

#[test]
fn foreign_damaged_and_newer_files_are_refused_with_a_message() {
    let cases = [
        ("not json at all", SaveError::NotJson),
        ("[1, 2]", SaveError::Foreign),
        (r#"{"type":"FeatureCollection"}"#, SaveError::Foreign),
        (
            r#"{"format":"maillage-scenarios","version":7}"#,
            SaveError::TooNew { version: 7 },
        ),
        (
            r#"{"format":"maillage-scenarios","version":1,"bases":[],"scenarios":[],"active":0}"#,
            SaveError::NoScenario,
        ),
        (
            r#"{"format":"maillage-scenarios","version":1,"bases":[],"scenarios":[{"name":"x","base":"b","operations":[]}],"active":0}"#,
            SaveError::UnknownBase {
                scenario: "x".into(),
                base: "b".into(),
            },
        ),
        (
            r#"{"format":"maillage-scenarios","version":1,"bases":[{"id":"b","name":"B","embedded":"b"}],"scenarios":[{"name":"x","base":"b","operations":[]}],"active":3}"#,
            SaveError::NoSuchActive { active: 3 },
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            Document::read(text, Lang::Fr),
            Err(expected.clone()),
            "{text}"
        );
        assert!(expected.message(Lang::Fr).contains("rien n'a été changé"));
        assert!(expected.message(Lang::En).contains("nothing was changed"));
    }
    let cut = r#"{"format":"maillage-scenarios","version":1,"bases":"#;
    assert_eq!(Document::read(cut, Lang::Fr), Err(SaveError::NotJson));
    let wrong_shape =
        r#"{"format":"maillage-scenarios","version":1,"bases":{},"scenarios":[],"active":0}"#;
    assert!(matches!(
        Document::read(wrong_shape, Lang::Fr),
        Err(SaveError::Malformed { .. })
    ));
}

#[test]
fn restore_refuses_an_unknown_territory_bad_csv_and_operations_that_no_longer_apply() {
    let mut document = Document::single(
        SavedBase {
            id: "x".into(),
            name: "X".into(),
            source: BaseSource::Embedded("atlantis".into()),
        },
        "S".into(),
        vec![],
    );
    assert_eq!(
        restore(&document),
        Err(SaveError::UnknownTerritory {
            key: "atlantis".into()
        })
    );
    let mut files = write_territory(&pda());
    files.insert("teams.csv".into(), "team_id,name\nT1,x\n".into());
    document.bases[0].source = BaseSource::Files(files);
    let refused = restore(&document).unwrap_err();
    assert!(refused.message(Lang::Fr).contains("teams.csv"), "{refused}");
    let mut document = Document::single(pda_base(), "S".into(), vec![]);
    document.scenarios[0].operations.push(Operation::MoveTeam {
        team: "nobody".into(),
        to_site: "nowhere".into(),
    });
    let refused = restore(&document).unwrap_err();
    assert!(matches!(refused, SaveError::Replay { .. }));
    assert!(refused.message(Lang::Fr).contains("opération n° 1"));
}

#[test]
fn a_share_link_carries_the_scenario_in_a_short_url_safe_fragment() {
    let territory = pda();
    let operations: Vec<_> = (0..6).map(|i| move_team(&territory, i, i + 7)).collect();
    let document = Document::single(pda_base(), "Partagé <b>é</b> \u{202e}".into(), operations);
    let fragment = link::encode(&document);
    assert!(fragment.starts_with("#s="));
    assert!(fragment[3..]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert!(
        fragment.len() < document.to_json().len(),
        "deflate makes the link shorter than the JSON: {} ≥ {}",
        fragment.len(),
        document.to_json().len()
    );
    assert_eq!(link::decode(&fragment, Lang::Fr).unwrap(), document);
    assert_eq!(link::decode(&fragment[3..], Lang::Fr).unwrap(), document);
    for bad in ["#s=", "#s=!!!!", "#s=AAAA", "#s=eJzLSM3JyQcABiwCFQ"] {
        assert_eq!(
            link::decode(bad, Lang::Fr),
            Err(SaveError::BadLink),
            "{bad}"
        );
    }
}

#[test]
fn a_tiny_link_that_would_inflate_to_gigabytes_is_refused() {
    // 64 MiB of zeros deflate to about 64 KiB; the reader stops at its limit instead.
    let zeros = vec![b' '; 64 * 1024 * 1024];
    let packed = compress_to_vec(&zeros, 9);
    let fragment = format!("#s={}", link_base64(&packed));
    assert_eq!(link::decode(&fragment, Lang::En), Err(SaveError::BadLink));
}

use miniz_oxide::deflate::compress_to_vec;

fn link_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn any_operation() -> impl Strategy<Value = Operation> {
    let text = || "\\PC{0,12}";
    prop_oneof![
        (text(), text()).prop_map(|(team, to_site)| Operation::MoveTeam { team, to_site }),
        (text(), any::<i64>()).prop_map(|(team, agents)| Operation::SetHeadcount { team, agents }),
        (
            text(),
            text(),
            -90.0..90.0f64,
            -180.0..180.0f64,
            any::<u32>()
        )
            .prop_map(|(id, name, lat, lon, capacity)| Operation::OpenSite {
                id,
                name,
                lat,
                lon,
                capacity
            }),
        (text(), vec((text(), text()), 0..3))
            .prop_map(|(site, relocate)| Operation::CloseSite { site, relocate }),
    ]
}

fn any_entry() -> impl Strategy<Value = Entry> {
    ("\\PC{0,40}", vec(any_operation(), 0..5)).prop_map(|(name, operations)| Entry {
        name,
        base: PORTES_DES_ALPES.into(),
        operations,
    })
}

fn any_document() -> impl Strategy<Value = Document> {
    (
        vec(any_entry(), 1..4),
        vec(any_entry(), 0..2),
        any::<usize>(),
        proptest::option::of(any_training()),
    )
        .prop_map(|(scenarios, trash, active, training)| Document {
            format: FORMAT.into(),
            version: VERSION,
            bases: vec![pda_base()],
            active: active % scenarios.len(),
            scenarios,
            trash,
            training,
            group: None,
            timeline: Vec::new(),
        })
}

fn any_training() -> impl Strategy<Value = SavedTraining> {
    (
        prop_oneof![
            "\\PC{0,12}".prop_map(SavedExercise::Builtin),
            "\\PC{0,200}".prop_map(SavedExercise::File),
        ],
        0usize..6,
        any::<bool>(),
    )
        .prop_map(|(exercise, hints_shown, debrief)| SavedTraining {
            exercise,
            hints_shown,
            debrief,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_document_reads_back_equal(document in any_document()) {
        prop_assert_eq!(Document::read(&document.to_json(), Lang::Fr).unwrap(), document);
    }

    #[test]
    fn any_document_comes_back_equal_through_a_share_link(document in any_document()) {
        prop_assert_eq!(link::decode(&link::encode(&document), Lang::En).unwrap(), document);
    }

    #[test]
    fn valid_scenarios_restore_to_the_same_territories(
        moves in vec(vec((0usize..100, 0usize..100), 0..6), 1..4),
    ) {
        let territory = pda();
        let mut scenarios = Vec::new();
        for (i, list) in moves.iter().enumerate() {
            // Keep only the moves that apply, in order, as a user's scenario would.
            let mut scenario = Scenario::new(Rc::clone(&territory));
            for &(t, s) in list {
                let _ = scenario.apply(move_team(&territory, t, s));
            }
            scenarios.push((format!("S{i}"), scenario));
        }
        let mut document = Document::single(pda_base(), String::new(), vec![]);
        document.scenarios = scenarios
            .iter()
            .map(|(name, s)| Entry { name: name.clone(), base: PORTES_DES_ALPES.into(), operations: s.operations().to_vec() })
            .collect();
        let restored = restore(&Document::read(&document.to_json(), Lang::Fr).unwrap()).unwrap();
        for ((_, original), back) in scenarios.iter().zip(&restored.scenarios) {
            prop_assert_eq!(original.current(), back.scenario.current());
        }
    }
}
