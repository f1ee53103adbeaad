//! Each operation on the small territory: its effect, its refusals, its journal line.

use maillage::engine::change::compare;
use maillage::engine::lang::Lang;
use maillage::engine::metrics::evaluate;
use maillage::engine::model::{Entity, Role, Territory};
use maillage::engine::operations::{apply, Named, Operation, OperationError};
use maillage::engine::scenario::Scenario;
use maillage::engine::simulation::touched_teams;

use crate::{close, load, small, SERVICES, SITES, TRAVEL, ZONES};

fn s(text: &str) -> String {
    text.to_string()
}

fn applied(t: &Territory, op: &Operation) -> Territory {
    apply(t, op).unwrap_or_else(|e| panic!("{op:?} refused: {e}"))
}

fn refused(t: &Territory, op: &Operation) -> OperationError {
    match apply(t, op) {
        Ok(_) => panic!("{op:?} should be refused"),
        Err(error) => error,
    }
}

fn named(id: &str, name: &str) -> Named {
    Named {
        id: s(id),
        name: s(name),
    }
}

fn team<'a>(t: &'a Territory, id: &str) -> &'a maillage::engine::model::Team {
    t.team(t.team_ix(id).unwrap_or_else(|| panic!("no team {id}")))
}

fn site_of(t: &Territory, id: &str) -> String {
    t.site(team(t, id).site).id.clone()
}

fn manager_of(t: &Territory, id: &str) -> String {
    t.manager(team(t, id).manager).id.clone()
}

#[test]
fn move_team_changes_the_figures_and_reads_in_the_journal() {
    let before = small();
    let op = Operation::MoveTeam {
        team: s("T1"),
        to_site: s("S2"),
    };
    let after = applied(&before, &op);
    assert_eq!(site_of(&after, "T1"), "S2");
    // All 7 K1 agents at S2 now: every zone goes to S2; demand 72 shared 3/7, 1/7, 3/7.
    let e = evaluate(&after);
    close(e.teams[0].demand, 72.0 * 3.0 / 7.0);
    // t = 20, 10, 12 for the residents: (20000 + 20000 + 36000) / 6000.
    close(
        e.services[0].mean_minutes.unwrap_or(f64::NAN),
        76000.0 / 6000.0,
    );
    assert_eq!(
        op.describe(&before, Lang::Fr),
        "Équipe Collecte Nord : Dépôt de Bron → Agence de Saint-Priest"
    );
    assert_eq!(
        op.describe(&before, Lang::En),
        "Team Collecte Nord: Dépôt de Bron → Agence de Saint-Priest"
    );
    let impact = compare(&before, &after);
    assert_eq!((impact.agents_moved, impact.agents_new_manager), (3, 0));
    assert_eq!(touched_teams(&before, &after), [true, false, false, false]);
}

#[test]
fn merging_teams_of_one_service_adds_the_agents_and_counts_those_who_moved() {
    let mut scenario = Scenario::new(small());
    let op = Operation::MergeTeams {
        keep: s("T1"),
        absorb: s("T2"),
    };
    scenario.apply(op.clone()).unwrap_or_else(|e| panic!("{e}"));
    let after = scenario.current();
    assert_eq!(team(after, "T1").agents, 4);
    assert!(after.team_ix("T2").is_none());
    assert_eq!(after.total_agents(), 7);
    // T2's 1 agent went from S2 to S1 under the same manager L1.
    let impact = scenario.change_impact();
    assert_eq!((impact.agents_moved, impact.agents_new_manager), (1, 0));
    // Matching by text id alone cannot see where T2 went.
    assert_eq!(compare(scenario.base(), after).agents_moved, 0);
    assert_eq!(
        scenario.journal(Lang::Fr),
        vec!["Fusion : l'équipe Collecte Est rejoint l'équipe Collecte Nord"]
    );
}

