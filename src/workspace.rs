//! The workspace: everything the workshop screen shows and its reducer, one closed set of actions,
//! each handed to the engine. Plain Rust like the engine (no web crate, no clock, no I/O): the
//! interface wraps it in its reducer hook (`ui::state`), the tests drive it directly.
//!
//! The named scenarios and their bases live in `library`; reading and writing them in `keeping`;
//! the groups' files in `groups`; the exercise under way in `training`; what an action says to
//! the user (notices, problems, refused files) in `outcome`.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::engine::atlas::{Commune, Ring};
use crate::engine::catalogue::Measure;
pub use crate::engine::catalogue::SpanNorm;
use crate::engine::change::ChangeImpact;
use crate::engine::comparison::Column;
use crate::engine::decision::{self, Changed, KeyFigure};
use crate::engine::embedded::{self, EmbeddedTerritory, Group};
use crate::engine::exercise::Exercise;
use crate::engine::io::TerritoryFiles;
use crate::engine::lang::Lang;
use crate::engine::metrics::Evaluation;
use crate::engine::model::{Territory, Warning};
use crate::engine::operations::{Operation, OperationError};
use crate::engine::scenario::Scenario;
use crate::engine::siting::crowded_by_change;
use crate::engine::timeline::Scheduled;

mod groups;
mod keeping;
mod library;
mod outcome;
mod panels;
mod timeline;
mod training;

pub use groups::group_name;
pub use keeping::read_saved;
pub use library::{numbered_name, Base, NamedScenario, MAX_COMPARED};
pub use outcome::{Notice, Problem, RefusedGroupFile, StorageFailure};
pub use panels::{Activity, Panel, Spotlight};
pub use training::{Training, TrainingAction};

/// Which control sent an operation, so that a refusal is shown next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// The Operations tab's move form.
    MoveTeam,
    /// The map: a team dropped on a site, or the map's own move form. Apart from `MoveTeam` so
    /// that a refusal shows next to the control that was used, not in both places.
    MapMoveTeam,
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
    /// The facilitator's events: a site made unavailable, an absence wave, a demand surge.
    EventSite,
    EventAbsence,
    EventSurge,
    /// A scheduled event fired from the timeline.
    Timeline,
    /// A suggestion applied from the « Suggérer » panel.
    Suggest,
}

/// An operation the engine refused, and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub control: Control,
    pub error: OperationError,
}

