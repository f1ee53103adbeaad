//! The reporting tree drawn as nested lists: the director/deputy pair at the top, then heads, leads and teams.

mod items;

use std::collections::{BTreeMap, BTreeSet};

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::metrics::{Evaluation, ManagerFigures};
use crate::engine::model::{ManagerIx, Role, TeamIx, Territory};
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
    /// Per post: the posts reporting to it, in file order.
    sub_posts: Vec<Vec<ManagerIx>>,
    /// Per post: the teams it leads, in file order.
    teams: Vec<Vec<TeamIx>>,
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
        let n = territory.managers.len();
        let mut sub_posts = vec![Vec::new(); n];
        for (ix, post) in territory.managers.iter().enumerate() {
            if let Some(slot) = post
                .reports_to
                .and_then(|boss| sub_posts.get_mut(boss.index()))
            {
                slot.push(ManagerIx::from_index(ix));
            }
        }
        let mut teams = vec![Vec::new(); n];
        for (ix, team) in territory.teams.iter().enumerate() {
            if let Some(slot) = teams.get_mut(team.manager.index()) {
                slot.push(TeamIx::from_index(ix));
            }
        }
        Chart {
            lang,
            territory,
            figures,
            base: ordered::map_of(base_figures.managers.iter().map(|m| (m.id.as_str(), m))),
            norm,
            toggled,
            ontoggle,
            sub_posts,
            teams,
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
        self.sub_posts[post.index()]
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
        let (posts, teams) = (
            self.sub_posts[post.index()].len(),
            self.teams[post.index()].len(),
        );
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
        let posts = self.sub_posts[director.index()].len() - deputies.len()
            + deputies
                .iter()
                .map(|d| self.sub_posts[d.index()].len())
                .sum::<usize>();
        let teams = self.teams[director.index()].len()
            + deputies
                .iter()
                .map(|d| self.teams[d.index()].len())
                .sum::<usize>();
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
                { for self.sub_posts[post.index()].iter().filter(|p| !skip.contains(p)).map(|&p| self.node(p, depth)) }
                { for self.teams[post.index()].iter().map(|&team| self.team(team)) }
            </ul>
        }
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
