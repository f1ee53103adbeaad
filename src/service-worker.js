// Maillage's service worker: after one visit, the whole release opens and works without the network.
// scripts/post-build.mjs writes it into each release with RELEASE filled in: the release's id (a hash
// of its files) and its own file list, `immutable` naming the files whose names carry a content hash.
//
// - install: every file of the release goes into a cache named after the release;
// - activate: the caches of older releases are deleted, and open pages are taken over at once;
// - the page, and the few files with stable names (the worker's loader, the manifest, the icons):
//   network first, so that a new release reaches people at their next visit; the release's copy
//   when the network fails or hangs;
// - the files with hashed names: the cache first, since such a file never changes.
const RELEASE = /* RELEASE */ null;

const CACHE = `maillage-${RELEASE.id}`;
// After this long without an answer (a filtered or failing Wi-Fi), the page opens from the cache.
const PATIENCE_MS = 4000;

/** The URL a file of the release is kept under; the page is kept under the address people visit. */
const address = (file) => new URL(file === 'index.html' ? './' : file, self.registration.scope).href;
const FILES = RELEASE.files.map(address);
const IMMUTABLE = new Set(RELEASE.immutable.map(address));
const PAGE = address('index.html');

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'no-cache': ask the server, never take the old release's page or loader from the HTTP cache.
    await cache.addAll(FILES.map((url) => new Request(url, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const old = (await caches.keys()).filter((key) => key.startsWith('maillage-') && key !== CACHE);
    await Promise.all(old.map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = url.origin + url.pathname;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, PAGE));
  else if (IMMUTABLE.has(key)) event.respondWith(cacheFirst(request, key));
  else if (FILES.includes(key)) event.respondWith(networkFirst(request, key));
});

async function cacheFirst(request, key) {
  return (await caches.match(key)) ?? fetch(request);
}

/**
 * The network's answer, or this release's copy when the network fails or hangs. A server error or
 * a redirect (a Wi-Fi's login page) counts as no network; a missing file stays missing.
 */
async function networkFirst(request, key) {
  const copy = await (await caches.open(CACHE)).match(key);
  const network = fetch(request, { cache: 'no-cache' });
  if (!copy) return network;
  return Promise.race([
    network.then((response) => (response.status > 0 && response.status < 500 ? response : copy), () => copy),
    new Promise((resolve) => { setTimeout(() => resolve(copy), PATIENCE_MS); }),
  ]);
}
