//! The usual absence (issue 13), a project addition to MODEL.md: the territory's rate in
//! territory.csv, a service's own in services.csv, both checked where they are written and kept
//! through export and import; the load with usual absence beside MODEL.md's load, which does not
//! change; the overloaded teams counted on it; the command line's new keys beside the old ones.

use maillage::engine::io::{read_territory, write_territory, FILE_NAMES};
use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::{ServiceIx, TeamIx};

use crate::{close, small_files, small_with, SERVICES};

fn with(extra: &[(&'static str, &'static str)]) -> maillage::engine::io::TerritoryFiles {
    let mut files = crate::files(&small_files());
    for (name, text) in extra {
        files.insert(name.to_string(), text.to_string());
    }
    files
}

#[test]
fn a_territory_without_it_reads_as_model_md_and_counts_the_default_eight_percent() {
    let territory = crate::small();
    assert_eq!(territory.usual_absence, None);
    assert_eq!(territory.territory_usual_absence(), 0.08);
    let e = evaluate(&territory);
    // MODEL.md's load is unchanged: T1 has 12 units of demand for 3 × 4 = 12 of capacity… (metrics.rs)
    for (team, figures) in territory.teams.iter().zip(&e.teams) {
        match figures.load {
            Some(load) => close(figures.load_with_usual_absence.unwrap(), load / 0.92),
            None => assert_eq!(figures.load_with_usual_absence, None, "{}", team.id),
        }
    }
    close(e.services[0].usual_absence, 0.08);
    close(
        e.services[0].load_with_usual_absence.unwrap(),
        e.services[0].load.unwrap() / 0.92,
    );
    // Nothing new is written for it: the folder stays as MODEL.md writes it.
    let files = write_territory(&territory);
    assert!(!files.contains_key("territory.csv"));
    assert!(!files["services.csv"].contains("usual_absence"));
}

#[test]
fn the_territory_s_rate_and_a_service_s_own_are_read_used_and_written_back() {
    let services = "\
service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes,usual_absence
K1,Collecte,urban,12,4,10,\"0,1\"
K2,Protection de l'enfance,social,5,10,20,
";
    let mut files = with(&[("Territory.csv", "setting,value\nusual_absence,0.05\n")]);
    files.insert("services.csv".into(), services.into());
    let territory = read_territory(&files).expect("valid").territory;
    assert_eq!(territory.usual_absence, Some(0.05));
    assert_eq!(territory.services[0].usual_absence, Some(0.1));
    assert_eq!(territory.services[1].usual_absence, None);
    assert_eq!(territory.service_usual_absence(ServiceIx(0)), 0.1);
    assert_eq!(territory.service_usual_absence(ServiceIx(1)), 0.05);
    let e = evaluate(&territory);
    close(e.services[0].usual_absence, 0.1);
    close(e.services[1].usual_absence, 0.05);
    let t1 = &e.teams[TeamIx(0).index()];
    close(t1.load_with_usual_absence.unwrap(), t1.load.unwrap() / 0.9);
    // Written back and read again: equal.
    let written = write_territory(&territory);
    assert_eq!(
        written["territory.csv"],
        "setting,value\nusual_absence,0.05\n"
    );
    assert!(written["services.csv"].starts_with(
        "service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes,usual_absence\n"
    ));
    assert_eq!(
        read_territory(&written).expect("valid").territory,
        territory
    );
    // Every file the engine writes is one the command line reads from a folder.
    assert!(written
        .keys()
        .all(|name| FILE_NAMES.contains(&name.as_str())));
}

