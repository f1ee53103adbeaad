//! The selected site: its teams and capacity, and closing it, which asks where each of its teams goes.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::ordered;
use crate::ui::i18n::t;
use crate::ui::map::dom;
use crate::ui::map::texts::{fill, MapText};

/// A team working at the selected site.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteTeam {
    pub id: String,
    pub name: String,
    /// "Collecte Nord 1 (Collecte des déchets) — 11 agents".
    pub label: String,
}

#[derive(Properties, PartialEq)]
pub struct SitePanelProps {
    pub lang: Lang,
    pub id: String,
    pub name: String,
    /// "40 agents pour 45 places".
    pub facts: String,
    /// The engine's warning when the site holds more agents than it has room for.
    #[prop_or_default]
    pub warning: Option<String>,
    pub teams: Vec<SiteTeam>,
    /// Every other site: (id, name).
    pub others: Vec<(String, String)>,
    /// Where each team goes by default: (team id, site id), from the engine.
    pub relocation: Vec<(String, String)>,
    /// The engine's refusal of the last closing, in words.
    #[prop_or_default]
    pub refusal: Option<String>,
    /// (site id, relocation).
    pub onclose: Callback<(String, Vec<(String, String)>)>,
    pub onselect_team: Callback<String>,
    pub ondismiss: Callback<()>,
    /// Take the keyboard focus when shown (the site was just opened from the map's form).
    #[prop_or_default]
    pub autofocus: bool,
}

/// Shown under the map once a site marker is chosen; keyed by the site, so a new site starts afresh.
#[function_component(SitePanel)]
pub fn site_panel(props: &SitePanelProps) -> Html {
    let lang = props.lang;
    let closing = use_state(|| false);
    let initial: BTreeMap<String, String> = ordered::map_of(props.relocation.iter().cloned());
    let destinations = use_state(move || initial);
    let first_field = use_node_ref();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.autofocus, move |autofocus| {
            if *autofocus {
                dom::focus(&heading);
            }
        });
    }
    {
        let first_field = first_field.clone();
        use_effect_with(*closing, move |closing| {
            if *closing {
                dom::focus(&first_field);
            }
        });
    }
    let open_form = {
        let closing = closing.clone();
        Callback::from(move |_: MouseEvent| closing.set(true))
    };
    let cancel = {
        let closing = closing.clone();
        Callback::from(move |_: MouseEvent| closing.set(false))
    };
    let dismiss = props.ondismiss.reform(|_: MouseEvent| ());
    let onsubmit = {
        let destinations = destinations.clone();
        let onclose = props.onclose.clone();
        let site = props.id.clone();
        let teams: Vec<String> = props.teams.iter().map(|team| team.id.clone()).collect();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // A team left without a site is left out: the engine then says which teams have nowhere to go.
            let relocate = teams
                .iter()
                .filter_map(|team| {
                    let to = destinations.get(team).filter(|to| !to.is_empty())?;
                    Some((team.clone(), to.clone()))
                })
                .collect();
            onclose.emit((site.clone(), relocate));
        })
    };
    let team_rows = props.teams.iter().map(|team| {
        let onclick = {
            let onselect = props.onselect_team.clone();
            let id = team.id.clone();
            Callback::from(move |_: MouseEvent| onselect.emit(id.clone()))
        };
        html! { <li><button type="button" class="link-button" {onclick}>{ &team.label }</button></li> }
    });
    let fields = props.teams.iter().enumerate().map(|(index, team)| {
        let chosen = destinations.get(&team.id).cloned().unwrap_or_default();
        let onchange = {
            let destinations = destinations.clone();
            let id = team.id.clone();
            Callback::from(move |event: Event| {
                if let Some(value) = dom::event_value(&event) {
                    let mut next = (*destinations).clone();
                    next.insert(id.clone(), value);
                    destinations.set(next);
                }
            })
        };
        let field_id = format!("close-to-{index}");
        let node = if index == 0 { first_field.clone() } else { NodeRef::default() };
        html! {
            <div class="form-row">
                <label for={field_id.clone()}>{ fill(t(lang, MapText::GoesTo), &[("team", &team.name)]) }</label>
                <select id={field_id} ref={node} {onchange}>
                    <option value="" selected={chosen.is_empty()}>{ t(lang, MapText::NoDestination) }</option>
                    { for props.others.iter().map(|(id, name)| html! {
                        <option value={id.clone()} selected={*id == chosen}>{ name }</option>
                    }) }
                </select>
                // The list is narrow: the site chosen is also written in full under it.
                if let Some((_, name)) = props.others.iter().find(|(id, _)| *id == chosen) {
                    <span class="chosen-site" aria-hidden="true">{ "→ " }{ name }</span>
                }
            </div>
        }
    });
    html! {
        <section class="site-panel" aria-labelledby="site-panel-heading">
            <div class="panel-head">
                <h3 id="site-panel-heading" tabindex="-1" ref={heading}>{ fill(t(lang, MapText::SiteHeading), &[("site", &props.name)]) }</h3>
                <button type="button" class="dismiss" onclick={dismiss} aria-label={t(lang, MapText::Deselect)}>{ "×" }</button>
            </div>
            <p>{ &props.facts }</p>
            if let Some(warning) = &props.warning {
                <p class="warning">{ warning }</p>
            }
            if props.teams.is_empty() {
                <p>{ t(lang, MapText::SiteEmpty) }</p>
            } else {
                <ul class="site-teams">{ for team_rows }</ul>
            }
            if *closing {
                <form class="close-form" aria-labelledby="close-heading" {onsubmit}>
                    <h4 id="close-heading">{ fill(t(lang, MapText::CloseHeading), &[("site", &props.name)]) }</h4>
                    <p class="hint">{ t(lang, MapText::CloseHint) }</p>
                    { for fields }
                    <div class="form-actions">
                        <button type="submit" class="danger">{ t(lang, MapText::ConfirmClose) }</button>
                        <button type="button" onclick={cancel}>{ t(lang, MapText::Cancel) }</button>
                    </div>
                    if let Some(message) = &props.refusal {
                        <p class="refusal" role="alert">{ message }</p>
                    }
                </form>
            } else {
                <button type="button" class="close-site" onclick={open_form}>{ t(lang, MapText::CloseSite) }</button>
            }
        </section>
    }
}
