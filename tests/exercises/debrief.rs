//! The debrief sets the trainee's figures beside the reference solution's.

use maillage::engine::exercise::debrief;
use maillage::engine::lang::Lang;
use maillage::engine::operations::Operation;

#[test]
fn a_trainee_who_only_merges_sees_each_objective_beside_the_reference() {
    let exercise = crate::builtin("fusion-voirie-nettoiement.json");
    let mut trainee = exercise.scenario();
    trainee
        .apply(Operation::MergeServicesUnderHead {
            services: ["nettoiement".into(), "voirie".into()],
            head: "CS-VOI".into(),
        })
        .expect("applies");
    let d = debrief(&exercise, &trainee);
    assert_eq!(d.text, exercise.debrief);
    assert_eq!(d.lines.len(), exercise.objectives.len());
    let sides: Vec<(bool, bool)> = d
        .lines
        .iter()
        .map(|l| (l.trainee.met, l.reference.met))
        .collect();
    // Merged under one head, but the head now has 17 direct reports.
    assert_eq!(
        sides,
        [(true, true), (false, true), (true, true), (true, true)]
    );
    assert_eq!(d.lines[1].trainee.value, Some(17.0));
    assert_eq!(d.lines[1].reference.value, Some(12.0));
    assert_eq!(d.lines[1].trainee.value_text(Lang::Fr), "17");
    assert_eq!(d.lines[1].trainee.threshold_text(Lang::En), "12");
    assert_eq!(d.trainee.operations, 1);
    assert_eq!(d.reference.operations, exercise.reference.len());
    assert_eq!(
        (d.trainee.agents_moved, d.trainee.agents_new_manager),
        (0, 0)
    );
    assert_eq!(d.reference.agents_new_manager, 15);
    assert!(d.reference.assessment.all_met());
    assert!(d.trainee.assessment.score < d.reference.assessment.score);
    assert_eq!(d.trainee.journal.len(), 1);
    assert!(
        d.trainee.journal[0]
            .fr
            .starts_with("Services Nettoiement des rues et Voirie réunis"),
        "{}",
        d.trainee.journal[0].fr
    );
    assert_eq!(d.reference.journal.len(), exercise.reference.len());
}

#[test]
fn the_reference_played_by_the_trainee_scores_like_the_reference() {
    for exercise in maillage::engine::exercise::builtin() {
        let d = debrief(&exercise, &exercise.reference_scenario());
        assert_eq!(d.trainee, d.reference, "{}", exercise.id);
    }
}
