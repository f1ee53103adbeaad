// Bring your own territory (issue 5): import the CSV files of MODEL.md, read a refusal that names
// the file, the line and the column, fix the file, import it; drop several files at once; export
// back to CSV; and hostile names shown as text, breaking no layout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startApp, axeViolations, dropFiles, tab } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });


/** A small territory of one commune, in the CSV files of MODEL.md; `names` replaces its names. */
function territory({ teamSite = 'S1', names = {} } = {}) {
  const n = (key, fallback) => names[key] ?? fallback;
  const q = (text) => `"${text.replaceAll('"', '""')}"`;
  return {
    'zones.csv': `zone_id,name,commune,lat,lon,population\nZ1,${q(n('zone', 'Centre'))},Villeneuve,45.70,4.90,1200\nZ2,Nord,Villeneuve,45.72,4.91,800\nZ3,Sud,Villeneuve,45.68,4.89,600\n`,
    'sites.csv': `site_id,name,lat,lon,capacity\nS1,${q(n('site', 'Mairie'))},45.70,4.90,50\nS2,Annexe,45.72,4.92,30\n`,
    'services.csv': `service_id,name,family,demand_per_1000,units_per_agent,catchment_minutes\nCOL,${q(n('service', 'Collecte'))},urban,20,10,15\n`,
    'managers.csv': `manager_id,name,role,reports_to\nDIR,${q(n('post', 'Direction'))},director,\nCHEF,Chef collecte,head,DIR\n`,
    'teams.csv': `team_id,name,service_id,site_id,agents,manager_id\nT1,${q(n('team', 'Équipe centre'))},COL,S1,3,CHEF\nT2,Équipe nord,COL,${teamSite},2,CHEF\n`,
  };
}

const files = (set, only) => Object.entries(set)
  .filter(([name]) => !only || only.includes(name))
  .map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) }));

test('a refused territory names file, line and column and changes nothing; the fixed file imports', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Scénarios');
  await page.getByLabel('Nom du territoire').fill('Villeneuve');
  await page.locator('#territory-files').setInputFiles(files(territory({ teamSite: 'S9' })));
  const alert = page.locator('.territory-import').getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Import refusé, rien n'a changé : teams\.csv, ligne 3, colonne site_id : le site « S9 » n'existe pas dans sites\.csv/);
  assert.equal(await page.locator('.territory-switch select').first().inputValue(), 'portes-des-alpes', 'nothing changed');
  // The planner fixes teams.csv and chooses only that file again.
  await page.locator('#territory-files').setInputFiles(files(territory(), ['teams.csv']));
  await page.getByRole('status').getByText('Territoire importé').waitFor();
  assert.match(await page.getByRole('status').filter({ hasText: 'Territoire importé' }).innerText(), /Villeneuve/);
  assert.equal(await alert.count(), 0);
  const select = page.locator('.territory-switch select').first();
  assert.match(await select.locator('option:checked').innerText(), /Villeneuve/);
  // No boundaries: the map draws each zone as a dot; the figures are the engine's.
  assert.equal(await page.locator('svg.map-svg circle.zone-dot').count(), 3);
  await tab(page, 'Tableau de bord');
  assert.match(await page.locator('.workload-table').innerText(), /Collecte/);
  // Portes des Alpes and its scenario are still there.
  await select.selectOption('portes-des-alpes');
  await page.locator('svg.map-svg path.commune').first().waitFor();
  assert.equal(await page.locator('svg.map-svg path.commune').count(), 4);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

