// Works without the network after one visit (issue 19), as a facilitator in a room without Wi-Fi
// finds it: the app opens, edits and simulates offline; a new release reaches the page at the next
// visit and keeps its scenarios; the app can be installed (a valid manifest, in French).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, startApp, axeViolations, tab } from './harness.mjs';

const POST_BUILD = fileURLToPath(new URL('../../scripts/post-build.mjs', import.meta.url));

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });
// Opening offline waits for the network to fail; a simulation takes seconds on a busy machine.
const SLOW = { timeout: 180_000 };


/** Waits until the service worker has kept the release and controls the page. */
async function offlineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((taken) => { navigator.serviceWorker.addEventListener('controllerchange', taken, { once: true }); });
    }
  });
}

/**
 * Waits until `name` is the only cache: the new release's service worker has kept its files, taken
 * over the page (its controller changes) and finished activating (it deletes the old caches then).
 */
async function onlyCache(page, name) {
  await page.evaluate(async (name) => {
    for (;;) {
      const worker = navigator.serviceWorker.controller;
      const news = new Promise((done) => {
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true });
        worker.addEventListener('statechange', done, { once: true });
      });
      if (JSON.stringify(await caches.keys()) === JSON.stringify([name])) return;
      await news;
    }
  }, name);
}

/** Cuts the network: the browser is offline, and the server would not answer anyway. */
async function goOffline(context) {
  await context.setOffline(true);
  app.server.setNetwork('down');
}

async function goOnline(context) {
  await context.setOffline(false);
  app.server.setNetwork('up');
}

/** Reloads; returns whether the service worker answered for the page. */
async function reload(page) {
  const response = await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  return response.fromServiceWorker();
}

/** The release id that a folder's service worker carries. */
async function releaseId(dir) {
  return (await readFile(join(dir, 'service-worker.js'), 'utf8')).match(/"id":"([0-9a-f]+)"/)[1];
}

async function setHeadcount(page, team, agents) {
  await tab(page, 'Opérations');
  const form = page.getByRole('form', { name: "Changer l'effectif d'une équipe" });
  await form.getByLabel('Équipe', { exact: true }).selectOption(team);
  await form.getByLabel('Nouvel effectif (agents)').fill(String(agents));
  await form.getByRole('button', { name: "Appliquer l'effectif" }).click();
}

/** The collection service's capacity cell on the dashboard. */
async function collectionCapacity(page) {
  await tab(page, 'Tableau de bord');
  const table = page.getByRole('table', { name: /^Charge par service/ });
  return table.getByRole('row', { name: /^Collecte des déchets/ }).getByRole('cell').nth(1).innerText();
}

async function simulate(page) {
  await tab(page, 'Simulation');
  await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor({ timeout: 120_000 });
  assert.equal(await page.locator('#panel-simulation svg.backlog-chart[role="img"]').count(), 8);
}

/** The counts written on the map beside the markers of the service shown. */
const mapCounts = (page) => page.locator('svg.map-overlay text').allTextContents();