/// Sites an accepted operation put over capacity (or further over it), said next to the control
/// that sent it until the next change.
#[derive(Clone, Debug, PartialEq)]
pub struct CapacityAlert {
    pub control: Control,
    /// The sites, each as the engine words it.
    pub sites: Vec<Warning>,
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

/// Everything the workshop screen shows. Cloning is cheap: the big values sit behind `Rc`.
///
/// `scenarios` keeps every named scenario with its figures; the accessors `atlas`, `scenario`,
/// `redo`, `base_figures`, `figures` and `impact` read the ACTIVE one (and its base), so that
/// every view draws it without knowing there are others, and no copy of it can fall behind.
#[derive(Clone, Debug, PartialEq)]
pub struct Workspace {
    pub lang: Lang,
    /// The service whose travel times shade the map.
    pub service: String,
    /// The team selected on the map or in the lists.
    pub selected_team: Option<String>,
    pub norm: SpanNorm,
    pub refusal: Option<Refusal>,
    /// Sites the last operation put over capacity, until the next change.
    pub capacity_alert: Option<CapacityAlert>,
    /// The territories scenarios start from: embedded ones and the user's imports.
    pub bases: Vec<Base>,
    /// Every named scenario, in the order the user sees them.
    pub scenarios: Vec<NamedScenario>,
    /// Id of the active scenario.
    pub active: u32,
    /// Deleted scenarios, most recent last, that the user can restore.
    pub trash: Vec<NamedScenario>,
    /// Ids of the scenarios shown in the comparison (at most four, with the base).
    pub compared: Vec<u32>,
    /// Whether the comparison fills the page instead of the workshop.
    pub comparing: bool,
    /// The scenario whose one-page sheet fills the page instead of the workshop.
    pub sheet: Option<u32>,
    /// The panel shown beside the map.
    pub panel: Panel,
    /// The workshop's panel the workshop comes back to.
    pub workshop_panel: Panel,
    /// The strip figure whose source the dashboard shows.
    pub spotlight: Option<Spotlight>,
    /// What the last action on the scenarios did, said to the user (role="status").
    pub notice: Option<Notice>,
    /// A file, a territory or a link that was refused; nothing was changed.
    pub problem: Option<Problem>,
    /// Why the browser could not keep the last change, until a save succeeds again.
    pub storage_failure: Option<StorageFailure>,
    /// Counts the changes to save: the storage effect runs when it moves.
    pub revision: u64,
    /// The id the next scenario gets.
    pub next_id: u32,
    /// The projector view: large type, high contrast, controls tucked away.
    pub presentation: bool,
    /// The exercise under way, its hints and debrief (saved with the scenarios).
    pub training: Training,
    /// The workshop group's name, once it has named itself (saved; names its exported file).
    pub group: Option<String>,
    /// The board of all groups in the workshop's place: `Some(false)` while its results are
    /// hidden, `Some(true)` once the facilitator has revealed them.
    pub board: Option<bool>,
    /// The facilitator's scheduled events (saved), fired one by one.
    pub timeline: Vec<Scheduled>,
}

/// Everything a user can do to the workshop state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetLang(Lang),
    /// Go to an embedded territory (`portes-des-alpes`, `metropole`): its last scenario, or a
    /// first one on it. The scenarios of the territory left behind are kept.
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
    /// The sites the last change put over capacity have been read.
    DismissCapacityAlert,
    /// A new scenario on the active scenario's base territory.
    NewScenario,
    /// A new scenario that copies this one.
    CopyScenario(u32),
    RenameScenario {
        id: u32,
        name: String,
    },
    /// Moves a scenario to the trash, from where it can be restored.
    DeleteScenario(u32),
    RestoreScenario(u32),
    SelectScenario(u32),
    /// Go to a base territory by its id (an embedded key or an import).
    SelectBase(String),
    ToggleCompared(u32),
    ShowComparison(bool),
    /// Opens the comparison page on these scenarios of the active base (the first four).
    CompareScenarios(Vec<u32>),
    /// A territory from the user's CSV files (file name → text).
    ImportTerritory {
        name: String,
        files: TerritoryFiles,
    },
    /// An exported scenarios file, as text.
    ImportScenarios(String),
    /// A share link's fragment (`#s=…`).
    OpenLink(String),
    StorageFailed(StorageFailure),
    StorageSaved,
    DismissNotice,
    DismissProblem,
    /// A guided exercise begins, in one step: its starting territory (the embedded one after the
    /// exercise's setup) becomes the base `exercise-{id}`, with a fresh scenario on it named after
    /// the exercise, and the Exercises tab shows it from its briefing.
    StartExercise(Rc<Exercise>),
    /// What the trainee does in the Exercises tab once an exercise is chosen.
    Training(TrainingAction),
    /// The groups' exported scenario files (file name, text): each one's active scenario joins.
    CollectGroups(Vec<(String, String)>),
    /// A workshop group names itself (a blank name forgets it).
    NameGroup(String),
    /// Open the board of all groups, its results hidden (`true`), or leave it (`false`).
    ShowBoard(bool),
    /// Reveal the board's results to the room.
    RevealBoard,
    /// Add an event to the timeline, not yet fired.
    Schedule(Scheduled),
    /// Fire the timeline's event at this position: applied to the active scenario like the
    /// event forms' (journaled, undone by Undo).
    FireScheduled(usize),
    /// Take the timeline's event at this position off the timeline.
    Unschedule(usize),
    /// Enter or leave the presentation view.
    SetPresentation(bool),
    /// Show a panel beside the map.
    ShowPanel(Panel),
    /// Show an activity: its panel, or the workshop's panel it was last on.
    ShowActivity(Activity),
    /// Open where a strip figure comes from (the dashboard at that figure), with the service it
    /// is about on the map.
    OpenSource {
        measure: Measure,
        service: Option<String>,
    },
    /// Show a scenario's one-page sheet instead of the workshop, or leave it (`None`).
    ShowSheet(Option<u32>),
}

impl Workspace {
    /// The workshop on an embedded territory, with one scenario and no change yet.
    pub fn from_embedded(embedded: EmbeddedTerritory, lang: Lang) -> Workspace {
        let base = Base::from_embedded(embedded);
        Workspace::with_base(base, lang)
    }

    /// The default workshop: Portes des Alpes, in French.
    pub fn default_territory(lang: Lang) -> Workspace {
        Workspace::from_embedded(embedded::portes_des_alpes(), lang)
    }

