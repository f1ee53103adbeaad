//! A facilitator collects the groups' exported scenario files: each file's active scenario (the
//! group's answer) joins the workspace under the group's name, beside the facilitator's own
//! scenarios, so that it is kept like any other and can be compared and ranked. A file that cannot
//! be read is named in the message and the others are still collected.

use super::outcome::{Notice, Problem, RefusedGroupFile};
use super::Workspace;
use crate::engine::saved::{self, Document, Restored};

/// The group's name from its file name: `groupe-bleu.json` → `groupe-bleu`.
pub fn group_name(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem).trim();
    if stem.is_empty() {
        file.trim().to_string()
    } else {
        stem.to_string()
    }
}

impl Workspace {
    /// Adds each readable file's active scenario, named « group — scenario ». The facilitator's
    /// own scenario stays active when the groups worked on its territory (the ranking then shows
    /// them all); otherwise the last one collected becomes active, so that the ranking shows it.
    pub(super) fn collect_groups(&mut self, files: &[(String, String)]) {
        let own = self.active_scenario();
        let (own_id, own_base) = (own.id, own.base.clone());
        let mut collected = Vec::new();
        let mut refused = Vec::new();
        for (file, text) in files {
            match Document::read(text, self.lang).and_then(|d| saved::restore(&d)) {
                Ok(restored) => {
                    let name = format!(
                        "{} — {}",
                        group_name(file),
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
    fn a_group_name_is_its_file_name_without_extension() {
        assert_eq!(group_name("groupe-bleu.json"), "groupe-bleu");
        assert_eq!(group_name("équipe.3.json"), "équipe.3");
        assert_eq!(group_name(".json"), ".json");
        assert_eq!(group_name("sans-extension"), "sans-extension");
    }
}
