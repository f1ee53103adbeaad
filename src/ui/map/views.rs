//! What the map's components show, read from the workspace and the engine's figures (no figure is computed here).

use crate::engine::names::shown;
use yew::AttrValue;

use crate::engine::lang::Lang;
use crate::engine::model::{ServiceIx, SiteIx, Territory, Warning};
use crate::engine::ordered;
use crate::engine::siting::{default_relocation, room_per_site, staff_per_site, Staff};
use crate::ui::i18n::{format_decimal, format_int, t};
use crate::ui::map::drawing::Drawing;
use crate::ui::map::overlay::Marker;
use crate::ui::map::site_panel::SiteTeam;
use crate::ui::map::teams::{TeamGroup, TeamItem};
use crate::ui::map::texts::{agents, fill, teams, MapText};
use crate::ui::state::Workspace;

/// The selected team, for the "Move to…" form.
pub struct Moving {
    pub team: String,
    pub name: String,
    pub site: String,
}

/// The selected site, for its panel.
pub struct SitePanelView {
    pub id: String,
    pub name: String,
    pub facts: String,
    pub warning: Option<String>,
    pub teams: Vec<SiteTeam>,
    pub others: Vec<(String, String)>,
    pub relocation: Vec<(String, String)>,
}

/// The view of one render.
pub struct View<'a> {
    lang: Lang,
    territory: &'a Territory,
    service: Option<ServiceIx>,
    /// The engine's S_k: sites hosting agents of the service shown.
    hosting: Vec<SiteIx>,
    staff: Vec<Staff>,
    staff_all: Vec<Staff>,
    pub service_name: AttrValue,
    pub catchment_minutes: f64,
    pub teams: Vec<TeamGroup>,
    pub moving: Option<Moving>,
    /// Every site as (id, name), by name, for the lists of sites.
    pub sites_by_name: Vec<(String, String)>,
    /// The last change in the journal's words.
    pub last_change: Option<String>,
}

