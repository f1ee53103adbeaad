// The Exercises tab as a trainee uses it: choose an exercise, read the briefing, work through the
// real operation forms while the objectives are judged live, ask for a hint, finish with the
// debrief beside the reference solution; a malformed exercise file is refused with its message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startApp, tab } from './harness.mjs';

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


/** The objectives list of the exercise under way, one text per objective. */
async function objectives(page) {
  await tab(page, 'Exercices');
  return page.locator('#panel-exercises .objective-list > li').allInnerTexts();
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

test('a surge exercise played through the forms to its objectives met, then its debrief', async () => {
  const { page, problems, context } = await app.open();
  await tab(page, 'Exercices');
  const panel = page.locator('#panel-exercises');
  // Started from the keyboard: the focus goes to the exercise's title, not to the page.
  await panel.getByRole('button', { name: `Commencer : ${SURGE_FR}` }).focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('heading', { name: SURGE_FR }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'exercise-title');
  assert.match(await panel.innerText(), /EHPAD de Saint-Priest/);
  const score = panel.getByRole('status').filter({ hasText: 'Score' });
  // The service holds with its usual absence (0.99); its Saint-Priest team does not (1.06).
  assert.match(await score.innerText(), /4 objectifs atteints sur 5/);
  const [service, team] = await objectives(page);
  assert.match(service, /^✓\s*Atteint/);
  assert.match(team, /Non atteint/);
  assert.match(team, /Charge avec l'absence habituelle de l'équipe la plus chargée/);
  assert.match(team, /au plus 1,00/);
  const before = Number((await score.innerText()).match(/Score\u00a0: (\d+)/)[1]);

  // A hint, on request only.
  assert.equal(await panel.locator('.hint-list li').count(), 0);
  await panel.getByRole('button', { name: /Afficher un indice \(1 sur 4\)/ }).click();
  await panel.locator('.hint-list li').first().waitFor();
  assert.match(await panel.locator('.hint-list').innerText(), /0,99 avec l'absence habituelle/);

  // The reference solution, through the Operations tab's headcount form.
  await setHeadcount(page, 'asi', 'ASI-BR2', 7);
  await setHeadcount(page, 'paph', 'PAPH-SP', 10);
  await tab(page, 'Exercices');
  await panel.getByText('5 objectifs atteints sur 5').waitFor();
  const after = Number((await panel.getByRole('status').filter({ hasText: 'Score' }).innerText()).match(/Score\u00a0: (\d+)/)[1]);
  assert.ok(after > before, `the score rises (${before} → ${after})`);
  for (const line of await objectives(page)) assert.match(line, /^✓\s*Atteint/, line);
  // The hint asked for stays shown after working in another tab.
  assert.equal(await panel.locator('.hint-list li').count(), 1);

  await panel.getByRole('button', { name: 'Terminer et voir le débrief' }).click();
  const table = panel.getByRole('table', { name: 'Votre solution et la solution de référence' });
  await table.waitFor();
  const operations = table.getByRole('row', { name: /^Opérations/ }).getByRole('cell');
  assert.deepEqual(await operations.allInnerTexts(), ['2', '2']);
  assert.match(await panel.locator('.debrief-text').innerText(), /Pourquoi Bron/);
  assert.match(await panel.locator('.debrief-journals').innerText(), /PAPH-SP|Autonomie/);
  assert.deepEqual(await panelViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
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
  // Keyboard only: the debrief opens from the keyboard, and the focus goes to its heading.
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).focus();
  await page.keyboard.press('Enter');
  await panel.getByRole('table', { name: 'Your solution and the reference solution' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'exercise-debrief-title');
  assert.deepEqual(await panelViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
