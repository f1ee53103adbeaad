// Trunk's post_build hook (Trunk.toml): finishes the folder Trunk is about to publish as dist/.
//   1. Gives the app's worker loader (worker.js) the app's hashed file names.
//   2. Writes service-worker.js from src/service-worker.js and the release's own file list.
//   3. Release builds only: writes a brotli (.br) and a gzip (.gz) copy next to each file, for hosts
//      that serve precompressed files (PNG files are compressed already and get none).
// A development build (`trunk serve` without --release) gets, instead of steps 2 and 3, a service
// worker that answers nothing and deletes any offline copy a release build left at this address.
// By hand, on a built folder: node scripts/post-build.mjs DIR (run again, it rewrites the same files).
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node scripts/post-build.mjs DIR (Trunk gives TRUNK_STAGING_DIR)');
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
const SERVICE_WORKER = 'service-worker.js';
const COMPRESSED = /\.(br|gz)$/;
// Trunk names a file it hashes `name-<hash>.ext` (`name-<hash>_bg.wasm` for the WebAssembly).
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

/** The release's files, relative to `dir` with `/`, sorted; neither the compressed copies nor the service worker. */
async function releaseFiles() {
  const names = [];
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const path = name.split(sep).join('/');
    if (COMPRESSED.test(path) || path === SERVICE_WORKER || !(await stat(join(dir, name))).isFile()) continue;
    names.push(path);
  }
  return names;
}

// 1. The loader imports the app's JS and WebAssembly by name (src/worker.js).
let files = await releaseFiles();
const app = files.find((name) => /^maillage-app(-[0-9a-f]+)?\.js$/.test(name));
if (!app) throw new Error(`post-build: no maillage-app JS file in ${dir}`);
const loader = await readFile(join(dir, 'worker.js'), 'utf8');
const names = /\.\/maillage-app(-[0-9a-f]+)?(\.js|_bg\.wasm)/g;
if (!loader.match(names)) throw new Error('post-build: worker.js does not import ./maillage-app.js');
await writeFile(join(dir, 'worker.js'), loader.replace(names, (_, hash, ext) => `./${app.slice(0, -3)}${ext}`));

// 2. The service worker.
if (release) {
  const id = createHash('sha256');
  for (const name of files) id.update(`${name}\0`).update(await readFile(join(dir, name)));
  const RELEASE = { id: id.digest('hex').slice(0, 16), files, immutable: files.filter((name) => HASHED.test(name)) };
  const template = await readFile(new URL('../src/service-worker.js', import.meta.url), 'utf8');
  const [before, after, extra] = template.split('/* RELEASE */ null');
  if (after === undefined || extra !== undefined) throw new Error('post-build: src/service-worker.js needs one /* RELEASE */ null');
  await writeFile(join(dir, SERVICE_WORKER), `${before}${JSON.stringify(RELEASE)}${after}`);
  console.log(`post-build: release ${RELEASE.id}, ${files.length} files kept for offline use`);
} else {
  await writeFile(join(dir, SERVICE_WORKER), `// Development build: every request goes to the network; no offline copy is kept.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const key of await caches.keys()) if (key.startsWith('maillage-')) await caches.delete(key);
  await self.clients.claim();
})()));
`);
}

// 3. Precompressed copies, in parallel (zlib works off the main thread).
if (release) {
  files = [...files, SERVICE_WORKER].filter((name) => !name.endsWith('.png'));
  await Promise.all(files.map(async (name) => {
    const body = await readFile(join(dir, name));
    const brotli = { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } };
    await writeFile(join(dir, `${name}.br`), await promisify(brotliCompress)(body, brotli));
    await writeFile(join(dir, `${name}.gz`), await promisify(gzip)(body, { level: 9 }));
  }));
}
