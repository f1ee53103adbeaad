//! The facilitator's events (issue 7) on the embedded Portes des Alpes: an absence wave lowers
//! capacity and only capacity, a site made unavailable is a site closed, a demand surge is a
//! demand factor; each is refused like the operation it stands for, and says « Événement » in
//! the journal.

use maillage::engine::embedded;
use maillage::engine::io::{read_territory, write_territory};
use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::Territory;
use maillage::engine::operations::{apply, Event, Operation, OperationError};
use maillage::engine::scenario::Scenario;
use maillage::engine::siting::default_relocation;

use crate::close;

fn portes_des_alpes() -> Territory {
    read_territory(&embedded::portes_des_alpes().files)
        .expect("the embedded territory is valid")
        .territory
}

fn wave(service: Option<&str>, rate: f64) -> Operation {
    Operation::Event(Event::AbsenceWave {
        service: service.map(str::to_string),
        rate,
    })
}

#[test]
fn an_absence_wave_lowers_its_service_s_capacity_by_its_share_and_nothing_else() {
    let start = portes_des_alpes();
    let before = evaluate(&start);
    let k = start.service_ix("paph").expect("the PA-PH service").index();
    let after_wave = apply(&start, &wave(Some("paph"), 0.2)).expect("a 20 % wave is accepted");
    let after = evaluate(&after_wave);
    for (i, (was, now)) in before.services.iter().zip(&after.services).enumerate() {
        if i == k {
            close(now.capacity, 0.8 * was.capacity);
            close(now.load.unwrap(), was.load.unwrap() / 0.8);
            close(
                now.load_with_usual_absence.unwrap(),
                was.load_with_usual_absence.unwrap() / 0.8,
            );
            assert_eq!(now.demand, was.demand, "demand does not change");
        } else {
            assert_eq!(now, was, "other services are untouched");
        }
    }
    // The agents stay on the staff and under their managers: headcount and spans are unchanged.
    assert_eq!(after_wave.total_agents(), start.total_agents());
    assert_eq!(after.max_span, before.max_span);
    assert_eq!(after.mean_span, before.mean_span);
    // A wave ended gives the figures of the start exactly.
    let ended = apply(&after_wave, &wave(Some("paph"), 0.0)).unwrap();
    assert_eq!(ended, start);
    assert_eq!(evaluate(&ended), before);
}

#[test]
fn a_wave_on_every_service_is_set_not_compounded() {
    let start = portes_des_alpes();
    let before = evaluate(&start);
    let once = apply(&start, &wave(None, 0.1)).unwrap();
    let twice = apply(&once, &wave(None, 0.1)).unwrap();
    assert_eq!(once, twice, "the same wave twice is the same territory");
    for (was, now) in before.services.iter().zip(&evaluate(&once).services) {
        close(now.capacity, 0.9 * was.capacity);
    }
    assert_eq!(once.absence_waves.len(), start.services.len());
}

#[test]
fn impossible_rates_and_unknown_services_are_refused_and_change_nothing() {
    let start = portes_des_alpes();
    for rate in [-0.1, 0.95, f64::NAN, f64::INFINITY] {
        match apply(&start, &wave(Some("paph"), rate)) {
            Err(OperationError::BadAbsenceWave { .. }) => {}
            other => panic!("rate {rate} should be refused: {other:?}"),
        }
    }
    let message = apply(&start, &wave(Some("paph"), 0.95))
        .unwrap_err()
        .message(Lang::Fr);
    assert_eq!(
        message,
        "95\u{202F}% n'est pas une part d'agents absents possible : il faut un pourcentage entre 0 et 90\u{202F}%"
    );
    let unknown = apply(&start, &wave(Some("piscine"), 0.2)).unwrap_err();
    assert!(unknown.message(Lang::Fr).contains("piscine"), "{unknown}");
    let mut scenario = Scenario::new(start.clone());
    assert!(scenario.apply(wave(Some("piscine"), 0.2)).is_err());
    assert_eq!(
        scenario.current(),
        &start,
        "a refused event changes nothing"
    );
}

