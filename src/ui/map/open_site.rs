//! The form that opens a new site where the map was clicked (or at its centre, from the keyboard).

use yew::prelude::*;

use crate::engine::lang::Lang;
use crate::engine::operations::Operation;
use crate::ui::i18n::t;
use crate::ui::map::dom;
use crate::ui::map::texts::MapText;

#[derive(Properties, PartialEq)]
pub struct OpenSiteProps {
    pub lang: Lang,
    /// Where the site would be: (longitude, latitude).
    pub at: [f64; 2],
    /// An id no site has yet, from the engine.
    pub fresh_id: String,
    /// The engine's refusal of the last opening, in words.
    #[prop_or_default]
    pub refusal: Option<String>,
    pub onopen: Callback<Operation>,
    pub oncancel: Callback<()>,
}

/// Id, name, capacity and position, prefilled; the engine checks them when the form is sent.
#[function_component(OpenSiteForm)]
pub fn open_site_form(props: &OpenSiteProps) -> Html {
    let lang = props.lang;
    let id = use_node_ref();
    let name = use_node_ref();
    let capacity = use_node_ref();
    let lat = use_node_ref();
    let lon = use_node_ref();
    let bad_capacity = use_state(|| false);
    {
        let name = name.clone();
        use_effect_with(props.at.map(f64::to_bits), move |_| dom::focus(&name));
    }
    let onsubmit = {
        let (id, name, capacity, lat, lon) = (
            id.clone(),
            name.clone(),
            capacity.clone(),
            lat.clone(),
            lon.clone(),
        );
        let bad_capacity = bad_capacity.clone();
        let onopen = props.onopen.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Ok(places) = dom::field_value(&capacity).trim().parse::<u32>() else {
                bad_capacity.set(true);
                return;
            };
            bad_capacity.set(false);
            // Coordinates that do not parse become NaN, which the engine refuses with its own message.
            let number = |node: &NodeRef| {
                dom::field_value(node)
                    .trim()
                    .replace(',', ".")
                    .parse::<f64>()
                    .unwrap_or(f64::NAN)
            };
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
    html! {
        <form class="open-site-form" aria-labelledby="open-site-heading" {onsubmit}>
            <h3 id="open-site-heading">{ t(lang, MapText::OpenHeading) }</h3>
            <p class="hint">{ t(lang, MapText::OpenHint) }</p>
            { field("name", MapText::Name, &name, t(lang, MapText::DefaultSiteName).to_owned(), "text") }
            { field("id", MapText::SiteId, &id, props.fresh_id.clone(), "text") }
            { field("capacity", MapText::Capacity, &capacity, "20".to_owned(), "number") }
            { field("lat", MapText::Latitude, &lat, format!("{:.5}", props.at[1]), "number") }
            { field("lon", MapText::Longitude, &lon, format!("{:.5}", props.at[0]), "number") }
            <div class="form-actions">
                <button type="submit">{ t(lang, MapText::ConfirmOpen) }</button>
                <button type="button" onclick={cancel}>{ t(lang, MapText::Cancel) }</button>
            </div>
            if *bad_capacity {
                <p class="refusal" role="alert">{ t(lang, MapText::BadCapacity) }</p>
            }
            if let Some(message) = &props.refusal {
                <p class="refusal" role="alert">{ message }</p>
            }
        </form>
    }
}
