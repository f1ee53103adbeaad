//! Reading an exercise file: JSON checked field by field (through `json`), every refusal naming
//! the JSON path at fault (see `error`); the starting territory built and the objectives resolved.

use std::rc::Rc;

use serde_json::Value;

use crate::engine::catalogue::SpanNorm;
use crate::engine::embedded;
use crate::engine::io::read_territory;
use crate::engine::lang::Lang;
use crate::engine::metrics::evaluate;
use crate::engine::model::{Entity, Territory};
use crate::engine::operations::{apply, OperationError};
use crate::engine::scenario::Scenario;

use super::error::{ExerciseError, ExerciseErrorKind, Expected, Result};
use super::figures::{Figure, FIGURE_NAMES};
use super::json::{At, Obj};
use super::{
    judge, Bilingual, Comparator, Exercise, Objective, ObjectiveResult, Penalty, Threshold, FORMAT,
    VERSION,
};

const TOP_KEYS: [&str; 14] = [
    "format",
    "version",
    "id",
    "title",
    "briefing",
    "territory",
    "service",
    "new_site_capacity",
    "setup",
    "objectives",
    "penalty",
    "hints",
    "reference",
    "debrief",
];

/// Reads and checks an exercise file (see `docs/exercises.md`).
pub(super) fn read(text: &str) -> Result<Exercise> {
    let root: Value = serde_json::from_str(text).map_err(|e| {
        ExerciseError::new(
            "",
            ExerciseErrorKind::NotJson {
                line: e.line(),
                column: e.column(),
            },
        )
    })?;
    let root = At {
        value: &root,
        path: String::new(),
    };
    let top = root
        .object()
        .map_err(|_| root.error(ExerciseErrorKind::NotAnExercise))?;
    if top
        .get("format")
        .and_then(|f| f.value.as_str().map(str::trim))
        != Some(FORMAT)
    {
        return Err(ExerciseError::new(
            "format",
            ExerciseErrorKind::NotAnExercise,
        ));
    }
    let version = top.required("version")?;
    match version.value {
        Value::Number(n) if n.as_u64() == Some(VERSION) => {}
        Value::Number(n) => {
            return Err(version.error(ExerciseErrorKind::UnsupportedVersion {
                version: n.to_string(),
            }))
        }
        _ => return Err(version.wrong(Expected::WholeNumber)),
    }
    top.only(&TOP_KEYS)?;
    let id = top.required("id")?.text()?;
    let title = top.required("title")?.bilingual()?;
    let briefing = top.required("briefing")?.bilingual()?;
    let territory_at = top.required("territory")?;
    let territory = territory_at.text()?;
    let base = load_territory(&territory_at, &territory)?;
    let setup = match top.get("setup") {
        Some(at) => at.operations()?,
        None => Vec::new(),
    };
    let mut start = base;
    for (operation, path) in &setup {
        start = apply(&start, operation).map_err(|error| refused(path, error))?;
    }
    let objectives_at = top.required("objectives")?;
    let items = objectives_at.list()?;
    if items.is_empty() {
        return Err(objectives_at.error(ExerciseErrorKind::Empty));
    }
    let objectives = items
        .iter()
        .map(|at| read_objective(at, &start))
        .collect::<Result<Vec<_>>>()?;
    let penalty = match top.get("penalty") {
        Some(at) => read_penalty(&at)?,
        None => Penalty::default(),
    };
    let hints = match top.get("hints") {
        Some(at) => at
            .list()?
            .iter()
            .map(At::bilingual)
            .collect::<Result<Vec<_>>>()?,
        None => Vec::new(),
    };
    let service = match top.get("service") {
        Some(_) => Some(
            Ids {
                object: &top,
                start: &start,
            }
            .service()?,
        ),
        None => objectives
            .iter()
            .find_map(|o| o.figure.service())
            .map(str::to_string),
    };
    let new_site_capacity = match top.get("new_site_capacity") {
        Some(at) => Some(u32::try_from(at.whole()?).map_err(|_| at.wrong(Expected::WholeNumber))?),
        None => None,
    };
    let reference_at = top.required("reference")?;
    let reference = reference_at.operations()?;
    let debrief = top.required("debrief")?.bilingual()?;

    let start = Rc::new(start);
    let mut scenario = Scenario::new(Rc::clone(&start));
    for (operation, path) in &reference {
        scenario
            .apply(operation.clone())
            .map_err(|error| refused(path, error))?;
    }
    let mut exercise = Exercise {
        id,
        title,
        briefing,
        territory,
        setup: setup.into_iter().map(|(op, _)| op).collect(),
        objectives: Vec::new(),
        penalty,
        hints,
        reference: reference.into_iter().map(|(op, _)| op).collect(),
        debrief,
        service,
        new_site_capacity,
        source: Rc::from(text),
        start: Rc::clone(&start),
        start_values: Vec::new(),
    };
    finish_objectives(&mut exercise, objectives, &items)?;
    let at_start = judge(
        &exercise,
        &exercise.start_values,
        &start,
        &evaluate(&start),
        &Default::default(),
    );
    if at_start.iter().all(|result| result.met) {
        return Err(objectives_at.error(ExerciseErrorKind::AlreadyMet));
    }
    let solved = judge(
        &exercise,
        &exercise.start_values,
        scenario.current(),
        &evaluate(scenario.current()),
        &scenario.change_impact(),
    );
    let misses: Vec<(usize, ObjectiveResult)> = solved
        .into_iter()
        .enumerate()
        .filter(|(_, result)| !result.met)
        .collect();
    if !misses.is_empty() {
        return Err(reference_at.error(ExerciseErrorKind::ReferenceMisses { misses }));
    }
    Ok(exercise)
}

