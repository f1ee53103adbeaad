//! `maillage simulate`: prints the engine's figures as MODEL.md's JSON; bad arguments or folders exit non-zero with a message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use maillage::engine::simulation::{simulate, SimulationParams};

use crate::{after, before, MANAGERS, SERVICES, SITES, TEAMS, TEAMS_AFTER, ZONES};

/// A fresh folder holding a territory's CSV files, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str, teams: &str) -> Folder {
        let dir =
            std::env::temp_dir().join(format!("maillage-simulate-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temporary folder");
        for (file, text) in [
            ("zones.csv", ZONES),
            ("sites.csv", SITES),
            ("services.csv", SERVICES),
            ("managers.csv", MANAGERS),
            ("teams.csv", teams),
        ] {
            std::fs::write(dir.join(file), text).expect("write a CSV file");
        }
        Folder(dir)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 path")
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn maillage(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(args)
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("the maillage binary runs")
}

fn expected_text(params: &SimulationParams, with_change: bool) -> String {
    let later = if with_change { after() } else { before() };
    let result = simulate(&before(), &later, params).expect("a simulation");
    serde_json::to_string_pretty(&result.to_model_json()).expect("JSON") + "\n"
}

#[test]
fn simulate_prints_the_engine_figures_as_model_json() {
    let folder = Folder::new("one", TEAMS);
    let output = maillage(&[
        "simulate",
        folder.path(),
        "--months",
        "6",
        "--runs",
        "40",
        "--seed",
        "3",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let params = SimulationParams {
        months: 6,
        runs: 40,
        seed: 3,
        ..SimulationParams::default()
    };
    assert_eq!(text, expected_text(&params, false));
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["months"], 6);
    assert_eq!(json["runs"], 40);
    assert_eq!(json["seed"], 3);
    assert_eq!(
        json["services"]["child"]["backlog"]["p50"]
            .as_array()
            .map(Vec::len),
        Some(6)
    );
}

#[test]
fn simulate_a_change_between_two_folders() {
    let (one, two) = (
        Folder::new("before", TEAMS),
        Folder::new("after", TEAMS_AFTER),
    );
    let output = maillage(&[
        "simulate",
        one.path(),
        "--after",
        two.path(),
        "--change-month=3",
        "--months",
        "8",
        "--runs",
        "30",
        "--seed",
        "5",
        "--absence",
        "0.1",
        "--dip",
        "0.4",
        "--recovery",
        "2.5",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let params = SimulationParams {
        months: 8,
        runs: 30,
        seed: 5,
        usual_absence: Some(0.1),
        dip: 0.4,
        recovery_months: 2.5,
        change_month: 3,
    };
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        expected_text(&params, true)
    );
}

fn refused(args: &[&str]) -> String {
    let output = maillage(args);
    assert!(!output.status.success(), "{args:?} should fail");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).expect("UTF-8")
}

#[test]
fn bad_arguments_and_folders_fail_with_a_message() {
    let folder = Folder::new("bad-args", TEAMS);
    let dir = folder.path();
    assert!(refused(&["simulate", dir, "--months", "0"])
        .contains("number of months must be between 1 and 120"));
    assert!(refused(&["simulate", dir, "--change-month", "30"])
        .contains("change month must be between 1 and 24 (not 30)"));
    assert!(refused(&["simulate", dir, "--dip", "1.5"]).contains("dip"));
    assert!(refused(&["simulate", dir, "--runs", "lots"])
        .contains("--runs: “lots” is not a valid number"));
    assert!(refused(&["simulate", dir, "--seed"]).contains("--seed needs a value"));
    assert!(refused(&["simulate", dir, "--colour", "red"]).contains("unknown option --colour"));
    assert!(refused(&["simulate"]).contains("give the folder"));
    let missing = Path::new(dir).join("nowhere");
    assert!(refused(&["simulate", missing.to_str().expect("UTF-8")]).contains("is not a folder"));
    // A folder whose teams.csv is broken: the reader's message, naming file and line.
    let broken = Folder::new(
        "broken",
        "team_id,name,service_id,site_id,agents,manager_id\nt1,A,child,a,-3,h1\n",
    );
    assert!(refused(&["simulate", dir, "--after", broken.path()]).contains("teams.csv"));
}

#[test]
fn messages_follow_lang() {
    let folder = Folder::new("french", TEAMS);
    let output = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["simulate", folder.path(), "--months", "0"])
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .expect("the maillage binary runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains("le nombre de mois doit être entre 1 et 120"));
}
