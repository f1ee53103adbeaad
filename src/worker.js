// Loads the app's own wasm in the simulation's Web Worker (gloo starts this file as a classic
// worker). With no window there, src/main.rs registers the simulation worker instead of
// mounting the page. Trunk copies this file beside the app's JS; Trunk hashes the app's file
// names, and scripts/post-build.mjs writes this release's names in place of the two below.
import('./maillage-app.js').then((app) => app.default({ module_or_path: './maillage-app_bg.wasm' }));
