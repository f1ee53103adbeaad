//! The Simulation tab rendered natively (issue 6): its parameters explained in both languages,
//! the charts, readings and tables drawn from the engine's figures, and the worker's batched job
//! giving exactly the engine's result.

use std::rc::Rc;

use maillage::engine::embedded;
use maillage::engine::io::read_territory;
use maillage::engine::lang::Lang;
use maillage::engine::model::Territory;
use maillage::engine::operations::Operation;
use maillage::engine::saved::BaseSource;
use maillage::engine::scenario::Scenario;
use maillage::engine::simulation::{simulate, SimulationError, SimulationParams};
use maillage::ui::i18n::Text;
use maillage::ui::simulation::params::{drafts_of, read_drafts, Field};
use maillage::ui::simulation::reading::backlog_sentence;
use maillage::ui::simulation::results::data_url;
use maillage::ui::simulation::runner::{Outcome, ScenarioKey};
use maillage::ui::simulation::texts::SimText;
use maillage::ui::simulation::worker::{Job, JobRun, Update};
use maillage::ui::simulation::{
    DifferenceSaid, Results, ResultsProps, SimulationPanel, SimulationProvider,
};
use maillage::ui::state::{Action, Workspace, WorkspaceHandle};
use yew::prelude::*;

use crate::render;

fn portes_des_alpes() -> Territory {
    read_territory(&embedded::portes_des_alpes().files)
        .expect("the embedded territory reads")
        .territory
}

/// Portes des Alpes with its first team moved to another site: a change to absorb.
fn moved() -> Scenario {
    let base = portes_des_alpes();
    let team = base.teams[0].clone();
    let site = base
        .sites
        .iter()
        .find(|s| s.id != base.site(team.site).id)
        .expect("another site")
        .id
        .clone();
    let mut scenario = Scenario::new(base);
    scenario
        .apply(Operation::MoveTeam {
            team: team.id,
            to_site: site,
        })
        .expect("the move is accepted");
    scenario
}

fn small_params() -> SimulationParams {
    SimulationParams {
        months: 12,
        runs: 40,
        seed: 7,
        change_month: 3,
        ..SimulationParams::default()
    }
}

/// What the worker would send back for `scenario`, computed here at once by the engine.
fn outcome(scenario: Scenario, params: &SimulationParams) -> Rc<Outcome> {
    let base = scenario.base().clone();
    let current = scenario.current().clone();
    let changed = base != current;
    Rc::new(Outcome {
        params: params.clone(),
        territory_absence: base.territory_usual_absence(),
        name: "Scénario 1".into(),
        services: current
            .services
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect(),
        base: simulate(&base, &base, params).expect("a simulation"),
        scenario: changed.then(|| simulate(&base, &current, params).expect("a simulation")),
        scenario_key: ScenarioKey(Rc::new(scenario)),
    })
}

/// What the tab says first: the difference the scenario makes.
fn difference(outcome: Rc<Outcome>, lang: Lang) -> String {
    render::<DifferenceSaid>(ResultsProps {
        outcome,
        lang,
        stale: false,
    })
}

fn results(outcome: Rc<Outcome>, lang: Lang) -> String {
    render::<Results>(ResultsProps {
        outcome,
        lang,
        stale: false,
    })
}

