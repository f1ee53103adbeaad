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

    /// Whether an event came from inside a site marker (which handles it itself).
    pub fn from_marker(event: &Event) -> bool {
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest(".site-marker").ok().flatten())
            .is_some()
    }

    /// The layout index (`data-index`) of the marker an event came from.
    pub fn marker_index(event: &Event) -> Option<usize> {
        event
            .target()?
            .dyn_into::<web_sys::Element>()
            .ok()?
            .closest(".site-marker")
            .ok()??
            .get_attribute("data-index")?
            .parse()
            .ok()
    }

    /// Whether the keyboard focus is on the element itself (not on one inside it).
    pub fn on_itself(event: &Event, node: &NodeRef) -> bool {
        match (event.target(), node.cast::<web_sys::Element>()) {
            (Some(target), Some(element)) => target == *element.as_ref(),
            _ => false,
        }
    }

    /// Keeps a pointer's events on the element while it drags (a pan that leaves the box).
    pub fn capture_pointer(node: &NodeRef, event: &PointerEvent) {
        if let Some(element) = node.cast::<web_sys::Element>() {
            let _ = element.set_pointer_capture(event.pointer_id());
        }
    }

    /// The wheel's vertical turn in pixels, whatever unit the browser gave it in.
    pub fn wheel_pixels(event: &WheelEvent) -> f64 {
        match event.delta_mode() {
            1 => event.delta_y() * 33.0,
            2 => event.delta_y() * 400.0,
            _ => event.delta_y(),
        }
    }

    /// The size of an element in CSS pixels.
    pub fn size_of(node: &NodeRef) -> Option<(f64, f64)> {
        let rect = node.cast::<web_sys::Element>()?.get_bounding_client_rect();
        Some((rect.width(), rect.height()))
    }

    /// Calls `changed` with the element's size now and whenever it changes (a window resized,
    /// the presentation view turned on); stops when the returned guard is dropped.
    pub fn watch_size(node: &NodeRef, changed: Callback<(f64, f64)>) -> Option<SizeWatch> {
        use wasm_bindgen::closure::Closure;
        let element = node.cast::<web_sys::Element>()?;
        let watched = element.clone();
        let closure = Closure::<dyn FnMut()>::new(move || {
            let rect = watched.get_bounding_client_rect();
            changed.emit((rect.width(), rect.height()));
        });
        let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok()?;
        observer.observe(&element);
        Some(SizeWatch {
            observer,
            _closure: closure,
        })
    }

    /// An element's size being watched; dropping it stops.
    pub struct SizeWatch {
        observer: web_sys::ResizeObserver,
        _closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
    }

    impl Drop for SizeWatch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Calls `then` after `ms` milliseconds, unless the returned timer is dropped first.
    pub fn after(ms: u32, then: impl FnOnce() + 'static) -> Option<Timer> {
        Some(Timer(gloo::timers::callback::Timeout::new(ms, then)))
    }

    /// A call waiting for its time; dropping it cancels the call.
    pub struct Timer(#[allow(dead_code)] gloo::timers::callback::Timeout);

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
    pub fn from_marker(_event: &Event) -> bool {
        false
    }
    pub fn marker_index(_event: &Event) -> Option<usize> {
        None
    }
    pub fn on_itself(_event: &Event, _node: &NodeRef) -> bool {
        false
    }
    pub fn capture_pointer(_node: &NodeRef, _event: &PointerEvent) {}
    pub fn wheel_pixels(_event: &WheelEvent) -> f64 {
        0.0
    }
    pub fn size_of(_node: &NodeRef) -> Option<(f64, f64)> {
        None
    }
    pub struct SizeWatch;
    pub struct Timer;
    pub fn after(_ms: u32, _then: impl FnOnce() + 'static) -> Option<Timer> {
        None
    }
    pub fn watch_size(_node: &NodeRef, _changed: Callback<(f64, f64)>) -> Option<SizeWatch> {
        None
    }
}

pub use browser::*;