test('after one visit, the app opens offline: map, figures, an edit, a simulation', SLOW, async () => {
  const { page, problems, context } = await app.open();
  await offlineReady(page);
  await goOffline(context);
  try {
    assert.ok(await reload(page), 'the service worker answered for the page');
    assert.equal(await page.locator('svg.map-svg path.commune').count(), 4);
    assert.match(await page.locator('.communes-table tfoot').innerText(), /117\u202F262/);
    const before = { capacity: await collectionCapacity(page), counts: await mapCounts(page) };
    assert.doesNotMatch(before.capacity, /\n/, 'unchanged: the value alone');
    await setHeadcount(page, 'COL-N1', 14);
    await page.getByRole('option', { name: 'Collecte Nord 1 — 14 agents' }).first().waitFor({ state: 'attached' });
    const capacity = await collectionCapacity(page);
    assert.notEqual(capacity, before.capacity);
    assert.match(capacity, /▲ \(mieux\)/, 'more agents: more capacity, said as better');
    assert.notDeepEqual(await mapCounts(page), before.counts, 'the map counts the new agents');
    // The map's markers: one tab stop, Enter opens the site.
    await page.locator('.site-marker[tabindex="0"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /^Site\s:/ }).waitFor();
    await simulate(page);
  } finally {
    await goOnline(context);
  }
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('with a network that never answers, the app still opens, from its copy, after a short wait', SLOW, async () => {
  const { page, problems, context } = await app.open();
  await offlineReady(page);
  // A filtered Wi-Fi: requests leave but nothing comes back.
  app.server.setNetwork('silent');
  try {
    assert.ok(await reload(page), 'the service worker answered for the page');
    assert.equal(await page.locator('svg.map-svg path.commune').count(), 4);
  } finally {
    app.server.setNetwork('up');
  }
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/**
 * A second release of the build in `DIST`, as a new deploy differs from the one before: a new
 * WebAssembly module (the same bytes under another hash), so a new page, worker loader and service
 * worker (scripts/post-build.mjs, run again on the folder), and a mark on the page to tell it apart.
 */
async function secondRelease() {
  const dir = await mkdtemp(join(tmpdir(), 'maillage-release-'));
  await cp(DIST, dir, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  const names = await readdir(dir);
  const app = names.find((name) => /^maillage-app-[0-9a-f]+\.js$/.test(name)).slice(0, -3);
  const next = `maillage-app-${'0123456789abcdef'.repeat(2).slice(0, app.length - 'maillage-app-'.length)}`;
  assert.notEqual(next, app);
  await rename(join(dir, `${app}.js`), join(dir, `${next}.js`));
  await rename(join(dir, `${app}_bg.wasm`), join(dir, `${next}_bg.wasm`));
  const page = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), page.replaceAll(app, next).replace('<html lang="fr"', '<html lang="fr" data-release="second"'));
  await promisify(execFile)('node', [POST_BUILD, dir]);
  return { dir, module: `${next}.js` };
}

test('a new release replaces the old one at the next visit, keeps the scenarios, and works offline', SLOW, async () => {
  const second = await secondRelease();
  try {
    const { page, problems, context } = await app.open();
    await offlineReady(page);
    // A named scenario, saved in the browser.
    await setHeadcount(page, 'COL-N1', 14);
    await tab(page, 'Scénarios');
    const scenarios = page.getByRole('list', { name: 'Scénarios' });
    await scenarios.getByRole('listitem').filter({ hasText: 'Scénario 1' }).getByRole('button', { name: 'Renommer' }).click();
    await page.getByLabel('Nouveau nom').fill('Atelier de mardi');
    await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await scenarios.getByRole('listitem').filter({ hasText: 'Atelier de mardi' }).waitFor();
    const first = await releaseId(DIST);
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`maillage-${first}`]);

    // The host now serves the second release; the user comes back.
    app.server.serve(second.dir);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.getAttribute('html', 'data-release'), 'second', 'the page is the new one');
    const modules = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    assert.ok(modules.some((name) => name.endsWith(`/${second.module}`)), 'the new module runs');
    // The new service worker keeps the new release and drops the old one, with no cache cleared by hand.
    const next = `maillage-${await releaseId(second.dir)}`;
    await onlyCache(page, next);
    await tab(page, 'Scénarios');
    assert.match(await scenarios.getByRole('listitem').filter({ hasText: 'Atelier de mardi' }).innerText(), /1 modification/);

    // Offline, the new release opens, with its scenarios, and its simulation's worker runs.
    await goOffline(context);
    try {
      assert.ok(await reload(page), 'the service worker answered for the page');
      assert.equal(await page.getAttribute('html', 'data-release'), 'second');
      await tab(page, 'Scénarios');
      await scenarios.getByRole('listitem').filter({ hasText: 'Atelier de mardi' }).waitFor();
      await simulate(page);
    } finally {
      await goOnline(context);
    }
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.external, []);
    await context.close();
  } finally {
    app.server.serve(DIST);
    await rm(second.dir, { recursive: true });
  }
});

/** A PNG file's width and height, from its header. */
const pngSize = (bytes) => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

test('the manifest is linked and valid, in French, its icons load; the page can be installed; axe is clean', async () => {
  const { page, problems, context } = await app.open();
  await offlineReady(page);
  const cdp = await context.newCDPSession(page);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  assert.equal(url, new URL('manifest.webmanifest', app.url).href);
  assert.deepEqual(errors, [], 'Chromium reads the manifest without an error');
  const manifest = JSON.parse(data);
  assert.equal(manifest.lang, 'fr');
  assert.equal(manifest.short_name, 'Maillage');
  assert.equal(manifest.name, 'Maillage — simulateur de réorganisation');
  assert.equal(manifest.theme_color, await page.getAttribute('meta[name="theme-color"]', 'content'));
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, url).href);
    assert.ok(response.ok(), `${icon.src} loads`);
    assert.equal(response.headers()['content-type'], icon.type);
    if (icon.type === 'image/png') assert.equal(pngSize(await response.body()), icon.sizes, `${icon.src} is ${icon.sizes}`);
  }
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are private windows, where no browser offers to install.
  assert.deepEqual(installabilityErrors.filter((error) => error.errorId !== 'in-incognito'), []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the release carries its precompressed copies and its service worker lists exactly its files', async () => {
  const files = [];
  for (const name of (await readdir(DIST, { recursive: true })).sort()) {
    if ((await stat(join(DIST, name))).isFile() && !/\.(br|gz)$/.test(name) && name !== 'service-worker.js') files.push(name.split(sep).join('/'));
  }
  const release = JSON.parse((await readFile(join(DIST, 'service-worker.js'), 'utf8')).match(/const RELEASE = (\{.*\});/)[1]);
  assert.deepEqual(release.files, files);
  assert.ok(release.immutable.some((name) => /^maillage-app-[0-9a-f]+_bg\.wasm$/.test(name)), 'the WebAssembly module is cache-first');
  assert.ok(!release.immutable.includes('index.html') && !release.immutable.includes('worker.js'));
  for (const name of [...files, 'service-worker.js'].filter((file) => !file.endsWith('.png'))) {
    const body = await readFile(join(DIST, name));
    assert.deepEqual(brotliDecompressSync(await readFile(join(DIST, `${name}.br`))), body, `${name}.br`);
    assert.deepEqual(gunzipSync(await readFile(join(DIST, `${name}.gz`))), body, `${name}.gz`);
  }
  const loader = await readFile(join(DIST, 'worker.js'), 'utf8');
  for (const [, name] of loader.matchAll(/'\.\/(maillage-app[^']*)'/g)) assert.ok(files.includes(name), `worker.js loads ${name}, a file of the release`);
});
