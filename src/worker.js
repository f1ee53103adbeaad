// Loads the app's own wasm in its Web Worker (gloo starts this file as a classic worker), which
// runs simulations and suggestions. With no window there, src/main.rs registers the worker
// instead of mounting the page. Trunk copies this file beside the app's JS; Trunk hashes the app's file
// names, and scripts/post-build.mjs writes this release's names in place of the two below.
import('./maillage-app.js').then((app) => app.default({ module_or_path: './maillage-app_bg.wasm' }));
