//! Mounts the Maillage app in the browser; in the app's Web Worker (the same wasm, loaded by
//! `src/worker.js`), registers the worker instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A worker has no window: there the app only runs the page's long jobs (simulations, suggestions).
    if web_sys::window().is_none() {
        maillage::ui::worker::register();
        return;
    }
    yew::Renderer::<maillage::ui::App>::new().render();
}

// Natively the app has no page to mount: the command-line tool is the `maillage` binary.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("maillage-app runs in the browser: use `make serve`, or the `maillage` binary on the command line.");
}
