//! Workshop groups and their files. A group names itself once (« Groupe bleu », kept in the
//! saved workspace); its exported file is named after the group and its scenario. A facilitator
//! collects the groups' files: each file's active scenario (the group's answer) joins the
//! workspace under the group's name, beside the facilitator's own scenarios, so that it is kept
//! like any other and can be compared and ranked. A file that cannot be read is named in the
//! message and the others are still collected.

use super::library::{NamedScenario, MAX_COMPARED};
use super::outcome::{Notice, Problem, RefusedGroupFile};
use super::Workspace;
use crate::engine::names::fold;
use crate::engine::saved::{self, Document, Restored};

/// The file a named group exports: `maillage-groupe-bleu-fin-de-bail.json` (lower case, accents
/// stripped, every run of spaces or punctuation one hyphen), so that the facilitator's downloads
/// folder tells the groups apart. `None` for a group without a name.
pub fn group_file_name(group: &str, scenario: &str) -> Option<String> {
    let group = slug(group);
    if group.is_empty() {
        return None;
    }
    let scenario = slug(scenario);
    let stem = if scenario.is_empty() {
        group
    } else {
        format!("{group}-{scenario}")
    };
    Some(format!("maillage-{stem}.json"))
}

fn slug(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join("-")
}

/// The group's name from its file name: `groupe-bleu.json` → `groupe-bleu` (for files written
/// before groups named themselves).
pub fn group_name(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem).trim();
    if stem.is_empty() {
        file.trim().to_string()
    } else {
        stem.to_string()
    }
}

impl Workspace {
    /// The name of the file this workspace exports: after its group and its active scenario
    /// once the group has named itself.
    pub fn export_file_name(&self) -> Option<String> {
        group_file_name(self.group.as_deref()?, &self.active_scenario().name)
    }

    /// The scenarios the board of all groups shows side by side: those of the active territory
    /// that change something (a group's answer; the start and untouched scenarios are
    /// references), in list order, at most four so that they fit a projector.
    pub fn board_scenarios(&self) -> Vec<&NamedScenario> {
        self.scenarios_of_active_base()
            .filter(|s| !s.scenario.operations().is_empty())
            .take(MAX_COMPARED)
            .collect()
    }

    pub(super) fn name_group(&mut self, name: &str) {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let group = (!name.is_empty()).then_some(name);
        if group != self.group {
            self.group = group;
            self.revision += 1;
        }
    }

    /// Adds each readable file's active scenario, named « group — scenario », the group being the
    /// name the group gave itself (or, for an older file, the file's name). The facilitator's
    /// own scenario stays active when the groups worked on its territory (the ranking then shows
    /// them all); otherwise the last one collected becomes active, so that the ranking shows it.
    pub(super) fn collect_groups(&mut self, files: &[(String, String)]) {
        let own = self.active_scenario();
        let (own_id, own_base) = (own.id, own.base.clone());
        let mut collected = Vec::new();
        let mut refused = Vec::new();
        for (file, text) in files {
            let read = Document::read(text, self.lang)
                .and_then(|d| saved::restore(&d).map(|r| (d.group, r)));
            match read {
                Ok((group, restored)) => {
                    let name = format!(
                        "{} — {}",
                        group.unwrap_or_else(|| group_name(file)),
                        restored
                            .scenarios
                            .get(restored.active)
                            .map_or("", |s| s.name.as_str())
                    );
                    if let Some(answer) = only_active(restored, name.clone()) {
                        self.add_restored(answer, 0);
                        collected.push(name);
                    }
                }
                Err(error) => refused.push(RefusedGroupFile {
                    file: file.clone(),
                    error,
                }),
            }
        }
        if self.active_scenario().base == own_base {
            self.activate(own_id);
        }
        self.problem = (!refused.is_empty()).then_some(Problem::GroupFiles(refused));
        self.notice =
            (!collected.is_empty()).then_some(Notice::GroupsCollected { names: collected });
        self.revision += 1;
    }
}

