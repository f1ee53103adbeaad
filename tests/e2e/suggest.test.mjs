// The « Suggérer » panel (issue 18) as a workshop uses it: open it from the map, choose the service
// and the number of sites, lock a site by keyboard on the map and in the list, ask, see the answer on
// the map and in figures, apply it as one change of the scenario and undo it in one step; the same
// sites as `maillage suggest` gives for the same territory and question; a long suggestion on the
// whole Métropole shows its progress, leaves the page free and stops when asked; refusals beside
// their field; English; axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maillage, cells } from './cli.mjs';
import { startApp } from './harness.mjs';
import { switchTerritory } from './map-helpers.mjs';

const require = createRequire(import.meta.url);

let app;
let folder;
let sites; // site_id → name, from the exported Portes des Alpes
before(async () => {
  app = await startApp();
  folder = await mkdtemp(join(tmpdir(), 'maillage-suggest-'));
  await maillage('export', 'portes-des-alpes', join(folder, 'pda'));
  const lines = (await readFile(join(folder, 'pda', 'sites.csv'), 'utf8')).trimEnd().split('\n').slice(1);
  sites = new Map(lines.map((line) => { const [id, name] = cells(line); return [id, name]; }));
});
after(async () => {
  await app.close();
  await rm(folder, { recursive: true, force: true });
});

/** axe-core's WCAG 2.1 A and AA violations within the map (the panel, the markers, the legend). */
async function mapViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['.workshop-map']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const panel = (page) => page.locator('#suggest-panel');

/** Opens the panel by keyboard from its button above the map; the panel's title takes the focus. */
async function openPanel(page, name = 'Suggérer…') {
  const toggle = page.getByRole('button', { name, exact: true });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await panel(page).waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'suggest-title', 'the panel\'s title has the focus');
}

/** The names of the sites the answer lists (the folded ones too). */
const answerSites = (page) => panel(page).locator('.suggest-sites .site-name').allTextContents();

/** The site ids of names, in byte order (as the command line sorts them). */
const idsOf = (names) => names.map((name) => [...sites].find(([, n]) => n === name)?.[0]).sort();

