//! Workload: load per service, without and with the usual absence, the overloaded teams, and
//! the load of each team on request.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::disclosure::{disclosure, Opened};
use super::explain::how_computed;
use super::figure::{figure_html, figures_table, Direction, Figure, Measure, Unit};
use super::texts::DashText;
use crate::engine::lang::format_percent;
use crate::engine::metrics::TeamFigures;
use crate::engine::model::{ServiceIx, TeamIx, Territory};
use crate::engine::ordered;
use crate::ui::i18n::{colon, format_int, t, Lang};
use crate::ui::state::{use_workspace, Workspace};

/// Overloaded teams listed before "show the others": enough for a workshop, short on the Métropole.
const OVERLOADED_SHOWN: usize = 8;

/// The workload section.
#[function_component(WorkloadSection)]
pub fn workload_section() -> Html {
    let workspace = use_workspace();
    let lang = workspace.lang;
    let opened: Opened = use_state(Default::default);
    let territory = workspace.territory();
    let rows = territory.services.iter().enumerate().map(|(k, service)| {
        let (Some(now), Some(start)) = (
            workspace.figures().services.get(k),
            workspace.base_figures().services.get(k),
        ) else {
            return html! {};
        };
        let demand = Figure::measured(Measure::Demand, Some(now.demand), Some(start.demand));
        let capacity =
            Figure::measured(Measure::Capacity, Some(now.capacity), Some(start.capacity));
        let load = Figure::measured(Measure::Load, now.load, start.load);
        let with_absence = Figure::measured(
            Measure::LoadWithAbsence,
            now.load_with_usual_absence,
            start.load_with_usual_absence,
        );
        html! {
            <tr data-service={service.id.clone()}>
                <th scope="row">{ &service.name }</th>
                <td class="number">{ figure_html(lang, &demand) }</td>
                <td class="number">{ figure_html(lang, &capacity) }</td>
                <td class="number load">{ figure_html(lang, &load) }</td>
                <td class="number load-absence">{ figure_html(lang, &with_absence) }</td>
            </tr>
        }
    });
    let per_team = territory.services.iter().enumerate().map(|(k, service)| {
        let count = territory
            .teams
            .iter()
            .filter(|team| team.service.index() == k)
            .count();
        let label = format!(
            "{} ({} {})",
            service.name,
            format_int(lang, count as i64),
            t(lang, DashText::Teams)
        );
        disclosure(&opened, &format!("teams-{}", service.id), label, || {
            team_table(&workspace, ServiceIx::from_index(k))
        })
    });
    html! {
        <section class="dash-section" aria-labelledby="dash-workload">
            <h2 id="dash-workload">{ t(lang, DashText::WorkloadTitle) }</h2>
            { how_computed(lang, DashText::WorkloadTitle, DashText::HowWorkload) }
            { figures_table("workload-table", t(lang, DashText::WorkloadCaption).to_owned(), t(lang, DashText::Service), &[Measure::Demand.name(lang), Measure::Capacity.name(lang), Measure::Load.name(lang), Measure::LoadWithAbsence.name(lang)], html! { { for rows } }) }
            <p class="figure-line usual-absence">{ usual_absence_text(lang, territory) }</p>
            { overloaded(&workspace, &opened) }
            { super::sites::sites_over_capacity(&workspace) }
            <h3>{ t(lang, DashText::TeamLoadTitle) }</h3>
            { for per_team }
        </section>
    }
}

