//! Malformed exercise files are refused with a message naming the JSON path at fault, in French and English.

use maillage::engine::exercise::{load_exercise, ExerciseErrorKind};
use maillage::engine::lang::Lang;

use crate::{exercise_text, OBJECTIVES, REFERENCE};

/// The refusal of a text that must be refused, in French.
fn refused(text: &str) -> String {
    match load_exercise(text) {
        Ok(exercise) => panic!("accepted: {}", exercise.id),
        Err(error) => error.message(Lang::Fr),
    }
}

fn with_objectives(objectives: &str) -> String {
    exercise_text(objectives, REFERENCE)
}

#[test]
fn the_template_itself_loads() {
    let exercise = load_exercise(&exercise_text(OBJECTIVES, REFERENCE)).expect("valid");
    assert_eq!(exercise.objectives.len(), 1);
    assert_eq!(exercise.hints.len(), 0);
    assert_eq!(
        exercise.objectives[0].text.en,
        "No agent left at Base propreté de Mions (illustrative)"
    );
}

#[test]
fn text_that_is_not_json_is_refused_with_its_line_and_column() {
    let error = load_exercise("{\n  \"format\": \"maillage-exercise\",\n  \"version\": 1,,\n}")
        .expect_err("not JSON");
    assert_eq!(error.path, "");
    assert_eq!(
        error.message(Lang::Fr),
        "le fichier n'est pas du JSON valide (ligne 3, colonne 16)"
    );
    assert_eq!(
        error.message(Lang::En),
        "the file is not valid JSON (line 3, column 16)"
    );
    assert!(matches!(
        load_exercise("").map_err(|e| e.kind),
        Err(ExerciseErrorKind::NotJson { .. })
    ));
}

#[test]
fn json_that_is_not_an_exercise_is_refused() {
    assert_eq!(
        refused(r#"{ "format": "maillage-scenarios", "version": 1 }"#),
        "format : ce n'est pas un fichier d'exercice Maillage : il lui faut \"format\": \"maillage-exercise\""
    );
    assert_eq!(
        refused("[1, 2, 3]"),
        "ce n'est pas un fichier d'exercice Maillage : il lui faut \"format\": \"maillage-exercise\""
    );
}

#[test]
fn a_version_other_than_1_is_refused() {
    let text = exercise_text(OBJECTIVES, REFERENCE).replace("\"version\": 1", "\"version\": 2");
    assert_eq!(
        refused(&text),
        "version : version 2 inconnue (cette version de Maillage lit les exercices de version 1)"
    );
    let error = load_exercise(&text).expect_err("version 2");
    assert_eq!(
        error.message(Lang::En),
        "version: unknown version 2 (this version of Maillage reads version 1 exercises)"
    );
    let text = exercise_text(OBJECTIVES, REFERENCE).replace("\"version\": 1", "\"version\": \"1\"");
    assert_eq!(
        refused(&text),
        "version : doit être un nombre entier positif ou nul"
    );
    let text = exercise_text(OBJECTIVES, REFERENCE).replace("\"version\": 1,", "");
    assert_eq!(
        refused(&text),
        "version : manque : ce champ est obligatoire"
    );
}

#[test]
fn an_unknown_service_is_refused_where_it_is_named() {
    let text = with_objectives(
        r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": 0 },
             { "figure": "service_load", "service": "plomberie", "at_most": 1 } ]"#,
    );
    assert_eq!(
        refused(&text),
        "objectives[1].service : le service « plomberie » n'existe pas dans le territoire de départ"
    );
    assert_eq!(
        load_exercise(&text).expect_err("refused").message(Lang::En),
        "objectives[1].service: there is no service “plomberie” in the starting territory"
    );
    let in_a_list = with_objectives(
        r#"[ { "figure": "heads_over", "services": ["voirie", "jardins"], "at_most": 1 } ]"#,
    );
    assert_eq!(
        refused(&in_a_list),
        "objectives[0].services[1] : le service « jardins » n'existe pas dans le territoire de départ"
    );
}

#[test]
fn unknown_sites_posts_teams_communes_and_territories_are_refused() {
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "site_agents", "site": "LUNE", "at_most": 0 } ]"#
        )),
        "objectives[0].site : le site « LUNE » n'existe pas dans le territoire de départ"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "post_span", "post": "PDG", "at_most": 3 } ]"#
        )),
        "objectives[0].post : le poste « PDG » n'existe pas dans le territoire de départ"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "team_sites", "teams": ["NET-MI", "NET-XX"], "at_most": 1 } ]"#
        )),
        "objectives[0].teams[1] : l'équipe « NET-XX » n'existe pas dans le territoire de départ"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "max_minutes", "service": "asi", "commune": "Lyon", "at_most": 20 } ]"#
        )),
        "objectives[0].commune : aucune zone du territoire de départ n'appartient à la commune « Lyon »"
    );
    let text = exercise_text(OBJECTIVES, REFERENCE).replace("portes-des-alpes", "lyon-nord");
    assert_eq!(
        refused(&text),
        "territory : le territoire intégré « lyon-nord » n'existe pas (territoires : portes-des-alpes, metropole)"
    );
}

