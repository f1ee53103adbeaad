// The Simulation tab (issue 6) as a workshop uses it: a chart and a reading per service after a
// progress bar, a long simulation that leaves the page free and can be cancelled, parameters that
// restart it or are refused beside their field, and the browser's figures equal to `maillage simulate`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, cp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maillage, cells } from './cli.mjs';
import { startApp, tab } from './harness.mjs';

const require = createRequire(import.meta.url);

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

/** axe-core's WCAG 2.1 A and AA violations within the Simulation tab's panel. */
async function panelViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['#panel-simulation']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** The progress bar's value and maximum, as the page holds them. */
const progress = (page) => page.locator('#sim-progress').evaluate((bar) => ({ value: bar.value, max: bar.max }));

/** Opens the Simulation tab and waits for the first simulation to end. */
async function openFinished(page, done = 'Simulation terminée.') {
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await page.getByRole('status').filter({ hasText: done }).waitFor({ timeout: 120_000 });
}

/** Types new values in the (opened) parameters form and presses Enter in the last field. */
async function setParams(page, values) {
  const summary = page.locator('details.sim-params > summary');
  if (!(await page.locator('details.sim-params').evaluate((d) => d.open))) await summary.click();
  const entries = Object.entries(values);
  for (const [label, value] of entries) await page.getByLabel(label, { exact: true }).fill(String(value));
  await page.getByLabel(entries.at(-1)[0], { exact: true }).press('Enter');
}