/// How many teams are overloaded, against the start, and the most loaded of them.
fn overloaded(workspace: &Workspace, opened: &Opened) -> Html {
    let lang = workspace.lang;
    let over = &workspace.figures().overloaded_teams;
    let count = Figure::measured(
        Measure::OverloadedTeams,
        Some(over.len() as f64),
        Some(workspace.base_figures().overloaded_teams.len() as f64),
    );
    let base_ix = base_team_index(workspace);
    let row = |ix: &TeamIx| {
        let territory = workspace.territory();
        let team = territory.team(*ix);
        let service = territory.service(team.service);
        html! {
            <tr>
                <th scope="row">{ team_name(team) }</th>
                <td>{ &service.name }</td>
                <td class="number">{ figure_html(lang, &team_load(workspace, &base_ix, *ix, |f| f.load_with_usual_absence)) }</td>
            </tr>
        }
    };
    let table = |teams: &[TeamIx]| {
        html! {
            <table class="figures overloaded-table">
                <caption>{ t(lang, DashText::OverloadedCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(lang, DashText::Team) }</th>
                        <th scope="col">{ t(lang, DashText::Service) }</th>
                        <th scope="col" class="number">{ Measure::LoadWithAbsence.name(lang) }</th>
                    </tr>
                </thead>
                <tbody>{ for teams.iter().map(row) }</tbody>
            </table>
        }
    };
    let (first, rest) = over.split_at(over.len().min(OVERLOADED_SHOWN));
    html! {
        <>
            <h3 id={super::source_id(Measure::OverloadedTeams)} tabindex="-1">{ Measure::OverloadedTeams.name(lang) }</h3>
            <p class="figure-line overloaded-count">
                <span class="figure-label">{ t(lang, DashText::OverloadedCount) }</span>
                { figure_html(lang, &count) }
            </p>
            if over.is_empty() {
                <p>{ t(lang, DashText::NoOverloaded) }</p>
            } else {
                { table(first) }
            }
            if !rest.is_empty() {
                { disclosure(opened, "overloaded-rest", format!("{} {}", format_int(lang, rest.len() as i64), t(lang, DashText::MoreOverloaded)), || table(rest)) }
            }
        </>
    }
}

/// The teams of one service: agents and load, each against the same team at the start.
fn team_table(workspace: &Workspace, service: ServiceIx) -> Html {
    let lang = workspace.lang;
    let territory = workspace.territory();
    let base_ix = base_team_index(workspace);
    let rows = territory
        .teams
        .iter()
        .enumerate()
        .filter(|(_, team)| team.service == service)
        .map(|(ix, team)| {
            let start = base_ix.get(team.id.as_str()).map(|&b| workspace.base().team(TeamIx::from_index(b)));
            let agents = Figure {
                now: Some(f64::from(team.agents)),
                base: start.map(|s| f64::from(s.agents)),
                unit: Unit::Count,
                better: Direction::Neither,
            };
            html! {
                <tr data-team={team.id.clone()}>
                    <th scope="row">
                        { team_name(team) }
                        <span class="figure-sub">{ &territory.site(team.site).name }</span>
                        if start.is_none() { <span class="figure-sub">{ t(lang, DashText::NewTeam) }</span> }
                    </th>
                    <td class="number">{ figure_html(lang, &agents) }</td>
                    <td class="number">{ figure_html(lang, &team_load(workspace, &base_ix, TeamIx::from_index(ix), |f| f.load)) }</td>
                    <td class="number">{ figure_html(lang, &team_load(workspace, &base_ix, TeamIx::from_index(ix), |f| f.load_with_usual_absence)) }</td>
                </tr>
            }
        });
    figures_table(
        "team-table",
        format!(
            "{} — {}",
            t(lang, DashText::TeamLoadCaption),
            territory.service(service).name
        ),
        t(lang, DashText::Team),
        &[
            t(lang, DashText::Agents),
            Measure::Load.name(lang),
            Measure::LoadWithAbsence.name(lang),
        ],
        html! { { for rows } },
    )
}

/// Position of each team of the starting territory, by text id.
fn base_team_index(workspace: &Workspace) -> BTreeMap<&str, usize> {
    ordered::map_of(
        workspace
            .base()
            .teams
            .iter()
            .enumerate()
            .map(|(ix, team)| (team.id.as_str(), ix)),
    )
}

/// A team's load (`pick`: without or with the usual absence) now and, where the team existed at
/// the start, then.
fn team_load(
    workspace: &Workspace,
    base_ix: &BTreeMap<&str, usize>,
    ix: TeamIx,
    pick: fn(&TeamFigures) -> Option<f64>,
) -> Figure {
    let id = &workspace.territory().team(ix).id;
    Figure::measured(
        Measure::Load,
        workspace.figures().teams.get(ix.index()).and_then(pick),
        base_ix
            .get(id.as_str())
            .and_then(|&b| workspace.base_figures().teams.get(b))
            .and_then(pick),
    )
}

/// The usual absence the loads count: the territory's rate, and the services with their own.
fn usual_absence_text(lang: Lang, territory: &Territory) -> String {
    let percent = |rate: f64| format_percent(lang, rate * 100.0, 1);
    let mut text = format!(
        "{}{}{} {}",
        t(lang, DashText::UsualAbsence),
        colon(lang),
        percent(territory.territory_usual_absence()),
        t(lang, DashText::UsualAbsenceOfTerritory)
    );
    let own: Vec<String> = territory
        .services
        .iter()
        .filter_map(|s| {
            s.usual_absence
                .map(|rate| format!("{} {}", s.name, percent(rate)))
        })
        .collect();
    if !own.is_empty() {
        let semicolon = match lang {
            Lang::Fr => "\u{202F}; ",
            Lang::En => "; ",
        };
        text += &format!(
            "{semicolon}{} {}",
            t(lang, DashText::UsualAbsenceOwn),
            own.join(", ")
        );
    }
    text
}

/// A team's name, or its id where the name is empty.
fn team_name(team: &crate::engine::model::Team) -> String {
    if team.name.trim().is_empty() {
        team.id.clone()
    } else {
        team.name.clone()
    }
}