test('a suggestion asked by keyboard alone is the one `maillage suggest` gives, shown on the map, applied and undone in one step', { timeout: 1_200_000 }, async () => {
  const { page, problems, context } = await app.open();
  await openPanel(page);
  assert.ok(await page.getByRole('heading', { name: 'Suggérer des sites' }).isVisible());

  // The service: the map's own, changed here for the map too; the number of sites starts at today's.
  await page.getByLabel('Service', { exact: true }).selectOption('collecte');
  const count = page.getByLabel('Nombre de sites', { exact: true });
  const cli = JSON.parse(await maillage('suggest', join(folder, 'pda'), '--service', 'collecte'));
  assert.equal(await count.inputValue(), String(cli.current.sites.length), 'as many sites as today by default');
  assert.match(await panel(page).locator('#suggest-sites-help').innerText(), new RegExp(`Aujourd'hui\\s:\\s${cli.current.sites.length} sites\\s; entre 1 et 16\\.`));
  await count.fill('3');

  // Lock a site on the map by keyboard: the button sends the focus to the sites, Enter locks.
  await page.getByRole('button', { name: 'Imposer sur la carte' }).press('Enter');
  await page.locator('.workshop-map p.locking-hint').waitFor();
  const focused = () => page.evaluate(() => document.activeElement?.closest('.site-marker')?.dataset.site ?? null);
  for (let i = 0; i < 12 && !(await focused()); i += 1) await page.keyboard.press('ArrowRight');
  const onMap = await focused();
  assert.ok(onMap, 'a single site has the focus on the map');
  await page.keyboard.press('Enter');
  const lockedList = panel(page).locator('.locked-sites li');
  await lockedList.first().waitFor();
  assert.deepEqual(await lockedList.allInnerTexts(), [`${sites.get(onMap)} ×`]);
  assert.equal(await page.locator(`.site-marker[data-site="${onMap}"]`).getAttribute('aria-pressed'), 'true', 'its marker says it is locked');
  assert.match(await page.locator(`.site-marker[data-site="${onMap}"]`).getAttribute('aria-label'), /imposé/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.workshop-map p.locking-hint').count(), 0, 'Escape ends the locking');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Imposer sur la carte', 'the focus is back on its button');

  // And a second one in the list, with the space bar.
  const other = [...sites.keys()].find((id) => id !== onMap && !cli.current.sites.includes(id));
  await panel(page).locator('details.lock-list > summary').press('Enter');
  await page.locator(`#suggest-lock-${other}`).press('Space');
  assert.equal(await lockedList.count(), 2);
  assert.match(await panel(page).locator('.suggest-locks [aria-live="polite"]').innerText(), /Sites imposés\s: 2/);

  // Ask with Enter in the number field.
  await count.press('Enter');
  const heading = page.getByRole('heading', { name: /^Proposition\s: 3 sites pour Collecte des déchets$/ });
  await heading.waitFor({ timeout: 60_000 });
  assert.equal(await panel(page).locator('.suggest-state').innerText(), 'Suggestion prête.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'suggest-answer-title', 'the answer takes the focus');

  // The same sites and figures as the command line for the same territory and question.
  const expected = JSON.parse(await maillage('suggest', join(folder, 'pda'), '--service', 'collecte', '--sites', '3', '--lock', `${onMap},${other}`));
  assert.ok(expected.sites.includes(onMap) && expected.sites.includes(other));
  assert.deepEqual(idsOf(await answerSites(page)), expected.sites);
  const chosen = await page.locator('.site-marker.chosen').evaluateAll((ms) => ms.flatMap((m) => m.dataset.members.split(' ')));
  for (const id of expected.sites) assert.ok(chosen.includes(id), `${id} is marked on the map`);
  const figures = await panel(page).locator('table.before-after tbody tr').allInnerTexts();
  const minutes = (m) => `${m.toFixed(1).replace('.', ',')}\u00a0min`;
  assert.ok(figures[0].includes(minutes(expected.current.mean_minutes)) && figures[0].includes(minutes(expected.mean_minutes)), figures[0]);
  assert.match(figures[1], /^À 20 min ou moins/);
  const quality = await panel(page).locator('.suggest-quality').innerText();
  if (expected.proven_best) assert.equal(quality, 'Le meilleur choix possible (prouvé).');
  else assert.match(quality, /^Au plus .+ du meilleur choix possible \(borne prouvée\)\.$/);
  if (expected.over_capacity.length > 0) {
    const warning = await panel(page).locator('.suggest-answer p.warning').innerText();
    for (const id of expected.over_capacity) assert.ok(warning.includes(sites.get(id)), `${id} is named over capacity`);
  }
  assert.equal(await page.locator('.map-legend').getByText('site proposé').count(), 1, 'the legend says what the ring means');

  // Apply: one line in the journal, the change impact counts the agents who move; Undo takes it all back.
  await page.getByRole('button', { name: 'Appliquer comme scénario' }).press('Enter');
  const applied = panel(page).locator('.suggest-applied');
  await applied.waitFor();
  const moved = Number((await applied.innerText()).match(/\((\d+) agents? changent de site/)[1]);
  assert.ok(moved > 0, 'agents move site');
  await page.getByRole('tab', { name: 'Journal' }).click();
  const journal = page.locator('.journal li');
  assert.equal(await journal.count(), 1);
  assert.match(await journal.first().innerText(), /Suggestion appliquée \(au plus près des habitants\)\s: Collecte des déchets sur 3 sites/);
  await page.keyboard.press('Control+z');
  await page.getByRole('button', { name: 'Appliquer comme scénario' }).waitFor();
  assert.equal(await journal.count(), 0, 'one undo takes the whole suggestion back');

  assert.deepEqual(await mapViolations(page), []);
  // Closed, the map shows today again and the focus goes back to the button.
  await panel(page).getByRole('button', { name: 'Fermer le panneau Suggérer' }).press('Enter');
  assert.equal(await panel(page).count(), 0);
  assert.equal(await page.locator('.site-marker.chosen').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'suggest-toggle');
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('a refusal shows beside its field, in French and in English', async () => {
  const { page, problems, context } = await app.open();
  await openPanel(page);
  const count = page.getByLabel('Nombre de sites', { exact: true });
  await count.fill('deux');
  await count.press('Enter');
  const note = panel(page).locator('#suggest-sites-refusal');
  await note.waitFor();
  assert.match(await note.innerText(), /nombre entier/);
  assert.equal(await count.getAttribute('aria-invalid'), 'true');
  await count.fill('40');
  await count.press('Enter');
  await page.locator('#suggest-sites-refusal').filter({ hasText: /16/ }).waitFor({ timeout: 60_000 });
  assert.equal(await panel(page).locator('.suggest-answer').count(), 0, 'no answer for a refused question');
  assert.deepEqual(await mapViolations(page), []);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.ok(await page.getByRole('heading', { name: 'Suggest sites' }).isVisible());
  for (const label of ['Service', 'Number of sites', 'Only sites with room']) {
    assert.ok(await page.getByLabel(label, { exact: true }).isVisible(), label);
  }
  assert.ok(await page.getByRole('radio', { name: 'Residents as close as possible' }).isChecked());
  await page.getByLabel('Number of sites', { exact: true }).fill('2');
  await page.getByRole('radio', { name: 'As many residents within reach as possible' }).check();
  await page.getByRole('button', { name: 'Suggest', exact: true }).click();
  await page.getByRole('heading', { name: /^Suggestion: 2 sites for / }).waitFor({ timeout: 60_000 });
  assert.match(await panel(page).locator('.suggest-quality').innerText(), /^(The best possible choice \(proven\)\.|At most .+ from the best possible choice \(proven bound\)\.)$/);
  assert.deepEqual(await panel(page).locator('table.before-after thead th').allInnerTexts(), ['Figure', 'Today', 'Suggested']);
  assert.ok(await page.getByRole('button', { name: 'Apply as a scenario' }).isVisible());
  assert.deepEqual(await mapViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('on the whole Métropole a suggestion shows its progress, leaves the page free and stops when asked', { timeout: 300_000 }, async () => {
  const { page, problems, context } = await app.open();
  await switchTerritory(page, 'metropole');
  await openPanel(page);
  const count = page.getByLabel('Nombre de sites', { exact: true });
  // Within room, 30 sites: the longest question the engine's benchmark knows (about a second natively).
  await count.fill('30');
  await page.getByLabel('Seulement des sites qui ont la place', { exact: true }).check();
  await page.getByRole('button', { name: 'Suggérer', exact: true }).click();
  const bar = page.getByRole('progressbar', { name: 'Avancement de la suggestion' });
  await bar.waitFor();
  // The page answers while the worker searches: a frame comes, a field takes what is typed.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  await page.getByRole('button', { name: 'Arrêter' }).click();
  await panel(page).locator('.suggest-state').filter({ hasText: 'Suggestion arrêtée.' }).waitFor();
  assert.equal(await bar.count(), 0);
  assert.equal(await panel(page).locator('.suggest-answer').count(), 0, 'a stopped suggestion shows no answer');

  // Asked again and left to finish: the answer.
  await page.getByLabel('Seulement des sites qui ont la place', { exact: true }).uncheck();
  await count.fill('20');
  await page.getByRole('button', { name: 'Suggérer', exact: true }).click();
  await page.getByRole('heading', { name: /^Proposition\s: 20 sites pour / }).waitFor({ timeout: 120_000 });
  assert.match(await panel(page).locator('.suggest-question').innerText(), /20 sites · Les habitants au plus près/);
  assert.ok(await panel(page).locator('details.suggest-more').count() === 1, 'sites beyond the first eight are folded away');
  assert.equal(await page.locator('.site-marker.chosen').evaluateAll((ms) => ms.flatMap((m) => m.dataset.members.split(' ')).length) >= 20, true);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
