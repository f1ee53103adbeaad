// The Exercises tab as a trainee uses it: choose an exercise, read the briefing, work through the
// real operation forms while the objectives are judged live, ask for a hint, finish with the
// debrief beside the reference solution; a malformed exercise file is refused with its message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startApp, tab } from './harness.mjs';
import { freeSpotIn } from './map-helpers.mjs';

const require = createRequire(import.meta.url);
let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const SURGE_FR = "Pic de demande d'autonomie à Saint-Priest";

/** axe-core's WCAG 2.1 A and AA violations within the Exercises panel. */
async function panelViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: await readFile(require.resolve('axe-core/axe.min.js'), 'utf8') });
  }
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['#panel-exercises']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Changes a team's headcount with the Operations tab's form, as a trainee would. */
async function setHeadcount(page, service, team, agents) {
  await tab(page, 'Opérations');
  const form = page.getByRole('form', { name: "Changer l'effectif d'une équipe" });
  await form.getByLabel('Service (équipe)').selectOption(service);
  await form.getByLabel('Équipe', { exact: true }).selectOption(team);
  await form.getByLabel('Nouvel effectif (agents)').fill(String(agents));
  await form.getByRole('button', { name: "Appliquer l'effectif" }).click();
}

test('a surge exercise starts at 0, rises as its goal is reached, survives a reload, then its debrief', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Exercices');
  const panel = page.locator('#panel-exercises');
  // Started from the keyboard: the focus goes to the exercise's title, not to the page.
  await panel.getByRole('button', { name: `Commencer : ${SURGE_FR}` }).focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('heading', { name: SURGE_FR }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'exercise-title');
  assert.match(await panel.innerText(), /EHPAD de Saint-Priest/);
  // The map shows the service the exercise is about.
  const mapService = page.getByLabel('Service affiché sur la carte');
  assert.equal(await mapService.inputValue(), 'paph');
  const score = panel.getByRole('status').filter({ hasText: 'Score' });
  const points = async () => Number((await score.innerText()).match(/Score\u00a0: (\d+)/)[1]);
  // Nothing done yet: 0 points. The one goal is the Saint-Priest team (1.06); what already holds
  // (the service at 0.99, no hiring…) is to keep.
  assert.equal(await points(), 0);
  assert.match(await score.innerText(), /0 objectif atteint sur 1 — 4 contraintes maintenues sur 4/);
  const goals = await panel.locator('.objective-list.goals > li').allInnerTexts();
  assert.equal(goals.length, 1);
  assert.match(goals[0], /^✗\s*Non atteint/);
  assert.match(goals[0], /Aucune équipe du service Aide aux personnes âgées et handicapées \(PA-PH\) au-dessus d'une charge de 1,00 avec l'absence habituelle/);
  assert.match(goals[0], /valeur 1,06 — au plus 1,00/);
  const constraints = await panel.locator('.objective-list.constraints > li').allInnerTexts();
  assert.equal(constraints.length, 4);
  for (const line of constraints) assert.match(line, /^✓\s*Maintenu/, line);
  assert.ok(constraints.some((line) => /Sans recruter cette année \(374 agents aujourd'hui\)/.test(line)));

  // A hint, on request only.
  assert.equal(await panel.locator('.hint-list li').count(), 0);
  await panel.getByRole('button', { name: /Afficher un indice \(1 sur 4\)/ }).click();
  await panel.locator('.hint-list li').first().waitFor();
  assert.match(await panel.locator('.hint-list').innerText(), /0,99 avec l'absence habituelle/);

  // Hiring reaches the goal but breaks « Sans recruter »: half the points, the broken one shown.
  await setHeadcount(page, 'paph', 'PAPH-SP', 10);
  await tab(page, 'Exercices');
  await panel.getByText('1 objectif atteint sur 1 — 1 contrainte rompue sur 4').waitFor();
  assert.equal(await points(), 50);
  const broken = panel.locator('.objective.broken');
  assert.equal(await broken.count(), 1);
  assert.match(await broken.innerText(), /^✗\s*Rompu[\s\S]*Sans recruter/);

  // The agent taken from Bron's social action instead: a redeployment, every constraint kept.
  await setHeadcount(page, 'asi', 'ASI-BR2', 7);
  await tab(page, 'Exercices');
  await panel.getByText('1 objectif atteint sur 1 — 4 contraintes maintenues sur 4').waitFor();
  assert.equal(await points(), 100);
  assert.match(await score.innerText(), /Exercice réussi/);
  // The hint asked for stays shown after working in another tab.
  assert.equal(await panel.locator('.hint-list li').count(), 1);

  // A reload takes the trainee back where they were: the exercise, its score, the hint, the map.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await tab(page, 'Exercices');
  await panel.getByRole('heading', { name: SURGE_FR }).waitFor();
  assert.equal(await points(), 100);
  assert.equal(await panel.locator('.hint-list li').count(), 1);
  assert.match(await panel.getByRole('button', { name: /Afficher un indice/ }).innerText(), /\(2 sur 4\)/);
  assert.equal(await page.getByLabel('Service affiché sur la carte').inputValue(), 'paph');

  await panel.getByRole('button', { name: 'Terminer et voir le débrief' }).click();
  const table = panel.getByRole('table', { name: 'Votre solution et la solution de référence' });
  await table.waitFor();
  const operations = table.getByRole('row', { name: /^Opérations/ }).getByRole('cell');
  assert.deepEqual(await operations.allInnerTexts(), ['2', '2']);
  assert.match(await table.innerText(), /\(à maintenir\)/);
  assert.match(await panel.locator('.debrief-text').innerText(), /Pourquoi Bron/);
  assert.match(await panel.locator('.debrief-journals').innerText(), /PAPH-SP|Autonomie/);
  assert.deepEqual(await panelViolations(page), []);
  // The debrief open is kept too.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await tab(page, 'Exercices');
  await panel.getByRole('table', { name: 'Votre solution et la solution de référence' }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

// Issue 17: the exercise sets the scene — the map on its service, a new site with the brief's places.
test('the lease exercise shows home help on the map and opens its new office with the 10 places of its brief', async () => {
  const { page, problems, context } = await app.open();
  const mapService = page.getByLabel('Service affiché sur la carte');
  assert.equal(await mapService.inputValue(), 'collecte', 'the workshop starts on waste collection');
  await tab(page, 'Exercices');
  const panel = page.locator('#panel-exercises');
  await panel.getByRole('button', { name: 'Commencer : Fin de bail à Mions' }).click();
  await panel.getByRole('heading', { name: 'Fin de bail à Mions' }).waitFor();
  assert.equal(await mapService.inputValue(), 'paph');
  assert.match(await page.locator('.map-legend .legend-title').innerText(), /Aide aux personnes âgées et handicapées/);
  const score = panel.getByRole('status').filter({ hasText: 'Score' });
  assert.match(await score.innerText(), /Score\u00a0: 0 \/ 100 — 0 objectif atteint sur 2 — 7 contraintes maintenues sur 7/);
  // The new office is placed on the map, in Mions, and starts with the brief's 10 places.
  await page.getByRole('button', { name: 'Créer un site…' }).click();
  const form = page.locator('form.open-site-form');
  assert.equal(await form.getByLabel('Capacité (agents)').inputValue(), '10');
  const spot = await freeSpotIn(page, 'Mions');
  await page.mouse.click(spot.x, spot.y);
  await form.getByText(/^Emplacement choisi sur la carte\s: Mions\./).waitFor();
  await form.getByLabel('Nom').fill('Bureau des solidarités de Mions');
  await form.getByRole('button', { name: 'Créer le site' }).click();
  await page.getByRole('heading', { name: 'Site\u00a0: Bureau des solidarités de Mions' }).waitFor();
  // Outside the exercise, a new site starts at 20 places again.
  await page.getByRole('combobox', { name: /^Territoire/ }).selectOption('portes-des-alpes');
  await page.getByRole('button', { name: 'Créer un site…' }).click();
  assert.equal(await form.getByLabel('Capacité (agents)').inputValue(), '20');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('a malformed exercise file is refused with its message and nothing changes', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Exercices');
  const panel = page.locator('#panel-exercises');
  const broken = JSON.stringify({ format: 'maillage-exercise', version: 1, id: 'x' });
  await panel.getByLabel("Charger un fichier d'exercice (JSON)").setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken),
  });
  const alert = panel.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Fichier d'exercice refusé/);
  assert.match(await alert.innerText(), /title/);
  assert.equal(await panel.locator('.objective-list').count(), 0, 'no exercise started');
  // Not JSON at all: the line and column are given.
  await panel.getByLabel("Charger un fichier d'exercice (JSON)").setInputFiles({
    name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": '),
  });
  await page.waitForFunction(() => /ligne|line/.test(document.querySelector('#panel-exercises [role=alert]')?.innerText ?? ''));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('axe-core finds no violation in the Exercises tab, in French and in English', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Exercices');
  assert.deepEqual(await panelViolations(page), []);
  await page.locator('#panel-exercises').getByRole('button', { name: `Commencer : ${SURGE_FR}` }).click();
  await page.getByRole('button', { name: /Afficher un indice/ }).click();
  assert.deepEqual(await panelViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const panel = page.locator('#panel-exercises');
  await panel.getByRole('heading', { name: 'A surge in home-care demand in Saint-Priest' }).waitFor();
  assert.match(await panel.innerText(), /Not met/);
  assert.match(await panel.innerText(), /To reach[\s\S]*Keep[\s\S]*Kept/);
  assert.match(await panel.innerText(), /Score: 0 \/ 100 — 0 goals reached of 1 — 4 constraints kept of 4/);
  // Keyboard only: the debrief opens from the keyboard, and the focus goes to its heading.
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('table', { name: 'Your solution and the reference solution' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'exercise-debrief-title');
  assert.deepEqual(await panelViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
