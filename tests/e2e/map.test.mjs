// The map as a workshop uses it: shaded zones and sites, teams moved by drag and drop and by the keyboard,
// sites opened and closed, refusals shown next to their control. Figures asserted are the engine's
// (tests/ui/map.rs checks the same numbers natively).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, axeViolations } from './harness.mjs';
import { marker, sitesDrawn, findSite, showService, switchTerritory, drawnBoxes, freeSpotIn } from './map-helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const zoneRow = (page, zone) => page.getByRole('row', { name: new RegExp(`^${zone.replace(/[()]/g, '\\$&')}`) });

async function openZonesTable(page) {
  await page.locator('.zones-box summary').click();
  await page.locator('.zones-table').waitFor();
}

test('zones are shaded under the communes, with a written legend and named site markers, in French and English', async () => {
  const { page, problems, context } = await app.open();
  assert.ok(await page.locator('svg.map-svg path.zone').count() >= 40);
  assert.equal(await page.locator('svg.map-svg path.commune').count(), 4);
  await page.getByText('5 à 10 min', { exact: true }).waitFor();
  await page.getByText('hachuré\u00a0: au-delà des 20 min acceptées').waitFor();
  assert.equal(await sitesDrawn(page), 16);
  assert.match(await marker(page, 'Dépôt voirie-propreté de Chassieu (illustratif)').getAttribute('aria-label'),
    /5 équipes et 52 agents du service Collecte des déchets/);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText('5 to 10 min', { exact: true }).waitFor();
  await page.getByLabel('Service shown on the map').waitFor();
  // The data's generic label in English, the name itself as it is (issue 15).
  assert.match(await marker(page, 'Dépôt voirie-propreté de Chassieu (illustrative)').getAttribute('aria-label'),
    /5 teams and 52 agents of Collecte des déchets; .* in all; \d+ places free/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('a team dragged onto a site moves there: its marker and the zone times change as the engine says', async () => {
  const { page, problems, context } = await app.open();
  await showService(page, 'ase');
  const saintPriest = await findSite(page, 'Maison de la Métropole de Saint-Priest (illustrative)', 'maison saint-priest');
  await page.locator('svg.map-overlay text', { hasText: '2 éq. · 18 ag.' }).waitFor();
  await page.getByRole('button', { name: /^ASE Mions — 6 agents/ }).dragTo(saintPriest);
  await page.locator('svg.map-overlay text', { hasText: '3 éq. · 24 ag.' }).waitFor();
  assert.match(await saintPriest.getAttribute('aria-label'), /3 équipes et 24 agents du service/);
  await page.getByRole('status').getByText(/Équipe ASE Mions : Maison de la Métropole de Mions \(illustrative\) → Maison de la Métropole de Saint-Priest/).waitFor();
  await openZonesTable(page);
  // Mions' far sector was 5,5 min from the Mions house; it is now 17,2 min from Saint-Priest.
  const row = zoneRow(page, 'Mions · secteur 11 (modélisé)');
  assert.match(await row.innerText(), /17,2\s+Maison de la Métropole de Saint-Priest \(illustrative\)\s+oui/);
  // Undo brings the engine's first figure back.
  await page.getByRole('button', { name: 'Annuler', exact: true }).first().click();
  await row.getByText('5,5').waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the keyboard alone moves a team: choose it, choose a site, press Move', async () => {
  const { page, problems, context } = await app.open();
  await showService(page, 'paph');
  await openZonesTable(page);
  const row = zoneRow(page, 'Mions · secteur 4 (modélisé)');
  await row.getByText('2,7').waitFor();
  const team = page.getByRole('button', { name: /^Autonomie Mions/ });
  await team.focus();
  await page.keyboard.press('Enter');
  assert.equal(await team.getAttribute('aria-pressed'), 'true');
  const moveTo = page.getByLabel('Déplacer «\u00a0Autonomie Mions\u00a0» vers…');
  await moveTo.focus();
  await moveTo.selectOption({ label: 'Maison de la Métropole de Bron (illustrative)' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await row.getByText('10,0').waitFor();
  await page.getByRole('status').getByText(/Autonomie Mions : .* → Maison de la Métropole de Bron/).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('clicking the map opens a new site there, and a team can move to it', async () => {
  const { page, problems, context } = await app.open();
  const map = page.getByRole('img', { name: 'Carte du territoire' });
  const box = await map.boundingBox();
  await map.click({ position: { x: box.width * 0.45, y: box.height * 0.55 } });
  const form = page.locator('form.open-site-form');
  await form.getByRole('heading', { name: 'Créer un nouveau site' }).waitFor();
  const lat = Number(await form.getByLabel('Latitude (degrés)').inputValue());
  const lon = Number(await form.getByLabel('Longitude (degrés)').inputValue());
  assert.ok(lat > 45.6 && lat < 45.8 && lon > 4.85 && lon < 5.05, `${lat}, ${lon} lies in Portes des Alpes`);
  await form.getByLabel('Nom').fill('Antenne du Fort');
  await form.getByRole('button', { name: 'Créer le site' }).click();
  const panel = page.getByRole('heading', { name: 'Site\u00a0: Antenne du Fort' });
  await panel.waitFor();
  assert.ok(await panel.evaluate((h) => h === document.activeElement), 'the focus goes to the new site, not lost');
  assert.equal(await sitesDrawn(page), 17);
  assert.equal(await form.count(), 0, 'the form closes once the site is open');
  const fort = await findSite(page, 'Antenne du Fort', 'fort');
  await page.getByRole('button', { name: /^Collecte Nord 1 —/ }).dragTo(fort);
  await page.locator('svg.map-overlay text', { hasText: '1 éq. · 11 ag.' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

// Issue 17: a site is opened where it goes on the map; the coordinates stay, tucked away.
test('opening a site is done on the map: a click where it goes, or Enter at the centre of the view', async () => {
  const { page, problems, context } = await app.open();
  // The button asks for the place on the map, and the keyboard is taken there.
  await page.getByRole('button', { name: 'Créer un site…' }).focus();
  await page.keyboard.press('Enter');
  const form = page.locator('form.open-site-form');
  await form.getByText(/^Cliquez sur la carte à l'endroit du site/).waitFor();
  await page.waitForFunction(() => document.activeElement?.classList.contains('map-viewport'));
  assert.match(await page.locator('.map-viewport').getAttribute('aria-label'), /Entrée place le site au centre de la vue/);
  assert.equal(await page.locator('.site-draft.aim').count(), 1, 'a cross marks the centre');
  assert.equal(await form.getByLabel('Latitude (degrés)').isVisible(), false, 'the coordinates are tucked away');
  assert.equal(await form.getByLabel('Capacité (agents)').inputValue(), '20');
  // Sent with no place: said beside the button, nothing opened.
  await form.getByRole('button', { name: 'Créer le site' }).click();
  await form.getByRole('alert').getByText("Choisissez d'abord l'emplacement").waitFor();
  assert.equal(await sitesDrawn(page), 16);

  // From the keyboard: the arrows move the view, Enter places the site at its centre.
  await page.locator('.map-viewport').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await form.getByText(/^Emplacement choisi sur la carte\s: (Saint-Priest|Bron|Chassieu|Mions)\./).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'new-site-name');
  assert.equal(await page.locator('.site-draft.aim').count(), 0);
  assert.equal(await page.locator('.site-draft').count(), 1, 'the place chosen is marked');
  // A click elsewhere moves it: into Mions, said in words.
  const spot = await freeSpotIn(page, 'Mions');
  await page.mouse.click(spot.x, spot.y);
  await form.getByText(/^Emplacement choisi sur la carte\s: Mions\./).waitFor();
  const lat = Number(await form.getByLabel('Latitude (degrés)').inputValue());
  assert.ok(lat > 45.62 && lat < 45.69, `${lat} is in Mions`);
  await form.getByLabel('Nom').fill('Antenne de Mions');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Site\u00a0: Antenne de Mions' }).waitFor();
  assert.equal(await sitesDrawn(page), 17);

  // Escape on the map leaves an opening; the focus goes back to its button.
  await page.getByRole('button', { name: 'Créer un site…' }).click();
  await form.waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.classList.contains('open-site'));
  assert.equal(await form.count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('closing a site asks where each team goes, then its teams work from there', async () => {
  const { page, problems, context } = await app.open();
  await (await findSite(page, 'Maison de la Métropole de Mions (illustrative)', 'maison mions')).click();
  await page.getByRole('button', { name: 'Fermer ce site…' }).click();
  const form = page.locator('form.close-form');
  // The engine's default: the nearest other site; the user sends one team elsewhere.
  const ase = form.getByLabel('ASE Mions va vers');
  assert.notEqual(await ase.inputValue(), '');
  await ase.selectOption({ label: 'Maison de la Métropole de Bron (illustrative)' });
  await form.getByRole('button', { name: 'Fermer le site' }).click();
  await page.getByRole('status').getByText(/Fermeture du site Maison de la Métropole de Mions/).waitFor();
  assert.equal(await sitesDrawn(page), 15);
  await page.locator('.site-marker:focus').waitFor();
  await showService(page, 'ase');
  const bron = page.getByRole('list', { name: 'Maison de la Métropole de Bron (illustrative)' });
  await bron.getByRole('button', { name: 'ASE Mions — 6 agents' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('an impossible operation shows the engine message next to its control and changes nothing', async () => {
  const { page, problems, context } = await app.open();
  // Closing a site without saying where a team goes.
  await (await findSite(page, 'Maison de la Métropole de Mions (illustrative)', 'mions maison')).click();
  await page.getByRole('button', { name: 'Fermer ce site…' }).click();
  const closing = page.locator('form.close-form');
  await closing.getByLabel('ASE Mions va vers').selectOption('');
  await closing.getByRole('button', { name: 'Fermer le site' }).click();
  await closing.getByRole('alert').getByText(/ne peut pas fermer : aucun site d'accueil n'est indiqué pour ASE Mions/).waitFor();
  assert.equal(await sitesDrawn(page), 16);
  // Opening a site under an id already taken (placed from the keyboard, at the view's centre).
  await page.getByRole('button', { name: 'Créer un site…' }).click();
  const opening = page.locator('form.open-site-form');
  await page.waitForFunction(() => document.activeElement?.classList.contains('map-viewport'));
  await page.keyboard.press('Enter');
  await opening.getByText(/^Emplacement choisi sur la carte/).waitFor();
  await opening.getByText('Identifiant et coordonnées').click();
  await opening.getByLabel('Identifiant').fill('MDM-SP');
  await opening.getByRole('button', { name: 'Créer le site' }).click();
  await opening.getByRole('alert').getByText("l'identifiant « MDM-SP » est déjà pris par un autre site").waitFor();
  assert.equal(await sitesDrawn(page), 16);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('axe-core finds no WCAG 2.1 AA violation on the map and its forms, in French and in English', async () => {
  const { page, problems, context } = await app.open();
  await (await findSite(page, 'Maison de la Métropole de Bron (illustrative)', 'bron maison')).click();
  await page.getByRole('button', { name: 'Fermer ce site…' }).click();
  await page.getByRole('button', { name: 'Créer un site…' }).click();
  await page.getByRole('button', { name: /^Collecte Nord 1 —/ }).click();
  await openZonesTable(page);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByText('Create a new site').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the counts written on the map hide no site of the service shown and no commune name, on both territories', async () => {
  const { page, problems, context } = await app.open();
  for (const territory of ['portes-des-alpes', 'metropole']) {
    await switchTerritory(page, territory);
    const services = await page.getByLabel('Service affiché sur la carte').locator('option')
      .evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    for (const [service, name] of services) {
      await showService(page, service);
      // The legend names the service once the map is drawn for it.
      await page.locator('#legend-title', { hasText: name }).waitFor();
      const seen = await drawnBoxes(page);
      assert.ok(seen.labels >= 1 && seen.markers >= 1, `${territory}, ${service}: ${JSON.stringify(seen)}`);
      assert.equal(seen.labelsOverSites + seen.labelsOverNames, 0, `${territory}, ${service}: ${JSON.stringify(seen)}`);
    }
  }
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
