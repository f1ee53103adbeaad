//! The workshop state and its reducer: one closed set of actions, each handed to the engine.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::engine::atlas::{Commune, Ring};
use crate::engine::change::ChangeImpact;
use crate::engine::embedded::{self, EmbeddedTerritory, Group};
use crate::engine::io::read_territory;
use crate::engine::lang::Lang;
use crate::engine::metrics::{evaluate, Evaluation};
use crate::engine::model::Territory;
use crate::engine::operations::{Operation, OperationError};
use crate::engine::scenario::Scenario;

/// Which control sent an operation, so that a refusal is shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    MoveTeam,
    MergeTeams,
    MergeServices,
    SplitTeam,
    CloseSite,
    OpenSite,
    Headcount,
    TeamManager,
    ReportsTo,
    AddPost,
    RemovePost,
}

/// An operation the engine refused, and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub control: Control,
    pub error: OperationError,
}

/// What the map and the tables draw beside the territory itself: boundaries and zone outlines.
#[derive(Debug, PartialEq)]
pub struct Atlas {
    pub key: &'static str,
    pub name: String,
    pub communes: Vec<Commune>,
    pub zone_shapes: BTreeMap<String, Vec<Ring>>,
    pub groups: Vec<Group>,
    pub grouping_unverified: bool,
}

/// The span of control the org chart colours against (direct reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpanNorm {
    pub min: u64,
    pub max: u64,
}

impl Default for SpanNorm {
    /// 5 to 12 direct reports: between McKinsey's "coach" and "facilitator" archetypes (DOMAIN.md).
    fn default() -> Self {
        SpanNorm { min: 5, max: 12 }
    }
}

/// Everything the workshop screen shows. Cloning is cheap: the big values sit behind `Rc`.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub lang: Lang,
    pub atlas: Rc<Atlas>,
    pub scenario: Rc<Scenario>,
    /// Operations undone, most recent last, that redo applies again.
    pub redo: Vec<Operation>,
    /// Figures of the starting territory, against which every change is shown.
    pub base_figures: Rc<Evaluation>,
    /// Figures of the current territory.
    pub figures: Rc<Evaluation>,
    pub impact: ChangeImpact,
    /// The service whose travel times shade the map.
    pub service: String,
    /// The team selected on the map or in the lists.
    pub selected_team: Option<String>,
    pub norm: SpanNorm,
    pub refusal: Option<Refusal>,
}

/// Everything a user can do to the workshop state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// Start again from an embedded territory (`portes-des-alpes`, `metropole`).
    LoadEmbedded(String),
    Apply {
        operation: Operation,
        control: Control,
    },
    Undo,
    Redo,
    SelectService(String),
    SelectTeam(Option<String>),
    SetNorm(SpanNorm),
    DismissRefusal,
}

impl Workspace {
    /// The workshop on an embedded territory, with no change yet.
    pub fn from_embedded(embedded: EmbeddedTerritory, lang: Lang) -> Workspace {
        let territory = read_territory(&embedded.files)
            .expect("embedded territories are valid: tests/engine checks them")
            .territory;
        let atlas = Atlas {
            key: embedded.key,
            name: embedded.name,
            communes: embedded.communes,
            zone_shapes: embedded.zone_shapes,
            groups: embedded.groups,
            grouping_unverified: embedded.grouping_unverified,
        };
        Workspace::new(territory, atlas, lang)
    }

    /// The default workshop: Portes des Alpes, in French.
    pub fn default_territory(lang: Lang) -> Workspace {
        Workspace::from_embedded(embedded::portes_des_alpes(), lang)
    }

    fn new(territory: Territory, atlas: Atlas, lang: Lang) -> Workspace {
        let figures = Rc::new(evaluate(&territory));
        let service = territory
            .services
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let scenario = Scenario::new(territory);
        Workspace {
            lang,
            atlas: Rc::new(atlas),
            impact: scenario.change_impact(),
            scenario: Rc::new(scenario),
            redo: Vec::new(),
            base_figures: Rc::clone(&figures),
            figures,
            service,
            selected_team: None,
            norm: SpanNorm::default(),
            refusal: None,
        }
    }

    /// The territory as it stands after every change.
    pub fn territory(&self) -> &Territory {
        self.scenario.current()
    }

    /// The starting territory.
    pub fn base(&self) -> &Territory {
        self.scenario.base()
    }

