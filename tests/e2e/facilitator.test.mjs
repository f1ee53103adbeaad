// The Facilitation tab (issue 7) as a workshop's facilitator uses it: inject events that change
// the figures and are written in the journal, project the presentation view, and collect the
// groups' exported files to rank their scenarios on chosen criteria.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, axeViolations, dropFiles, tab } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });


const DATA = new URL('../../data/portes-des-alpes/', import.meta.url);

/** One column of a CSV file of data/portes-des-alpes, by the row's first field (no quoted commas in these rows). */
async function field(file, id, column) {
  const [header, ...rows] = (await readFile(new URL(file, DATA), 'utf8')).trim().split('\n').map((l) => l.split(','));
  return rows.find((r) => r[0] === id)[header.indexOf(column)];
}

/** The number at the start of a figure's or a ranking cell's text, as the page writes it in French (`2 931,6 (place 2)` → 2931.6). */
const number = (text) => Number(text.trim().split('\n')[0].replace(/\s*\(place \d+\)$/, '').replace(/[\u202F\u00A0 %]/g, '').replace(',', '.').replace('−', '-'));

/** Demand and capacity of a service in the dashboard's workload table (written to the unit or the tenth). */
async function workload(page, service) {
  await tab(page, 'Tableau de bord');
  const cells = page.getByRole('table', { name: /^Charge par service/ }).getByRole('row', { name: new RegExp(`^${service}`) }).getByRole('cell');
  return { demand: number(await cells.nth(0).innerText()), capacity: number(await cells.nth(1).innerText()) };
}

const journal = async (page) => { await tab(page, 'Journal'); return page.locator('.journal-list').innerText(); };

const PAPH = 'Aide aux personnes âgées et handicapées \\(PA-PH\\)';