    /// A workspace of one base and one fresh scenario on it.
    pub fn with_base(base: Base, lang: Lang) -> Workspace {
        let first = NamedScenario::fresh(1, library::numbered_name(lang, 1), &base);
        let mut workspace = Workspace {
            lang,
            service: String::new(),
            selected_team: None,
            norm: SpanNorm::default(),
            refusal: None,
            capacity_alert: None,
            bases: vec![base],
            compared: vec![first.id],
            active: first.id,
            scenarios: vec![first],
            trash: Vec::new(),
            comparing: false,
            sheet: None,
            panel: Panel::default(),
            workshop_panel: Panel::default(),
            spotlight: None,
            notice: None,
            problem: None,
            storage_failure: None,
            revision: 0,
            next_id: 2,
            presentation: false,
            training: Training::default(),
            group: None,
            board: None,
            timeline: Vec::new(),
        };
        workspace.activate(1);
        workspace
    }

    /// The active scenario: its operations, and the territory after each.
    pub fn scenario(&self) -> &Rc<Scenario> {
        &self.active_scenario().scenario
    }

    /// The active scenario's operations undone, most recent last, that redo applies again.
    pub fn redo(&self) -> &[Operation] {
        &self.active_scenario().redo
    }

    /// Figures of the active scenario's current territory.
    pub fn figures(&self) -> &Rc<Evaluation> {
        &self.active_scenario().figures
    }

    /// The active scenario's change impact against its starting territory.
    pub fn impact(&self) -> &ChangeImpact {
        &self.active_scenario().impact
    }

    /// Figures of the starting territory, against which every change is shown.
    pub fn base_figures(&self) -> &Rc<Evaluation> {
        &self.active_base().figures
    }

    /// What the map draws beside the active territory: boundaries and zone outlines.
    pub fn atlas(&self) -> &Rc<Atlas> {
        &self.active_base().atlas
    }

    /// The territory as it stands after every change.
    pub fn territory(&self) -> &Territory {
        self.scenario().current()
    }

    /// The starting territory.
    pub fn base(&self) -> &Territory {
        self.scenario().base()
    }

