//! The few browser calls the map needs (field values, drag data, click position, focus); natively they do nothing, as render tests need.

use yew::prelude::*;

/// The MIME type the team id travels under while dragged.
#[cfg(target_arch = "wasm32")]
const TEAM_DATA: &str = "text/plain";

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::*;
    use wasm_bindgen::JsCast;

    /// The value of the `<select>` or `<input>` an event came from.
    pub fn event_value(event: &Event) -> Option<String> {
        let target = event.target()?;
        if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
            return Some(select.value());
        }
        target
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|input| input.value())
    }

    /// The current text of an `<input>` or `<select>`.
    pub fn field_value(node: &NodeRef) -> String {
        if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
            return input.value();
        }
        node.cast::<web_sys::HtmlSelectElement>()
            .map(|select| select.value())
            .unwrap_or_default()
    }

    /// Moves the keyboard focus to an element.
    pub fn focus(node: &NodeRef) {
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }

    /// Moves the keyboard focus to the first element matching a CSS selector.
    pub fn focus_selector(selector: &str) {
        if let Ok(Some(element)) = gloo::utils::document().query_selector(selector) {
            if let Some(element) = element.dyn_ref::<web_sys::SvgElement>() {
                let _ = element.focus();
            } else if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    }

    /// Like [`focus_selector`], only when the focus was lost (its element left the page): a
    /// user working elsewhere keeps it.
    pub fn refocus_selector(selector: &str) {
        let document = gloo::utils::document();
        let lost = match (document.active_element(), document.body()) {
            (None, _) => true,
            (Some(active), Some(body)) => active == *body.as_ref(),
            (Some(_), None) => false,
        };
        if lost {
            focus_selector(selector);
        }
    }

    /// Starts dragging a team: its id goes into the drag data.
    pub fn start_drag(event: &DragEvent, team: &str) {
        if let Some(data) = event.data_transfer() {
            let _ = data.set_data(TEAM_DATA, team);
            data.set_effect_allowed("move");
        }
    }

    /// Lets a drop happen on the element under the pointer.
    pub fn allow_drop(event: &DragEvent) {
        event.prevent_default();
        if let Some(data) = event.data_transfer() {
            data.set_drop_effect("move");
        }
    }

    /// The team id carried by a drop.
    pub fn dropped_team(event: &DragEvent) -> Option<String> {
        event.prevent_default();
        let data = event.data_transfer()?.get_data(TEAM_DATA).ok()?;
        let data = data.trim();
        (!data.is_empty()).then(|| data.to_owned())
    }

    /// Where a click fell inside an element, and that element's size, in CSS pixels. (Yew
    /// listens at the root, so the event's `currentTarget` is not the element.)
    pub fn offset_in(node: &NodeRef, event: &MouseEvent) -> Option<((f64, f64), (f64, f64))> {
        let element = node.cast::<web_sys::Element>()?;
        let rect = element.get_bounding_client_rect();
        Some((
            (
                f64::from(event.client_x()) - rect.left(),
                f64::from(event.client_y()) - rect.top(),
            ),
            (rect.width(), rect.height()),
        ))
    }

    /// Whether the `<details>` a toggle event came from is now open.
    pub fn details_open(event: &Event) -> bool {
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| element.has_attribute("open"))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod browser {
    use super::*;

    pub fn event_value(_event: &Event) -> Option<String> {
        None
    }
    pub fn field_value(_node: &NodeRef) -> String {
        String::new()
    }
    pub fn focus(_node: &NodeRef) {}
    pub fn focus_selector(_selector: &str) {}
    pub fn refocus_selector(_selector: &str) {}
    pub fn start_drag(_event: &DragEvent, _team: &str) {}
    pub fn allow_drop(_event: &DragEvent) {}
    pub fn dropped_team(_event: &DragEvent) -> Option<String> {
        None
    }
    pub fn offset_in(_node: &NodeRef, _event: &MouseEvent) -> Option<((f64, f64), (f64, f64))> {
        None
    }
    pub fn details_open(_event: &Event) -> bool {
        false
    }
}

pub use browser::*;
