//! The sites holding more agents than their capacity (the engine's warnings), each against the
//! same site at the start: where the strip's "sites over capacity" comes from.

use yew::prelude::*;

use super::figure::{figure_html, figures_table, Figure, Measure};
use super::texts::DashText;
use crate::engine::model::Warning;
use crate::engine::names::shown;
use crate::ui::i18n::{format_int, t};
use crate::ui::state::Workspace;

/// The heading, the count against the start and the table of sites over capacity.
pub fn sites_over_capacity(workspace: &Workspace) -> Html {
    let lang = workspace.lang;
    let over = |warnings: &[Warning]| warnings.len() as f64;
    let count = Figure::measured(
        Measure::SitesOverCapacity,
        Some(over(&workspace.figures().warnings)),
        Some(over(&workspace.base_figures().warnings)),
    );
    let base = workspace.base();
    let start_agents = base.agents_per_site();
    let rows: Vec<Html> = workspace
        .figures()
        .warnings
        .iter()
        .map(|warning| {
            let Warning::SiteOverCapacity {
                site,
                name,
                agents,
                capacity,
            } = warning;
            let before = base
                .site_ix(site)
                .and_then(|ix| start_agents.get(ix.index()).copied());
            let agents = Figure::measured(
                Measure::Agents,
                Some(*agents as f64),
                before.map(|a| a as f64),
            );
            html! {
                <tr>
                    <th scope="row">{ shown(lang, name).into_owned() }</th>
                    <td class="number">{ figure_html(lang, &agents) }</td>
                    <td class="number">{ format_int(lang, i64::from(*capacity)) }</td>
                </tr>
            }
        })
        .collect();
    html! {
        <>
            <h3 id={super::source_id(Measure::SitesOverCapacity)} tabindex="-1">{ Measure::SitesOverCapacity.name(lang) }</h3>
            <p class="figure-line">
                <span class="figure-label">{ t(lang, DashText::SitesCount) }</span>
                { figure_html(lang, &count) }
            </p>
            if workspace.figures().warnings.is_empty() {
                <p>{ t(lang, DashText::NoSiteOver) }</p>
            } else {
                { figures_table("sites-table", t(lang, DashText::SitesCaption).to_owned(), t(lang, DashText::Site), &[t(lang, DashText::Agents), t(lang, DashText::Capacity)], html! { { for rows } }) }
            }
        </>
    }
}
