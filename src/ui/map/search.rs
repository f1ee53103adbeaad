//! The site search: a combobox that finds a site by words of its name or commune as they are typed;
//! choosing one centres the map on it (the canvas does that).

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::ui::geo::search::{find, Entry};
use crate::ui::i18n::{format_int, t};
use crate::ui::map::dom;
use crate::ui::map::drawing::Shared;
use crate::ui::map::texts::{fill, MapText};

/// Results listed at most.
const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct SiteSearchProps {
    pub lang: Lang,
    pub entries: Shared<Vec<Entry>>,
    /// A site chosen, by its index in `entries`.
    pub onfind: Callback<usize>,
}

/// Type, then go down the list with the arrow keys and press Enter, or click a result.
#[function_component(SiteSearch)]
pub fn site_search(props: &SiteSearchProps) -> Html {
    let lang = props.lang;
    let query = use_state(String::new);
    let active = use_state(|| None::<usize>);
    let open = use_state(|| false);
    let results = find(&props.entries, &query, SHOWN);
    let choose = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        let entries = props.entries.clone();
        let onfind = props.onfind.clone();
        Callback::from(move |index: usize| {
            if let Some(entry) = entries.get(index) {
                query.set(entry.name.clone());
            }
            open.set(false);
            active.set(None);
            onfind.emit(index);
        })
    };
    let oninput = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(value) = dom::event_value(&event) {
                query.set(value);
                open.set(true);
                active.set(None);
            }
        })
    };
    let onkeydown = {
        let (open, active) = (open.clone(), active.clone());
        let results = results.clone();
        let choose = choose.clone();
        Callback::from(move |event: KeyboardEvent| {
            let count = results.len();
            match event.key().as_str() {
                "ArrowDown" | "ArrowUp" if count > 0 => {
                    event.prevent_default();
                    let down = event.key() == "ArrowDown";
                    let next = match (*active, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    };
                    open.set(true);
                    active.set(Some(next));
                }
                "Enter" => {
                    event.prevent_default();
                    if let Some(&site) = active.map_or(results.first(), |i| results.get(i)) {
                        choose.emit(site);
                    }
                }
                "Escape" if *open => {
                    // Closes the list only; the map's Escape is for the map.
                    event.stop_propagation();
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let expanded = *open && !query.trim().is_empty();
    let options = results.iter().enumerate().filter_map(|(row, &site)| {
        let entry = props.entries.get(site)?;
        let onclick = choose.reform(move |_: MouseEvent| site);
        // Keeps the focus in the field, so that the list stays open until the click lands.
        let onmousedown = Callback::from(|event: MouseEvent| event.prevent_default());
        let label = if entry.commune.is_empty() {
            entry.name.clone()
        } else {
            fill(t(lang, MapText::SearchOption), &[("site", &entry.name), ("commune", &entry.commune)])
        };
        Some(html! {
            <li role="option" id={format!("site-search-{row}")} aria-selected={(*active == Some(row)).to_string()}
                {onclick} {onmousedown}>{ label }</li>
        })
    });
    let status = if query.trim().is_empty() {
        String::new()
    } else if results.is_empty() {
        t(lang, MapText::SearchNone).to_owned()
    } else {
        fill(
            t(lang, MapText::SearchFound),
            &[("count", &format_int(lang, results.len() as i64))],
        )
    };
    html! {
        <div class="site-search">
            <label for="site-search">{ t(lang, MapText::SearchLabel) }</label>
            <div class="site-search-box">
                <input id="site-search" type="text" role="combobox" autocomplete="off" spellcheck="false"
                    placeholder={t(lang, MapText::SearchHint)}
                    aria-autocomplete="list" aria-expanded={expanded.to_string()} aria-controls="site-search-list"
                    aria-activedescendant={active.filter(|_| expanded).map(|row| format!("site-search-{row}"))}
                    value={(*query).clone()} {oninput} {onkeydown} {onblur} />
                <ul id="site-search-list" role="listbox" aria-label={t(lang, MapText::SearchResults)} hidden={!expanded || results.is_empty()}>
                    { for options }
                </ul>
            </div>
            <p class="map-sr-only" aria-live="polite">{ status }</p>
        </div>
    }
}
