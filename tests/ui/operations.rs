//! The operations tab rendered natively: labelled forms, and the engine's refusal shown next to
//! the form that caused it and nowhere else.

use maillage::engine::lang::Lang;
use maillage::engine::operations::Operation;
use maillage::ui::state::{Action, Control, Workspace};

use crate::dashboard::{view, View};

/// The HTML of the form titled by the element with this id.
fn form<'a>(html: &'a str, title_id: &str) -> &'a str {
    let start = html
        .find(&format!("aria-labelledby=\"{title_id}\""))
        .expect("the form is drawn");
    let end = start + html[start..].find("</form>").expect("the form ends");
    &html[start..end]
}

#[test]
fn each_form_has_labelled_fields_and_a_button_in_both_languages() {
    for (lang, titles) in [
        (
            Lang::Fr,
            [
                "Changer l'effectif d'une équipe",
                "Scinder une équipe",
                "Fusionner deux équipes",
                "Déplacer une équipe",
            ],
        ),
        (
            Lang::En,
            [
                "Change a team's headcount",
                "Split a team",
                "Merge two teams",
                "Move a team",
            ],
        ),
    ] {
        let html = view(&Workspace::default_territory(lang), View::Operations);
        for title in titles {
            assert!(html.contains(title), "{title}");
        }
        for field in [
            "headcount-team",
            "headcount-agents",
            "split-team",
            "split-name",
            "split-agents",
            "merge-keep",
            "merge-keep-service",
            "merge-absorb-service",
            "merge-absorb",
            "move-team",
            "move-site",
        ] {
            assert!(
                html.contains(&format!("<label for=\"{field}\"")),
                "{field} has a label"
            );
            assert!(
                html.contains(&format!("id=\"{field}\"")),
                "{field} is drawn"
            );
        }
        assert_eq!(html.matches("type=\"submit\"").count(), 4);
        assert!(!html.contains("role=\"alert\""), "no refusal at start");
    }
}

#[test]
fn the_merge_form_does_not_start_by_merging_a_team_with_itself() {
    let html = view(&Workspace::default_territory(Lang::Fr), View::Operations);
    let merge = form(&html, "merge-title");
    let keep = &merge
        [merge.find("id=\"merge-keep\"").unwrap()..merge.find("id=\"merge-absorb\"").unwrap()];
    let absorb = &merge[merge.find("id=\"merge-absorb\"").unwrap()..];
    assert!(keep.contains("<option value=\"COL-N1\" selected"));
    assert!(absorb.contains("<option value=\"COL-N2\" selected"));
}

#[test]
fn a_refused_split_is_explained_next_to_the_split_form_only() {
    let start = Workspace::default_territory(Lang::Fr);
    let refused = start.reduce(Action::Apply {
        operation: Operation::SplitTeam {
            team: "COL-N1".into(),
            new_team_id: "COL-N1-2".into(),
            new_name: "Collecte Nord 1 (2)".into(),
            agents: 20,
        },
        control: Control::SplitTeam,
    });
    assert_eq!(refused.territory(), start.territory(), "nothing changes");
    let message = refused.refusal.as_ref().unwrap().error.message(Lang::Fr);
    assert!(message.contains("impossible de prendre 20 agents"));
    let html = view(&refused, View::Operations);
    assert_eq!(html.matches("role=\"alert\"").count(), 1);
    assert!(form(&html, "split-title").contains(&message));
    assert!(form(&html, "split-title").contains("aria-describedby=\"split-refusal\""));
    assert!(!form(&html, "headcount-title").contains("role=\"alert\""));
}

#[test]
fn a_negative_headcount_is_refused_in_the_engines_words_in_english_too() {
    let refused = Workspace::default_territory(Lang::En).reduce(Action::Apply {
        operation: Operation::SetHeadcount {
            team: "COL-N1".into(),
            agents: -3,
        },
        control: Control::Headcount,
    });
    let html = view(&refused, View::Operations);
    let headcount = form(&html, "headcount-title");
    assert!(headcount.contains("role=\"alert\""));
    assert!(headcount.contains("cannot have -3 agents"), "{headcount}");
}

#[test]
fn after_a_merge_the_forms_offer_the_teams_as_they_now_are() {
    let changed = Workspace::default_territory(Lang::Fr).reduce(Action::Apply {
        operation: Operation::MergeTeams {
            keep: "COL-N1".into(),
            absorb: "COL-N2".into(),
        },
        control: Control::MergeTeams,
    });
    let html = view(&changed, View::Operations);
    assert!(html.contains(
        "<option value=\"COL-N1\" selected=\"selected\">Collecte Nord 1 — 22 agents</option>"
    ));
    assert!(
        !html.contains("value=\"COL-N2\""),
        "the absorbed team is gone from every form"
    );
}

#[test]
fn team_pickers_start_on_the_service_shown_on_the_map_and_list_only_its_teams() {
    let workspace =
        Workspace::default_territory(Lang::Fr).reduce(Action::SelectService("ase".into()));
    let html = view(&workspace, View::Operations);
    let headcount = form(&html, "headcount-title");
    let teams = &headcount[headcount.find("id=\"headcount-team\"").unwrap()..];
    let teams = &teams[..teams.find("</select>").unwrap()];
    assert_eq!(
        teams.matches("<option").count(),
        5,
        "the five child-protection teams: {teams}"
    );
    assert!(teams.contains(
        "<option value=\"ASE-SP1\" selected=\"selected\">ASE Saint-Priest 1 — 9 agents</option>"
    ));
    assert!(headcount.contains(
        "<option value=\"ase\" selected=\"selected\">Protection de l'enfance (ASE)</option>"
    ));
    assert_eq!(
        headcount.matches("<option value=\"").count(),
        8 + 5,
        "eight services, then the teams"
    );
    assert!(headcount.contains("<label for=\"headcount-team-service\">Service (équipe)</label>"));
}

/// A move refused on the map is explained on the map, not also in this tab's move form
/// (the map stays on screen beside the tabs).
#[test]
fn a_move_refused_on_the_map_is_not_repeated_in_the_move_form() {
    let start = Workspace::default_territory(Lang::Fr);
    let refused = start.reduce(Action::Apply {
        operation: Operation::MoveTeam {
            team: "COL-N1".into(),
            to_site: "NO-SUCH-SITE".into(),
        },
        control: Control::MapMoveTeam,
    });
    assert_eq!(refused.territory(), start.territory(), "nothing changes");
    assert!(refused.refusal.is_some(), "the map has a refusal to show");
    let html = view(&refused, View::Operations);
    assert!(
        !html.contains("role=\"alert\""),
        "no alert in the Operations tab"
    );
}