#[test]
fn each_service_gets_a_chart_with_its_reading_and_a_table_in_french() {
    let params = small_params();
    let outcome = outcome(moved(), &params);
    let html = results(Rc::clone(&outcome), Lang::Fr);
    for (id, name) in &outcome.services {
        let series = &outcome.base.services[id];
        let sentence = backlog_sentence(Lang::Fr, name, params.months, series);
        assert!(
            html.contains(&sentence.replace('\'', "&#39;")) || html.contains(&sentence),
            "reading of {id} missing: {sentence}"
        );
    }
    let charts = html.matches("class=\"backlog-chart\"").count();
    assert_eq!(charts, outcome.services.len(), "one chart per service");
    assert_eq!(
        html.matches("role=\"img\"").count(),
        charts,
        "each chart is an image with a name"
    );
    assert_eq!(
        html.matches("<details class=\"sim-table\"").count(),
        charts,
        "each chart has its table"
    );
    assert!(
        html.contains("changement (mois 3)"),
        "the change month is marked in words"
    );
    assert!(
        html.contains("Unités en attente") && html.contains(">Mois<"),
        "both axes say what they measure"
    );
    assert!(html.contains("Sans changement") && html.contains("Avec les changements du scénario"));
    assert!(html.contains("class=\"median\""));
    assert!(html.contains("class=\"band\""));
    assert!(html.contains(
        "12 mois, 40 tirages, changement au mois 3, absence habituelle 0,08, perte 0,25"
    ));
}

#[test]
fn the_charts_and_readings_speak_english_when_asked() {
    let params = small_params();
    let html = results(outcome(moved(), &params), Lang::En);
    assert!(html.contains("change (month 3)"));
    assert!(html.contains("Units waiting") && html.contains(">Month<"));
    assert!(
        html.contains("With the scenario&#39;s changes")
            || html.contains("With the scenario's changes")
    );
    assert!(html.contains("usual absence 0.08, dip 0.25"));
    assert!(html.contains("The backlog of “") || html.contains("” is stable"));
    assert!(!html.contains("Sans changement"));
}

/// Portes des Alpes with a child-protection team (a strained service) moved to another site.
fn child_protection_moved() -> Scenario {
    let mut scenario = Scenario::new(portes_des_alpes());
    scenario
        .apply(Operation::MoveTeam {
            team: "ASE-SP1".into(),
            to_site: "MDM-BR".into(),
        })
        .expect("the move is accepted");
    scenario
}

/// The first sentence says what the change does against doing nothing, service by service; the
/// services it leaves alone are summed up in one line, and their charts mark no change.
#[test]
fn the_first_sentence_names_the_difference_a_moved_team_makes() {
    let params = SimulationParams {
        months: 12,
        runs: 60,
        ..SimulationParams::default()
    };
    let outcome = outcome(child_protection_moved(), &params);
    let said = difference(Rc::clone(&outcome), Lang::Fr);
    let first = said
        .split("<div class=\"sim-difference\"><p><strong>")
        .nth(1)
        .and_then(|rest| rest.split("</strong>").next())
        .expect("a first sentence");
    assert!(
        first.starts_with(
            "Par rapport à ne rien changer\u{a0}: «\u{a0}Protection de l'enfance (ASE)\u{a0}», "
        ),
        "{first}"
    );
    assert!(
        first.contains(
            " unités de plus en attente au mois 12, un retard pas rattrapé en 12\u{a0}mois."
        ),
        "{first}"
    );
    assert!(said.contains("<p>Les 7 autres services ne sont pas touchés par le scénario.</p>"));
    let html = results(Rc::clone(&outcome), Lang::Fr);
    // Only the touched service's chart marks the change; the others read once, for both.
    assert_eq!(html.matches("class=\"change-marker\"").count(), 1);
    assert_eq!(
        html.matches("<p class=\"sim-reading\">Avec ou sans le scénario\u{a0}: ")
            .count(),
        7
    );
    assert!(html.contains("Avec les changements du scénario\u{a0}: La file d'attente du service «\u{a0}Protection de l'enfance (ASE)"));
    let english = difference(outcome, Lang::En);
    assert!(english.contains("Against doing nothing: “Protection de l'enfance (ASE)”, "));
    assert!(english.contains("more units waiting in month 12, not made up within 12 months."));
    assert!(english.contains("The other 7 services are not touched by the scenario."));
}