    /// The state after `action`; a refused operation changes nothing but the refusal shown.
    pub fn reduce(&self, action: Action) -> Workspace {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::LoadEmbedded(key) => {
                if let Some(embedded) = embedded::by_key(&key) {
                    next = Workspace::from_embedded(embedded, self.lang);
                }
            }
            Action::Apply { operation, control } => {
                let mut scenario = (*self.scenario).clone();
                match scenario.apply(operation) {
                    Ok(_) => {
                        next.scenario = Rc::new(scenario);
                        next.redo.clear();
                        next.refusal = None;
                        next.refresh();
                    }
                    Err(error) => next.refusal = Some(Refusal { control, error }),
                }
            }
            Action::Undo => {
                let mut scenario = (*self.scenario).clone();
                if let Some(operation) = scenario.undo() {
                    next.redo.push(operation);
                    next.scenario = Rc::new(scenario);
                    next.refusal = None;
                    next.refresh();
                }
            }
            Action::Redo => {
                if let Some(operation) = next.redo.pop() {
                    let mut scenario = (*self.scenario).clone();
                    // What was undone applied to this very territory before, so it applies again.
                    if scenario.apply(operation).is_ok() {
                        next.scenario = Rc::new(scenario);
                        next.refusal = None;
                        next.refresh();
                    }
                }
            }
            Action::SelectService(service) => next.service = service,
            Action::SelectTeam(team) => next.selected_team = team,
            Action::SetNorm(norm) => next.norm = norm,
            Action::DismissRefusal => next.refusal = None,
        }
        next
    }

    /// Recomputes the figures after the territory changed.
    fn refresh(&mut self) {
        self.figures = Rc::new(evaluate(self.scenario.current()));
        self.impact = self.scenario.change_impact();
        if let Some(team) = &self.selected_team {
            if self.territory().team_ix(team).is_none() {
                self.selected_team = None;
            }
        }
    }
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Workspace::reduce(&self, action))
    }
}

/// The handle every component uses to read the state and send actions.
pub type WorkspaceHandle = UseReducerHandle<Workspace>;

/// The workspace shared by the app through a context.
#[hook]
pub fn use_workspace() -> WorkspaceHandle {
    use_context::<WorkspaceHandle>()
        .expect("components are rendered inside the App's WorkspaceProvider")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn move_team(team: &str, to_site: &str) -> Action {
        Action::Apply {
            operation: Operation::MoveTeam {
                team: team.into(),
                to_site: to_site.into(),
            },
            control: Control::MoveTeam,
        }
    }

    #[test]
    fn an_accepted_operation_updates_the_figures_and_undo_brings_them_back_exactly() {
        let start = Workspace::default_territory(Lang::Fr);
        let first_team = start.territory().teams[0].clone();
        let other_site = start
            .territory()
            .sites
            .iter()
            .find(|s| s.id != start.territory().site(first_team.site).id)
            .unwrap();
        let moved = start.reduce(move_team(&first_team.id, &other_site.id));
        assert_eq!(moved.scenario.operations().len(), 1);
        assert_ne!(
            moved.figures, start.figures,
            "moving a team changes some figure"
        );
        assert_eq!(moved.impact.agents_moved, u64::from(first_team.agents));
        assert_eq!(
            moved.base_figures, start.base_figures,
            "the starting figures stay put"
        );

        let undone = moved.reduce(Action::Undo);
        assert_eq!(undone.territory(), start.territory());
        assert_eq!(undone.figures, start.figures);
        assert_eq!(undone.redo.len(), 1);

        let redone = undone.reduce(Action::Redo);
        assert_eq!(redone.territory(), moved.territory());
        assert!(redone.redo.is_empty());
    }

    #[test]
    fn a_refused_operation_changes_nothing_but_the_refusal_shown_next_to_its_control() {
        let start = Workspace::default_territory(Lang::Fr);
        let refused = start.reduce(move_team("no-such-team", "no-such-site"));
        assert_eq!(refused.territory(), start.territory());
        assert_eq!(refused.figures, start.figures);
        let refusal = refused
            .refusal
            .clone()
            .expect("the refusal is kept for display");
        assert_eq!(refusal.control, Control::MoveTeam);
        assert!(refusal.error.message(Lang::Fr).contains("no-such-team"));
        assert_eq!(refused.reduce(Action::DismissRefusal).refusal, None);
    }

    #[test]
    fn a_new_operation_clears_what_redo_would_have_applied() {
        let start = Workspace::default_territory(Lang::En);
        let team = start.territory().teams[0].clone();
        let site = start
            .territory()
            .sites
            .iter()
            .find(|s| s.id != start.territory().site(team.site).id)
            .unwrap()
            .id
            .clone();
        let undone = start
            .reduce(move_team(&team.id, &site))
            .reduce(Action::Undo);
        assert_eq!(undone.redo.len(), 1);
        let branched = undone.reduce(Action::Apply {
            operation: Operation::SetHeadcount {
                team: team.id.clone(),
                agents: i64::from(team.agents) + 1,
            },
            control: Control::Headcount,
        });
        assert!(branched.redo.is_empty());
        assert_eq!(
            branched.territory().total_agents(),
            start.territory().total_agents() + 1
        );
    }
}
