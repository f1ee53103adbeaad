//! The pieces of the tree: a post's card with its figures and norm badge, a branch's toggle, a team.

use crate::engine::names::shown;
use yew::prelude::*;

use crate::engine::metrics::{ManagerFigures, SpanStanding};
use crate::engine::model::{ManagerIx, TeamIx};
use crate::ui::i18n::colon;
use crate::ui::i18n::{format_int, t};
use crate::ui::org_chart::figures::{norm_badge, quoted, standing_class, whole_with_change};
use crate::ui::org_chart::text::OrgText;

use super::{children_id, Chart};

impl Chart<'_> {
    /// One post: name, role, norm badge and figures, each with its change since the start.
    pub(super) fn card(&self, post: ManagerIx, depth: usize, line_to: Option<ManagerIx>) -> Html {
        let lang = self.lang;
        let manager = self.territory.manager(post);
        let Some(figures) = self.figures.managers.get(post.index()) else {
            return html! {};
        };
        let base = self.base.get(manager.id.as_str());
        let before = |pick: fn(&ManagerFigures) -> i64| base.map(|b| pick(b));
        let standing = SpanStanding::of(figures.span, self.norm.min, self.norm.max);
        let heading = match depth {
            0 => "h4",
            1 => "h5",
            _ => "h6",
        };
        let figure = |label: OrgText, hint: Option<OrgText>, now: i64, before: Option<i64>| {
            html! {
                <div class="post-figure">
                    <dt title={hint.map(|h| t(lang, h))}>{ t(lang, label) }</dt>
                    <dd>{ whole_with_change(lang, now, before) }</dd>
                </div>
            }
        };
        html! {
            <div class={classes!("post-card", standing_class(standing))} data-post={manager.id.clone()}>
                <@{heading} class="post-name">{ self.name(post) }</@>
                <div class="post-line">
                    <p class="post-meta">
                        { format!("{} · {}", manager.role.label(lang), manager.id) }
                        if let Some(boss) = line_to {
                            <span class="reporting-line">
                                { format!(" · {} {}", t(lang, OrgText::ReportsTo), self.name(boss)) }
                            </span>
                        }
                    </p>
                    { norm_badge(lang, figures.span, self.norm) }
                </div>
                <dl class="post-figures">
                    { figure(OrgText::Span, Some(OrgText::SpanHint), figures.span as i64, before(|b| b.span as i64)) }
                    { figure(OrgText::Sites, None, figures.sites.into(), before(|b| b.sites.into())) }
                    { figure(OrgText::Trades, None, figures.services.into(), before(|b| b.services.into())) }
                    { figure(OrgText::Level, None, figures.level.into(), before(|b| b.level.into())) }
                </dl>
            </div>
        }
    }

    /// The button that opens or closes a branch (aria-expanded), naming what it holds and whose it is.
    pub(super) fn toggle(
        &self,
        post: ManagerIx,
        expanded: bool,
        posts: usize,
        teams: usize,
    ) -> Html {
        if posts + teams == 0 {
            return html! {};
        }
        let lang = self.lang;
        let id = self.territory.manager(post).id.clone();
        let onclick = self.ontoggle.reform(move |_| id.clone());
        let count = |n: usize, one: OrgText, many: OrgText| {
            format!(
                "{} {}",
                format_int(lang, n as i64),
                t(lang, if n == 1 { one } else { many })
            )
        };
        let mut held = Vec::new();
        if posts > 0 {
            held.push(count(posts, OrgText::OnePost, OrgText::Posts));
        }
        if teams > 0 {
            held.push(count(teams, OrgText::OneTeam, OrgText::Teams));
        }
        let verb = t(
            lang,
            if expanded {
                OrgText::Hide
            } else {
                OrgText::Show
            },
        );
        html! {
            <button type="button" class="org-toggle" aria-expanded={expanded.to_string()}
                aria-controls={children_id(post)} {onclick}>
                <span class="toggle-icon" aria-hidden="true">{ if expanded { "▾" } else { "▸" } }</span>
                { format!("{verb}{}{}", colon(lang), held.join(", ")) }
                <span class="visually-hidden">{ format!(" — {}", self.name(post)) }</span>
            </button>
        }
    }

    /// A team: name, service, site and headcount.
    pub(super) fn team(&self, team: TeamIx) -> Html {
        let lang = self.lang;
        let team = self.territory.team(team);
        let service = &self.territory.service(team.service).name;
        let site = shown(lang, &self.territory.site(team.site).name);
        let agents = format!(
            "{} {}",
            format_int(lang, team.agents.into()),
            t(
                lang,
                if team.agents == 1 {
                    OrgText::OneAgent
                } else {
                    OrgText::Agents
                }
            )
        );
        html! {
            <li class="org-team" data-team={team.id.clone()}>
                <span class="team-name">{ &team.name }</span>
                <span class="team-facts">{ format!("{service} · {site} · ") }<strong>{ agents }</strong></span>
                if let Some(crew) = &team.crew {
                    <span class="team-crew">{ format!("{} {}", t(lang, OrgText::MultiTrade), quoted(lang, crew)) }</span>
                }
            </li>
        }
    }
}