test('each service gets a chart, a table and a reading in words, after a progress bar', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('tab', { name: 'Simulation' }).click();
  const bar = page.getByRole('progressbar', { name: 'Avancement de la simulation' });
  await bar.waitFor();
  await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor({ timeout: 60_000 });
  const { value, max } = await progress(page);
  assert.ok(max > 0 && value === max, `the bar is full at the end (${value} of ${max})`);

  // Portes des Alpes has eight services: eight charts, each an image named by its reading.
  const charts = page.locator('#panel-simulation svg.backlog-chart[role="img"]');
  assert.equal(await charts.count(), 8);
  const label = await charts.first().getAttribute('aria-label');
  assert.match(label, /^File d'attente du service «\sCollecte des déchets\s» mois par mois\. /);
  const readings = await page.locator('.sim-reading').allInnerTexts();
  assert.equal(readings.length, 8);
  for (const reading of readings) {
    assert.match(reading, /revient à zéro au mois \d+ dans (9 cas sur 10|la moitié des cas)|n'est jamais résorbée en 24 mois|ne revient à zéro|est stable/);
  }
  // Issue 13: with no change, six services are stable, said plainly; child protection and roads,
  // strained on purpose, are not.
  const stable = readings.filter((reading) => /^Le service «\s.+\s» est stable\s:/.test(reading));
  assert.equal(stable.length, 6, readings.join('\n'));
  assert.ok(readings.filter((r) => /Voirie|Protection de l'enfance/.test(r)).every((r) => /n'est jamais résorbée en 24 mois/.test(r)));
  assert.ok(label.endsWith(readings[0]), 'the chart is named by the sentence shown above it');
  // Nothing changed: no change month is marked, on the charts or in the legend (issue 17).
  assert.ok(await page.getByText('Le scénario ne change rien').isVisible());
  assert.equal(await page.locator('#panel-simulation .change-marker').count(), 0);
  assert.equal(await page.locator('.sim-legend li.change').count(), 0);
  assert.equal(await page.locator('.sim-difference').count(), 0);

  // The same figures as a table, for screen readers and exact values.
  await page.getByText('Tableau des valeurs — Voirie').click();
  const table = page.getByRole('table', { name: /Unités en attente à la fin de chaque mois — Voirie/ });
  assert.equal(await table.locator('tbody tr').count(), 24);

  assert.deepEqual(await panelViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('status').filter({ hasText: 'Simulation finished.' }).waitFor();
  assert.match(await page.locator('.sim-reading').first().innerText(), /^“Collecte des déchets” is stable:/);
  await page.locator('details.sim-params > summary').click();
  assert.ok(await page.getByLabel('Productivity dip at the change (0 to 1)').isVisible());
  assert.deepEqual(await panelViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

// Issue 17: with a scenario, the reading starts with the difference it makes against doing
// nothing, service by service, and sums up the services it leaves alone in one line.
test('the first sentence names the difference a moved team makes, in French and in English', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('tab', { name: 'Opérations' }).click();
  await page.locator('#move-team-service').selectOption('ase');
  await page.locator('#move-team').selectOption('ASE-SP1');
  await page.locator('#move-site').selectOption('MDM-BR');
  await page.getByRole('button', { name: 'Déplacer', exact: true }).click();
  await openFinished(page);
  const difference = page.locator('#panel-simulation .sim-difference');
  assert.match(await difference.locator('p').first().innerText(),
    /^Par rapport à ne rien changer\s: «\sProtection de l'enfance \(ASE\)\s», [\d\u202F]+ unités de plus en attente au mois 24, un retard pas rattrapé en 24\smois\.$/);
  assert.equal(await difference.locator('p').nth(1).innerText(), 'Les 7 autres services ne sont pas touchés par le scénario.');
  // The difference is said first, at the top of the tab, seen without scrolling.
  const [said, legend] = await Promise.all([difference.boundingBox(), page.locator('.sim-legend').boundingBox()]);
  assert.ok(said.y < legend.y);
  assert.ok(said.y + said.height < 720, `within the first screen (${said.y} + ${said.height})`);
  // Only the child-protection chart marks the change; the seven others read once, for both.
  assert.equal(await page.locator('#panel-simulation .change-marker').count(), 1);
  const readings = await page.locator('.sim-reading').allInnerTexts();
  assert.equal(readings.filter((r) => /^Avec ou sans le scénario\s:/.test(r)).length, 7, readings.join('\n'));
  assert.equal(new Set(readings).size, readings.length, 'no sentence is said twice');
  assert.deepEqual(await panelViolations(page), []);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('status').filter({ hasText: 'Simulation finished.' }).waitFor();
  assert.match(await difference.locator('p').first().innerText(),
    /^Against doing nothing: “Protection de l'enfance \(ASE\)”, [\d,]+ more units waiting in month 24, not made up within 24 months\.$/);
  assert.equal(await difference.locator('p').nth(1).innerText(), 'The other 7 services are not touched by the scenario.');
  assert.deepEqual(await panelViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

// Issue 13: the absence parameter is the usual absence, started from the territory's rate, and
// "how it is computed" says where 8 % comes from, in French and in English.
test('the usual absence starts from the territory\'s rate, its source given in "how it is computed"', async () => {
  const { page, problems, context } = await app.open();
  await openFinished(page);
  const panel = page.locator('#panel-simulation');
  for (const lang of ['fr', 'en']) {
    if (lang === 'en') {
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('status').filter({ hasText: 'Simulation finished.' }).waitFor();
    }
    const details = page.locator('details.sim-params');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    const field = page.getByLabel(lang === 'fr' ? 'Absence habituelle (0 à 1)' : 'Usual absence (0 to 1)', { exact: true });
    assert.equal(await field.inputValue(), lang === 'fr' ? '0,08' : '0.08');
    const how = panel.locator('details.how-computed').first();
    if (!(await how.evaluate((d) => d.open))) await how.locator('summary').click();
    assert.match(await how.innerText(), lang === 'fr'
      ? /9,7\u202F% des jours travaillés en 2022, Relyens, ex-Sofaxis, Panorama 2023/
      : /9\.7% of working days in 2022, Relyens, formerly Sofaxis, Panorama 2023/);
    assert.match(await page.locator('.sim-computed').innerText(), lang === 'fr' ? /absence habituelle 0,08/ : /usual absence 0\.08/);
  }
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a long simulation runs in a worker: the page answers while it runs, and it can be cancelled', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('combobox', { name: /^Territoire/ }).selectOption('metropole');
  await page.getByRole('tab', { name: 'Simulation' }).click();
  // A new number of runs restarts the simulation with it: 4,000 runs of the whole Métropole last.
  await setParams(page, { 'Nombre de tirages': 4000 });
  await page.waitForFunction(() => {
    const bar = document.querySelector('#sim-progress');
    return bar && bar.max === 4000 && bar.value > 0;
  }, null, { timeout: 120_000 });
  const started = await progress(page);
  assert.ok(started.value < started.max, 'the simulation is under way');
  assert.deepEqual(page.workers().map((worker) => new URL(worker.url()).pathname), ['/worker.js'], 'in one Web Worker');
  assert.match(await page.locator('.sim-count').innerText(), /tirages effectués sur 4\u202F000/);

  // While it runs: another tab opens, a field takes typing, and the simulation goes on.
  await tab(page, 'Opérations');
  const agents = page.locator('#headcount-agents');
  await agents.pressSequentially('123');
  assert.equal(await agents.inputValue(), '123');
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await page.waitForFunction((before) => document.querySelector('#sim-progress').value > before, started.value);
  const later = await progress(page);
  assert.ok(later.value < later.max, `still running after the page answered (${later.value} of ${later.max})`);
  assert.ok(await page.getByRole('status').filter({ hasText: 'Simulation en cours…' }).isVisible());

  await page.getByRole('button', { name: 'Arrêter la simulation' }).click();
  await page.getByRole('status').filter({ hasText: 'Simulation annulée.' }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Arrêter la simulation' }).isDisabled());
  const stopped = await progress(page);
  assert.ok(stopped.value < stopped.max, 'cancelled before the end');

  // Another parameter starts it again, with that parameter.
  await setParams(page, { 'Nombre de tirages': 60 });
  await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor({ timeout: 120_000 });
  assert.match(await page.locator('.sim-computed').innerText(), /24 mois, 60 tirages, changement au mois 1/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a parameter out of range is refused beside its field with the engine\'s words; a valid one restarts', async () => {
  const { page, problems, context } = await app.open();
  await openFinished(page);
  await setParams(page, { 'Mois du changement': 30 });
  const change = page.getByLabel('Mois du changement', { exact: true });
  const field = page.locator('.sim-field').filter({ has: change });
  await field.getByRole('alert').filter({ hasText: 'le mois du changement doit être entre 1 et 24 (et non 30)' }).waitFor();
  assert.equal(await change.getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).isVisible(), 'nothing restarted');

  await setParams(page, { 'Absence habituelle (0 à 1)': 'beaucoup' });
  await page.locator('.sim-field').filter({ has: page.locator('#sim-absence') }).getByRole('alert')
    .filter({ hasText: 'saisissez un nombre' }).waitFor();

  await setParams(page, { 'Durée simulée (mois)': 12, 'Mois du changement': 6, 'Absence habituelle (0 à 1)': '0,1' });
  await page.locator('.sim-computed').filter({ hasText: '12 mois, 500 tirages, changement au mois 6, absence habituelle 0,1,' })
    .waitFor({ timeout: 60_000 });
  await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no refusal is left');
  assert.equal(await page.locator('.change-marker').count(), 0, 'nothing changed, no change marked');
  const ticks = await page.locator('svg.backlog-chart').first().locator('.tick text').allTextContents();
  assert.equal(ticks.at(-1), '12', 'the month axis ends at the last month simulated');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** The text of the file a download link gives. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return readFile(await file.path(), 'utf8');
}

test('the browser draws exactly the figures of `maillage simulate` for the same territory, change and seed', { timeout: 1_200_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'maillage-sim-'));
  try {
    const before = join(dir, 'before');
    const moved = join(dir, 'after');
    await maillage('export', 'portes-des-alpes', before);

    const { page, problems, context } = await app.open();
    // Move the team the form offers first to another site, in the page and in a copy of the folder.
    await tab(page, 'Opérations');
    const team = await page.locator('#move-team').inputValue();
    const teams = (await readFile(join(before, 'teams.csv'), 'utf8')).trimEnd().split('\n');
    const header = cells(teams[0]);
    const [teamCol, siteCol] = [header.indexOf('team_id'), header.indexOf('site_id')];
    const row = teams.findIndex((line) => cells(line)[teamCol] === team);
    const from = cells(teams[row])[siteCol];
    const sites = (await readFile(join(before, 'sites.csv'), 'utf8')).trimEnd().split('\n').slice(1).map((l) => cells(l)[0]);
    const to = sites.find((site) => site !== from);
    await page.locator('#move-site').selectOption(to);
    await page.getByRole('button', { name: 'Déplacer', exact: true }).click();
    await tab(page, 'Journal');
    await page.locator('.journal li').first().waitFor();
    await cp(before, moved, { recursive: true });
    const edited = cells(teams[row]);
    edited[siteCol] = to;
    assert.ok(!edited.some((cell) => /[",]/.test(cell)), 'the moved row needs no quoting');
    teams[row] = edited.join(',');
    await writeFile(join(moved, 'teams.csv'), `${teams.join('\n')}\n`);

    await page.getByRole('tab', { name: 'Simulation' }).click();
    await setParams(page, { 'Durée simulée (mois)': 18, 'Nombre de tirages': 120, 'Mois du changement': 4, 'Graine du hasard': 2024 });
    await page.locator('.sim-computed').filter({ hasText: '18 mois, 120 tirages, changement au mois 4' }).waitFor({ timeout: 60_000 });
    await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor();
    assert.ok(await page.getByText('Avec les changements du scénario', { exact: true }).first().isVisible(), 'both curves are in the legend');
    assert.match(await page.locator('.sim-difference p').first().innerText(), /^Par rapport à ne rien changer\s: «\s.+\s», /);
    assert.equal(await page.locator('.change-marker').count(), 1, 'the change is marked on the moved team\'s service');
    assert.ok(await page.getByText('changement (mois 4)').first().isVisible());

    const args = ['--seed', '2024', '--runs', '120', '--months', '18', '--change-month', '4'];
    const base = await download(page, 'Exporter le résultat sans changement (JSON)');
    assert.equal(base, await maillage('simulate', before, ...args), 'no change: same text, figure for figure');
    const scenario = await download(page, 'Exporter le résultat du scénario (JSON)');
    const native = await maillage('simulate', before, '--after', moved, ...args);
    assert.equal(scenario, native, 'with the move: same text, figure for figure');
    assert.notEqual(scenario, base, 'the move changes some figure');
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
