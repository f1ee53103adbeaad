//! The teams of the service shown, to select or drag onto a site, and the keyboard way to move one: "Move to…" a site.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::i18n::t;
use crate::ui::map::dom;
use crate::ui::map::texts::{fill, MapText};

/// One team in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamItem {
    pub id: String,
    /// "Collecte Nord 1 — 11 agents".
    pub label: String,
    pub selected: bool,
}

/// The teams of the service working at one site.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamGroup {
    pub site: String,
    pub teams: Vec<TeamItem>,
}

#[derive(Properties, PartialEq)]
pub struct TeamListProps {
    pub lang: Lang,
    pub groups: Vec<TeamGroup>,
    pub onselect: Callback<String>,
    pub ondragstart: Callback<String>,
    pub ondragend: Callback<()>,
}

/// The teams by site, each a toggle button that selects it, each draggable onto a site marker.
#[function_component(TeamList)]
pub fn team_list(props: &TeamListProps) -> Html {
    let lang = props.lang;
    let item = |team: &TeamItem| {
        let onclick = {
            let onselect = props.onselect.clone();
            let id = team.id.clone();
            Callback::from(move |_: MouseEvent| onselect.emit(id.clone()))
        };
        let ondragstart = {
            let ondragstart = props.ondragstart.clone();
            let id = team.id.clone();
            Callback::from(move |event: DragEvent| {
                dom::start_drag(&event, &id);
                ondragstart.emit(id.clone());
            })
        };
        let ondragend = props.ondragend.reform(|_: DragEvent| ());
        html! {
            <li draggable="true" data-team={team.id.clone()} {ondragstart} {ondragend}>
                <button type="button" class="team-item" aria-pressed={team.selected.to_string()} {onclick}>
                    // The grip (or the tick once chosen) is decoration: aria-pressed says it.
                    <span class="grip" aria-hidden="true">{ if team.selected { "✓" } else { "⠿" } }</span>
                    { &team.label }
                </button>
            </li>
        }
    };
    let groups = props.groups.iter().enumerate().map(|(index, group)| {
        let id = format!("team-group-{index}");
        html! {
            <li class="team-group">
                <p class="team-group-site" id={id.clone()}>{ &group.site }</p>
                <ul aria-labelledby={id}>{ for group.teams.iter().map(item) }</ul>
            </li>
        }
    });
    html! {
        <section class="map-teams" aria-labelledby="map-teams-heading">
            <h3 id="map-teams-heading">{ t(lang, MapText::TeamsHeading) }</h3>
            <p class="hint">{ t(lang, MapText::TeamsHint) }</p>
            if props.groups.is_empty() {
                <p>{ t(lang, MapText::NoTeams) }</p>
            } else {
                <ul class="team-list">{ for groups }</ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct MoveFormProps {
    pub lang: Lang,
    pub team: String,
    pub team_name: String,
    /// The site the team works from.
    pub current_site: String,
    /// Every site: (id, name).
    pub sites: Vec<(String, String)>,
    /// The engine's refusal of the last move, in words.
    #[prop_or_default]
    pub refusal: Option<String>,
    /// (team id, site id).
    pub onmove: Callback<(String, String)>,
}

/// "Move “team” to…": a list of sites and a button. Rendered with `key` = the team, so that the
/// choice starts again for each team.
#[function_component(MoveForm)]
pub fn move_form(props: &MoveFormProps) -> Html {
    let lang = props.lang;
    let first_other = props
        .sites
        .iter()
        .find(|(id, _)| *id != props.current_site)
        .map(|(id, _)| id.clone())
        .unwrap_or_default();
    let chosen = use_state(move || first_other);
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            if let Some(value) = dom::event_value(&event) {
                chosen.set(value);
            }
        })
    };
    let onsubmit = {
        let chosen = chosen.clone();
        let onmove = props.onmove.clone();
        let team = props.team.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            onmove.emit((team.clone(), (*chosen).clone()));
        })
    };
    let options = props.sites.iter().map(|(id, name)| {
        let label = if *id == props.current_site {
            fill(t(lang, MapText::CurrentSite), &[("site", name)])
        } else {
            name.clone()
        };
        html! { <option value={id.clone()} selected={*id == *chosen}>{ label }</option> }
    });
    // The list is narrow: the site chosen is also written in full under it.
    let chosen_name = props
        .sites
        .iter()
        .find(|(id, _)| *id == *chosen)
        .map(|(_, name)| name.clone());
    html! {
        <form class="move-form" {onsubmit}>
            <label for="move-to">{ fill(t(lang, MapText::MoveTo), &[("team", &props.team_name)]) }</label>
            <div class="form-row">
                <select id="move-to" {onchange}>{ for options }</select>
                <button type="submit">{ t(lang, MapText::Move) }</button>
            </div>
            if let Some(name) = chosen_name { <span class="chosen-site" aria-hidden="true">{ "→ " }{ name }</span> }
            if let Some(message) = &props.refusal {
                <p class="refusal" role="alert">{ message }</p>
            }
        </form>
    }
}