/// The document reduced to its active scenario, renamed, and the base that scenario uses.
fn only_active(mut restored: Restored, name: String) -> Option<Restored> {
    if restored.active >= restored.scenarios.len() {
        return None;
    }
    let mut answer = restored.scenarios.swap_remove(restored.active);
    let base = restored.bases.swap_remove(answer.base);
    answer.name = name;
    answer.base = 0;
    Some(Restored {
        bases: vec![base],
        scenarios: vec![answer],
        active: 0,
        trash: Vec::new(),
        training: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lang::Lang;
    use crate::engine::operations::Operation;
    use crate::workspace::{Action, Control};

    impl Workspace {
        fn read_saved_text(text: &str) -> Workspace {
            crate::workspace::read_saved(text, Lang::Fr).unwrap()
        }
    }

    /// An exported file of a workspace whose active scenario moved the first team.
    fn group_file(lang: Lang) -> String {
        let start = Workspace::default_territory(lang);
        let team = start.territory().teams[0].clone();
        let site = start
            .territory()
            .sites
            .iter()
            .find(|s| s.id != start.territory().site(team.site).id)
            .unwrap()
            .id
            .clone();
        let moved = start.reduce(Action::Apply {
            operation: Operation::MoveTeam {
                team: team.id,
                to_site: site,
            },
            control: Control::MoveTeam,
        });
        moved.document().to_json()
    }

    #[test]
    fn each_readable_file_adds_its_active_scenario_under_the_group_name() {
        let start = Workspace::default_territory(Lang::Fr);
        let file = group_file(Lang::Fr);
        let next = start.reduce(Action::CollectGroups(vec![
            ("groupe-bleu.json".into(), file.clone()),
            ("groupe-vert.json".into(), file),
            ("notes.txt".into(), "pas du JSON".into()),
        ]));
        let names: Vec<&str> = next.scenarios.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Scénario 1",
                "groupe-bleu — Scénario 1",
                "groupe-vert — Scénario 1"
            ]
        );
        assert_eq!(next.bases.len(), 1, "the groups' base is the page's own");
        assert_eq!(
            next.active, start.active,
            "the facilitator's scenario stays active"
        );
        assert!(next.scenario().operations().is_empty());
        assert!(next.scenarios[1..]
            .iter()
            .all(|s| s.scenario.operations().len() == 1));
        match &next.problem {
            Some(Problem::GroupFiles(refused)) => {
                assert_eq!(refused.len(), 1);
                assert_eq!(refused[0].file, "notes.txt");
            }
            other => panic!("the unreadable file is named: {other:?}"),
        }
        assert!(
            next.revision > start.revision,
            "the collected groups are saved"
        );
    }

    #[test]
    fn the_ranked_scenarios_open_side_by_side_at_most_four_best_first() {
        let file = group_file(Lang::Fr);
        let groups = (1..=4)
            .map(|n| (format!("groupe-{n}.json"), file.clone()))
            .collect();
        let start = Workspace::default_territory(Lang::Fr).reduce(Action::CollectGroups(groups));
        let ids: Vec<u32> = start.scenarios.iter().rev().map(|s| s.id).collect();
        assert_eq!(ids.len(), 5);
        let next = start.reduce(Action::CompareScenarios(ids.clone()));
        assert!(next.comparing, "the comparison page opens");
        assert_eq!(
            next.compared,
            ids[..4],
            "the first four given, in that order"
        );
        let names: Vec<&str> = next
            .compared_scenarios()
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert!(
            !names.contains(&"Scénario 1"),
            "the fifth is left out: {names:?}"
        );
    }

    #[test]
    fn a_named_group_s_file_is_named_after_the_group_and_its_scenario() {
        assert_eq!(
            group_file_name("Groupe bleu", "Fin de bail").as_deref(),
            Some("maillage-groupe-bleu-fin-de-bail.json")
        );
        assert_eq!(
            group_file_name("  Équipe  n° 3 ", "Fermer l'antenne à Mions").as_deref(),
            Some("maillage-equipe-n-3-fermer-l-antenne-a-mions.json")
        );
        assert_eq!(
            group_file_name("Groupe vert", "—").as_deref(),
            Some("maillage-groupe-vert.json")
        );
        assert_eq!(group_file_name(" · ", "Scénario 1"), None);
    }

    #[test]
    fn a_group_names_itself_once_and_is_collected_under_that_name() {
        let start = Workspace::default_territory(Lang::Fr);
        assert_eq!(start.export_file_name(), None);
        let named = Workspace::read_saved_text(&group_file(Lang::Fr))
            .reduce(Action::NameGroup("  Groupe   bleu ".into()));
        assert_eq!(named.group.as_deref(), Some("Groupe bleu"));
        assert_eq!(
            named.export_file_name().as_deref(),
            Some("maillage-groupe-bleu-scenario-1.json")
        );
        // Kept in the saved workspace, so a reload keeps it.
        let text = named.document().to_json();
        let reloaded = Workspace::read_saved_text(&text);
        assert_eq!(reloaded.group.as_deref(), Some("Groupe bleu"));
        // The facilitator's browser renamed the download: the group's own name wins.
        let collected = start.reduce(Action::CollectGroups(vec![(
            "maillage-scenarios (1).json".into(),
            text,
        )]));
        assert_eq!(collected.scenarios[1].name, "Groupe bleu — Scénario 1");
        // A blank name forgets it.
        let blank = named.reduce(Action::NameGroup("  ".into()));
        assert_eq!(blank.group, None);
        assert!(blank.revision > named.revision, "the change is saved");
    }

    #[test]
    fn the_board_shows_the_groups_that_changed_something_hidden_until_revealed() {
        let file = group_file(Lang::Fr);
        let groups = (1..=5)
            .map(|n| (format!("groupe-{n}.json"), file.clone()))
            .collect();
        let start = Workspace::default_territory(Lang::Fr).reduce(Action::CollectGroups(groups));
        let names: Vec<&str> = start
            .board_scenarios()
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(
            names,
            (1..=4)
                .map(|n| format!("groupe-{n} — Scénario 1"))
                .collect::<Vec<_>>(),
            "the untouched « Scénario 1 » is left out, and the fifth group"
        );
        let board = start.reduce(Action::ShowBoard(true));
        assert_eq!(board.board, Some(false), "hidden at first");
        let revealed = board.reduce(Action::RevealBoard);
        assert_eq!(revealed.board, Some(true));
        assert_eq!(
            revealed.reduce(Action::ShowSheet(Some(1))).board,
            None,
            "a sheet takes the page"
        );
        assert_eq!(revealed.reduce(Action::ShowBoard(false)).board, None);
        assert_eq!(
            start.reduce(Action::RevealBoard).board,
            None,
            "nothing to reveal"
        );
    }

    #[test]
    fn a_group_name_is_its_file_name_without_extension() {
        assert_eq!(group_name("groupe-bleu.json"), "groupe-bleu");
        assert_eq!(group_name("équipe.3.json"), "équipe.3");
        assert_eq!(group_name(".json"), ".json");
        assert_eq!(group_name("sans-extension"), "sans-extension");
    }
}
