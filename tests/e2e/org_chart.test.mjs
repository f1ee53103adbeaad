// The org chart tab as a director uses it: merge services, change a reporting line, see the engine refuse a loop,
// all with the mouse and with the keyboard alone, in French and English, without any accessibility violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startApp, tab as openTab } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const DIRECTOR = 'Directeur·rice de territoire Portes des Alpes';
const DEPUTY = 'Directeur·rice adjoint·e de territoire';
const ROADS = 'Chef·fe de service Voirie';
const STREETS = 'Chef·fe de service Nettoiement';
const SCHOOLS = 'Chef·fe de service Collèges';
const COLLECTION = 'Chef·fe de service Collecte';

async function openOrgChart(page, tab = 'Organigramme') {
  await openTab(page, tab);
  await page.getByRole('heading', { name: tab, level: 2 }).waitFor();
}

/** The card of a post, found by its name as the user reads it. */
function card(page, name) {
  return page.locator('.post-card', { has: page.getByRole('heading', { name, exact: true }) });
}

/** A whole number as the page writes it (French or English thousands separators). */
function leadingNumber(text) {
  const match = text.trim().match(/^[\d\u202F,]+/);
  assert.ok(match, `no number at the start of « ${text} »`);
  return Number(match[0].replace(/[\u202F,]/g, ''));
}

/** The figure a card shows under a label (e.g. « Encadrés directs »). */
async function figure(page, name, label = 'Encadrés directs') {
  const dd = card(page, name).locator('.post-figure', { has: page.getByText(label, { exact: true }) }).locator('dd');
  return leadingNumber(await dd.innerText());
}

/** The button that opens or closes a post's branch, just after its card. */
function branchToggle(page, name) {
  return card(page, name).locator('xpath=following-sibling::button[contains(@class, "org-toggle")]');
}

/** Opens one of the forms of change by its button. */
async function openForm(page, title) {
  const button = page.getByRole('button', { name: title });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return page.locator('.org-form', { has: button });
}