impl<'a> View<'a> {
    pub fn new(
        workspace: &Workspace,
        territory: &'a Territory,
        service: Option<ServiceIx>,
    ) -> View<'a> {
        let lang = workspace.lang;
        let site_name = |ix: SiteIx| {
            territory
                .sites
                .get(ix.index())
                .map_or_else(|| "—".to_owned(), |s| shown(lang, &s.name).into_owned())
        };
        let mut groups: Vec<(SiteIx, TeamGroup)> = Vec::new();
        for team in territory
            .teams
            .iter()
            .filter(|team| Some(team.service) == service)
        {
            let item = TeamItem {
                id: team.id.clone(),
                label: fill(
                    t(lang, MapText::TeamEntry),
                    &[
                        ("team", &team.name),
                        ("agents", &agents(lang, team.agents.into())),
                    ],
                ),
                selected: workspace.selected_team.as_deref() == Some(team.id.as_str()),
            };
            match groups.iter_mut().find(|(site, _)| *site == team.site) {
                Some((_, group)) => group.teams.push(item),
                None => groups.push((
                    team.site,
                    TeamGroup {
                        site: site_name(team.site),
                        teams: vec![item],
                    },
                )),
            }
        }
        let teams = groups.into_iter().map(|(_, group)| group).collect();
        let moving = workspace
            .selected_team
            .as_deref()
            .and_then(|id| territory.team_ix(id))
            .map(|ix| {
                let team = territory.team(ix);
                Moving {
                    team: team.id.clone(),
                    name: team.name.clone(),
                    site: territory
                        .sites
                        .get(team.site.index())
                        .map(|s| s.id.clone())
                        .unwrap_or_default(),
                }
            });
        let mut sites_by_name: Vec<(String, String)> = territory
            .sites
            .iter()
            .map(|s| (s.id.clone(), shown(lang, &s.name).into_owned()))
            .collect();
        ordered::sort_by_key(&mut sites_by_name, |a| a.1.to_lowercase());
        let scenario = workspace.scenario();
        let last_change = scenario.operations().len().checked_sub(1).and_then(|last| {
            let before = scenario.before(last)?;
            let change = scenario.operations()[last].describe(before, lang);
            Some(fill(t(lang, MapText::Done), &[("change", &change)]))
        });
        let service_info = service.and_then(|k| territory.services.get(k.index()));
        View {
            lang,
            territory,
            service,
            hosting: service
                .and_then(|k| workspace.figures().services.get(k.index()))
                .map(|figures| figures.sites.clone())
                .unwrap_or_default(),
            staff: staff_per_site(territory, service),
            staff_all: staff_per_site(territory, None),
            service_name: service_info.map_or_else(|| "—".into(), |s| s.name.clone().into()),
            catchment_minutes: service_info.map_or(0.0, |s| s.catchment_minutes),
            teams,
            moving,
            sites_by_name,
            last_change,
        }
    }

    /// One marker per site, in the territory's order. With `arriving` (the team chosen or
    /// dragged), each says its room once that team is there.
    pub fn markers(
        &self,
        workspace: &Workspace,
        drawing: &Drawing,
        selected: Option<&str>,
        arriving: Option<&str>,
    ) -> Vec<Marker> {
        let lang = self.lang;
        let territory = self.territory;
        let arriving = arriving.and_then(|id| territory.team_ix(id));
        let room = room_per_site(territory, None);
        let room_then = arriving.map(|team| room_per_site(territory, Some(team)));
        let over = |site: &str| {
            workspace
                .figures()
                .warnings
                .iter()
                .find_map(|warning| match warning {
                    Warning::SiteOverCapacity {
                        site: id,
                        agents,
                        capacity,
                        ..
                    } if id == site => Some((*agents, *capacity)),
                    _ => None,
                })
        };
        territory
            .sites
            .iter()
            .enumerate()
            .map(|(s, site)| {
                let (x, y) = drawing.projection.project([site.lon, site.lat]);
                let here = self.staff.get(s).copied().unwrap_or_default();
                let all = self.staff_all.get(s).copied().unwrap_or_default();
                let hosting =
                    self.service.is_some() && self.hosting.contains(&SiteIx::from_index(s));
                let template = if here.teams == 1 {
                    MapText::MarkerOneTeam
                } else {
                    MapText::MarkerTeams
                };
                let label = hosting.then(|| {
                    AttrValue::from(fill(
                        t(lang, template),
                        &[
                            ("teams", &format_int(lang, here.teams.into())),
                            ("agents", &format_int(lang, here.agents as i64)),
                        ],
                    ))
                });
                let detail = fill(
                    t(lang, MapText::SiteDetail),
                    &[
                        ("teams", &teams(lang, here.teams.into())),
                        ("agents", &agents(lang, here.agents)),
                        ("service", &self.service_name),
                        ("all_teams", &teams(lang, all.teams.into())),
                        ("all_agents", &agents(lang, all.agents)),
                    ],
                );
                let over = over(&site.id);
                let over_short = over.map(|(agents, capacity)| {
                    AttrValue::from(fill(
                        t(lang, MapText::OverShort),
                        &[
                            ("agents", &format_int(lang, agents as i64)),
                            ("capacity", &format_int(lang, capacity.into())),
                        ],
                    ))
                });
                let over_long = over.map(|(agents, capacity)| {
                    fill(
                        t(lang, MapText::OverLong),
                        &[
                            ("agents", &format_int(lang, agents as i64)),
                            ("capacity", &format_int(lang, capacity.into())),
                        ],
                    )
                });
                let room_text = room_words(lang, room.get(s).copied().unwrap_or_default());
                let arriving_text = arriving.zip(room_then.as_ref()).map(|(team, then)| {
                    AttrValue::from(fill(
                        t(lang, MapText::Arriving),
                        &[
                            ("team", &territory.team(team).name),
                            (
                                "room",
                                &room_words(lang, then.get(s).copied().unwrap_or_default()),
                            ),
                        ],
                    ))
                });
                let name = fill(
                    t(lang, MapText::SiteName),
                    &[
                        ("site", &shown(lang, &site.name)),
                        ("detail", &detail),
                        ("room", over_long.as_deref().unwrap_or(&room_text)),
                    ],
                );
                Marker {
                    id: site.id.clone(),
                    x,
                    y,
                    hosting,
                    label,
                    weight: here.agents,
                    name: name.into(),
                    title: shown(lang, &site.name).into_owned().into(),
                    detail: detail.into(),
                    over: over_short,
                    room: room_text.into(),
                    arriving: arriving_text,
                    selected: selected == Some(site.id.as_str()),
                    chosen: false,
                    locked: false,
                }
            })
            .collect()
    }

    /// The selected site's panel, if that site still exists.
    pub fn site_panel(
        &self,
        workspace: &Workspace,
        selected: Option<&str>,
    ) -> Option<SitePanelView> {
        let lang = self.lang;
        let territory = self.territory;
        let ix = territory.site_ix(selected?)?;
        let site = territory.site(ix);
        let all = self.staff_all.get(ix.index()).copied().unwrap_or_default();
        let warning = workspace
            .figures()
            .warnings
            .iter()
            .find_map(|warning| match warning {
                Warning::SiteOverCapacity { site: id, .. } if *id == site.id => {
                    Some(warning.message(lang))
                }
                _ => None,
            });
        let teams = territory
            .teams
            .iter()
            .filter(|team| team.site == ix)
            .map(|team| SiteTeam {
                id: team.id.clone(),
                name: team.name.clone(),
                label: fill(
                    t(lang, MapText::SiteTeamEntry),
                    &[
                        ("team", &team.name),
                        (
                            "service",
                            territory
                                .services
                                .get(team.service.index())
                                .map_or("—", |s| s.name.as_str()),
                        ),
                        ("agents", &agents(lang, team.agents.into())),
                    ],
                ),
            })
            .collect();
        Some(SitePanelView {
            id: site.id.clone(),
            name: shown(lang, &site.name).into_owned(),
            facts: fill(
                t(lang, MapText::SiteFacts),
                &[
                    ("agents", &agents(lang, all.agents)),
                    ("capacity", &format_decimal(lang, site.capacity.into(), 0)),
                ],
            ),
            warning,
            teams,
            others: self
                .sites_by_name
                .iter()
                .filter(|(id, _)| *id != site.id)
                .cloned()
                .collect(),
            relocation: default_relocation(territory, ix),
        })
    }
}

/// Places left in words: "12 places libres", "complet", "3 agents au-delà de la capacité".
pub fn room_words(lang: Lang, room: i64) -> String {
    let n = format_int(lang, room.abs());
    match room {
        0 => t(lang, MapText::RoomFull).to_owned(),
        1 => t(lang, MapText::RoomOne).to_owned(),
        r if r < 0 => fill(t(lang, MapText::RoomOver), &[("n", &n)]),
        _ => fill(t(lang, MapText::RoomMany), &[("n", &n)]),
    }
}