fn refused(path: &str, error: OperationError) -> ExerciseError {
    ExerciseError::new(
        path,
        ExerciseErrorKind::Refused {
            error: Box::new(error),
        },
    )
}

fn load_territory(at: &At<'_>, key: &str) -> Result<Territory> {
    let embedded = embedded::by_key(key).ok_or_else(|| {
        at.error(ExerciseErrorKind::UnknownTerritory {
            key: key.to_string(),
        })
    })?;
    read_territory(&embedded.files)
        .map(|loaded| loaded.territory)
        .map_err(|e| {
            at.error(ExerciseErrorKind::BadTerritory {
                detail: e.message(Lang::En),
            })
        })
}

/// An objective as read, before its threshold is resolved against the start.
struct Draft {
    figure: Figure,
    comparator: Comparator,
    threshold: Threshold,
    weight: f64,
    text: Option<Bilingual>,
}

/// The keys each figure takes beside `figure`, the bound, `weight` and `text`.
fn parameters(figure: &str) -> &'static [&'static str] {
    match figure {
        "service_load"
        | "service_load_with_absence"
        | "mean_minutes"
        | "team_load_max"
        | "team_load_with_absence_max"
        | "overloaded_teams"
        | "headcount" => &["service"],
        "commune_mean_minutes" | "max_minutes" | "share_within" => &["service", "commune"],
        "max_span" | "heads_over" => &["services"],
        "post_span" => &["post"],
        "posts_outside_norm" => &["min", "max"],
        "site_agents" | "site_services" => &["site"],
        "team_sites" => &["teams"],
        _ => &[],
    }
}

const COMMON_KEYS: [&str; 5] = ["figure", "at_most", "at_least", "weight", "text"];

