//! The « Suggérer » panel's job in the app's worker (issue 18), run natively: stepped a batch at a
//! time it gives exactly the engine's `suggest()` for the scenario it rebuilds, and a question the
//! engine refuses comes back as a refusal beside the control it is about.

use maillage::engine::embedded;
use maillage::engine::io::read_territory;
use maillage::engine::lang::Lang;
use maillage::engine::saved::BaseSource;
use maillage::engine::suggest::{suggest, Goal, Request as Question};
use maillage::ui::suggest::job::{Job, Rebuilt, SuggestRun, Update};
use maillage::ui::suggest::state::Field;

fn question(sites: Option<i64>, locked: &[&str], goal: Goal) -> Question {
    Question {
        service: "collecte".into(),
        sites,
        locked: locked.iter().map(|s| s.to_string()).collect(),
        goal,
        within_room: false,
    }
}

fn job(id: u32, question: Question) -> Job {
    Job {
        id,
        base_name: "Portes des Alpes".into(),
        base: BaseSource::Embedded(embedded::PORTES_DES_ALPES.into()),
        operations: Vec::new(),
        question,
    }
}

/// Steps a job to its end, `steps` solver steps per batch, checking the news are about this job.
fn run_to_end(job: Job, steps: u32, rebuilt: &mut Rebuilt) -> (Update, u32) {
    let id = job.id;
    let mut run = SuggestRun::new(job);
    assert_eq!(run.id(), id);
    let mut batches = 0;
    loop {
        batches += 1;
        match run.advance(steps, rebuilt) {
            Update::Progress { job, progress } => {
                assert_eq!(job, id);
                assert!(progress.done <= progress.total.max(progress.done));
            }
            other => break (other, batches),
        }
    }
}

#[test]
fn the_workers_stepped_job_gives_exactly_the_engines_suggestion() {
    let territory = read_territory(&embedded::portes_des_alpes().files)
        .expect("the embedded territory reads")
        .territory;
    let mut rebuilt = Rebuilt::default();
    for (id, asked) in [
        question(None, &[], Goal::Distance),
        question(Some(3), &["CLG-MI"], Goal::Distance),
        question(Some(4), &[], Goal::Coverage),
    ]
    .into_iter()
    .enumerate()
    {
        let expected = suggest(&territory, &asked).expect("the engine answers");
        for steps in [1, 7] {
            let (update, batches) = run_to_end(job(id as u32, asked.clone()), steps, &mut rebuilt);
            match update {
                Update::Finished { job, suggestion } => {
                    assert_eq!(job, id as u32);
                    assert_eq!(*suggestion, expected, "{asked:?}, {steps} steps a batch");
                }
                other => panic!("expected the suggestion, got {other:?}"),
            }
            if steps == 1 {
                assert!(
                    batches > 1,
                    "the job runs in several batches, so a cancel is read between them"
                );
            }
        }
    }
}

#[test]
fn a_refused_question_comes_back_beside_its_control_in_both_languages() {
    let mut rebuilt = Rebuilt::default();
    for (asked, field, french) in [
        (question(Some(40), &[], Goal::Distance), Field::Sites, "16"),
        (
            question(Some(1), &["CLG-MI", "MDM-BR"], Goal::Distance),
            Field::Locked,
            "imposé",
        ),
        (
            question(Some(2), &["NOWHERE"], Goal::Distance),
            Field::Locked,
            "NOWHERE",
        ),
    ] {
        let (update, _) = run_to_end(job(9, asked.clone()), 1, &mut rebuilt);
        let Update::Refused { job, refusal } = update else {
            panic!("expected a refusal for {asked:?}, got {update:?}");
        };
        assert_eq!(job, 9);
        assert_eq!(refusal.field(), field, "{asked:?}");
        assert!(
            refusal.message(Lang::Fr).contains(french),
            "{}",
            refusal.message(Lang::Fr)
        );
        assert_ne!(refusal.message(Lang::Fr), refusal.message(Lang::En));
    }
}
