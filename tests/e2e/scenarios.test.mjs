// Named scenarios (issue 5) as a workshop uses them: build two, compare them, reload and find
// them, export them to a file and import it back, open a share link, and see a storage failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, axeViolations, tab } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });


async function setHeadcount(page, team, agents) {
  await tab(page, 'Opérations');
  const form = page.getByRole('form', { name: "Changer l'effectif d'une équipe" });
  await form.getByLabel('Équipe', { exact: true }).selectOption(team);
  await form.getByLabel('Nouvel effectif (agents)').fill(String(agents));
  await form.getByRole('button', { name: "Appliquer l'effectif" }).click();
}

/** The item of the scenario list named `name`. */
const item = (page, name) => page.getByRole('list', { name: 'Scénarios' }).getByRole('listitem').filter({ hasText: name });

/** Scenario 1: Collecte Nord 1 at 14 agents; scenario 2 (new, from the start): at 8 agents. */
async function twoScenarios(page) {
  await setHeadcount(page, 'COL-N1', 14);
  await tab(page, 'Scénarios');
  await item(page, 'Scénario 1').getByText('1 modification').waitFor();
  await page.getByRole('button', { name: 'Nouveau scénario (depuis le départ)' }).click();
  await page.getByRole('status').getByText('Scénario créé').waitFor();
  await setHeadcount(page, 'COL-N1', 8);
  await tab(page, 'Scénarios');
  await item(page, 'Scénario 2').getByText('1 modification').waitFor();
}

/** The cells of the comparison row whose header starts with `label`. */
async function compareRow(page, label) {
  const row = page.getByRole('table', { name: /^Indicateurs du tableau de bord/ }).getByRole('row', { name: new RegExp(`^${label}`) });
  return row.getByRole('cell').allInnerTexts();
}