#[test]
fn a_wave_is_kept_in_the_csv_files_and_read_back_equal() {
    let waved = apply(&portes_des_alpes(), &wave(Some("paph"), 0.125)).unwrap();
    let files = write_territory(&waved);
    let services = &files["services.csv"];
    assert!(services.lines().next().unwrap().ends_with(",absence_wave"));
    assert!(services
        .lines()
        .any(|l| l.starts_with("paph,") && l.ends_with(",0.125")));
    assert_eq!(read_territory(&files).unwrap().territory, waved);
    // Without a wave the files are as MODEL.md writes them: no extra column.
    let plain = write_territory(&portes_des_alpes());
    assert!(!plain["services.csv"].contains("absence"));
}

/// services.csv with an absence-wave column named `column`, `rate` on the second service.
fn with_wave_column(column: &str, rate: &str) -> String {
    let services = write_territory(&portes_des_alpes())["services.csv"].clone();
    let mut lines: Vec<String> = services.lines().map(str::to_string).collect();
    lines[0].push(',');
    lines[0].push_str(column);
    for (i, line) in lines.iter_mut().enumerate().skip(1) {
        line.push(',');
        if i == 2 {
            line.push_str(rate);
        }
    }
    lines.join("\n") + "\n"
}

#[test]
fn an_absence_wave_in_services_csv_is_checked_where_it_is_written() {
    let mut files = write_territory(&portes_des_alpes());
    let with_rate = |rate: &str| with_wave_column("absence_wave", rate);
    files.insert("services.csv".into(), with_rate("\"0,2\""));
    let read = read_territory(&files).unwrap().territory;
    assert_eq!(
        read.absence_waves.len(),
        1,
        "a decimal comma is read; blanks are 0"
    );
    close(read.absence_waves[0].rate, 0.2);
    files.insert("services.csv".into(), with_rate("0.95"));
    let error = read_territory(&files).unwrap_err();
    assert_eq!(
        error.message(Lang::Fr),
        "services.csv, ligne 3, colonne absence_wave : « 0.95 » est trop grand"
    );
    files.insert("services.csv".into(), with_rate("-0.1"));
    let error = read_territory(&files).unwrap_err();
    assert!(error
        .message(Lang::En)
        .contains("line 3, column absence_wave"));
}

/// Files written before the usual absence existed named the wave's column `absence_rate`: they
/// read with the same meaning, and a file with both names is refused rather than guessed at.
#[test]
fn the_wave_s_old_column_name_still_reads_as_the_wave() {
    let mut files = write_territory(&portes_des_alpes());
    files.insert(
        "services.csv".into(),
        with_wave_column("absence_rate", "0.2"),
    );
    let old = read_territory(&files).unwrap().territory;
    let mut new_files = files.clone();
    new_files.insert(
        "services.csv".into(),
        with_wave_column("absence_wave", "0.2"),
    );
    let new = read_territory(&new_files).unwrap().territory;
    assert_eq!(old, new);
    assert_eq!(old.absence_waves.len(), 1);
    // The usual absence is the territory's, untouched by the old column.
    assert_eq!(old.territory_usual_absence(), 0.08);
    assert!(old.services.iter().all(|s| s.usual_absence.is_none()));
    let both = with_wave_column("absence_wave", "0.2").replacen(
        ",absence_wave",
        ",absence_wave,absence_rate",
        1,
    );
    files.insert("services.csv".into(), both);
    assert_eq!(
        read_territory(&files).unwrap_err().message(Lang::Fr),
        "services.csv, ligne 1, colonne absence_rate : cette colonne est l'ancien nom de la colonne absence_wave, présente elle aussi : gardez-en une seule"
    );
}

