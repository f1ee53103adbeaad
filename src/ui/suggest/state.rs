//! The suggestion's state beside the workspace: the question as the user sets it, the job under
//! way in the worker, and the last answer with the territory it was computed on (a suggestion
//! names sites by their place in that territory, so it applies to that one only).

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::prelude::*;

use super::job::Update;
use super::texts::SuggestText;
use crate::engine::lang::Lang;
use crate::engine::model::Territory;
use crate::engine::operations::Operation;
use crate::engine::scenario::Scenario;
use crate::engine::suggest::{
    changes_by_commune, CommuneChange, Goal, Progress, Request as Question, SuggestError,
    Suggestion,
};
use crate::ui::i18n::t;

/// A suggestion received, and what it was computed on.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub suggestion: Suggestion,
    /// The territory it was computed on.
    pub on: Rc<Territory>,
    pub question: Question,
    /// Per commune, residents who gain and who lose time, from today's sites to the chosen ones.
    pub changes: Vec<CommuneChange>,
}

/// Where an answer stands against the active scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Computed on the territory shown: it can be applied.
    Fresh,
    /// Applied: the last change of the scenario is this suggestion.
    Applied,
    /// The scenario changed since (another change, another scenario or territory).
    Stale,
}

impl Answer {
    pub fn new(suggestion: Suggestion, on: Rc<Territory>, question: Question) -> Answer {
        let changes = changes_by_commune(&on, &suggestion.current, &suggestion.layout);
        Answer {
            suggestion,
            on,
            question,
            changes,
        }
    }

    /// Where it stands against `scenario` (compared by identity: the workspace keeps each
    /// territory of a scenario once, and undo brings back the very one it was computed on).
    pub fn standing(&self, scenario: &Scenario) -> Standing {
        if Rc::ptr_eq(&scenario.current_rc(), &self.on) {
            return Standing::Fresh;
        }
        let operations = scenario.operations();
        let applied = matches!(operations.last(), Some(Operation::ApplySuggestion(_)))
            && scenario
                .before(operations.len() - 1)
                .is_some_and(|before| std::ptr::eq(before, &*self.on));
        if applied {
            Standing::Applied
        } else {
            Standing::Stale
        }
    }

    /// The service's id.
    pub fn service_id(&self) -> &str {
        self.on
            .services
            .get(self.suggestion.service.index())
            .map_or("", |k| k.id.as_str())
    }
}

/// The control a refusal is shown beside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Sites,
    Locked,
    Apply,
    /// The question as a whole (beside the button that asks it).
    Ask,
}

/// Why no suggestion is shown, or why it cannot be applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Refusal {
    /// The engine refused (the question in the worker, or the suggestion's operations here), or
    /// the worker could not rebuild the scenario: beside which control, and why in French and in
    /// English (the worker sends words, not the engine's error: the page then carries no reader
    /// of every operation's refusals).
    Said { field: Field, reason: [String; 2] },
    /// The number of sites typed is not a whole number.
    NotWhole,
}

impl Refusal {
    /// The engine's refusal, beside the control it is about.
    pub fn of(error: &SuggestError) -> Refusal {
        let field = match error {
            SuggestError::SitesOutOfRange { .. } | SuggestError::NoSitesToday { .. } => {
                Field::Sites
            }
            SuggestError::MoreLocksThanSites { .. } | SuggestError::UnknownSite { .. } => {
                Field::Locked
            }
            SuggestError::TooFewAgents { .. }
            | SuggestError::CrewCannotMove { .. }
            | SuggestError::Operation(_) => Field::Apply,
            SuggestError::UnknownService { .. } | SuggestError::NoSites => Field::Ask,
        };
        Refusal::Said {
            field,
            reason: [error.message(Lang::Fr), error.message(Lang::En)],
        }
    }

    pub fn field(&self) -> Field {
        match self {
            Refusal::Said { field, .. } => *field,
            Refusal::NotWhole => Field::Sites,
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let text = match self {
            Refusal::Said {
                reason: [fr, en], ..
            } => lang.pick(fr, en).to_owned(),
            Refusal::NotWhole => t(lang, SuggestText::NotWhole).to_owned(),
        };
        // The engine's messages start in lower case: they are sentences of their own here.
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }
}

/// What the worker is doing for the panel.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Idle,
    /// A job under way, and its last news.
    Running(Option<Progress>),
    Cancelled,
    Finished,
    /// The browser cannot run a worker.
    Unavailable,
}