#[test]
fn a_move_absorbed_by_a_service_with_room_says_so() {
    let params = small_params();
    let outcome = outcome(moved(), &params);
    let html = difference(outcome, Lang::Fr);
    assert!(
        html.contains("Par rapport à ne rien changer\u{a0}: «\u{a0}Collecte des déchets\u{a0}», pas de travail de plus en attente."));
}

#[test]
fn a_scenario_equal_to_the_base_draws_one_curve_and_says_why() {
    let params = small_params();
    let outcome = outcome(Scenario::new(portes_des_alpes()), &params);
    assert!(outcome.scenario.is_none());
    let html = results(Rc::clone(&outcome), Lang::Fr);
    assert!(html.contains("Le scénario ne change rien"));
    assert!(!html.contains("class=\"curve scenario\""));
    // Nothing changed: no change month marked, on the charts or in the legend.
    assert!(!html.contains("change-marker"));
    assert!(!html.contains("le mois du changement"));
    assert!(!difference(outcome, Lang::Fr).contains("sim-difference"));
    assert!(html.contains("class=\"curve base\""));
}

#[test]
fn the_table_gives_every_month_of_every_percentile() {
    let params = small_params();
    let outcome = outcome(moved(), &params);
    let html = results(Rc::clone(&outcome), Lang::En);
    let (id, _) = &outcome.services[0];
    let rows = html.matches("<th scope=\"row\">").count();
    assert_eq!(rows, outcome.services.len() * params.months as usize);
    let median = outcome.base.services[id].backlog.p50[params.months as usize - 1];
    let shown = maillage::ui::i18n::format_decimal(Lang::En, median, 0);
    assert!(html.contains(&format!("<td class=\"number\">{shown}</td>")));
    assert!(html.contains("10th pct.") && html.contains("Median") && html.contains("90th pct."));
}

#[test]
fn the_export_link_holds_the_json_of_maillage_simulate() {
    let params = small_params();
    let outcome = outcome(moved(), &params);
    let html = results(Rc::clone(&outcome), Lang::Fr);
    let expected = serde_json::to_string_pretty(&outcome.base.to_model_json()).unwrap() + "\n";
    let url = data_url(&expected);
    assert!(url.starts_with("data:application/json;charset=utf-8,"));
    assert!(!url.contains('\n') && !url.contains('#') && !url.contains(' '));
    assert_eq!(
        decode(&url["data:application/json;charset=utf-8,".len()..]),
        expected
    );
    assert!(html.contains("download=\"simulation-sans-changement.json\""));
    assert!(html.contains("download=\"simulation-scenario.json\""));
    assert!(html.contains("Exporter le résultat du scénario (JSON)"));
}

/// Undoes the percent-escapes of a data URL.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// A service's series with this backlog and a steady demand.
fn series(
    backlog: maillage::engine::simulation::Percentiles,
    demand: f64,
) -> maillage::engine::simulation::ServiceSeries {
    let months = backlog.p50.len();
    maillage::engine::simulation::ServiceSeries {
        backlog,
        demand_mean: vec![demand; months],
        capacity_mean: vec![demand; months],
    }
}

