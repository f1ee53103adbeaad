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

/** The Journal panel's text, empty journal included. */
const journalPanel = async (page) => { await tab(page, 'Journal'); return page.locator('#panel-journal').innerText(); };
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

/** The sentence under the ranking that says how the total is made, its spaces plain. */
const totalText = async (page) => (await page.getByTestId('ranking-total').innerText()).replace(/\s/g, ' ');

/** The ranked rows of the ranking table (place, scenario, total, one cell per criterion), its headers' names and the weights chosen in them. */
async function rankingTable(table) {
  const headers = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.firstChild.textContent.trim()));
  const weights = await table.locator('thead select').evaluateAll((selects) => selects.map((s) => Number(s.value)));
  const rows = await table.locator('tbody:not(.references) tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText)));
  const references = await table.locator('tbody.references tr.reference th').allInnerTexts();
  return { headers, weights, rows, references };
}

/**
 * Checks a ranking table's rows against the rule the page states, recomputed here: on each
 * criterion (all of the defaults are "fewer is better") a scenario's place is 1 + the number of
 * ranked scenarios strictly better; its total is the sum of its places, each times its
 * criterion's weight; the overall place is 1 + the number of smaller totals, shared places
 * marked « ex æquo »; rows best first.
 */
function checkPlaces({ rows, weights }) {
  weights.forEach((_, c) => {
    const values = rows.map((r) => number(r[3 + c]));
    rows.forEach((r, i) => {
      const place = 1 + values.filter((v) => v < values[i]).length;
      assert.match(r[3 + c], new RegExp(`\\(place ${place}\\)$`), `${r[1]}, criterion ${c + 1}`);
    });
  });
  const totals = rows.map((r) => [...r.slice(3).join(' ').matchAll(/\(place (\d+)\)/g)].reduce((a, m, c) => a + weights[c] * Number(m[1]), 0));
  rows.forEach((r, i) => {
    assert.equal(Number(r[2]), totals[i], `${r[1]}: its total is its places times their weights`);
    const place = 1 + totals.filter((s) => s < totals[i]).length;
    const shared = totals.filter((s) => s === totals[i]).length > 1;
    assert.equal(r[0].replace(/\s+/g, ' '), shared ? `${place} (ex æquo)` : `${place}`, `${r[1]}'s place`);
    if (i > 0) assert.ok(totals[i] >= totals[i - 1], 'best first');
  });
}

/**
 * A group's file: in a browser of its own, the group names itself (when `group` is given), moves
 * the first `moves` northern collection teams and exports; returns the file's suggested name and text.
 */