#[test]
fn merging_teams_of_two_services_makes_a_multi_trade_team() {
    let before = small();
    let after = applied(
        &before,
        &Operation::MergeTeams {
            keep: s("T1"),
            absorb: s("T4"),
        },
    );
    assert_eq!(after.teams.len(), 4);
    assert_eq!(
        (site_of(&after, "T4"), manager_of(&after, "T4")),
        (s("S1"), s("L1"))
    );
    assert_eq!(team(&after, "T1").crew.as_deref(), Some("Collecte Nord"));
    assert_eq!(team(&after, "T4").crew.as_deref(), Some("Collecte Nord"));
    // Moving one row moves the whole multi-trade team.
    let moved = applied(
        &after,
        &Operation::MoveTeam {
            team: s("T4"),
            to_site: s("S3"),
        },
    );
    assert_eq!(
        (site_of(&moved, "T1"), site_of(&moved, "T4")),
        (s("S3"), s("S3"))
    );
}

#[test]
fn merging_a_team_with_itself_or_an_unknown_one_is_refused() {
    let t = small();
    assert_eq!(
        refused(
            &t,
            &Operation::MergeTeams {
                keep: s("T1"),
                absorb: s("T1")
            }
        ),
        OperationError::MergeWithItself {
            team: named("T1", "Collecte Nord")
        }
    );
    assert_eq!(
        refused(
            &t,
            &Operation::MergeTeams {
                keep: s("T1"),
                absorb: s("T9")
            }
        ),
        OperationError::UnknownId {
            entity: Entity::Team,
            id: s("T9")
        }
    );
}

#[test]
fn splitting_a_team_keeps_every_agent() {
    let before = small();
    let op = Operation::SplitTeam {
        team: s("T1"),
        new_team_id: s("T1b"),
        new_name: s("Collecte Nord 2"),
        agents: 1,
    };
    let after = applied(&before, &op);
    assert_eq!(
        (team(&after, "T1").agents, team(&after, "T1b").agents),
        (2, 1)
    );
    assert_eq!(
        (site_of(&after, "T1b"), manager_of(&after, "T1b")),
        (s("S1"), s("L1"))
    );
    assert_eq!(after.total_agents(), before.total_agents());
    assert_eq!(
        op.describe(&before, Lang::Fr),
        "Équipe Collecte Nord scindée : 1 agents forment l'équipe Collecte Nord 2"
    );

    let too_many = Operation::SplitTeam {
        team: s("T1"),
        new_team_id: s("X"),
        new_name: s("x"),
        agents: 3,
    };
    assert_eq!(
        refused(&before, &too_many),
        OperationError::SplitTooLarge {
            team: named("T1", "Collecte Nord"),
            asked: 3,
            available: 3
        }
    );
    let none = Operation::SplitTeam {
        team: s("T1"),
        new_team_id: s("X"),
        new_name: s("x"),
        agents: 0,
    };
    assert!(matches!(
        refused(&before, &none),
        OperationError::EmptySplit { .. }
    ));
    let taken = Operation::SplitTeam {
        team: s("T1"),
        new_team_id: s("T2"),
        new_name: s("x"),
        agents: 1,
    };
    assert_eq!(
        refused(&before, &taken),
        OperationError::DuplicateId {
            entity: Entity::Team,
            id: s("T2")
        }
    );
}

#[test]
fn a_split_team_moved_away_counts_its_agents_as_moved() {
    let mut scenario = Scenario::new(small());
    let split = Operation::SplitTeam {
        team: s("T1"),
        new_team_id: s("T1b"),
        new_name: s("b"),
        agents: 1,
    };
    scenario.apply(split).unwrap_or_else(|e| panic!("{e}"));
    scenario
        .apply(Operation::MoveTeam {
            team: s("T1b"),
            to_site: s("S3"),
        })
        .unwrap_or_else(|e| panic!("{e}"));
    // The one agent of T1b came from T1 at S1 and now works at S3.
    assert_eq!(scenario.change_impact().agents_moved, 1);
}

