//! `maillage suggest DIR --service K --sites P [--lock …] [--goal …]`, run as a user would.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::line_files;

/// A fresh folder under the system's temporary directory, unique to this test run.
fn temp_folder(files: &[(&str, &str)]) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("maillage-suggest-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

fn maillage(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(args)
        .env("LANG", lang)
        .output()
        .unwrap_or_else(|e| panic!("cannot run maillage: {e}"))
}

/// Runs `maillage suggest` on the line territory with these arguments.
fn suggest_line(lang: &str, args: &[&str]) -> Output {
    let dir = temp_folder(&line_files());
    let path = dir.to_str().unwrap_or_default().to_string();
    let mut all = vec!["suggest", path.as_str()];
    all.extend_from_slice(args);
    let output = maillage(lang, &all);
    let _ = std::fs::remove_dir_all(&dir);
    output
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"))
}

#[test]
fn suggest_prints_the_json_of_suggest_md() {
    let output = suggest_line(
        "fr_FR.UTF-8",
        &["--service", "K", "--sites", "2", "--goal", "coverage"],
    );
    let json = json(&output);
    assert_eq!(json["service"], "K");
    assert_eq!(json["goal"], "coverage");
    assert_eq!(json["p"], 2);
    assert_eq!(json["locked"], serde_json::json!([]));
    assert_eq!(json["sites"], serde_json::json!(["S2", "S4"]));
    assert_eq!(json["objective"], 4000.0);
    assert_eq!(json["mean_minutes"], 4.0);
    assert_eq!(json["covered"], 1000.0);
    assert_eq!(json["bound"], 1000.0);
    let current = &json["current"];
    assert_eq!(current["sites"], serde_json::json!(["S1", "S5"]));
    assert_eq!(current["objective"], 20000.0);
    assert_eq!(current["mean_minutes"], 20.0);
    assert_eq!(current["covered"], 300.0);
    // More keys: the capacity check names S2.
    assert_eq!(json["over_capacity"], serde_json::json!(["S2"]));
    assert_eq!(json["capacity"][0]["agents_needed"], 6);
    assert_eq!(json["capacity"][0]["room"], 5);
}

#[test]
fn locks_the_default_goal_and_the_default_number_of_sites() {
    // Goal distance by default; S5 locked; as many sites as today (2): S3 and S5.
    let json = json(&suggest_line("C", &["--service", "K", "--lock", "S5"]));
    assert_eq!(json["goal"], "distance");
    assert_eq!(json["p"], 2);
    assert_eq!(json["locked"], serde_json::json!(["S5"]));
    assert_eq!(json["sites"], serde_json::json!(["S3", "S5"]));
    assert_eq!(json["objective"], 8000.0);
    assert_eq!(json["bound"], 8000.0);
}

#[test]
fn refusals_go_to_standard_error_with_nothing_on_standard_output() {
    let cases: [(&[&str], &str, &str); 7] = [
        (
            &["--service", "pmi"],
            "le service « pmi » n'existe pas",
            "there is no service “pmi”",
        ),
        (
            &["--service", "K", "--lock", "S1,S9"],
            "le site « S9 » n'existe pas",
            "there is no site “S9”",
        ),
        (
            &["--service", "K", "--sites", "0"],
            "impossible de choisir 0 sites : il en faut entre 1 et 5",
            "cannot choose 0 sites: the number must be from 1 to 5",
        ),
        (
            &["--service", "K", "--sites", "6"],
            "impossible de choisir 6 sites",
            "cannot choose 6 sites",
        ),
        (
            &["--service", "K", "--sites", "1", "--lock", "S1,S2"],
            "2 sites sont imposés pour 1 sites à choisir",
            "2 sites are locked for 1 sites to choose",
        ),
        (
            &["--service", "K", "--goal", "speed"],
            "--goal : « speed » n'est pas un objectif (distance ou coverage)",
            "--goal: “speed” is not a goal (distance or coverage)",
        ),
        (
            &["--sites", "2"],
            "indiquez le service avec --service",
            "give the service with --service",
        ),
    ];
    for (args, french, english) in cases {
        for (lang, message) in [("fr_FR.UTF-8", french), ("en_GB.UTF-8", english)] {
            let output = suggest_line(lang, args);
            assert!(!output.status.success(), "{args:?} accepted");
            assert!(output.stdout.is_empty(), "{args:?} printed something");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(stderr.contains(message), "{args:?} in {lang}: {stderr}");
        }
    }
    let missing = maillage(
        "fr_FR.UTF-8",
        &["suggest", "/nonexistent/maillage", "--service", "K"],
    );
    assert!(!missing.status.success());
    assert!(missing.stdout.is_empty());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("n'est pas un dossier"));
}

#[test]
fn an_exported_territory_gets_as_many_sites_as_today() {
    let dir = temp_folder(&[]);
    let path = dir.to_str().unwrap_or_default();
    assert!(maillage("C", &["export", "portes-des-alpes", path])
        .status
        .success());
    let output = maillage("C", &["suggest", path, "--service", "pmi"]);
    let _ = std::fs::remove_dir_all(&dir);
    let json = json(&output);
    let today = json["current"]["sites"].as_array().map_or(0, Vec::len);
    assert!(today > 0);
    assert_eq!(json["p"], today);
    assert_eq!(json["sites"].as_array().map_or(0, Vec::len), today);
    // Never worse than today, and the bound on the right side of the value.
    let objective = json["objective"].as_f64().unwrap_or(f64::NAN);
    assert!(objective <= json["current"]["objective"].as_f64().unwrap_or(0.0));
    assert!(json["bound"].as_f64().unwrap_or(f64::NAN) <= objective);
}

#[test]
fn within_room_avoids_the_site_without_room() {
    let json = json(&suggest_line(
        "C",
        &[
            "--service",
            "K",
            "--sites",
            "2",
            "--goal",
            "coverage",
            "--within-room",
        ],
    ));
    assert_eq!(json["within_room"], true);
    assert_eq!(json["sites"], serde_json::json!(["S1", "S4"]));
    assert_eq!(json["covered"], 1000.0);
    assert_eq!(json["over_capacity"], serde_json::json!([]));
}
