//! Mounts the Maillage app in the browser; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<maillage::ui::App>::new().render();
}

// Natively the app has no page to mount: the command-line tool is the `maillage` binary.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("maillage-app runs in the browser: use `make serve`, or the `maillage` binary on the command line.");
}
