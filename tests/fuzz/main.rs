//! Fuzzing the three readers of outside input (issue 5): the saved-scenarios JSON reader, the
//! territory CSV reader and the share-link reader, with proptest over arbitrary and mutated input.
//! Each must return an error, never panic.
//!
//! Cases per target: `MAILLAGE_FUZZ_CASES` (default 2,000, what CI runs). The million-input run:
//! `MAILLAGE_FUZZ_CASES=170000 cargo test --release --test fuzz -- --nocapture` (6 targets).

use std::collections::BTreeMap;
use std::time::Instant;

use base64::Engine;
use maillage::engine::io::read_territory;
use maillage::engine::lang::Lang;
use maillage::engine::operations::Operation;
use maillage::engine::saved::{self, link, BaseSource, Document, SavedBase};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

fn cases() -> u32 {
    std::env::var("MAILLAGE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

/// Runs `check` on `cases()` inputs of `strategy`; prints how many and how long.
fn fuzz<S: Strategy>(name: &str, strategy: S, check: impl Fn(S::Value)) {
    let config = Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    };
    let start = Instant::now();
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |input| {
        check(input);
        Ok(())
    });
    eprintln!(
        "fuzz {name}: {} inputs in {:.1} s, {}",
        cases(),
        start.elapsed().as_secs_f64(),
        if result.is_ok() { "no panic" } else { "FAILED" }
    );
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
}

/// A small territory (three zones, two sites, one service, two posts, two teams).
fn small_territory() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    files.insert("zones.csv".into(), "zone_id,name,commune,lat,lon,population\nZ1,Centre,Villeneuve,45.70,4.90,1200\nZ2,Nord,Villeneuve,45.72,4.91,800\nZ3,Sud,Villeneuve,45.68,4.89,600\n".into());
    files.insert(
        "sites.csv".into(),
        "site_id,name,lat,lon,capacity\nS1,Mairie,45.70,4.90,50\nS2,Annexe,45.72,4.92,30\n".into(),
    );
    files.insert("services.csv".into(), "service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\nCOL,Collecte,urban,20,10,15\n".into());
    files.insert(
        "managers.csv".into(),
        "manager_id,name,role,reports_to\nDIR,Direction,director,\nCHEF,Chef,head,DIR\n".into(),
    );
    files.insert("teams.csv".into(), "team_id,name,service_id,site_id,agents,manager_id\nT1,Centre,COL,S1,3,CHEF\nT2,Nord,COL,S2,2,CHEF\n".into());
    files.insert(
        "travel_times.csv".into(),
        "zone_id,site_id,minutes\nZ1,S2,7.5\n".into(),
    );
    files
}

/// A valid saved document: the small territory imported, two scenarios.
fn valid_document() -> String {
    let base = SavedBase {
        id: "import-1".into(),
        name: "Villeneuve".into(),
        source: BaseSource::Files(small_territory()),
    };
    let mut document = Document::single(
        base,
        "Déplacer".into(),
        vec![Operation::MoveTeam {
            team: "T1".into(),
            to_site: "S2".into(),
        }],
    );
    document.scenarios.push(saved::Entry {
        name: "Effectif".into(),
        base: "import-1".into(),
        operations: vec![Operation::SetHeadcount {
            team: "T2".into(),
            agents: 4,
        }],
    });
    document.to_json()
}

/// Edits of a text: at each (position, byte) the byte is overwritten, inserted or the text cut.
fn mutated(text: String) -> impl Strategy<Value = String> {
    let len = text.len().max(1);
    vec((0..len, any::<u8>(), 0u8..4), 1..8).prop_map(move |edits| {
        let mut bytes = text.clone().into_bytes();
        for (at, byte, how) in edits {
            let at = at.min(bytes.len());
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                2 if at < bytes.len() => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// A saved document must be refused or restored, never panic.
fn read_and_restore(text: &str) {
    if let Ok(document) = Document::read(text, Lang::Fr) {
        let _ = saved::restore(&document);
    }
}

#[test]
fn the_saved_json_reader_never_panics_on_arbitrary_bytes() {
    fuzz("json/arbitrary", vec(any::<u8>(), 0..512), |bytes| {
        read_and_restore(&String::from_utf8_lossy(&bytes))
    });
}

#[test]
fn the_saved_json_reader_never_panics_on_a_damaged_save() {
    fuzz("json/mutated", mutated(valid_document()), |text| {
        read_and_restore(&text)
    });
}

#[test]
fn the_csv_reader_never_panics_on_arbitrary_text_in_any_file() {
    let names: Vec<String> = small_territory().into_keys().collect();
    fuzz(
        "csv/arbitrary",
        (
            0..names.len(),
            "\\PC{0,200}|[,;\"\\n\\r0-9a-zA-Z.\\-]{0,200}",
        ),
        |(file, text)| {
            let mut files = small_territory();
            files.insert(names[file].clone(), text);
            let _ = read_territory(&files);
        },
    );
}

#[test]
fn the_csv_reader_never_panics_on_damaged_files() {
    let names: Vec<String> = small_territory().into_keys().collect();
    let strategy = (0..names.len()).prop_flat_map(move |file| {
        let name = names[file].clone();
        let text = small_territory()[&name].clone();
        mutated(text).prop_map(move |damaged| (name.clone(), damaged))
    });
    fuzz("csv/mutated", strategy, |(name, text)| {
        let mut files = small_territory();
        files.insert(name, text);
        if let Ok(loaded) = read_territory(&files) {
            // What is read must also be fit to evaluate.
            let _ = maillage::engine::metrics::evaluate(&loaded.territory);
        }
    });
}

#[test]
fn the_link_reader_never_panics_on_arbitrary_text() {
    fuzz(
        "link/arbitrary",
        "(#s=)?[A-Za-z0-9_=\\-]{0,300}|\\PC{0,100}",
        |text| {
            let _ = link::decode(&text, Lang::En);
        },
    );
}

#[test]
fn the_link_reader_never_panics_on_deflated_damage() {
    // Damaged JSON, deflated and encoded as a link: reaches inflate and the document reader;
    // arbitrary bytes as the compressed part reach inflate's own checks.
    let strategy = prop_oneof![
        mutated(valid_document())
            .prop_map(|json| miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6)),
        vec(any::<u8>(), 0..400),
    ];
    fuzz("link/deflated", strategy, |packed| {
        let fragment = format!(
            "#s={}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
        );
        if let Ok(document) = link::decode(&fragment, Lang::Fr) {
            let _ = saved::restore(&document);
        }
    });
}

#[test]
fn the_valid_inputs_used_above_are_read() {
    assert!(read_territory(&small_territory()).is_ok());
    let document = Document::read(&valid_document(), Lang::Fr).unwrap();
    assert_eq!(saved::restore(&document).unwrap().scenarios.len(), 2);
    assert!(link::decode(&link::encode(&document), Lang::Fr).is_ok());
}
