//! Mounts the Maillage app in the browser; in the simulation's Web Worker (the same wasm, loaded
//! by `src/worker.js`), registers the simulation worker instead.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A worker has no window: there the app only runs simulations for the page.
    if web_sys::window().is_none() {
        maillage::ui::simulation::worker::register();
        return;
    }
    yew::Renderer::<maillage::ui::App>::new().render();
}

// Natively the app has no page to mount: the command-line tool is the `maillage` binary.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("maillage-app runs in the browser: use `make serve`, or the `maillage` binary on the command line.");
}