#[test]
fn readings_cover_clearing_and_the_never_within_the_horizon_case() {
    use maillage::engine::simulation::Percentiles;
    let cleared = series(
        Percentiles {
            p10: vec![0.0; 4],
            p50: vec![5.0, 2.0, 0.0, 0.0],
            p90: vec![9.0, 4.0, 1.0, 0.0],
        },
        10.0,
    );
    assert_eq!(
        backlog_sentence(Lang::Fr, "Protection de l'enfance", 4, &cleared),
        "La file d'attente du service «\u{a0}Protection de l'enfance\u{a0}» revient à zéro au mois 4 dans 9 cas sur 10. Au plus haut, au mois 1, la médiane atteint 5 unités en attente."
    );
    assert_eq!(
        backlog_sentence(Lang::En, "Child protection", 4, &cleared),
        "The backlog of “Child protection” is back to zero by month 4 in 9 cases out of 10. At its highest, in month 1, the median reaches 5 units waiting."
    );
    let growing = series(
        Percentiles {
            p10: vec![1.0, 2000.0],
            p50: vec![2.0, 2500.0],
            p90: vec![3.0, 3100.0],
        },
        1000.0,
    );
    assert_eq!(
        backlog_sentence(Lang::Fr, "Voirie", 2, &growing),
        "La file d'attente du service «\u{a0}Voirie\u{a0}» n'est jamais résorbée en 2 mois\u{a0}: au mois 2, il reste de 2\u{202F}000 à 3\u{202F}100 unités en attente dans 8 cas sur 10."
    );
    assert_eq!(
        backlog_sentence(Lang::En, "Roads", 2, &growing),
        "The backlog of “Roads” is never cleared within 2 months: in month 2, 2,000 to 3,100 units still wait in 8 cases out of 10."
    );
    let none = series(
        Percentiles {
            p10: vec![0.0; 3],
            p50: vec![0.0; 3],
            p90: vec![0.0; 3],
        },
        100.0,
    );
    assert!(backlog_sentence(Lang::Fr, "PMI", 3, &none)
        .starts_with("Le service «\u{a0}PMI\u{a0}» est stable\u{a0}: pas de file d'attente"));
    // A backlog that comes and goes within a tenth of a month of demand is called stable, plainly.
    let small = series(
        Percentiles {
            p10: vec![0.0; 3],
            p50: vec![3.0, 0.0, 8.0],
            p90: vec![9.0, 6.0, 14.0],
        },
        100.0,
    );
    assert_eq!(
        backlog_sentence(Lang::Fr, "Collecte", 3, &small),
        "Le service «\u{a0}Collecte\u{a0}» est stable\u{a0}: sa file d'attente médiane reste sous 0,1\u{a0}mois de demande pendant les 3 mois (au plus 8 unités en attente)\u{a0}; elle se forme et se résorbe au gré des absences et de la demande."
    );
    let rare = series(
        Percentiles {
            p10: vec![0.0; 3],
            p50: vec![0.0; 3],
            p90: vec![0.0, 4.0, 2.0],
        },
        100.0,
    );
    assert_eq!(
        backlog_sentence(Lang::En, "Street cleaning", 3, &rare),
        "“Street cleaning” is stable: its median backlog stays at zero through the 3 months; in the least favourable runs (1 in 10), some work waits at times, as absence and demand vary."
    );
    assert_eq!(
        backlog_sentence(Lang::En, "Waste collection", 3, &small),
        "“Waste collection” is stable: its median backlog stays under 0.1 month of demand through the 3 months (at most 8 units waiting); it forms and clears as absence and demand vary."
    );
}

#[test]
fn typed_parameters_are_read_in_either_language_and_refused_by_field() {
    let defaults = SimulationParams::default();
    let fr = drafts_of(&defaults, 0.08, Lang::Fr);
    assert!(fr.contains(&"0,08".to_owned()) && fr.contains(&"0,25".to_owned()));
    assert_eq!(read_drafts(&fr, 0.08), Ok(defaults.clone()));
    assert_eq!(
        read_drafts(&drafts_of(&defaults, 0.08, Lang::En), 0.08),
        Ok(defaults.clone())
    );
    // The field starts from the territory's rate, and leaves it to the territory unless changed.
    let other = drafts_of(&defaults, 0.1, Lang::Fr);
    assert!(other.contains(&"0,1".to_owned()));
    assert_eq!(read_drafts(&other, 0.1), Ok(defaults.clone()));

    let mut typed = fr.clone();
    let absence = Field::ALL
        .iter()
        .position(|f| *f == Field::Absence)
        .unwrap();
    typed[absence] = "12 %".into();
    assert_eq!(
        read_drafts(&typed, 0.08).map(|p| p.usual_absence),
        Ok(Some(0.12))
    );
    typed[absence] = "beaucoup".into();
    assert_eq!(
        read_drafts(&typed, 0.08),
        Err((Field::Absence, SimText::NotNumber))
    );
    let runs = Field::ALL.iter().position(|f| *f == Field::Runs).unwrap();
    typed = fr.clone();
    typed[runs] = "1,5".into();
    assert_eq!(
        read_drafts(&typed, 0.08),
        Err((Field::Runs, SimText::NotWhole))
    );

    // The engine's own refusals land beside the field they are about.
    assert_eq!(
        Field::of_error(&SimulationError::Dip(2.0)),
        Some(Field::Dip)
    );
    assert_eq!(
        Field::of_error(&SimulationError::ChangeMonth {
            month: 30,
            months: 24
        }),
        Some(Field::ChangeMonth)
    );
    assert_eq!(
        Field::of_error(&SimulationError::TooLarge),
        Some(Field::Runs)
    );
}