test('two scenarios compared side by side: the differences to the start and the best marked in words', async () => {
  const { page, problems, context } = await app.open();
  await twoScenarios(page);
  await page.getByRole('button', { name: 'Comparer les scénarios' }).click();
  await page.getByRole('heading', { name: /^Comparaison des scénarios/ }).waitFor();
  const headers = await page.getByRole('table', { name: /^Indicateurs du tableau de bord/ }).locator('thead th').allInnerTexts();
  assert.deepEqual(headers, ['Indicateur', 'Départ', 'Scénario 1', 'Scénario 2']);
  // Only the rows where a scenario differs from the start, every row one click away (issue 15).
  const rows = page.locator('.compare-table tbody tr[data-measure]');
  const differing = await rows.count();
  assert.equal(await rows.filter({ hasText: 'Demande (unités/mois)' }).count(), 0, 'headcounts change no demand');
  const every = page.getByRole('button', { name: /^Afficher tous les indicateurs \((\d+)\)$/ });
  const total = Number((await every.innerText()).match(/\((\d+)\)/)[1]);
  assert.ok(differing > 0 && differing < total, `${differing} of ${total}`);
  // The headline bars: the key figures, every service included; the comparison prints on two pages at most.
  assert.equal(await page.locator('.compare-chart').count(), 6);
  const printed = await page.pdf({ format: 'A4', landscape: true });
  assert.ok((printed.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length <= 2, 'two A4 pages at most');
  await every.click();
  assert.equal(await rows.count(), total);
  await page.getByRole('button', { name: `N'afficher que les différences (${differing})` }).click();
  assert.equal(await rows.count(), differing);
  // 374 agents at the start (data/portes-des-alpes): +3 in one scenario, −3 in the other.
  const agents = await compareRow(page, 'Agents du territoire');
  assert.equal(agents[0], '374');
  assert.match(agents[1], /^377\n\+3 ▲ \(hausse\)/);
  assert.match(agents[2], /^371\n−3 ▼ \(baisse\)/);
  // More collection agents, more capacity: scenario 1 is the best of that row, said in words.
  const capacity = await compareRow(page, 'Capacité \\(unités/mois\\) — Collecte');
  assert.match(capacity[1], /★ meilleur/);
  assert.doesNotMatch(capacity[0] + capacity[2], /meilleur/);
  // Under each scenario, its changes in plain language.
  const journals = page.locator('.compare-journal');
  assert.equal(await journals.count(), 2);
  assert.match(await journals.nth(0).innerText(), /Scénario 1[\s\S]*Collecte Nord 1[\s\S]*14/);
  assert.match(await journals.nth(1).innerText(), /Scénario 2[\s\S]*Collecte Nord 1[\s\S]*8/);
  assert.ok(await page.getByRole('img', { name: /Équipes en surcharge/ }).first().isVisible(), 'bars for the main figures');
  // The table as CSV, for a French spreadsheet: « ; », decimal comma, UTF-8 mark.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter le tableau (CSV)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'maillage-comparaison.csv');
  const csv = await readFile(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFIndicateur;Unité;Territoire de départ;Scénario 1;Écart (Scénario 1);Scénario 2'));
  assert.match(csv, /Agents du territoire;;374;377;3;371;-3;/);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: /^Comparison of the scenarios/ }).waitFor();
  assert.match(await page.locator('.compare-table').innerText(), /★ best/);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Back to the workshop' }).click();
  await page.getByRole('tab', { name: 'Scenarios' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('a reload finds every scenario, its name, its changes and the active one', async () => {
  const { page, problems, context } = await app.open();
  await twoScenarios(page);
  await item(page, 'Scénario 1').getByRole('button', { name: 'Renommer' }).click();
  await page.getByLabel('Nouveau nom').fill('Renfort collecte');
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
  await item(page, 'Renfort collecte').waitFor();
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await tab(page, 'Scénarios');
  assert.match(await item(page, 'Renfort collecte').innerText(), /1 modification/);
  assert.match(await item(page, 'Scénario 2').innerText(), /actif[\s\S]*1 modification/i);
  // The active scenario is the one every view shows: its journal, its headcount.
  await tab(page, 'Journal');
  assert.match(await page.locator('.journal-list').innerText(), /Collecte Nord 1[\s\S]*8/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a deleted scenario can be restored from the message or the trash', async () => {
  const { page, problems, context } = await app.open();
  await twoScenarios(page);
  await item(page, 'Scénario 2').getByRole('button', { name: 'Supprimer' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Scénario supprimé' });
  await status.waitFor();
  assert.equal(await item(page, 'Scénario 2').count(), 0);
  assert.ok(await page.getByRole('heading', { name: 'Scénarios supprimés' }).isVisible());
  await status.getByRole('button', { name: 'Rétablir' }).click();
  assert.match(await item(page, 'Scénario 2').innerText(), /1 modification/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('export to a file, clear the browser, import the file: everything is back; a damaged file changes nothing', async () => {
  const { page, problems, context } = await app.open();
  await twoScenarios(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter tous les scénarios (fichier)' }).first().click(),
  ]);
  const saved = await readFile(await download.path(), 'utf8');
  assert.match(saved, /^\{"format":"maillage-scenarios","version":2,/);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await tab(page, 'Scénarios');
  assert.equal(await item(page, 'Scénario 2').count(), 0, 'a cleared browser starts afresh');
  // A foreign file is refused beside the control and changes nothing.
  await page.locator('#import-scenarios').setInputFiles({ name: 'carte.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection"}') });
  const refusal = page.locator('.scenarios-file').getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /n'est pas un fichier de scénarios Maillage.*rien n'a été changé/);
  assert.match(await item(page, 'Scénario 1').innerText(), /0 modification/);
  await page.locator('#import-scenarios').setInputFiles({ name: 'maillage-scenarios.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
  await page.getByRole('status').getByText('Scénarios importés : 2').waitFor();
  assert.match(await item(page, 'Scénario 1').innerText(), /1 modification/);
  assert.match(await item(page, 'Scénario 2').innerText(), /actif[\s\S]*1 modification/i);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('an older file (version 0) is migrated', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Scénarios');
  const old = JSON.stringify({
    format: 'maillage-scenarios', version: 0, territory: 'portes-des-alpes',
    operations: [{ SetHeadcount: { team: 'COL-N1', agents: 20 } }],
  });
  await page.locator('#import-scenarios').setInputFiles({ name: 'ancien.json', mimeType: 'application/json', buffer: Buffer.from(old) });
  await page.getByRole('status').getByText('Scénarios importés : 1').waitFor();
  assert.match(await item(page, 'Scénario 1').innerText(), /1 modification/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a share link opened elsewhere adds its scenario as a copy, and nothing leaves the browser', async () => {
  const { page, problems, context } = await app.open();
  await twoScenarios(page);
  await page.getByRole('button', { name: 'Créer le lien' }).click();
  const url = await page.getByLabel('Lien à copier').inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]+$/);
  await context.close();

  // A colleague with a scenario of their own opens the link in a fresh browser.
  const other = await app.open();
  await setHeadcount(other.page, 'COL-N1', 12);
  await other.page.goto(url);
  await other.page.waitForSelector('body[data-ready="true"]');
  const notice = other.page.getByRole('status').filter({ hasText: 'ajouté comme copie' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /Scénario 2/);
  assert.equal(await other.page.evaluate(() => location.hash), '', 'the link is taken out of the address');
  await tab(other.page, 'Scénarios');
  assert.match(await item(other.page, 'Scénario 1').innerText(), /1 modification/, 'their own scenario is kept');
  assert.match(await item(other.page, 'Scénario 2').innerText(), /actif[\s\S]*1 modification/i);
  await tab(other.page, 'Journal');
  assert.match(await other.page.locator('.journal-list').innerText(), /Collecte Nord 1[\s\S]*8/);
  // A reload does not add it twice.
  await other.page.reload();
  await other.page.waitForSelector('body[data-ready="true"]');
  await tab(other.page, 'Scénarios');
  assert.equal(await other.page.getByRole('list', { name: 'Scénarios' }).getByRole('listitem').count(), 2);
  assert.deepEqual([...problems.external, ...other.problems.external], []);
  assert.deepEqual(other.problems.consoleErrors, []);
  await other.context.close();

  // A damaged link is refused with a message.
  const broken = await app.open({ path: '#s=not-a-scenario' });
  const alert = broken.page.getByRole('alert').filter({ hasText: 'lien de partage' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /incomplet ou abîmé.*rien n'a été changé/);
  await broken.context.close();
});

test('a storage failure is shown as an alert and the work stays in the page', async () => {
  const { page, problems, context } = await app.open();
  // The browser's storage is full from now on.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await setHeadcount(page, 'COL-N1', 14);
  const alert = page.getByRole('alert').filter({ hasText: "n'a plus de place" });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Votre travail reste dans cette page/);
  assert.ok(await alert.getByRole('button', { name: 'Exporter tous les scénarios (fichier)' }).isVisible());
  await tab(page, 'Journal');
  assert.match(await page.locator('.journal-list').innerText(), /Collecte Nord 1[\s\S]*14/, 'the change is still there');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