#[test]
fn bad_usual_absences_are_refused_with_their_place() {
    let refused = |files| {
        read_territory(&files)
            .expect_err("refused")
            .message(Lang::Fr)
    };
    assert_eq!(
        refused(with(&[(
            "territory.csv",
            "setting,value\nusual_absence,0.95\n"
        )])),
        "territory.csv, ligne 2, colonne value : « 0.95 » est trop grand"
    );
    assert_eq!(
        refused(with(&[(
            "territory.csv",
            "setting,value\nusual_absence,beaucoup\n"
        )])),
        "territory.csv, ligne 2, colonne value : « beaucoup » n'est pas un nombre"
    );
    assert_eq!(
        refused(with(&[("territory.csv", "setting,value\nabsences,0.1\n")])),
        "territory.csv, ligne 2, colonne setting : « absences » n'est pas un réglage connu (le seul réglage est usual_absence, l'absence habituelle)"
    );
    assert_eq!(
        refused(with(&[(
            "territory.csv",
            "setting,value\nusual_absence,0.1\nusual_absence,0.2\n"
        )])),
        "territory.csv, ligne 3, colonne setting : l'identifiant « usual_absence » est déjà utilisé ligne 2"
    );
    assert_eq!(
        refused(with(&[("territory.csv", "setting\nusual_absence\n")])),
        "territory.csv, ligne 1, colonne value : cette colonne manque dans la ligne d'en-tête"
    );
    let services = SERVICES
        .replacen("catchment_minutes", "catchment_minutes,usual_absence", 1)
        .replacen("10\n", "10,-0.1\n", 1);
    let services: &'static str = Box::leak(services.into_boxed_str());
    assert_eq!(
        refused(small_with("services.csv", services)),
        "services.csv, ligne 2, colonne usual_absence : « -0.1 » est négatif : il faut un nombre positif ou nul"
    );
}

/// `maillage evaluate` reads territory.csv from the folder and adds the new keys; MODEL.md's keys
/// keep their meaning.
#[test]
fn the_command_line_adds_the_load_with_usual_absence_under_new_keys() {
    let dir = std::env::temp_dir().join(format!("maillage-usual-absence-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    for (name, text) in small_files() {
        std::fs::write(dir.join(name), text).expect("write");
    }
    std::fs::write(
        dir.join("territory.csv"),
        "setting,value\nusual_absence,0.2\n",
    )
    .expect("write");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["evaluate", dir.to_str().expect("UTF-8")])
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    // T1's load is 3 (metrics.rs), as MODEL.md defines it; with a fifth of the agents away, 3.75.
    assert_eq!(json["teams"]["T1"]["load"], 3.0);
    close(
        json["teams"]["T1"]["load_with_usual_absence"]
            .as_f64()
            .unwrap(),
        3.75,
    );
    assert_eq!(json["services"]["K1"]["usual_absence"], 0.2);
    close(
        json["services"]["K1"]["load_with_usual_absence"]
            .as_f64()
            .unwrap(),
        json["services"]["K1"]["load"].as_f64().unwrap() / 0.8,
    );
    // K2 has no agent: no load, with or without absence.
    assert!(json["services"]["K2"]["load_with_usual_absence"].is_null());
}

/// The overloaded teams are those whose load with usual absence is above 1: a team at 0.96 of
/// MODEL.md's load is one of them with 8 % of its agents away.
#[test]
fn overloaded_teams_are_counted_on_the_load_with_usual_absence() {
    // K1 at 12.5 units an agent: T1's load is 3 × 4 ÷ 12.5 = 0.96, T2's and T3's 0.72.
    let services: &'static str = Box::leak(
        SERVICES
            .replacen("urban,12,4,10", "urban,12,12.5,10", 1)
            .into_boxed_str(),
    );
    let mut territory = read_territory(&small_with("services.csv", services))
        .expect("valid")
        .territory;
    let e = evaluate(&territory);
    close(e.teams[0].load.unwrap(), 0.96);
    assert_eq!(e.overloaded_teams, vec![TeamIx(0)]);
    // Without any usual absence, the count is that of MODEL.md's load: nobody above 1.
    territory.usual_absence = Some(0.0);
    assert!(evaluate(&territory).overloaded_teams.is_empty());
}