/// Portes des Alpes as the saved scenarios name it: by its embedded key.
fn saved_base() -> BaseSource {
    BaseSource::Embedded(embedded::PORTES_DES_ALPES.into())
}

/// Steps a job to its end, checking that its progress only moves forward.
fn run_to_end(job: Job, batch: u32) -> Update {
    let id = job.id;
    let mut run = JobRun::new(job);
    let mut last = 0;
    loop {
        match run.step(batch) {
            Update::Progress { job, done, total } => {
                assert_eq!(job, id);
                assert!(done > last && done <= total, "progress moves forward");
                last = done;
            }
            other => break other,
        }
    }
}

#[test]
fn the_workers_batched_job_gives_exactly_the_engines_figures() {
    let scenario = moved();
    let params = small_params();
    let finished = run_to_end(
        Job {
            id: 9,
            params: params.clone(),
            base_name: "Portes des Alpes".into(),
            base: saved_base(),
            operations: scenario.operations().to_vec(),
        },
        7,
    );
    let Update::Finished {
        job,
        base,
        scenario: changed,
    } = finished
    else {
        panic!("the job finishes: {finished:?}");
    };
    assert_eq!(job, 9);
    assert_eq!(
        base,
        simulate(scenario.base(), scenario.base(), &params).unwrap()
    );
    assert_eq!(
        changed,
        Some(simulate(scenario.base(), scenario.current(), &params).unwrap())
    );
}

#[test]
fn a_job_with_no_change_draws_the_base_once() {
    let params = small_params();
    let job = Job {
        id: 2,
        params: params.clone(),
        base_name: "Portes des Alpes".into(),
        base: saved_base(),
        operations: Vec::new(),
    };
    let mut run = JobRun::new(job.clone());
    assert!(matches!(run.step(1), Update::Progress { total: 40, .. }));
    let Update::Finished { scenario, .. } = run_to_end(job, 1000) else {
        panic!("the job finishes");
    };
    assert_eq!(scenario, None);
}

#[test]
fn a_refused_job_tells_the_page_why() {
    let mut files = embedded::portes_des_alpes().files;
    let services = files.get_mut("services.csv").expect("services.csv");
    *services = services.replacen(",25,38,20", ",25000000000000,38,20", 1);
    let job = Job {
        id: 1,
        params: SimulationParams::default(),
        base_name: "Import".into(),
        base: BaseSource::Files(files),
        operations: Vec::new(),
    };
    assert!(matches!(
        JobRun::new(job).step(1),
        Update::Failed {
            job: 1,
            error: SimulationError::Demand { .. }
        }
    ));
    let unknown = Job {
        id: 3,
        params: SimulationParams::default(),
        base_name: "Portes des Alpes".into(),
        base: saved_base(),
        operations: vec![Operation::MoveTeam {
            team: "no-such-team".into(),
            to_site: "nowhere".into(),
        }],
    };
    let Update::Unreadable { job: 3, reason } = JobRun::new(unknown).step(1) else {
        panic!("a scenario that does not replay is refused");
    };
    assert!(reason[0].contains("no-such-team") && reason[1].contains("no-such-team"));
}

