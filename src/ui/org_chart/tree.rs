//! The reporting tree drawn as nested lists: the director/deputy pair at the top, then heads, leads and teams.

mod items;

use std::collections::{BTreeMap, BTreeSet};

use yew::prelude::*;

use crate::engine::hierarchy::Hierarchy;
use crate::engine::lang::Lang;
use crate::engine::metrics::{Evaluation, ManagerFigures};
use crate::engine::model::{ManagerIx, Role, Territory};
use crate::ui::i18n::t;
use crate::ui::state::SpanNorm;

use super::text::OrgText;
use crate::engine::ordered;

/// What the tree needs to draw itself: the territory, the engine's figures now and at the start, and which
/// branches the user opened or closed.
pub struct Chart<'a> {
    pub lang: Lang,
    pub territory: &'a Territory,
    pub figures: &'a Evaluation,
    /// Figures of the starting territory, by post id.
    pub base: BTreeMap<&'a str, &'a ManagerFigures>,
    pub norm: SpanNorm,
    /// Posts whose branch is not in its default state (heads start closed, the others open).
    pub toggled: &'a BTreeSet<String>,
    pub ontoggle: Callback<String>,
    /// The reporting tree: the posts under each post and the teams it leads.
    hierarchy: Hierarchy,
}

impl<'a> Chart<'a> {
    pub fn new(
        lang: Lang,
        territory: &'a Territory,
        figures: &'a Evaluation,
        base_figures: &'a Evaluation,
        norm: SpanNorm,
        toggled: &'a BTreeSet<String>,
        ontoggle: Callback<String>,
    ) -> Chart<'a> {
        Chart {
            lang,
            territory,
            figures,
            base: ordered::map_of(base_figures.managers.iter().map(|m| (m.id.as_str(), m))),
            norm,
            toggled,
            ontoggle,
            hierarchy: Hierarchy::of(territory),
        }
    }

    /// The whole tree, from the top post.
    pub fn view(&self) -> Html {
        let Some(top) = self.territory.top_post() else {
            return html! {};
        };
        html! { <ul class="org-tree-root">{ self.node(top, 0) }</ul> }
    }

    /// A head's branch starts closed so that a large territory stays readable; every other branch starts open.
    fn expanded(&self, post: ManagerIx) -> bool {
        let manager = self.territory.manager(post);
        let default = manager.role != Role::Head;
        default != self.toggled.contains(&manager.id)
    }

    fn deputies(&self, post: ManagerIx) -> Vec<ManagerIx> {
        if self.territory.manager(post).role != Role::Director {
            return Vec::new();
        }
        self.hierarchy
            .children(post)
            .iter()
            .copied()
            .filter(|&p| self.territory.manager(p).role == Role::Deputy)
            .collect()
    }

    fn node(&self, post: ManagerIx, depth: usize) -> Html {
        let deputies = self.deputies(post);
        if !deputies.is_empty() {
            return self.pair(post, &deputies, depth);
        }
        let (posts, teams) = self.counts(post);
        // A team leader's few teams are always shown: a button to reveal one team would only add a step.
        let fixed = self.territory.manager(post).role == Role::Lead && posts == 0;
        let expanded = fixed || self.expanded(post);
        html! {
            <li class="org-node">
                { self.card(post, depth, None) }
                if !fixed { { self.toggle(post, expanded, posts, teams) } }
                <div id={children_id(post)} class="org-children">
                    { if expanded { self.children(post, depth + 1, &[]) } else { html! {} } }
                </div>
            </li>
        }
    }

    /// A director shown beside their deputies, the deputy's reporting line drawn; then one branch each.
    fn pair(&self, director: ManagerIx, deputies: &[ManagerIx], depth: usize) -> Html {
        let lang = self.lang;
        let expanded = self.expanded(director);
        // The deputies are drawn beside the director, so their own reports count, not them.
        let (posts, teams) = deputies.iter().fold(self.counts(director), |(p, t), &d| {
            let (dp, dt) = self.counts(d);
            (p - 1 + dp, t + dt)
        });
        let branch = |post: ManagerIx, skip: &[ManagerIx]| {
            let title_id = format!("org-branch-{}", post.0);
            html! {
                <div class="org-branch">
                    <p class="branch-title" id={title_id.clone()}>
                        { format!("{} {}", t(lang, OrgText::UnderPost), self.name(post)) }
                    </p>
                    { self.children_list(post, depth + 1, skip, Some(title_id)) }
                </div>
            }
        };
        html! {
            <li class="org-node org-pair-node">
                <div class="org-pair" role="group" aria-label={t(lang, OrgText::DirectionPair)}>
                    { self.card(director, depth, None) }
                    { for deputies.iter().map(|&deputy| html! {
                        <>
                            <div class="pair-line" aria-hidden="true"></div>
                            { self.card(deputy, depth, Some(director)) }
                        </>
                    }) }
                </div>
                { self.toggle(director, expanded, posts, teams) }
                <div id={children_id(director)} class="org-branches">
                    if expanded {
                        { branch(director, deputies) }
                        { for deputies.iter().map(|&deputy| branch(deputy, &[])) }
                    }
                </div>
            </li>
        }
    }

    fn children(&self, post: ManagerIx, depth: usize, skip: &[ManagerIx]) -> Html {
        self.children_list(post, depth, skip, None)
    }

    fn children_list(
        &self,
        post: ManagerIx,
        depth: usize,
        skip: &[ManagerIx],
        labelled_by: Option<String>,
    ) -> Html {
        let label = labelled_by
            .is_none()
            .then(|| format!("{} {}", t(self.lang, OrgText::UnderPost), self.name(post)));
        html! {
            <ul class="org-level" aria-label={label} aria-labelledby={labelled_by}>
                { for self.hierarchy.children(post).iter().filter(|p| !skip.contains(p)).map(|&p| self.node(p, depth)) }
                { for self.hierarchy.teams_led(post).iter().map(|&team| self.team(team)) }
            </ul>
        }
    }

    /// The posts and teams directly under `post`.
    fn counts(&self, post: ManagerIx) -> (usize, usize) {
        (
            self.hierarchy.children(post).len(),
            self.hierarchy.teams_led(post).len(),
        )
    }

    fn name(&self, post: ManagerIx) -> &str {
        let manager = self.territory.manager(post);
        if manager.name.is_empty() {
            &manager.id
        } else {
            &manager.name
        }
    }
}

fn children_id(post: ManagerIx) -> String {
    format!("org-sub-{}", post.0)
}