#[test]
fn closing_a_site_needs_a_destination_for_each_team() {
    let before = small();
    let partial = Operation::CloseSite {
        site: s("S2"),
        relocate: vec![(s("T2"), s("S1"))],
    };
    assert_eq!(
        refused(&before, &partial),
        OperationError::TeamsWithNowhereToGo {
            site: named("S2", "Agence de Saint-Priest"),
            teams: vec![named("T3", "Collecte Sud")],
        }
    );
    assert_eq!(
        refused(&before, &partial).message(Lang::Fr),
        "le site Agence de Saint-Priest (S2) ne peut pas fermer : aucun site d'accueil n'est indiqué pour Collecte Sud (T3)"
    );
    let into_itself = Operation::CloseSite {
        site: s("S2"),
        relocate: vec![(s("T2"), s("S2"))],
    };
    assert!(matches!(
        refused(&before, &into_itself),
        OperationError::RelocatedToClosingSite { .. }
    ));
    let stranger = Operation::CloseSite {
        site: s("S2"),
        relocate: vec![(s("T1"), s("S3"))],
    };
    assert!(matches!(
        refused(&before, &stranger),
        OperationError::TeamNotOnSite { .. }
    ));

    let full = Operation::CloseSite {
        site: s("S2"),
        relocate: vec![(s("T2"), s("S1")), (s("T3"), s("S3"))],
    };
    let after = applied(&before, &full);
    assert_eq!(after.sites.len(), 2);
    assert!(after.site_ix("S2").is_none());
    assert_eq!(
        (
            site_of(&after, "T2"),
            site_of(&after, "T3"),
            site_of(&after, "T4")
        ),
        (s("S1"), s("S3"), s("S3"))
    );
    // The measured times to S2 go with it: 12 − 4 = 8 remain, still pointing at the right sites.
    assert_eq!(after.travel_overrides.len(), 8);
    assert!(after
        .travel_overrides
        .iter()
        .all(|o| after.site(o.site).id != "S2"));
    assert_eq!(compare(&before, &after).agents_moved, 4);
    assert_eq!(
        full.describe(&before, Lang::Fr),
        "Fermeture du site Agence de Saint-Priest : Collecte Est → Dépôt de Bron, Collecte Sud → Maison de la Métropole"
    );
}

#[test]
fn opening_a_site_checks_its_id_and_position() {
    let before = small();
    let open = |id: &str, lat: f64| Operation::OpenSite {
        id: s(id),
        name: s("Nouveau"),
        lat,
        lon: 4.9,
        capacity: 20,
    };
    let after = applied(&before, &open("S4", 45.7));
    assert_eq!(after.sites.len(), 4);
    assert_eq!(
        refused(&before, &open("S1", 45.7)),
        OperationError::DuplicateId {
            entity: Entity::Site,
            id: s("S1")
        }
    );
    assert_eq!(
        refused(&before, &open(" ", 45.7)),
        OperationError::EmptyId {
            entity: Entity::Site
        }
    );
    assert!(matches!(
        refused(&before, &open("S4", 91.0)),
        OperationError::BadCoordinates { .. }
    ));
    assert!(matches!(
        refused(&before, &open("S4", f64::NAN)),
        OperationError::BadCoordinates { .. }
    ));
}

#[test]
fn a_headcount_is_never_negative() {
    let before = small();
    let after = applied(
        &before,
        &Operation::SetHeadcount {
            team: s("T4"),
            agents: 5,
        },
    );
    assert_eq!(after.total_agents(), 12);
    let error = refused(
        &before,
        &Operation::SetHeadcount {
            team: s("T4"),
            agents: -2,
        },
    );
    assert_eq!(
        error,
        OperationError::NegativeHeadcount {
            team: named("T4", "Enfance"),
            agents: -2
        }
    );
    assert_eq!(
        error.message(Lang::Fr),
        "l'équipe Enfance (T4) ne peut pas compter -2 agents : il faut 0 ou plus"
    );
}