test('merging two services under one head adds the other head\'s reports to its span', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  const roads = await figure(page, ROADS);
  const streets = await figure(page, STREETS);
  const deputy = await figure(page, DEPUTY);
  const form = await openForm(page, 'Regrouper deux services sous un chef');
  await form.getByLabel('Premier service').selectOption({ label: 'Voirie' });
  await form.getByLabel('Second service').selectOption({ label: 'Nettoiement des rues' });
  await form.getByLabel('Chef·fe qui dirige les deux').selectOption({ label: `${ROADS} (CS-VOI)` });
  await form.getByRole('button', { name: 'Regrouper les services' }).click();
  // Every report of the street-cleaning head concerns street cleaning only: they all move to the roads head,
  // and the head left with nobody disappears (MergeServicesUnderHead in the engine).
  await page.locator('.last-change').filter({ hasText: 'Voirie' }).waitFor();
  await card(page, STREETS).waitFor({ state: 'detached' });
  assert.equal(await figure(page, ROADS), roads + streets);
  assert.equal(await figure(page, DEPUTY), deputy - 1);
  const span = card(page, ROADS).locator('.post-figure', { hasText: 'Encadrés directs' });
  assert.match(await span.innerText(), new RegExp(`\\(\\+${streets}\\s*▲\\)`));
  assert.equal(await form.getByRole('alert').count(), 0);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('changing a reporting line moves one report from the deputy to the director', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  const director = await figure(page, DIRECTOR);
  const deputy = await figure(page, DEPUTY);
  const level = await figure(page, SCHOOLS, 'Niveau');
  const form = await openForm(page, 'Changer un rattachement');
  await form.getByLabel('Poste').selectOption({ label: `${SCHOOLS} (CS-CLG)` });
  await form.getByLabel('Nouveau rattachement').selectOption({ label: `${DIRECTOR} (DIR)` });
  await form.getByRole('button', { name: 'Changer le rattachement' }).click();
  await page.locator('.last-change').filter({ hasText: SCHOOLS }).waitFor();
  assert.equal(await figure(page, DIRECTOR), director + 1);
  assert.equal(await figure(page, DEPUTY), deputy - 1);
  assert.equal(await figure(page, SCHOOLS, 'Niveau'), level - 1);
  // The schools head is now drawn in the director's branch.
  const directorBranch = page.getByRole('list', { name: `Rattachés à ${DIRECTOR}` });
  assert.ok(await directorBranch.getByRole('heading', { name: SCHOOLS, exact: true }).isVisible());
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a post cannot report to its own subordinate: the engine says why, beside the form, and nothing changes', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  const summary = await page.locator('.org-summary dl').innerText();
  const deputy = await figure(page, DEPUTY);
  const collection = await figure(page, COLLECTION);
  const form = await openForm(page, 'Changer un rattachement');
  await form.getByLabel('Poste').selectOption({ label: `${DEPUTY} (ADJ)` });
  await form.getByLabel('Nouveau rattachement').selectOption({ label: `${COLLECTION} (CS-COL)` });
  await form.getByRole('button', { name: 'Changer le rattachement' }).click();
  const alert = form.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /ne peut pas être rattaché à .*CS-COL.* boucle/);
  assert.equal(await figure(page, DEPUTY), deputy);
  assert.equal(await figure(page, COLLECTION), collection);
  assert.equal(await page.locator('.org-summary dl').innerText(), summary);
  assert.match(await page.locator('.last-change').innerText(), /aucune pour l'instant/);
  // In English, the same refusal reads in English.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const english = page.locator('.org-form', { has: page.getByRole('button', { name: 'Change whom a post reports to' }) });
  assert.match(await english.getByRole('alert').innerText(), /cannot report to .*CS-COL.* loop/);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** Presses Tab until `check` holds for the focused element (bounded, so a missing target fails instead of hanging). */
async function tabUntil(page, check, what, arg) {
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check, arg)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

/** Presses `key` on the focused select until its chosen option's text contains `text`. */
async function arrowUntil(page, key, text) {
  for (let i = 0; i < 100; i += 1) {
    const chosen = await page.evaluate(() => document.activeElement.selectedOptions?.[0]?.textContent ?? '');
    if (chosen.includes(text)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never chose ${text}`);
}

test('a whole change with the keyboard alone: open the tab, the form, choose, apply', async () => {
  const { page, problems, context } = await app.open();
  const director = await (async () => {
    // The workshop's views are the second row of tabs, under the activities.
    await tabUntil(page, () => document.activeElement?.closest('#workshop-views') && document.activeElement.getAttribute('role') === 'tab', "the workshop's views");
    for (let i = 0; i < 10; i += 1) {
      if (await page.evaluate(() => document.activeElement.textContent === 'Organigramme')) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.getByRole('heading', { name: 'Organigramme', level: 2 }).waitFor();
    return figure(page, DIRECTOR);
  })();
  await tabUntil(
    page,
    () => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.includes('Changer un rattachement'),
    'the form button',
  );
  await page.keyboard.press('Enter');
  await tabUntil(page, () => document.activeElement?.id === 'org-reports-post', 'the post select');
  await arrowUntil(page, 'ArrowDown', '(CS-CLG)');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'org-reports-boss');
  await arrowUntil(page, 'ArrowUp', '(DIR)');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Changer le rattachement');
  await page.keyboard.press('Enter');
  await page.locator('.last-change').filter({ hasText: SCHOOLS }).waitFor();
  assert.equal(await figure(page, DIRECTOR), director + 1);
  // A head's branch opens from the keyboard too.
  await tabUntil(
    page,
    (head) => document.activeElement?.classList.contains('org-toggle') && document.activeElement.textContent.includes(head),
    'the roads head\'s branch',
    ROADS,
  );
  await page.keyboard.press('Enter');
  const toggle = branchToggle(page, ROADS);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.getByRole('heading', { name: 'Chef·fe d\'équipe Voirie Bron 1', exact: true }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a post is added under a head, then removed, its reports handed back', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  const collection = await figure(page, COLLECTION);
  const add = await openForm(page, 'Ajouter un poste');
  const id = (await add.locator('.hint').innerText()).match(/POSTE-\d+/)[0];
  await add.getByLabel('Intitulé du poste').fill('Chargé·e de mission collecte');
  await add.getByLabel('Fonction').selectOption({ label: 'chef·fe d\'équipe' });
  await add.getByLabel('Nouveau rattachement').selectOption({ label: `${COLLECTION} (CS-COL)` });
  await add.getByRole('button', { name: 'Ajouter le poste' }).click();
  await page.locator('.last-change').filter({ hasText: 'Chargé·e de mission collecte' }).waitFor();
  assert.equal(await figure(page, COLLECTION), collection + 1);
  await branchToggle(page, COLLECTION).click();
  const added = card(page, 'Chargé·e de mission collecte');
  await added.getByText('sous la norme (0 < 5)').waitFor();
  assert.match(await added.innerText(), /nouveau poste/);
  assert.match(await added.innerText(), new RegExp(id));
  const remove = await openForm(page, 'Supprimer un poste');
  await remove.getByLabel('Poste').selectOption({ label: `Chargé·e de mission collecte (${id})` });
  // Its reports go by default to the post it reported to.
  assert.equal(await remove.getByLabel('Ses rattachements vont à').inputValue(), 'CS-COL');
  await remove.getByRole('button', { name: 'Supprimer le poste' }).click();
  await added.waitFor({ state: 'detached' });
  assert.equal(await figure(page, COLLECTION), collection);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a team given to another manager moves its agents from one span to the other', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  const roads = await figure(page, ROADS);
  await branchToggle(page, ROADS).click();
  const lead = 'Chef·fe d\'équipe Voirie Bron 1';
  const before = await figure(page, lead);
  const team = page.locator('.org-team', { hasText: 'Voirie Chassieu' });
  const agents = leadingNumber((await team.locator('strong').innerText()));
  const form = await openForm(page, 'Changer l\'encadrant d\'une équipe');
  await form.getByLabel('Équipe').selectOption({ label: 'Voirie Chassieu (VOI-CH)' });
  await form.getByLabel('Nouvel encadrant').selectOption({ label: `${lead} (CE-VOI-BR1)` });
  await form.getByRole('button', { name: 'Changer l\'encadrant', exact: true }).click();
  await page.locator('.last-change').filter({ hasText: 'Voirie Chassieu' }).waitFor();
  assert.equal(await figure(page, ROADS), roads - agents);
  assert.equal(await figure(page, lead), before + agents);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the norm can be changed and the badges follow, never by colour alone', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  const roads = await figure(page, ROADS);
  await page.getByLabel('Maximum').fill(String(roads - 1));
  await page.getByLabel('Maximum').press('Tab');
  await card(page, ROADS).getByText(`au-dessus de la norme (${roads} > ${roads - 1})`).waitFor();
  await page.getByLabel('Minimum').fill(String(roads + 5));
  await page.getByLabel('Minimum').press('Tab');
  assert.match(await page.locator('.norm-controls').getByRole('alert').innerText(), /minimum/);
  assert.ok(await card(page, ROADS).getByText(`au-dessus de la norme (${roads} > ${roads - 1})`).isVisible());
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** axe-core's WCAG 2.1 A and AA violations inside the org chart's tab panel (the other areas have their own tests). */
async function axeViolationsInOrgChart(page) {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const result = await window.axe.run('#panel-org-chart', {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

test('axe-core finds no violation on the org chart, in French and in English', async () => {
  const { page, problems, context } = await app.open();
  await openOrgChart(page);
  // Open what is closed at first, so that forms, leads and teams are checked too.
  await openForm(page, 'Regrouper deux services sous un chef');
  await openForm(page, 'Ajouter un poste');
  await branchToggle(page, ROADS).click();
  assert.deepEqual(await axeViolationsInOrgChart(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Org chart', level: 2 }).waitFor();
  assert.deepEqual(await axeViolationsInOrgChart(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});
