//! The form that opens a new site: its place is chosen on the map (a click, or Enter at the
//! centre of the view); the coordinates can still be typed, tucked away with the site's id.

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::operations::Operation;
use crate::ui::i18n::t;
use crate::ui::map::dom;
use crate::ui::map::texts::{fill, MapText};

#[derive(Properties, PartialEq)]
pub struct OpenSiteProps {
    pub lang: Lang,
    /// Where the site would be, (longitude, latitude); `None` until a place is chosen.
    pub at: Option<[f64; 2]>,
    /// The commune the place lies in, where the map knows it.
    #[prop_or_default]
    pub commune: Option<AttrValue>,
    /// An id no site has yet, from the engine.
    pub fresh_id: String,
    /// The places the new site starts with (the exercise's brief gives it, if any).
    pub capacity: u32,
    /// The engine's refusal of the last opening, in words.
    #[prop_or_default]
    pub refusal: Option<String>,
    pub onopen: Callback<Operation>,
    pub oncancel: Callback<()>,
}

/// Where the site goes, then its name and places; its id and coordinates, prefilled, under a
/// disclosure for those who want them. The engine checks everything when the form is sent.
#[function_component(OpenSiteForm)]
pub fn open_site_form(props: &OpenSiteProps) -> Html {
    let lang = props.lang;
    let id = use_node_ref();
    let name = use_node_ref();
    let capacity = use_node_ref();
    let lat = use_node_ref();
    let lon = use_node_ref();
    // What the form itself refuses before the engine sees it.
    let problem = use_state(|| None::<MapText>);
    {
        // Once a place is chosen, the name is next: the focus goes there.
        let name = name.clone();
        let problem = problem.clone();
        use_effect_with(props.at.map(|at| at.map(f64::to_bits)), move |at| {
            if at.is_some() {
                problem.set(None);
                dom::focus(&name);
            }
        });
    }
    let onsubmit = {
        let (id, name, capacity, lat, lon) = (
            id.clone(),
            name.clone(),
            capacity.clone(),
            lat.clone(),
            lon.clone(),
        );
        let problem = problem.clone();
        let onopen = props.onopen.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Ok(places) = dom::field_value(&capacity).trim().parse::<u32>() else {
                problem.set(Some(MapText::BadCapacity));
                return;
            };
            let typed = |node: &NodeRef| dom::field_value(node).trim().replace(',', ".");
            if typed(&lat).is_empty() && typed(&lon).is_empty() {
                problem.set(Some(MapText::NoPlace));
                return;
            }
            problem.set(None);
            // Coordinates that do not parse become NaN, which the engine refuses with its own message.
            let number = |node: &NodeRef| typed(node).parse::<f64>().unwrap_or(f64::NAN);
            onopen.emit(Operation::OpenSite {
                id: dom::field_value(&id),
                name: dom::field_value(&name),
                lat: number(&lat),
                lon: number(&lon),
                capacity: places,
            });
        })
    };
    let cancel = props.oncancel.reform(|_: MouseEvent| ());
    let field = |key: &str, label: MapText, node: &NodeRef, value: String, kind: &'static str| {
        let field_id = format!("new-site-{key}");
        html! {
            <div class="form-row">
                <label for={field_id.clone()}>{ t(lang, label) }</label>
                <input id={field_id} ref={node.clone()} type={kind} {value} step="any" />
            </div>
        }
    };
    let coordinate = |i: usize| {
        props
            .at
            .map_or_else(String::new, |at| format!("{:.5}", at[i]))
    };
    let place = props.at.map(|_| {
        let commune = props.commune.as_ref().map_or_else(String::new, |c| {
            fill(t(lang, MapText::InCommune), &[("commune", c)])
        });
        fill(t(lang, MapText::PlacedAt), &[("commune", &commune)])
    });
    html! {
        <form class="open-site-form" aria-labelledby="open-site-heading" {onsubmit}>
            <h3 id="open-site-heading">{ t(lang, MapText::OpenHeading) }</h3>
            // Where the site goes first: said in words once chosen, how to choose it until then.
            <p class={classes!("hint", place.is_some().then_some("placed"))} aria-live="polite">
                { place.unwrap_or_else(|| t(lang, MapText::OpenHint).to_owned()) }
            </p>
            { field("name", MapText::Name, &name, t(lang, MapText::DefaultSiteName).to_owned(), "text") }
            { field("capacity", MapText::Capacity, &capacity, props.capacity.to_string(), "number") }
            <details class="open-site-more">
                <summary>{ t(lang, MapText::Coordinates) }</summary>
                { field("id", MapText::SiteId, &id, props.fresh_id.clone(), "text") }
                { field("lat", MapText::Latitude, &lat, coordinate(1), "number") }
                { field("lon", MapText::Longitude, &lon, coordinate(0), "number") }
            </details>
            <div class="form-actions">
                <button type="submit">{ t(lang, MapText::ConfirmOpen) }</button>
                <button type="button" onclick={cancel}>{ t(lang, MapText::Cancel) }</button>
            </div>
            if let Some(problem) = *problem {
                <p class="refusal" role="alert">{ t(lang, problem) }</p>
            }
            if let Some(message) = &props.refusal {
                <p class="refusal" role="alert">{ message }</p>
            }
        </form>
    }
}