/// A job sent to the worker, waiting for its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub on: Rc<Territory>,
    pub question: Question,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SuggestState {
    /// The panel is shown (the answer is drawn on the map only then).
    pub open: bool,
    /// The number of sites as typed; `None` until typed: as many as today.
    pub sites: Option<String>,
    pub goal: Goal,
    pub within_room: bool,
    /// Locked sites by id, in the order they were locked.
    pub locked: Vec<String>,
    /// Choosing a site on the map locks it or frees it (instead of opening its panel).
    pub locking: bool,
    pub status: Status,
    pub answer: Option<Rc<Answer>>,
    /// The map shows today's times rather than the answer's.
    pub show_today: bool,
    pub refusal: Option<Refusal>,
    job: u32,
    pending: Option<Rc<Pending>>,
}

impl Default for SuggestState {
    fn default() -> Self {
        SuggestState {
            open: false,
            sites: None,
            goal: Goal::Distance,
            within_room: false,
            locked: Vec::new(),
            locking: false,
            status: Status::Idle,
            answer: None,
            show_today: false,
            refusal: None,
            job: 0,
            pending: None,
        }
    }
}

/// Everything that changes the suggestion's state.
#[derive(Clone, Debug, PartialEq)]
pub enum SuggestAction {
    Open(bool),
    /// The number of sites typed (`None`: as many as today, after a change of service).
    SetSites(Option<String>),
    SetGoal(Goal),
    SetWithinRoom(bool),
    /// Locks a site, or frees it if it was locked.
    ToggleLock(String),
    SetLocking(bool),
    ShowToday(bool),
    Refuse(Refusal),
    /// A job went to the worker.
    Started {
        job: u32,
        pending: Rc<Pending>,
    },
    FromWorker(Update),
    Cancel,
    Unavailable,
    /// Shows this answer (the render tests' way in; the worker's comes through `FromWorker`).
    Show(Rc<Answer>),
}

impl Reducible for SuggestState {
    type Action = SuggestAction;

    fn reduce(self: Rc<Self>, action: SuggestAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SuggestAction::Open(open) => {
                next.open = open;
                next.locking &= open;
            }
            SuggestAction::SetSites(sites) => next.sites = sites,
            SuggestAction::SetGoal(goal) => next.goal = goal,
            SuggestAction::SetWithinRoom(on) => next.within_room = on,
            SuggestAction::ToggleLock(site) => match next.locked.iter().position(|s| *s == site) {
                Some(at) => {
                    next.locked.remove(at);
                }
                None => next.locked.push(site),
            },
            SuggestAction::SetLocking(on) => next.locking = on && next.open,
            SuggestAction::ShowToday(today) => next.show_today = today,
            SuggestAction::Refuse(refusal) => next.refusal = Some(refusal),
            SuggestAction::Started { job, pending } => {
                next.job = job;
                next.pending = Some(pending);
                next.status = Status::Running(None);
                next.refusal = None;
                next.locking = false;
            }
            SuggestAction::FromWorker(update) => next.receive(update),
            SuggestAction::Cancel => {
                if matches!(next.status, Status::Running(_)) {
                    next.status = Status::Cancelled;
                }
                next.pending = None;
            }
            SuggestAction::Unavailable => next.status = Status::Unavailable,
            SuggestAction::Show(answer) => {
                next.answer = Some(answer);
                next.status = Status::Finished;
            }
        }
        // A new question: the refusal of the last one no longer stands.
        let question =
            |s: &SuggestState| (s.sites.clone(), s.goal, s.within_room, s.locked.clone());
        if question(&next) != question(&self) {
            next.refusal = None;
        }
        Rc::new(next)
    }
}

impl SuggestState {
    /// Takes news from the worker, unless it is about a job replaced or cancelled since.
    fn receive(&mut self, update: Update) {
        let job = match &update {
            Update::Progress { job, .. }
            | Update::Finished { job, .. }
            | Update::Refused { job, .. } => *job,
        };
        if job != self.job || !matches!(self.status, Status::Running(_)) {
            return;
        }
        match update {
            Update::Progress { progress, .. } => self.status = Status::Running(Some(progress)),
            Update::Finished { suggestion, .. } => {
                if let Some(pending) = self.pending.take() {
                    self.answer = Some(Rc::new(Answer::new(
                        *suggestion,
                        Rc::clone(&pending.on),
                        pending.question.clone(),
                    )));
                    self.show_today = false;
                }
                self.status = Status::Finished;
            }
            Update::Refused { refusal, .. } => {
                self.pending = None;
                self.status = Status::Idle;
                self.refusal = Some(refusal);
            }
        }
    }

    /// The answer to draw on the map: computed on the territory shown, for the map's service,
    /// while the panel is open and the map is not asked to show today's times.
    pub fn on_map(&self, scenario: &Scenario, service: &str) -> Option<Rc<Answer>> {
        let answer = self.answer.as_ref()?;
        (self.open
            && !self.show_today
            && answer.service_id() == service
            && answer.standing(scenario) == Standing::Fresh)
            .then(|| Rc::clone(answer))
    }
}