test('injected events change the figures, are written in the journal and are undone like any change', async () => {
  const { page, problems, context } = await app.open();
  const start = await workload(page, PAPH);
  // The data's home-help teams (teams.csv) and their units per agent (services.csv).
  const teams = (await readFile(new URL('teams.csv', DATA), 'utf8')).split('\n').filter((l) => l.split(',')[2] === 'paph');
  const agents = teams.reduce((sum, l) => sum + Number(l.split(',')[4]), 0);
  const perAgent = Number(await field('services.csv', 'paph', 'units_per_agent'));
  assert.ok(Math.abs(start.capacity - agents * perAgent) < 0.1, `capacity ${start.capacity} at the start`);

  // An absence wave: a fifth of the home-help agents away, a fifth of its capacity gone.
  await tab(page, 'Animation');
  const absence = page.getByRole('form', { name: "Vague d'absences" });
  await absence.getByLabel('Service').selectOption('paph');
  await absence.getByLabel('Agents absents pendant la vague (%)').fill('20');
  await absence.getByRole('button', { name: "Déclencher la vague d'absences" }).click();
  const waved = await workload(page, PAPH);
  // The page writes capacities in whole units.
  assert.ok(Math.abs(waved.capacity - 0.8 * agents * perAgent) <= 0.5, `capacity ${waved.capacity} after the wave`);
  assert.equal(waved.demand, start.demand);
  assert.match(await journal(page), /Événement : vague d'absences, 20\u202F% des agents du service Aide aux personnes âgées/);

  // A demand surge in Saint-Priest: its residents' demand × 1.15, the other communes' unchanged.
  await tab(page, 'Animation');
  const surge = page.getByRole('form', { name: 'Hausse de la demande' });
  await surge.getByLabel('Service').selectOption('paph');
  await surge.getByLabel('Commune').selectOption({ label: 'Saint-Priest' });
  await surge.getByLabel('Hausse de la demande (%)').fill('15');
  await surge.getByRole('button', { name: 'Déclencher la hausse' }).click();
  const surged = await workload(page, PAPH);
  const perThousand = Number(await field('services.csv', 'paph', 'demand_per_1000'));
  const communes = (await readFile(new URL('../../data/communes/metropole_lyon_communes_population.csv', import.meta.url), 'utf8')).split('\n');
  const saintPriest = Number(communes.find((l) => l.includes(',Saint-Priest,')).split(',')[4]); // INSEE 2023
  assert.ok(Math.abs(surged.demand - (start.demand + 0.15 * saintPriest * perThousand / 1000)) <= 0.5, `demand ${surged.demand} after the surge`);

  // A site becomes unavailable: Mions' Maison de la Métropole closes, its teams go elsewhere.
  await tab(page, 'Animation');
  const site = page.getByRole('form', { name: 'Un site devient indisponible' });
  await site.getByLabel('Site').selectOption('MDM-MI');
  await site.getByRole('button', { name: 'Rendre le site indisponible' }).click();
  const written = await journal(page);
  assert.match(written, /Événement : le site Maison de la Métropole de Mions \(illustrative\) devient indisponible ; .*Autonomie Mions → /);
  assert.equal((written.match(/Événement :/g) ?? []).length, 3);

  // A rate out of range is refused beside its form, and nothing changes.
  await tab(page, 'Animation');
  await absence.getByLabel('Agents absents pendant la vague (%)').fill('95');
  await absence.getByRole('button', { name: "Déclencher la vague d'absences" }).click();
  assert.match(await absence.getByRole('alert').innerText(), /95\u202F% n'est pas une part d'agents absents possible/);
  assert.equal((await journal(page)).match(/Événement :/g).length, 3);

  // Undo takes the events back one by one, like any other change.
  for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  assert.deepEqual(await workload(page, PAPH), start);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('the presentation view enlarges the page for a projector, tucks the controls away and leaves on Escape', async () => {
  const { page, problems, context } = await app.open({ viewport: { width: 1280, height: 720 } });
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const before = await size();
  await tab(page, 'Animation');
  // By keyboard, as on a facilitator's laptop plugged into the projector.
  await page.getByRole('button', { name: 'Passer en vue de présentation' }).focus();
  await page.keyboard.press('Enter');
  assert.ok(await size() >= before * 1.25, 'larger type');
  assert.equal(await page.locator('header .presentation-switch').getAttribute('aria-pressed'), 'true');
  const header = page.locator('header');
  assert.equal(await header.getByRole('button', { name: 'Annuler', exact: true }).isVisible(), false, 'the controls are tucked away');
  await header.locator('summary', { hasText: 'Commandes' }).focus();
  await page.keyboard.press('Enter');
  assert.ok(await header.getByRole('button', { name: 'Annuler', exact: true }).isVisible(), 'and unfold on demand');
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Passer en vue de présentation' }).waitFor();
  assert.equal(await size(), before);
  assert.ok(await header.getByRole('button', { name: 'Annuler', exact: true }).isVisible());
  // The header's switch leaves it too, in English as well.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Switch to the presentation view' }).click();
  await header.getByRole('button', { name: 'Leave the presentation view' }).click();
  assert.equal(await size(), before);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/**
 * Checks a ranking table's rows (place, scenario, one cell per criterion, sum) against the rule
 * the page states, recomputed here: on each criterion (all four are "fewer is better") a
 * scenario's place is 1 + the number of scenarios strictly better; its sum is the sum of its
 * places; the overall place is 1 + the number of smaller sums, shared places marked « ex æquo »;
 * rows best first.
 */
function checkPlaces(rows) {
  const criteria = rows[0].length - 3;
  for (let c = 0; c < criteria; c += 1) {
    const values = rows.map((r) => number(r[2 + c]));
    rows.forEach((r, i) => {
      const place = 1 + values.filter((v) => v < values[i]).length;
      assert.match(r[2 + c], new RegExp(`\\(place ${place}\\)$`), `${r[1]}, criterion ${c + 1}`);
    });
  }
  const sums = rows.map((r) => [...r.slice(2, -1).join(' ').matchAll(/\(place (\d+)\)/g)].reduce((a, m) => a + Number(m[1]), 0));
  rows.forEach((r, i) => {
    assert.equal(Number(r.at(-1)), sums[i], `${r[1]}: its sum is the sum of its places`);
    const place = 1 + sums.filter((s) => s < sums[i]).length;
    const shared = sums.filter((s) => s === sums[i]).length > 1;
    assert.equal(r[0].replace(/\s+/g, ' '), shared ? `${place} (ex æquo)` : `${place}`, `${r[1]}'s place`);
    if (i > 0) assert.ok(sums[i] >= sums[i - 1], 'best first');
  });
}

/** A group's file: in a browser of its own, the group moves the first `moves` northern collection teams and exports. */
async function groupFile(moves) {
  const { page, context } = await app.open();
  for (let n = 1; n <= moves; n += 1) {
    await tab(page, 'Opérations');
    const form = page.getByRole('form', { name: 'Déplacer une équipe' });
    await form.getByLabel('Service (équipe à déplacer)').selectOption('collecte');
    await form.getByLabel('Équipe à déplacer', { exact: true }).selectOption(`COL-N${n}`);
    await form.getByLabel('Nouveau site').selectOption('DEP-SP');
    await form.getByRole('button', { name: 'Déplacer', exact: true }).click();
  }
  await tab(page, 'Scénarios');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter tous les scénarios (fichier)' }).first().click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  await context.close();
  return text;
}

test("three groups' files collected and ranked on the facilitator's criteria; a malformed file is named and refused", async () => {
  const files = { 'groupe-rouge.json': await groupFile(3), 'groupe-bleu.json': await groupFile(1), 'groupe-vert.json': await groupFile(2) };
  const { page, problems, context } = await app.open();
  await tab(page, 'Animation');
  await page.locator('#group-files').setInputFiles([
    ...Object.entries(files).map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })),
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"autre"') },
  ]);
  await page.getByRole('status').getByText('Scénarios de groupes collectés').waitFor();
  const refused = page.locator('.facilitator-groups').getByRole('alert');
  assert.match(await refused.innerText(), /Fichier refusé, rien n'en a été repris :[\s\S]*notes\.json/);

  const table = page.getByRole('table', { name: /^Classement des scénarios/ });
  const headers = await table.locator('thead th').allInnerTexts();
  assert.equal(headers.length, 2 + 4 + 1, 'place, scenario, the four default criteria, the sum');
  const moved = headers.indexOf('Agents changeant de site');
  assert.ok(moved > 1, `“Agents changeant de site” among ${headers}`);
  const rows = () => table.locator('tbody tr:not(.reference)').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText)));
  const ranked = await rows();
  assert.equal(ranked.length, 4, "the workshop's own scenario and the three groups'");
  checkPlaces(ranked);
  // 0, 1, 2, 3 northern collection teams moved: 11, 11 and 10 agents (teams.csv).
  const byName = Object.fromEntries(ranked.map((r) => [r[1], r]));
  assert.deepEqual(['Scénario 1', 'groupe-bleu — Scénario 1', 'groupe-vert — Scénario 1', 'groupe-rouge — Scénario 1'].map((name) => number(byName[name][moved])), [0, 11, 22, 32]);
  assert.match(await table.locator('tr.reference').innerText(), /Départ \(repère\)/);

  // Unticking « Équipes en surcharge »: on the three criteria left, fewer agents moved ranks
  // better, since the groups' moves change neither the largest span nor the posts outside the norm.
  await page.getByLabel('Équipes en surcharge', { exact: true }).uncheck();
  assert.equal((await table.locator('thead th').allInnerTexts()).length, 2 + 3 + 1);
  const reranked = await rows();
  checkPlaces(reranked);
  assert.deepEqual(reranked.map((r) => r[1]), ['Scénario 1', 'groupe-bleu — Scénario 1', 'groupe-vert — Scénario 1', 'groupe-rouge — Scénario 1']);
  assert.match(await table.locator('tr.reference').innerText(), /Départ \(repère\)/);

  // Leaving a group out of the ranking takes its row away.
  await page.getByRole('group', { name: 'Scénarios classés' }).getByLabel('groupe-rouge — Scénario 1').uncheck();
  assert.equal(await table.locator('tbody tr:not(.reference)').count(), 3);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('table', { name: /^Ranking of the scenarios/ }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  // The ranked scenarios side by side on the comparison page, every figure beside the start.
  await page.getByRole('button', { name: 'See these scenarios side by side' }).click();
  await page.getByRole('heading', { name: /^Comparison of the scenarios/ }).waitFor();
  const columns = await page.locator('.compare-table thead th').allInnerTexts();
  // The facilitator's own scenario, named by the app, now reads in English (issue 15).
  assert.deepEqual(columns.slice(2), ['Scenario 1', 'groupe-bleu — Scénario 1', 'groupe-vert — Scénario 1'], `columns ${columns}`);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test("groups' files dropped on the zone are collected too, beside the facilitator's own scenario", async () => {
  const entries = [['groupe-jaune.json', await groupFile(1)], ['groupe-violet.json', await groupFile(2)]];
  const { page, problems, context } = await app.open();
  await tab(page, 'Animation');
  await dropFiles(page, '[data-testid="groups-drop-zone"]', entries, 'application/json');
  const notice = page.getByRole('status').filter({ hasText: 'Scénarios de groupes collectés' });
  await notice.waitFor();
  assert.match((await notice.innerText()).replace(/\s/g, ' '), /« groupe-jaune — Scénario 1 », « groupe-violet — Scénario 1 »/);
  const names = await page.getByRole('table', { name: /^Classement des scénarios/ }).locator('tbody th[scope="row"]').allInnerTexts();
  assert.deepEqual([...names].sort(), ['Départ (repère)', 'Scénario 1', 'groupe-jaune — Scénario 1', 'groupe-violet — Scénario 1']);
  // The facilitator's own scenario stays the one every view shows.
  const picker = page.locator('header').getByRole('combobox', { name: 'Scénario', exact: true });
  assert.equal(await picker.evaluate((select) => select.selectedOptions[0].textContent), 'Scénario 1');
  await tab(page, 'Journal');
  assert.doesNotMatch(await page.locator('#panel-journal').innerText(), /Collecte Nord 1/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