    /// The state after `action`; a refused operation changes nothing but the refusal shown.
    pub fn reduce(&self, action: Action) -> Workspace {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.set_lang(lang),
            Action::LoadEmbedded(key) => next.load_embedded(&key),
            Action::Apply { operation, control } => {
                let mut scenario = (**self.scenario()).clone();
                match scenario.apply(operation) {
                    Ok(_) => {
                        let crowded = crowded_by_change(self.territory(), scenario.current());
                        next.replace_active(scenario, Vec::new());
                        next.capacity_alert = (!crowded.is_empty()).then_some(CapacityAlert {
                            control,
                            sites: crowded,
                        });
                    }
                    Err(error) => {
                        next.capacity_alert = None;
                        next.refusal = Some(Refusal { control, error });
                    }
                }
            }
            Action::Undo => {
                let mut scenario = (**self.scenario()).clone();
                if let Some(operation) = scenario.undo() {
                    let mut redo = self.redo().to_vec();
                    redo.push(operation);
                    next.replace_active(scenario, redo);
                }
            }
            Action::Redo => {
                let mut redo = self.redo().to_vec();
                if let Some(operation) = redo.pop() {
                    let mut scenario = (**self.scenario()).clone();
                    // What was undone applied to this very territory before, so it applies again.
                    if scenario.apply(operation).is_ok() {
                        next.replace_active(scenario, redo);
                    }
                }
            }
            Action::SelectService(service) => next.service = service,
            Action::SelectTeam(team) => next.selected_team = team,
            Action::SetNorm(norm) => next.norm = norm,
            Action::DismissRefusal => next.refusal = None,
            Action::DismissCapacityAlert => next.capacity_alert = None,
            Action::NewScenario => next.new_scenario(),
            Action::CopyScenario(id) => next.copy_scenario(id),
            Action::RenameScenario { id, name } => next.rename_scenario(id, &name),
            Action::DeleteScenario(id) => next.delete_scenario(id),
            Action::RestoreScenario(id) => next.restore_scenario(id),
            Action::SelectScenario(id) => next.select_scenario(id),
            Action::SelectBase(id) => next.select_base(&id),
            Action::ToggleCompared(id) => next.toggle_compared(id),
            Action::ShowComparison(shown) => {
                next.comparing = shown;
                next.sheet = None;
                next.board = None;
            }
            Action::CompareScenarios(ids) => {
                next.compare_these(&ids);
                next.comparing = true;
                next.sheet = None;
                next.board = None;
            }
            Action::ImportTerritory { name, files } => next.import_territory(name, &files),
            Action::ImportScenarios(text) => next.import_scenarios(&text),
            Action::OpenLink(fragment) => next.open_link(&fragment),
            Action::StorageFailed(failure) => next.storage_failure = Some(failure),
            Action::StorageSaved => next.storage_failure = None,
            Action::DismissNotice => next.notice = None,
            Action::DismissProblem => next.problem = None,
            Action::StartExercise(exercise) => next.start_exercise(exercise),
            Action::Training(action) => {
                next.training = next.training.after(action);
                if next.training.saved() != self.training.saved() {
                    next.revision += 1;
                }
            }
            Action::CollectGroups(files) => next.collect_groups(&files),
            Action::NameGroup(name) => next.name_group(&name),
            Action::ShowBoard(shown) => {
                next.board = shown.then_some(false);
                // The room sees the board: a notice left over would float over it.
                next.notice = None;
                next.comparing = false;
                next.sheet = None;
            }
            Action::RevealBoard => next.board = next.board.map(|_| true),
            Action::Schedule(event) => next.schedule(event),
            Action::FireScheduled(position) => next = next.fire_scheduled(position),
            Action::Unschedule(position) => next.unschedule(position),
            Action::SetPresentation(on) => next.presentation = on,
            Action::ShowPanel(panel) => next.show_panel(panel),
            Action::ShowActivity(activity) => next.show_activity(activity),
            Action::OpenSource { measure, service } => next.open_source(measure, service),
            Action::ShowSheet(id) => {
                next.sheet = id.filter(|id| self.scenarios.iter().any(|s| s.id == *id));
                next.comparing = false;
                next.board = None;
            }
        }
        next
    }

    /// The start and a scenario of this workspace as the engine compares them: the scenario's
    /// base (its figures, no change impact) and the scenario itself.
    pub fn columns<'a>(&'a self, scenario: &'a NamedScenario) -> (Column<'a>, Column<'a>) {
        const NO_IMPACT: ChangeImpact = ChangeImpact {
            agents_moved: 0,
            agents_new_manager: 0,
            agents_changing: 0,
            agents_new: 0,
            agents_gone: 0,
        };
        let base = self
            .base_by_id(&scenario.base)
            .unwrap_or_else(|| self.active_base());
        let start = Column {
            territory: &base.territory,
            figures: &base.figures,
            impact: &NO_IMPACT,
        };
        let now = Column {
            territory: scenario.scenario.current(),
            figures: &scenario.figures,
            impact: &scenario.impact,
        };
        (start, now)
    }

    /// The decision strip of any scenario of the workspace, against its start.
    pub fn key_figures(&self, scenario: &NamedScenario) -> Vec<KeyFigure> {
        let (start, now) = self.columns(scenario);
        decision::strip(&start, &now, self.norm, self.lang)
    }

    /// Every figure of a scenario that differs from its start, the largest change first.
    pub fn changes(&self, scenario: &NamedScenario) -> Vec<Changed> {
        let (start, now) = self.columns(scenario);
        decision::changes(&start, &now, self.norm)
    }

    /// The language changes, and the scenarios still bearing a name the app gave them
    /// (« Scénario 2 ») take that name in the new language.
    fn set_lang(&mut self, lang: Lang) {
        let old = self.lang;
        self.lang = lang;
        for entry in self.scenarios.iter_mut().chain(self.trash.iter_mut()) {
            let number = entry
                .name
                .strip_prefix(old.pick("Scénario ", "Scenario "))
                .and_then(|n| n.parse::<usize>().ok());
            if let Some(number) = number {
                let renamed = library::numbered_name(lang, number);
                if renamed != entry.name {
                    entry.name = renamed;
                    self.revision += 1;
                }
            }
        }
    }

    /// Puts the active scenario's new state in its place, with its figures computed once. What
    /// the last change or the scenarios' last action said is no longer news.
    fn replace_active(&mut self, scenario: Scenario, redo: Vec<Operation>) {
        let active = self.active;
        if let Some(entry) = self.scenarios.iter_mut().find(|s| s.id == active) {
            entry.update(scenario, redo);
        }
        self.refusal = None;
        self.capacity_alert = None;
        self.notice = None;
        if let Some(team) = &self.selected_team {
            if self.territory().team_ix(team).is_none() {
                self.selected_team = None;
            }
        }
        self.revision += 1;
    }
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
        assert_eq!(moved.scenario().operations().len(), 1);
        assert_ne!(
            moved.figures(),
            start.figures(),
            "moving a team changes some figure"
        );
        assert_eq!(moved.impact().agents_moved, u64::from(first_team.agents));
        assert_eq!(
            moved.base_figures(),
            start.base_figures(),
            "the starting figures stay put"
        );

        let undone = moved.reduce(Action::Undo);
        assert_eq!(undone.territory(), start.territory());
        assert_eq!(undone.figures(), start.figures());
        assert_eq!(undone.redo().len(), 1);

        let redone = undone.reduce(Action::Redo);
        assert_eq!(redone.territory(), moved.territory());
        assert!(redone.redo().is_empty());
    }

    #[test]
    fn a_refused_operation_changes_nothing_but_the_refusal_shown_next_to_its_control() {
        let start = Workspace::default_territory(Lang::Fr);
        let refused = start.reduce(move_team("no-such-team", "no-such-site"));
        assert_eq!(refused.territory(), start.territory());
        assert_eq!(refused.figures(), start.figures());
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
        assert_eq!(undone.redo().len(), 1);
        let branched = undone.reduce(Action::Apply {
            operation: Operation::SetHeadcount {
                team: team.id.clone(),
                agents: i64::from(team.agents) + 1,
            },
            control: Control::Headcount,
        });
        assert!(branched.redo().is_empty());
        assert_eq!(
            branched.territory().total_agents(),
            start.territory().total_agents() + 1
        );
    }

    #[test]
    fn a_move_that_crowds_a_site_warns_next_to_its_control_until_the_next_change() {
        // Collecte Nord 1 (11 agents) into the Maison de la Métropole de Mions (20 places).
        let start = Workspace::default_territory(Lang::Fr);
        let crowded = start.reduce(Action::Apply {
            operation: Operation::MoveTeam {
                team: "COL-N1".into(),
                to_site: "MDM-MI".into(),
            },
            control: Control::MapMoveTeam,
        });
        let alert = crowded
            .capacity_alert
            .clone()
            .expect("the site is now over capacity");
        assert_eq!(alert.control, Control::MapMoveTeam);
        assert!(
            matches!(&alert.sites[..], [Warning::SiteOverCapacity { site, .. }] if site == "MDM-MI")
        );
        // Undo is a change: what the alert described is gone, and so is the alert.
        assert_eq!(crowded.reduce(Action::Undo).capacity_alert, None);
        assert_eq!(
            crowded.reduce(Action::DismissCapacityAlert).capacity_alert,
            None
        );
    }

    #[test]
    fn the_app_s_scenario_names_follow_the_language_and_a_notice_goes_with_the_next_change() {
        let start = Workspace::default_territory(Lang::Fr).reduce(Action::NewScenario);
        assert!(start.notice.is_some());
        let english = start.reduce(Action::SetLang(Lang::En));
        let names: Vec<&str> = english.scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Scenario 1", "Scenario 2"]);
        let renamed = english.reduce(Action::RenameScenario {
            id: english.active,
            name: "Fin de bail".into(),
        });
        let french = renamed.reduce(Action::SetLang(Lang::Fr));
        assert_eq!(french.scenarios[0].name, "Scénario 1");
        assert_eq!(
            french.active_scenario().name,
            "Fin de bail",
            "a name the user gave stays"
        );
        let team = french.territory().teams[0].id.clone();
        let changed = french.reduce(Action::Apply {
            operation: Operation::SetHeadcount { team, agents: 3 },
            control: Control::Headcount,
        });
        assert_eq!(
            changed.notice, None,
            "the scenario was created earlier: no longer news"
        );
    }

    #[test]
    fn a_strip_figure_opens_the_dashboard_at_its_source_with_its_service_on_the_map() {
        let start =
            Workspace::default_territory(Lang::Fr).reduce(Action::ShowPanel(Panel::OrgChart));
        assert_eq!(start.panel.activity(), Activity::Workshop);
        let away = start.reduce(Action::ShowActivity(Activity::Simulation));
        assert_eq!(away.panel, Panel::Simulation);
        assert_eq!(
            away.reduce(Action::ShowActivity(Activity::Workshop)).panel,
            Panel::OrgChart,
            "the workshop comes back to its last view"
        );
        let opened = away.reduce(Action::OpenSource {
            measure: Measure::LongestTrip,
            service: Some("pmi".into()),
        });
        assert_eq!(
            (opened.panel, opened.service.as_str()),
            (Panel::Dashboard, "pmi")
        );
        let again = opened.reduce(Action::OpenSource {
            measure: Measure::LongestTrip,
            service: Some("no-such-service".into()),
        });
        assert_eq!(
            again.service, "pmi",
            "an unknown service leaves the map as it is"
        );
        assert_ne!(
            again.spotlight, opened.spotlight,
            "each request brings the source back into view"
        );
    }
}