#[test]
fn a_site_made_unavailable_is_a_site_closed_with_the_same_relocation() {
    let start = portes_des_alpes();
    let site = start.site_ix("MDM-MI").expect("the Mions site");
    let relocate = default_relocation(&start, site);
    assert!(!relocate.is_empty(), "the Mions site hosts teams");
    let event = Operation::Event(Event::SiteUnavailable {
        site: "MDM-MI".into(),
        relocate: relocate.clone(),
    });
    let closed = Operation::CloseSite {
        site: "MDM-MI".into(),
        relocate,
    };
    assert_eq!(
        apply(&start, &event).unwrap(),
        apply(&start, &closed).unwrap()
    );
    let mut scenario = Scenario::new(start.clone());
    scenario.apply(event).unwrap();
    let moved: u64 = start
        .teams
        .iter()
        .filter(|t| t.site == site)
        .map(|t| u64::from(t.agents))
        .sum();
    assert_eq!(scenario.change_impact().agents_moved, moved);
    let journal = scenario.journal(Lang::Fr);
    assert!(
        journal[0].starts_with("Événement : le site Maison de la Métropole de Mions"),
        "{journal:?}"
    );
    assert!(journal[0].contains("devient indisponible ; "));
    assert!(scenario.journal(Lang::En)[0].starts_with("Event: site "));
    scenario.undo();
    assert_eq!(scenario.current(), &start, "undo removes the event exactly");
}

#[test]
fn a_demand_surge_is_a_demand_factor_and_reads_as_an_event() {
    let start = portes_des_alpes();
    let surge = Operation::Event(Event::DemandSurge {
        service: "paph".into(),
        commune: Some("Saint-Priest".into()),
        factor: 1.15,
    });
    let factor = Operation::SetDemandFactor {
        service: "paph".into(),
        commune: Some("Saint-Priest".into()),
        factor: 1.15,
    };
    assert_eq!(
        apply(&start, &surge).unwrap(),
        apply(&start, &factor).unwrap()
    );
    let k = start.service_ix("paph").unwrap().index();
    assert!(
        evaluate(&apply(&start, &surge).unwrap()).services[k].demand
            > evaluate(&start).services[k].demand
    );
    let mut scenario = Scenario::new(start);
    scenario.apply(surge).unwrap();
    scenario.apply(wave(Some("paph"), 0.2)).unwrap();
    let journal = scenario.journal(Lang::Fr);
    assert_eq!(
        journal[0],
        "Événement : demande Aide aux personnes âgées et handicapées (PA-PH) à Saint-Priest : +15\u{202F}%"
    );
    assert_eq!(
        journal[1],
        "Événement : vague d'absences, 20\u{202F}% des agents du service Aide aux personnes âgées et handicapées (PA-PH) absents"
    );
}

#[test]
fn a_saved_scenario_with_events_reads_back_the_same() {
    let ops = vec![
        wave(None, 0.05),
        Operation::Event(Event::DemandSurge {
            service: "paph".into(),
            commune: None,
            factor: 1.1,
        }),
    ];
    let text = serde_json::to_string(&ops).unwrap();
    let back: Vec<Operation> = serde_json::from_str(&text).unwrap();
    assert_eq!(back, ops);
}

#[test]
fn events_are_written_in_files_as_the_exercise_format_documents() {
    // docs/exercises.md shows these three forms for an exercise's setup.
    let written = r#"[
        { "Event": { "SiteUnavailable": { "site": "MDM-MI", "relocate": [["ASE-MI", "MDM-SP"]] } } },
        { "Event": { "AbsenceWave": { "service": "paph", "rate": 0.2 } } },
        { "Event": { "AbsenceWave": { "service": null, "rate": 0.08 } } },
        { "Event": { "DemandSurge": { "service": "paph", "commune": "Saint-Priest", "factor": 1.15 } } }
    ]"#;
    let read: Vec<Operation> = serde_json::from_str(written).unwrap();
    assert_eq!(read[1], wave(Some("paph"), 0.2));
    assert_eq!(read[2], wave(None, 0.08));
    assert_eq!(
        read[3],
        Operation::Event(Event::DemandSurge {
            service: "paph".into(),
            commune: Some("Saint-Priest".into()),
            factor: 1.15,
        })
    );
    assert!(
        matches!(&read[0], Operation::Event(Event::SiteUnavailable { site, relocate })
        if site == "MDM-MI" && relocate == &[("ASE-MI".to_string(), "MDM-SP".to_string())])
    );
}
