//! The few reads of the page that several components share; each has a native twin for the render tests.

use yew::prelude::*;

/// The value of the `<select>` an event came from; `None` where there is no browser.
pub fn select_value(event: &Event) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .map(|select| select.value())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = event;
        None
    }
}