#[test]
fn an_objective_with_no_threshold_or_a_bad_one_is_refused() {
    assert_eq!(
        refused(&with_objectives(r#"[ { "figure": "site_agents", "site": "BASE-MI" } ]"#)),
        "objectives[0] : il manque le seuil : donnez \"at_most\" (au plus) ou \"at_least\" (au moins)"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": 0, "at_least": 0 } ]"#
        )),
        "objectives[0] : un seul seuil par objectif : \"at_most\" ou \"at_least\", pas les deux"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": "zéro" } ]"#
        )),
        "objectives[0].at_most : doit être un nombre, ou \"start\" pour la valeur de départ"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": 0, "weight": 0 } ]"#
        )),
        "objectives[0].weight : doit être un nombre strictement positif"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_mots": 0 } ]"#
        )),
        "objectives[0].at_mots : clé inconnue (faute de frappe ?) ; clés possibles ici : figure, at_most, at_least, weight, text, site"
    );
    assert!(refused(&with_objectives(
        r#"[ { "figure": "bonheur", "at_most": 1 } ]"#
    ))
    .starts_with("objectives[0].figure : « bonheur » n'est pas une grandeur connue ; grandeurs possibles : service_load, "));
    assert_eq!(
        refused(&with_objectives("[]")),
        "objectives : ne doit pas être vide"
    );
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "posts_outside_norm", "min": 12, "max": 5, "at_most": 0 } ]"#
        )),
        "objectives[0] : le minimum de la norme (12) dépasse son maximum (5)"
    );
}

#[test]
fn a_reference_that_does_not_apply_is_refused_at_the_operation() {
    let text = exercise_text(
        OBJECTIVES,
        r#"[ { "SplitTeam": { "team": "NET-MI", "new_team_id": "NET-MI2", "new_name": "Balayeuse", "agents": 2 } },
             { "CloseSite": { "site": "BASE-MI", "relocate": [["NET-MI", "MDM-MI"]] } } ]"#,
    );
    assert_eq!(
        refused(&text),
        "reference[1] : l'opération est refusée : le site Base propreté de Mions (illustrative) (BASE-MI) ne peut pas fermer : aucun site d'accueil n'est indiqué pour Balayeuse (NET-MI2)"
    );
    let unknown = exercise_text(
        OBJECTIVES,
        r#"[ { "MoveTeam": { "team": "NET-MI", "to_site": "NULLE-PART" } } ]"#,
    );
    assert_eq!(
        refused(&unknown),
        "reference[0] : l'opération est refusée : le site « NULLE-PART » n'existe pas"
    );
    let not_an_operation = exercise_text(OBJECTIVES, r#"[ { "Teleport": { "team": "NET-MI" } } ]"#);
    assert!(refused(&not_an_operation).starts_with(
        "reference[0] : n'est pas une opération reconnue (unknown variant `Teleport`"
    ));
}

#[test]
fn a_reference_that_misses_an_objective_is_refused_with_the_figure() {
    let text = exercise_text(OBJECTIVES, "[]");
    assert_eq!(
        refused(&text),
        "reference : la solution de référence ne remplit pas objectives[0] (9 pour au plus 0)"
    );
    assert_eq!(
        load_exercise(&text).expect_err("misses").message(Lang::En),
        "reference: the reference solution does not meet objectives[0] (9 for at most 0)"
    );
}

#[test]
fn an_exercise_whose_start_meets_everything_is_refused() {
    assert_eq!(
        refused(&with_objectives(
            r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": 9 } ]"#
        )),
        "objectives : le territoire de départ remplit déjà tous les objectifs : l'exercice ne demande rien"
    );
}

