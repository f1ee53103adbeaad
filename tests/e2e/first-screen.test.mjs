// The first screen as a newcomer sees it: the Portes des Alpes map, in French, switchable to English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, axeViolations } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

test('the four communes are drawn and named, in French', async () => {
  const { page, problems, context } = await app.open();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await page.locator('svg.map-svg path.commune').count(), 4);
  for (const name of ['Saint-Priest', 'Bron', 'Chassieu', 'Mions']) {
    await page.getByRole('rowheader', { name, exact: true }).waitFor();
    assert.ok(await page.locator('svg .commune-name', { hasText: name }).isVisible(), `${name} is written on the map`);
  }
  // INSEE 2023: 117 262 residents in the four communes, written the French way.
  assert.match(await page.locator('.communes-table tfoot').innerText(), /117\u202F262/);
  assert.ok(await page.getByRole('img', { name: 'Carte du territoire' }).isVisible());
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('switching language changes the visible text and the page language', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.ok(await page.getByRole('img', { name: 'Map of the territory' }).isVisible());
  assert.match(await page.locator('.communes-table tfoot').innerText(), /117,262/);
  await page.getByRole('button', { name: 'Passer en français' }).click();
  assert.ok(await page.getByRole('img', { name: 'Carte du territoire' }).isVisible());
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('axe-core finds no WCAG 2.1 AA violation, in French and in English', async () => {
  const { page, problems, context } = await app.open();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.external, []);
  await context.close();
});