#[derive(Properties, PartialEq)]
struct TabProps {
    workspace: Workspace,
}

/// The tab inside the two contexts the App gives it.
#[function_component(Tab)]
fn tab(props: &TabProps) -> Html {
    let start = props.workspace.clone();
    let workspace = use_reducer(move || start);
    html! {
        <ContextProvider<WorkspaceHandle> context={workspace}>
            <SimulationProvider><SimulationPanel /></SimulationProvider>
        </ContextProvider<WorkspaceHandle>>
    }
}

fn tab_html(workspace: Workspace) -> String {
    render::<Tab>(TabProps { workspace })
}

#[test]
fn every_parameter_is_labelled_and_explained_in_both_languages() {
    let fr = tab_html(Workspace::default_territory(Lang::Fr));
    for field in [
        "sim-months",
        "sim-runs",
        "sim-seed",
        "sim-absence",
        "sim-dip",
        "sim-recovery",
        "sim-change-month",
    ] {
        assert!(
            fr.contains(&format!("<label for=\"{field}\"")),
            "{field} has a label"
        );
        assert!(
            fr.contains(&format!("id=\"{field}-help\"")),
            "{field} has its help"
        );
        assert!(
            fr.contains(&format!("aria-describedby=\"{field}-help\"")),
            "{field}'s help is tied to it"
        );
    }
    assert!(fr.contains("Elrod et Tippett (2002)") && fr.contains("13 des 15 études"));
    assert!(
        fr.contains("value=\"0,08\""),
        "a French fraction is written with a comma"
    );
    assert!(fr.contains("<progress id=\"sim-progress\""));
    assert!(fr.contains("<label for=\"sim-progress\">Avancement de la simulation</label>"));
    assert!(fr.contains("Arrêter la simulation"));
    let en = tab_html(Workspace::default_territory(Lang::En));
    assert!(en.contains("Elrod and Tippett (2002)") && en.contains("13 of the 15 studies"));
    assert!(en.contains("value=\"0.08\""));
    assert!(en.contains("Stop the simulation") && en.contains("Random seed"));
}

#[test]
fn every_simulation_text_exists_in_both_languages() {
    for key in SimText::ALL {
        assert!(
            !key.in_lang(Lang::Fr).trim().is_empty(),
            "{key:?} in French"
        );
        assert!(
            !key.in_lang(Lang::En).trim().is_empty(),
            "{key:?} in English"
        );
    }
}

#[test]
fn a_hostile_service_name_is_shown_as_text_in_the_chart_and_its_table() {
    let params = small_params();
    let mut outcome = (*outcome(moved(), &params)).clone();
    outcome.services[0].1 = "<img src=x onerror=alert(1)> \"quoted\" & 'single'".into();
    let html = results(Rc::new(outcome), Lang::Fr);
    assert!(!html.contains("<img"), "no element comes from a name");
    assert!(html.contains("aria-label=\"File d&#39;attente du service «\u{a0}&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39;\u{a0}»"));
    assert!(html.contains("<caption>Unités en attente à la fin de chaque mois — &lt;img src=x"));
}

#[test]
fn every_scenario_of_the_territory_can_be_simulated_the_active_one_first() {
    let workspace = Workspace::default_territory(Lang::Fr).reduce(Action::NewScenario);
    assert_eq!(workspace.scenarios.len(), 2);
    let html = tab_html(workspace.clone());
    assert!(html.contains("<label for=\"sim-scenario\">Scénario simulé</label>"));
    for scenario in &workspace.scenarios {
        let selected = if scenario.id == workspace.active {
            " selected=\"selected\""
        } else {
            ""
        };
        assert!(
            html.contains(&format!(
                "<option value=\"{}\"{selected}>{}</option>",
                scenario.id, scenario.name
            )),
            "{} is offered",
            scenario.name
        );
    }
}