#[test]
fn reporting_lines_never_loop() {
    let before = small();
    let after = applied(
        &before,
        &Operation::SetTeamManager {
            team: s("T1"),
            manager: s("L3"),
        },
    );
    assert_eq!(manager_of(&after, "T1"), "L3");
    assert_eq!(compare(&before, &after).agents_new_manager, 3);
    let error = refused(
        &before,
        &Operation::SetReportsTo {
            manager: s("H"),
            reports_to: s("L1"),
        },
    );
    assert_eq!(
        error,
        OperationError::ReportingCycle {
            post: named("H", "Chef de service"),
            reports_to: named("L1", "Chef d'équipe Nord")
        }
    );
    // The top post cannot report to anyone below it either.
    assert!(matches!(
        refused(
            &before,
            &Operation::SetReportsTo {
                manager: s("D"),
                reports_to: s("L2")
            }
        ),
        OperationError::ReportingCycle { .. }
    ));
    let moved = applied(
        &before,
        &Operation::SetReportsTo {
            manager: s("L3"),
            reports_to: s("D"),
        },
    );
    assert_eq!(boss(&moved, "L3"), Some(s("D")));
}

/// The id of the post a post reports to.
fn boss(t: &Territory, id: &str) -> Option<String> {
    let post = t.manager(t.manager_ix(id).unwrap_or_else(|| panic!("no post {id}")));
    post.reports_to.map(|b| t.manager(b).id.clone())
}

#[test]
fn posts_are_added_and_removed_with_their_reports_handed_over() {
    let before = small();
    let add = Operation::AddPost {
        id: s("L4"),
        name: s("Nouvelle cheffe"),
        role: Role::Lead,
        reports_to: s("H"),
    };
    let added = applied(&before, &add);
    assert_eq!(added.managers.len(), 6);
    assert_eq!(
        refused(&added, &add),
        OperationError::DuplicateId {
            entity: Entity::Post,
            id: s("L4")
        }
    );

    // L1's teams go to L2; L1 disappears.
    let removed = applied(
        &before,
        &Operation::RemovePost {
            post: s("L1"),
            hand_to: s("L2"),
        },
    );
    assert!(removed.manager_ix("L1").is_none());
    assert_eq!(
        (manager_of(&removed, "T1"), manager_of(&removed, "T2")),
        (s("L2"), s("L2"))
    );
    assert_eq!(evaluate(&removed).managers[2].span, 7);

    // Removing the head and handing to L1: L1 takes its place under D, L2 and L3 now report to L1.
    let promoted = applied(
        &before,
        &Operation::RemovePost {
            post: s("H"),
            hand_to: s("L1"),
        },
    );
    let bosses = [
        boss(&promoted, "L1"),
        boss(&promoted, "L2"),
        boss(&promoted, "L3"),
    ];
    assert_eq!(bosses, [Some(s("D")), Some(s("L1")), Some(s("L1"))]);

    let error = refused(
        &before,
        &Operation::RemovePost {
            post: s("D"),
            hand_to: s("H"),
        },
    );
    assert_eq!(
        error,
        OperationError::RemovingTopPost {
            post: named("D", "Directrice")
        }
    );
    assert!(matches!(
        refused(
            &before,
            &Operation::RemovePost {
                post: s("H"),
                hand_to: s("H")
            }
        ),
        OperationError::ReportingCycle { .. }
    ));
}

/// D ← H1 ← L1 (K1 teams); D ← H2 ← L2 (K2 teams), L3 (K3 teams).
const TWO_HEADS: &str = "\
manager_id,name,role,reports_to
D,d,director,
H1,Chef collecte,head,D
H2,Chef social,head,D
L1,l1,lead,H1
L2,l2,lead,H2
L3,l3,lead,H2
";