fn read_objective(at: &At<'_>, start: &Territory) -> Result<Draft> {
    let object = at.object()?;
    let name_at = object.required("figure")?;
    let name = name_at.text()?;
    if !FIGURE_NAMES.contains(&name.as_str()) {
        return Err(name_at.error(ExerciseErrorKind::UnknownFigure { name }));
    }
    let allowed: Vec<&'static str> = COMMON_KEYS
        .iter()
        .chain(parameters(&name))
        .copied()
        .collect();
    object.only(&allowed)?;
    let ids = Ids {
        object: &object,
        start,
    };
    let figure = match name.as_str() {
        "service_load" => Figure::ServiceLoad {
            service: ids.service()?,
        },
        "team_load_max" => Figure::TeamLoadMax {
            service: ids.optional_service()?,
        },
        "service_load_with_absence" => Figure::ServiceLoadWithAbsence {
            service: ids.service()?,
        },
        "team_load_with_absence_max" => Figure::TeamLoadWithAbsenceMax {
            service: ids.optional_service()?,
        },
        "overloaded_teams" => Figure::OverloadedTeams {
            service: ids.optional_service()?,
        },
        "mean_minutes" => Figure::MeanMinutes {
            service: ids.service()?,
        },
        "commune_mean_minutes" => Figure::CommuneMeanMinutes {
            service: ids.service()?,
            commune: ids.commune()?,
        },
        "max_minutes" => Figure::MaxMinutes {
            service: ids.service()?,
            commune: ids.commune()?,
        },
        "share_within" => Figure::ShareWithin {
            service: ids.service()?,
            commune: ids.commune()?,
        },
        "max_span" => Figure::MaxSpan {
            services: match object.get("services") {
                Some(_) => ids.services()?,
                None => Vec::new(),
            },
        },
        "post_span" => Figure::PostSpan {
            post: ids.entity("post", Entity::Post)?,
        },
        "posts_outside_norm" => {
            let bound = |key, default| object.get(key).map_or(Ok(default), |at| at.whole());
            let norm = SpanNorm::default();
            let (min, max) = (bound("min", norm.min)?, bound("max", norm.max)?);
            if min > max {
                return Err(at.error(ExerciseErrorKind::BadNorm { min, max }));
            }
            Figure::PostsOutsideNorm { min, max }
        }
        "layers" => Figure::Layers,
        "posts" => Figure::Posts,
        "heads_over" => Figure::HeadsOver {
            services: ids.services()?,
        },
        "site_agents" => Figure::SiteAgents {
            site: ids.entity("site", Entity::Site)?,
        },
        "site_services" => Figure::SiteServices {
            site: ids.entity("site", Entity::Site)?,
        },
        "team_sites" => Figure::TeamSites {
            teams: ids.teams()?,
        },
        "sites_in_use" => Figure::SitesInUse,
        "sites_over_capacity" => Figure::SitesOverCapacity,
        "capacity_total" => Figure::CapacityTotal,
        "headcount" => Figure::Headcount {
            service: ids.optional_service()?,
        },
        "agents_moved" => Figure::AgentsMoved,
        _ => Figure::AgentsNewManager,
    };
    let (comparator, threshold_at) = match (object.get("at_most"), object.get("at_least")) {
        (Some(at), None) => (Comparator::AtMost, at),
        (None, Some(at)) => (Comparator::AtLeast, at),
        (None, None) => return Err(at.error(ExerciseErrorKind::NoThreshold)),
        (Some(_), Some(_)) => return Err(at.error(ExerciseErrorKind::TwoThresholds)),
    };
    let threshold = match threshold_at.value {
        Value::String(word) if word.trim() == "start" => Threshold::Start,
        Value::Number(_) => Threshold::Value(threshold_at.number()?),
        _ => return Err(threshold_at.wrong(Expected::Threshold)),
    };
    let weight = match object.get("weight") {
        Some(at) => {
            let weight = at.number()?;
            if weight <= 0.0 {
                return Err(at.error(ExerciseErrorKind::BadWeight));
            }
            weight
        }
        None => 1.0,
    };
    let text = object.get("text").map(|at| at.bilingual()).transpose()?;
    Ok(Draft {
        figure,
        comparator,
        threshold,
        weight,
        text,
    })
}