// Issue 13: a territory's usual absence comes with its files (territory.csv), shows on the
// dashboard, is where the simulation's absence parameter starts, and goes back out on export.
test('an imported usual absence is counted by the dashboard, starts the simulation and is exported', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Scénarios');
  await page.getByLabel('Nom du territoire').fill('Villeneuve');
  const set = { ...territory(), 'territory.csv': 'setting,value\nusual_absence,"0,12"\n' };
  await page.locator('#territory-files').setInputFiles(files(set));
  await page.getByRole('status').getByText('Territoire importé').waitFor();
  await tab(page, 'Tableau de bord');
  assert.match(await page.locator('p.usual-absence').innerText(), /^Absence habituelle comptée\u00A0: 12\u202F% des agents, taux du territoire/);
  // 2,600 residents × 20 / 1,000 = 52 units for 5 agents × 10: a load of 104 %, 118,2 % with 12 % away.
  const row = page.locator('.workload-table tbody tr').first();
  const cells = await row.getByRole('cell').allInnerTexts();
  assert.match(cells[2], /^104,0\u202F%/);
  assert.match(cells[3], /^118,2\u202F%/);
  await tab(page, 'Simulation');
  await page.locator('details.sim-params > summary').click();
  assert.equal(await page.getByLabel('Absence habituelle (0 à 1)', { exact: true }).inputValue(), '0,12');
  await tab(page, 'Scénarios');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.csv-exports').getByRole('button', { name: 'territory.csv' }).click(),
  ]);
  assert.equal(await readFile(await download.path(), 'utf8'), 'setting,value\nusual_absence,0.12\n');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('several files dropped together import; the territory exports back to CSV, one file per table', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Scénarios');
  const set = territory();
  await dropFiles(page, '[data-testid="drop-zone"]', Object.entries(set), 'text/csv');
  await page.getByRole('status').getByText('Territoire importé').waitFor();
  assert.equal(await page.locator('svg.map-svg circle.zone-dot').count(), 3);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.csv-exports').getByRole('button', { name: 'teams.csv' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'teams.csv');
  const teams = await readFile(await download.path(), 'utf8');
  assert.match(teams, /^team_id,name,service_id,site_id,agents,manager_id/);
  assert.match(teams, /T2,Équipe nord,COL,S1,2,CHEF/);
  // Reloading keeps the imported territory (saved as its CSV files).
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('svg.map-svg circle.zone-dot').count(), 3);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('hostile names are shown as text: no script runs, the header and the tabs keep their layout', async () => {
  const { page, problems, context } = await app.open();
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  const script = '<img src=x onerror="window.__pwned=1;alert(1)">';
  const long = 'Équipe '.repeat(72).slice(0, 500);
  const rtl = '\u202Eettelloc\u202C Nord';
  await tab(page, 'Scénarios');
  await page.getByLabel('Nom du territoire').fill(script + long);
  await page.locator('#territory-files').setInputFiles(files(territory({
    names: { zone: script, site: long, service: rtl, post: script, team: long },
  })));
  await page.getByRole('status').getByText('Territoire importé').waitFor();
  // A scenario named with the same hostile text.
  const active = page.getByRole('list', { name: 'Scénarios' }).getByRole('listitem').first();
  await active.getByRole('button', { name: 'Renommer' }).click();
  await page.getByLabel('Nouveau nom').fill(script + rtl + long);
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
  for (const name of ['Tableau de bord', 'Organigramme', 'Opérations', 'Journal', 'Scénarios']) {
    await tab(page, name);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `no script ran (${name})`);
  }
  assert.ok((await page.locator('.scenario-name').first().innerText()).startsWith('<img src=x'), 'the text is shown as written');
  await page.getByRole('button', { name: 'Comparer les scénarios' }).click();
  await page.getByRole('heading', { name: /^Comparaison des scénarios/ }).waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  // Nothing differs from the start: every figure, to see the hostile name head a column.
  await page.getByRole('button', { name: /^Afficher tous les indicateurs/ }).click();
  const width = page.viewportSize().width;
  for (const selector of ['.app-header', '.toolbar', '.messages', '.compare-head', '.compare-table-wrap']) {
    const box = await page.locator(selector).first().boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width + 1, `${selector} stays within the ${width}px viewport: ${JSON.stringify(box)}`);
  }
  await page.getByRole('button', { name: "Retour à l'atelier" }).click();
  for (const selector of ['.app-header', '.tab-list', '.side-pane', '.map-pane']) {
    const box = await page.locator(selector).first().boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width + 1, `${selector} stays within the ${width}px viewport: ${JSON.stringify(box)}`);
  }
  const tabs = await page.getByRole('tab').evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().right));
  assert.ok(Math.max(...tabs) <= width, 'every tab is on screen');
  await page.screenshot({ path: '/tmp/maillage-hostile.png' });
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