#[test]
fn missing_fields_and_half_translated_texts_are_refused() {
    let no_debrief = exercise_text(OBJECTIVES, REFERENCE).replace(
        r#""debrief": { "fr": "Bilan.", "en": "Debrief." }"#,
        r#""_debrief": "later""#,
    );
    assert_eq!(
        refused(&no_debrief),
        "debrief : manque : ce champ est obligatoire"
    );
    let french_only = exercise_text(OBJECTIVES, REFERENCE).replace(
        r#"{ "fr": "Essai", "en": "Trial" }"#,
        r#"{ "fr": "Essai" }"#,
    );
    assert_eq!(
        refused(&french_only),
        "title.en : manque : ce champ est obligatoire"
    );
    let empty = exercise_text(OBJECTIVES, REFERENCE).replace(r#""en": "Trial""#, r#""en": "  ""#);
    assert_eq!(refused(&empty), "title.en : ne doit pas être vide");
    let typo = exercise_text(OBJECTIVES, REFERENCE).replace("\"briefing\"", "\"brief\"");
    assert!(refused(&typo).starts_with("brief : clé inconnue"));
}

#[test]
fn a_setup_operation_that_does_not_apply_is_refused() {
    let text = exercise_text(OBJECTIVES, REFERENCE).replace(
        r#""territory": "portes-des-alpes","#,
        r#""territory": "portes-des-alpes",
  "setup": [ { "SetDemandFactor": { "service": "paph", "commune": "Lyon", "factor": 1.2 } } ],"#,
    );
    assert_eq!(
        refused(&text),
        "setup[0] : l'opération est refusée : aucune zone du territoire n'appartient à la commune « Lyon »"
    );
}

#[test]
fn a_start_threshold_on_a_figure_with_no_start_value_is_refused() {
    // With no PMI agent left at the start, PMI has no travel time to compare with.
    let text = with_objectives(
        r#"[ { "figure": "site_agents", "site": "BASE-MI", "at_most": 0 },
             { "figure": "mean_minutes", "service": "pmi", "at_most": "start" } ]"#,
    )
    .replace(
        r#""territory": "portes-des-alpes","#,
        r#""territory": "portes-des-alpes",
  "setup": [ { "SetHeadcount": { "team": "PMI-SP", "agents": 0 } },
             { "SetHeadcount": { "team": "PMI-BR", "agents": 0 } },
             { "SetHeadcount": { "team": "PMI-MI", "agents": 0 } },
             { "SetHeadcount": { "team": "PMI-CH", "agents": 0 } } ],"#,
    );
    assert_eq!(
        refused(&text),
        "objectives[1].at_most : \"start\" : cette grandeur n'a pas de valeur dans le territoire de départ"
    );
}

/// One objective per figure, each with loose bounds: every name of the documentation reads.
#[test]
fn every_figure_of_the_documentation_reads() {
    use maillage::engine::exercise::FIGURE_NAMES;
    let parameters = |name: &str| match name {
        "service_load" | "service_load_with_absence" | "mean_minutes" => r#", "service": "asi""#,
        "team_load_max" | "team_load_with_absence_max" | "overloaded_teams" | "headcount" => {
            r#", "service": "pmi""#
        }
        "commune_mean_minutes" | "max_minutes" | "share_within" => {
            r#", "service": "asi", "commune": "Bron""#
        }
        "max_span" | "heads_over" => r#", "services": ["voirie", "nettoiement"]"#,
        "post_span" => r#", "post": "ADJ""#,
        "posts_outside_norm" => r#", "min": 4, "max": 15"#,
        "site_agents" | "site_services" => r#", "site": "CT-BR""#,
        "team_sites" => r#", "teams": ["NET-MI", "VOI-CH"]"#,
        _ => "",
    };
    let mut objectives = vec![OBJECTIVES.trim_matches(['[', ']', ' ']).to_string()];
    for name in FIGURE_NAMES {
        objectives.push(format!(
            r#"{{ "figure": "{name}"{}, "at_least": -1 }}"#,
            parameters(name)
        ));
    }
    let text = with_objectives(&format!("[{}]", objectives.join(",\n")));
    let exercise = load_exercise(&text).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    let names: Vec<&str> = exercise.objectives[1..]
        .iter()
        .map(|o| o.figure.name())
        .collect();
    assert_eq!(names, FIGURE_NAMES);
    // Each reads with its threshold, in both languages.
    for objective in &exercise.objectives[1..] {
        for lang in [Lang::Fr, Lang::En] {
            let text = objective.text.get(lang);
            let threshold = objective.figure.unit().format(-1.0, lang);
            assert!(text.contains(&threshold), "{text} ({threshold})");
        }
    }
}

#[test]
fn a_service_the_start_lacks_or_places_that_are_not_whole_are_refused() {
    let with = |fields: &str| {
        exercise_text(OBJECTIVES, REFERENCE).replace(
            "\"territory\": \"portes-des-alpes\",",
            &format!("\"territory\": \"portes-des-alpes\", {fields}"),
        )
    };
    assert_eq!(
        refused(&with(r#""service": "plomberie","#)),
        "service : le service « plomberie » n'existe pas dans le territoire de départ"
    );
    assert_eq!(
        refused(&with(r#""new_site_capacity": 2.5,"#)),
        "new_site_capacity : doit être un nombre entier positif ou nul"
    );
    let chosen =
        load_exercise(&with(r#""service": "pmi", "new_site_capacity": 12,"#)).expect("valid");
    assert_eq!(chosen.service.as_deref(), Some("pmi"));
    assert_eq!(chosen.new_site_capacity, Some(12));
    // The template's objective names a site, no service: the map keeps its own.
    let none = load_exercise(&exercise_text(OBJECTIVES, REFERENCE)).expect("valid");
    assert_eq!(none.service, None);
}
