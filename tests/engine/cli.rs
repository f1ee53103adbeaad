//! The command-line tool, run as a user would: `maillage evaluate DIR`.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::small_files;

/// A fresh folder under the system's temporary directory, unique to this test run.
fn temp_folder(files: &[(&str, &str)]) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("maillage-cli-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    }
    dir
}

fn maillage(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(args)
        .env("LANG", "fr_FR.UTF-8")
        .output()
        .unwrap_or_else(|e| panic!("cannot run maillage: {e}"))
}

#[test]
fn evaluate_prints_the_json_of_model_md() {
    let dir = temp_folder(&small_files());
    let output = maillage(&["evaluate", dir.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("not JSON: {e}"));
    assert_eq!(json["services"]["K1"]["demand"], 72.0);
    assert_eq!(json["services"]["K1"]["share_within"], 0.5);
    assert_eq!(json["teams"]["T1"]["load"], 3.0);
    assert_eq!(json["managers"]["H"]["span"], 3);
    assert_eq!(json["layers"], 4);
    // The site over capacity is reported on standard error, not in the JSON.
    assert!(String::from_utf8_lossy(&output.stderr).contains("S2"));
}

#[test]
fn a_bad_folder_exits_non_zero_with_the_place_of_the_fault() {
    let mut files = small_files();
    for pair in &mut files {
        if pair.0 == "teams.csv" {
            pair.1 = "team_id,name,service_id,site_id,agents,manager_id\nT1,a,K1,D12,3,L1\n";
        }
    }
    let dir = temp_folder(&files);
    let output = maillage(&["evaluate", dir.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "teams.csv, ligne 2, colonne site_id : le site « D12 » n'existe pas dans sites.csv"
        ),
        "{stderr}"
    );
}

#[test]
fn a_missing_folder_or_bad_arguments_exit_non_zero() {
    assert!(!maillage(&["evaluate", "/nonexistent/maillage"])
        .status
        .success());
    let usage = maillage(&["frobnicate"]);
    assert!(!usage.status.success());
    assert!(String::from_utf8_lossy(&usage.stderr).contains("usage"));
}

#[test]
fn an_exported_territory_evaluates_and_reads_back_equal_to_the_embedded_one() {
    let dir = temp_folder(&[]);
    let path = dir.to_str().unwrap_or_default();
    let export = maillage(&["export", "portes-des-alpes", path]);
    assert!(
        export.status.success(),
        "{}",
        String::from_utf8_lossy(&export.stderr)
    );
    let evaluated = maillage(&["evaluate", path]);
    let mut files = maillage::engine::io::TerritoryFiles::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        files.insert(
            name,
            std::fs::read_to_string(entry.path()).unwrap_or_default(),
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        evaluated.status.success(),
        "{}",
        String::from_utf8_lossy(&evaluated.stderr)
    );
    let embedded = maillage::engine::embedded::by_key("portes-des-alpes")
        .map(|e| maillage::engine::io::read_territory(&e.files).map(|l| l.territory));
    let exported = maillage::engine::io::read_territory(&files).map(|l| l.territory);
    assert_eq!(exported.ok(), embedded.and_then(Result::ok));
    assert!(!maillage(&["export", "atlantide", "/tmp/never"])
        .status
        .success());
}

/// A reader that stops after the first bytes (`maillage evaluate DIR | head`) must not make the
/// tool panic: it used to, through `println!` on a closed pipe.
#[test]
fn a_reader_that_stops_early_is_not_a_panic() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = temp_folder(&[]);
    let path = dir.to_str().unwrap_or_default();
    assert!(maillage(&["export", "metropole", path]).status.success());
    let mut child = Command::new(env!("CARGO_BIN_EXE_maillage"))
        .args(["evaluate", path])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tool starts");
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().expect("piped");
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout); // the reader goes away, as `head` does, long before the Métropole's JSON ends
    let output = child.wait_with_output().expect("the tool ends");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(output.status.success(), "{stderr}");
}