/// Reads the ids an objective names and checks them against the starting territory.
struct Ids<'a, 'b> {
    object: &'b Obj<'a>,
    start: &'b Territory,
}

impl Ids<'_, '_> {
    fn entity(&self, key: &str, entity: Entity) -> Result<String> {
        let at = self.object.required(key)?;
        self.check(&at, entity)
    }

    fn check(&self, at: &At<'_>, entity: Entity) -> Result<String> {
        let id = at.text()?;
        let t = self.start;
        let known = match entity {
            Entity::Zone => t.zone_ix(&id).is_some(),
            Entity::Site => t.site_ix(&id).is_some(),
            Entity::Service => t.service_ix(&id).is_some(),
            Entity::Post => t.manager_ix(&id).is_some(),
            Entity::Team => t.team_ix(&id).is_some(),
        };
        if known {
            Ok(id)
        } else {
            Err(at.error(ExerciseErrorKind::UnknownId { entity, id }))
        }
    }

    fn service(&self) -> Result<String> {
        self.entity("service", Entity::Service)
    }

    fn optional_service(&self) -> Result<Option<String>> {
        self.object
            .get("service")
            .map(|at| self.check(&at, Entity::Service))
            .transpose()
    }

    fn commune(&self) -> Result<Option<String>> {
        let Some(at) = self.object.get("commune") else {
            return Ok(None);
        };
        let name = at.text()?;
        if self.start.zones.iter().any(|z| z.commune == name) {
            Ok(Some(name))
        } else {
            Err(at.error(ExerciseErrorKind::UnknownCommune { name }))
        }
    }

    fn list(&self, key: &str, entity: Entity) -> Result<Vec<String>> {
        let at = self.object.required(key)?;
        at.texts()?;
        at.list()?
            .iter()
            .map(|item| self.check(item, entity))
            .collect()
    }

    fn services(&self) -> Result<Vec<String>> {
        self.list("services", Entity::Service)
    }

    fn teams(&self) -> Result<Vec<String>> {
        self.list("teams", Entity::Team)
    }
}

fn read_penalty(at: &At<'_>) -> Result<Penalty> {
    let object = at.object()?;
    object.only(&["per_agent_moved", "per_agent_new_manager", "at_most"])?;
    let mut penalty = Penalty::default();
    for (key, slot) in [
        ("per_agent_moved", &mut penalty.per_agent_moved),
        ("per_agent_new_manager", &mut penalty.per_agent_new_manager),
        ("at_most", &mut penalty.at_most),
    ] {
        if let Some(at) = object.get(key) {
            let number = at.number()?;
            if number < 0.0 {
                return Err(at.error(ExerciseErrorKind::Negative));
            }
            *slot = number;
        }
    }
    Ok(penalty)
}

/// Resolves `start` thresholds against the starting territory and writes each objective's text.
fn finish_objectives(exercise: &mut Exercise, drafts: Vec<Draft>, items: &[At<'_>]) -> Result<()> {
    let start = Rc::clone(&exercise.start);
    let evaluation = evaluate(&start);
    let impact = Default::default();
    for (draft, at) in drafts.into_iter().zip(items) {
        let start_value = draft.figure.value(&start, &evaluation, &impact);
        if draft.threshold == Threshold::Start && start_value.is_none() {
            let key = match draft.comparator {
                Comparator::AtMost => "at_most",
                Comparator::AtLeast => "at_least",
            };
            let path = format!("{}.{key}", at.path);
            return Err(ExerciseError::new(&path, ExerciseErrorKind::NoStartValue));
        }
        let mut objective = Objective {
            figure: draft.figure,
            comparator: draft.comparator,
            threshold: draft.threshold,
            weight: draft.weight,
            text: Bilingual::default(),
        };
        let threshold = objective.threshold_value(start_value);
        objective.text = match draft.text {
            Some(text) => text,
            None => objective.describe(&start, threshold),
        };
        exercise.objectives.push(objective);
        exercise.start_values.push(start_value);
    }
    Ok(())
}