async function groupFile(moves, group) {
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
  if (group) {
    // By keyboard: type the name, Enter names the group.
    await page.getByLabel('Nom de votre groupe (atelier)').fill(group);
    await page.getByLabel('Nom de votre groupe (atelier)').press('Enter');
    await page.getByText('Votre groupe :').waitFor();
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter tous les scénarios (fichier)' }).first().click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  await context.close();
  return { name: download.suggestedFilename(), text };
}

test('a group names itself once: the name survives a reload and names the exported file, in both languages', async () => {
  const { page, problems, context } = await app.open({ viewport: { width: 1366, height: 768 } });
  await tab(page, 'Scénarios');
  const field = page.getByLabel('Nom de votre groupe (atelier)');
  await field.fill('Groupe bleu');
  await page.getByRole('button', { name: 'Nommer le groupe' }).click();
  assert.match(await page.locator('.group-name').innerText(), /Votre groupe : Groupe bleu[\s\S]*Fichier exporté : maillage-groupe-bleu-scenario-1\.json/);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await tab(page, 'Scénarios');
  assert.match(await page.locator('.group-name').innerText(), /Votre groupe : Groupe bleu/);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  // By keyboard: the focus goes to the field, then, once named, to the button that renames.
  await page.getByRole('button', { name: 'Change the name' }).press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'group-name');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Équipe Été');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Change the name');
  assert.match(await page.locator('.group-name').innerText(), /Your group: Équipe Été[\s\S]*Exported file: maillage-equipe-ete-scenario-1\.json/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** The three named groups' files, each exported once from a browser of its own. */
let threeGroups;
const namedGroupFiles = () => {
  threeGroups ??= (async () => [await groupFile(3, 'Groupe rouge'), await groupFile(1, 'Groupe bleu'), await groupFile(2, 'Groupe vert')])();
  return threeGroups.then((files) => files.map((f) => ({ ...f })));
};

/** Opens the app and collects `files` in the Facilitation tab. */
async function collect(files, options) {
  const opened = await app.open(options);
  await tab(opened.page, 'Animation');
  await opened.page.locator('#group-files').setInputFiles(files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
  await opened.page.getByRole('status').getByText('Scénarios de groupes collectés').waitFor();
  return opened;
}

test("three named groups' files arrive under their names; the ranking leaves the references apart and follows its weights", async () => {
  const files = await namedGroupFiles();
  assert.deepEqual(files.map((f) => f.name), ['maillage-groupe-rouge-scenario-1.json', 'maillage-groupe-bleu-scenario-1.json', 'maillage-groupe-vert-scenario-1.json']);
  // A browser that already had the file renames the download; the group's own name still wins.
  files[1].name = 'maillage-groupe-bleu-scenario-1 (1).json';
  const { page, problems, context } = await app.open();
  await tab(page, 'Animation');
  await page.locator('#group-files').setInputFiles([
    ...files.map(({ name, text }) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })),
    { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"autre"') },
  ]);
  const notice = page.getByRole('status').filter({ hasText: 'Scénarios de groupes collectés' });
  await notice.waitFor();
  const collected = (await notice.innerText()).replace(/\s/g, ' ');
  for (const group of ['Groupe rouge', 'Groupe bleu', 'Groupe vert']) assert.match(collected, new RegExp(`« ${group} — Scénario 1 »`));
  const refused = page.locator('.facilitator-groups').getByRole('alert');
  assert.match(await refused.innerText(), /Fichier refusé, rien n'en a été repris :[\s\S]*notes\.json/);

  const table = page.getByRole('table', { name: /^Classement des scénarios/ });
  const first = await rankingTable(table);
  // The default criteria: workload, residents' travel (two), management, disruption; each × 1.
  assert.deepEqual(first.headers.slice(2), ['Total',
    'Équipes en surcharge', 'Trajet le plus long', 'Habitants hors de portée', 'Postes hors norme', "Agents changeant de site ou d'encadrant",
  ]);
  assert.deepEqual(first.weights, [1, 1, 1, 1, 1]);
  assert.equal(first.rows.length, 3, "the three groups are ranked; the facilitator's untouched scenario is not");
  assert.deepEqual(first.references, ['Départ (repère)', 'Scénario 1 (aucun changement)']);
  checkPlaces(first);
  const moved = 3 + 4;
  // 1, 2, 3 northern collection teams moved: 11, 22 and 32 agents (teams.csv).
  assert.deepEqual(['Groupe bleu — Scénario 1', 'Groupe vert — Scénario 1', 'Groupe rouge — Scénario 1']
    .map((name) => number(first.rows.find((r) => r[1] === name)[moved])), [11, 22, 32]);
  assert.match(await totalText(page),
    /^Total = 1 × place « Équipes en surcharge » \+ 1 × place « Trajet le plus long » \+ .* ; le plus petit total est classé premier\./);

  // Disruption weighted × 3, in the table's own header: the group that moved least leads, as the sentence under the table says.
  await page.getByRole('combobox', { name: /^Poids du critère «\s*Agents changeant de site ou d'encadrant\s*»$/ }).selectOption('3');
  const weighted = await rankingTable(table);
  assert.equal(weighted.weights.at(-1), 3);
  checkPlaces(weighted);
  // Each × 1, the three groups tie: moving collection teams relieves overloaded teams as much as it disrupts.
  assert.deepEqual(first.rows.map((r) => r[0].replace(/\s+/g, ' ')), ['1 (ex æquo)', '1 (ex æquo)', '1 (ex æquo)']);
  assert.deepEqual(weighted.rows.map((r) => r[1]), ['Groupe bleu — Scénario 1', 'Groupe vert — Scénario 1', 'Groupe rouge — Scénario 1']);
  assert.match(await totalText(page), /\+ 3 × place « Agents changeant de site ou d'encadrant »/);
  // Disruption × 0: still shown, no longer counted.
  await page.getByRole('combobox', { name: /^Poids du critère «\s*Agents changeant de site ou d'encadrant\s*»$/ }).selectOption('0');
  const unweighted = await rankingTable(table);
  checkPlaces(unweighted);
  assert.deepEqual(unweighted.rows.map((r) => r[1]), ['Groupe rouge — Scénario 1', 'Groupe vert — Scénario 1', 'Groupe bleu — Scénario 1']);
  assert.doesNotMatch(await totalText(page), /Agents changeant/);

  // Leaving a group out of the ranking takes its row away.
  await page.getByRole('group', { name: 'Scénarios classés' }).getByLabel('Groupe rouge — Scénario 1').uncheck();
  assert.equal((await rankingTable(table)).rows.length, 2);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('table', { name: /^Ranking of the scenarios/ }).waitFor();
  assert.match(await totalText(page), /^Total = 1 × place “Overloaded teams”/);
  assert.deepEqual(await axeViolations(page), []);
  // The ranked scenarios side by side on the comparison page, every figure beside the start.
  await page.getByRole('button', { name: 'See these scenarios side by side' }).click();
  await page.getByRole('heading', { name: /^Comparison of the scenarios/ }).waitFor();
  const columns = await page.locator('.compare-table thead th').allInnerTexts();
  assert.equal(columns.length, 4, `the start and the two ranked groups: ${columns}`);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test("groups' files dropped on the zone are collected too, beside the facilitator's own scenario", async () => {
  // Files from before groups named themselves: the file's name stands for the group's.
  const entries = [['groupe-jaune.json', (await groupFile(1)).text], ['groupe-violet.json', (await groupFile(2)).text]];
  const { page, problems, context } = await app.open();
  await tab(page, 'Animation');
  await dropFiles(page, '[data-testid="groups-drop-zone"]', entries, 'application/json');
  const notice = page.getByRole('status').filter({ hasText: 'Scénarios de groupes collectés' });
  await notice.waitFor();
  assert.match((await notice.innerText()).replace(/\s/g, ' '), /« groupe-jaune — Scénario 1 », « groupe-violet — Scénario 1 »/);
  const names = await page.getByRole('table', { name: /^Classement des scénarios/ }).locator('tbody th[scope="row"]').allInnerTexts();
  assert.deepEqual([...names].sort(), ['Départ (repère)', 'Scénario 1 (aucun changement)', 'groupe-jaune — Scénario 1', 'groupe-violet — Scénario 1']);
  // The facilitator's own scenario stays the one every view shows.
  const picker = page.locator('header').getByRole('combobox', { name: 'Scénario', exact: true });
  assert.equal(await picker.evaluate((select) => select.selectedOptions[0].textContent), 'Scénario 1');
  await tab(page, 'Journal');
  assert.doesNotMatch(await page.locator('#panel-journal').innerText(), /Collecte Nord 1/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the board of the groups shows every group side by side once revealed, on one projector page', async () => {
  const { page, problems, context } = await collect(await namedGroupFiles(), { viewport: { width: 1280, height: 720 } });
  await page.getByRole('button', { name: 'Ouvrir le tableau des groupes' }).click();
  const board = page.getByRole('region', { name: 'Tableau des groupes' });
  await board.waitFor();
  // Before the reveal: the groups' names, no figure, no map.
  const cards = board.locator('.board-group');
  assert.deepEqual(await cards.locator('h3').allInnerTexts(), ['Groupe rouge — Scénario 1', 'Groupe bleu — Scénario 1', 'Groupe vert — Scénario 1']);
  assert.equal(await board.locator('.strip-figure, .still-map').count(), 0, 'hidden until revealed');
  assert.match(await board.innerText(), /Les résultats sont prêts/);
  // By keyboard, as from the facilitator's laptop.
  await board.getByRole('button', { name: 'Révéler les résultats' }).focus();
  await page.keyboard.press('Enter');
  await board.locator('.still-map').first().waitFor();
  // Each group: its changes, a map of the service it changed most, four figures of the strip.
  for (const text of await cards.locator('.board-changes').allInnerTexts()) assert.match(text, /^Depuis le départ\s*:\s*\d+ modifications?\.$/);
  for (let i = 0; i < 3; i += 1) {
    const card = cards.nth(i);
    assert.equal(await card.locator('.still-map').count(), 1);
    assert.match(await card.locator('.still-map figcaption strong').innerText(), /Collecte des déchets/);
    assert.deepEqual((await card.locator('.strip-name').allInnerTexts()).length, 4);
  }
  assert.deepEqual(await cards.locator('.board-changes').evaluateAll((ps) => ps.map((p) => Number(p.textContent.match(/\d+/)[0]))), [3, 1, 2]);
  // One projector page: nothing scrolls at 1280×720.
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight + 1), 'the board fits without scrolling');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('region', { name: 'Board of the groups' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Back to the workshop' }).click();
  await page.getByRole('tab', { name: 'Facilitation' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('an event scheduled on the timeline fires when the facilitator chooses, is journaled and undone, and stays after a reload', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Animation');
  assert.match(await page.getByRole('region', { name: 'Chronologie de la séance' }).innerText(), /Aucun événement programmé/);
  // Planned before the session, by keyboard: the time, the announcement, then the event's own form.
  await page.getByLabel('Programmer dans la chronologie plutôt que déclencher maintenant').check();
  await page.getByLabel('Heure prévue').fill('10:30');
  await page.getByLabel('Annonce à la salle').fill('le dépôt de Chassieu est inondé');
  const site = page.getByRole('form', { name: 'Un site devient indisponible' });
  await site.getByLabel('Site').selectOption('DEP-CH');
  await site.getByRole('button', { name: 'Programmer cet événement' }).press('Enter');
  const timeline = page.getByRole('region', { name: 'Chronologie de la séance' });
  await timeline.getByRole('listitem').first().waitFor();
  assert.match((await timeline.getByRole('listitem').innerText()).replace(/\s/g, ' '), /^10 h 30 — le dépôt de Chassieu est inondé/);
  assert.doesNotMatch(await journalPanel(page), /Événement/, 'scheduling changes nothing yet');

  // Kept with the work.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await tab(page, 'Animation');
  await timeline.getByRole('button', { name: 'Déclencher' }).click();
  assert.match(await timeline.getByRole('listitem').innerText(), /\(déclenché\)/);
  assert.match(await journalPanel(page), /Événement : le site Dépôt voirie-propreté de Chassieu \(illustratif\) devient indisponible/);
  await tab(page, 'Animation');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  assert.match(await journalPanel(page), /Rétablir \(Ctrl\+Y\) refera d'abord\s*:\s*Événement\s*:\s*le site Dépôt voirie-propreté de Chassieu/, 'Undo takes the event back');
  assert.equal(await page.locator('.journal-list').count(), 0);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await tab(page, 'Facilitation');
  assert.match((await page.getByRole('region', { name: 'Session timeline' }).getByRole('listitem').innerText()).replace(/\s/g, ' '), /^10:30 — le dépôt de Chassieu est inondé \(started\)/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the round timer starts, pauses, takes a minute more and ends quietly, shown on the projector', async () => {
  const { page, problems, context } = await app.open();
  // The page's clock is Playwright's: time passes only when the test says so.
  await page.clock.install();
  await tab(page, 'Animation');
  const timer = page.getByRole('region', { name: 'Minuteur du tour' });
  const shown = () => timer.getByTestId('timer-time').innerText();
  await timer.getByLabel('Durée du tour (min)').fill('2');
  await timer.getByRole('button', { name: 'Démarrer' }).click();
  assert.equal(await shown(), '02:00');
  await page.clock.runFor(5_000);
  assert.equal(await shown(), '01:55');
  await timer.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(30_000);
  assert.equal(await shown(), '01:55', 'paused');
  await timer.getByRole('button', { name: '+1 min' }).click();
  assert.equal(await shown(), '02:55');
  await timer.getByRole('button', { name: 'Reprendre' }).click();
  // On the projector: the presentation view's header shows it too.
  await page.getByRole('button', { name: 'Passer en vue de présentation' }).click();
  const header = page.locator('header .round-timer');
  await page.clock.runFor(175_000);
  assert.equal(await header.getByTestId('timer-time').innerText(), '00:00');
  assert.match(await header.getByRole('status').innerText(), /Temps écoulé : le tour est terminé\./);
  assert.ok(await header.evaluate((e) => e.classList.contains('timer-ended')), 'a quiet visual signal');
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