#[test]
fn two_services_are_put_under_one_head() {
    let services = format!("{SERVICES}K3,Santé,social,1,1,30\n");
    let teams = "\
team_id,name,service_id,site_id,agents,manager_id
T1,a,K1,S1,3,L1
T2,b,K2,S2,2,L2
T3,c,K3,S3,4,L3
T4,d,K2,S3,1,H2
";
    let files: [(&str, &str); 6] = [
        ("zones.csv", ZONES),
        ("sites.csv", SITES),
        ("services.csv", &services),
        ("managers.csv", TWO_HEADS),
        ("teams.csv", teams),
        ("travel_times.csv", TRAVEL),
    ];
    let before = load(&files);
    let op = Operation::MergeServicesUnderHead {
        services: [s("K1"), s("K2")],
        head: s("H1"),
    };
    let after = applied(&before, &op);
    // L2 (K2 only) moves under H1; T4 (K2, led by H2 itself) goes to H1; L3 (K3) stays with H2.
    assert_eq!(boss(&after, "L2"), Some(s("H1")));
    assert_eq!(boss(&after, "L3"), Some(s("H2")));
    assert_eq!(manager_of(&after, "T4"), "H1");
    assert_eq!(after.total_agents(), before.total_agents());
    assert_eq!(
        op.describe(&before, Lang::Fr),
        "Services Collecte et Protection de l'enfance réunis sous Chef collecte"
    );

    // Without K3, H2 is left with nothing and disappears.
    let merged_all = applied(
        &before,
        &Operation::MergeServicesUnderHead {
            services: [s("K2"), s("K3")],
            head: s("H1"),
        },
    );
    assert!(merged_all.manager_ix("H2").is_none());
    assert_eq!(merged_all.reporting_cycle(), None);
    // An unknown service is refused.
    assert_eq!(
        refused(
            &before,
            &Operation::MergeServicesUnderHead {
                services: [s("K1"), s("K9")],
                head: s("H1")
            }
        ),
        OperationError::UnknownId {
            entity: Entity::Service,
            id: s("K9")
        }
    );
}

#[test]
fn undo_restores_the_previous_territory_exactly() {
    let base = small();
    let mut scenario = Scenario::new(base.clone());
    scenario
        .apply(Operation::MoveTeam {
            team: s("T1"),
            to_site: s("S3"),
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let after_move = scenario.current().clone();
    scenario
        .apply(Operation::CloseSite {
            site: s("S2"),
            relocate: vec![(s("T2"), s("S1")), (s("T3"), s("S1"))],
        })
        .unwrap_or_else(|e| panic!("{e}"));
    // A refused operation leaves the scenario as it was.
    assert!(scenario
        .apply(Operation::SetHeadcount {
            team: s("T9"),
            agents: 1
        })
        .is_err());
    assert_eq!(scenario.operations().len(), 2);
    assert!(matches!(scenario.undo(), Some(Operation::CloseSite { .. })));
    assert_eq!(scenario.current(), &after_move);
    assert!(scenario.undo().is_some());
    assert_eq!(scenario.current(), &base);
    assert_eq!(scenario.undo(), None);
}

#[test]
fn a_saved_scenario_loads_back_equal() {
    let mut scenario = Scenario::new(small());
    scenario
        .apply(Operation::MergeTeams {
            keep: s("T3"),
            absorb: s("T2"),
        })
        .unwrap_or_else(|e| panic!("{e}"));
    scenario
        .apply(Operation::OpenSite {
            id: s("S9"),
            name: s("Neuf"),
            lat: 45.75,
            lon: 4.95,
            capacity: 12,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_string(&scenario).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        json.contains(r#"{"MergeTeams":{"keep":"T3","absorb":"T2"}}"#),
        "{json}"
    );
    let back: Scenario = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, scenario);
}

/// A territory from serde data is read through the CSV reader's checks: a team on a site that
/// does not exist is refused, never loaded to panic later.
#[test]
fn a_saved_scenario_whose_base_names_a_missing_site_is_refused() {
    let scenario = Scenario::new(small());
    let mut json = serde_json::to_value(&scenario).unwrap_or_else(|e| panic!("{e}"));
    let sites = json["base"]["sites.csv"]
        .as_str()
        .expect("the base is its CSV files");
    let header_only = sites.lines().next().unwrap_or_default().to_string() + "\n";
    json["base"]["sites.csv"] = serde_json::Value::String(header_only);
    let back = serde_json::from_value::<Scenario>(json);
    assert!(back.is_err(), "refused: {back:?}");
}
