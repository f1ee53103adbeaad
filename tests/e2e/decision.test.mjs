// What a change did, in one glance (issue 15): the decision strip above the map, the warning of a
// site over capacity next to the action, the dashboard's changes first, the strip by keyboard, the
// scenario sheet on one printed page, a calm layout (the map never moves, the header stays, the
// tabs keep one row) and the forms and English that the issue asks for. French and English, at
// the planner's 1366×768 and the projector's 1280×720.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, axeViolations, tab } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const SIZES = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }];
const words = {
  fr: {
    sites: 'Sites au-delà de leur capacité', overloaded: 'Équipes en surcharge', trip: 'Trajet le plus long',
    worse: '(pire)', moveTo: /^Déplacer «\u00a0Collecte Nord 1\u00a0» vers…$/, move: 'Déplacer', warning: 'Attention',
    dashboard: 'Tableau de bord', changes: 'Ce qui a changé depuis le départ', mions: 'Maison de la Métropole de Mions (illustrative)',
  },
  en: {
    sites: 'Sites over capacity', overloaded: 'Overloaded teams', trip: 'Longest trip',
    worse: '(worse)', moveTo: /^Move “Collecte Nord 1” to…$/, move: 'Move', warning: 'Warning',
    dashboard: 'Dashboard', changes: 'What changed since the start', mions: 'Maison de la Métropole de Mions (illustrative)',
  },
};

/** The strip's tile of a figure. */
const tile = (page, name) => page.locator('.decision-strip .strip-figure').filter({ hasText: name });

/** Where an element lies on the page (not in the window): what moves when the layout shifts. */
async function onPage(page, locator) {
  const box = await locator.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return { ...box, y: box.y + scrolled };
}

/** Whether an element lies wholly inside the window as it is (the test never scrolls). */
async function inView(page, locator) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  return box && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

/** Collecte Nord 1 (11 agents) moved from the map's side into Mions' Maison de la Métropole (20 places). */
async function crowdMions(page, lang) {
  await page.locator('.team-item').filter({ hasText: 'Collecte Nord 1 —' }).click();
  const form = page.locator('form.move-form');
  await form.getByLabel(words[lang].moveTo).selectOption('MDM-MI');
  await form.getByRole('button', { name: words[lang].move, exact: true }).click();
}

for (const lang of ['fr', 'en']) {
  for (const viewport of SIZES) {
    test(`${lang} ${viewport.width}×${viewport.height}: a move that crowds a site shows in the strip and next to the map, which does not move`, async () => {
      const { page, problems, context } = await app.open({ viewport });
      if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
      const w = words[lang];
      const sitesBefore = await tile(page, w.sites).innerText();
      const map = page.locator('figure.map');
      const mapBefore = await onPage(page, map);
      await crowdMions(page, lang);
      // The strip counts one more site over capacity, and says it got worse in words.
      await tile(page, w.sites).filter({ hasText: w.worse }).waitFor();
      assert.notEqual(await tile(page, w.sites).innerText(), sitesBefore);
      assert.match(await tile(page, w.sites).innerText(), /\+1 ▲/);
      assert.ok(await tile(page, w.sites).evaluate((e) => e.classList.contains('strip-worse')), 'framed as worse, not by colour alone');
      assert.ok((await tile(page, w.overloaded).innerText()).includes(`▲ ${w.worse}`), 'more overloaded teams: worse');
      // The warning names the site, over the map where the team was dropped.
      const alert = page.locator('.map-alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), new RegExp(`${w.warning}.*Mions.*20`, 's'));
      // All of it without scrolling, and the map where it was.
      for (const seen of [tile(page, w.sites), tile(page, w.overloaded), alert, page.locator('.strip-status')]) {
        assert.ok(await inView(page, seen), `${await seen.first().innerText()} is in view`);
      }
      assert.deepEqual(await onPage(page, map), mapBefore, 'the map did not move');
      // What the alert describes goes with the next change.
      await page.getByRole('button', { name: lang === 'fr' ? 'Annuler' : 'Undo', exact: true }).click();
      await alert.waitFor({ state: 'detached' });
      assert.deepEqual(await onPage(page, map), mapBefore);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems.consoleErrors, []);
      assert.deepEqual(problems.external, []);
      await context.close();
    });
  }
}

test('the dashboard leads with what changed, the largest change first; at the start it says so once', async () => {
  const { page, problems, context } = await app.open({ viewport: SIZES[0] });
  const changes = page.locator('.dash-changes');
  assert.equal(await page.locator('.dashboard > *').first().getAttribute('class'), 'dash-section dash-changes');
  assert.match(await changes.innerText(), /Rien n'a changé depuis le départ/);
  assert.equal(await page.getByText(/Rien n'a changé depuis le départ/).count(), 1);
  assert.equal(await page.locator('.dashboard .delta').count(), 0, 'no figure repeats « inchangé »');
  await crowdMions(page, 'fr');
  const rows = changes.getByRole('table').locator('tbody tr');
  await rows.first().waitFor();
  // Every row shown changed, in decreasing order of size (the engine's order; checked natively).
  const count = await rows.count();
  assert.ok(count >= 3);
  for (let i = 0; i < count; i += 1) assert.match(await rows.nth(i).innerText(), /[▲▼]/);
  assert.match(await rows.first().innerText(), /Sites au-delà de leur capacité|Charge avec l'absence habituelle — Collecte Nord 1/);
  assert.ok(await inView(page, rows.first()), 'the first change is read without scrolling');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('by keyboard alone, a strip figure opens its source on the dashboard, with its service on the map', async () => {
  const { page, problems, context } = await app.open({ viewport: SIZES[1] });
  await tab(page, 'Journal');
  const trip = tile(page, 'Trajet le plus long').getByRole('button');
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await trip.evaluate((e) => e === document.activeElement)) break;
  }
  assert.ok(await trip.evaluate((e) => e === document.activeElement), 'the tile takes the focus');
  await page.keyboard.press('Enter');
  await page.locator('#source-proximity').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'source-proximity');
  assert.equal(await page.getByRole('tab', { name: 'Tableau de bord', exact: true }).getAttribute('aria-selected'), 'true');
  // The longest trip's service is the one the map now shows.
  const service = (await tile(page, 'Trajet le plus long').locator('.strip-detail').innerText()).trim();
  assert.equal(await page.locator('#map-service option:checked').innerText(), service);
  // The source is scrolled into view below the header and the strip, not under them.
  const top = (await page.locator('.app-top').boundingBox()).height;
  const caption = await page.locator('#source-proximity caption').boundingBox();
  assert.ok(caption.y >= top && caption.y + caption.height <= page.viewportSize().height, `caption at ${caption.y}, top ${top}`);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** The pages of a PDF made by Chromium. */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('the scenario sheet prints on one A4 landscape page and shows as a 16:9 slide, in French and English', async () => {
  const { page, problems, context } = await app.open({ viewport: SIZES[0] });
  await crowdMions(page, 'fr');
  // Closing Mions' Maison de la Métropole, as a facilitator's event.
  await tab(page, 'Animation');
  const event = page.getByRole('form', { name: 'Un site devient indisponible' });
  await event.getByLabel('Site').selectOption('MDM-MI');
  await event.getByRole('button', { name: 'Rendre le site indisponible' }).click();
  await page.getByRole('button', { name: 'Fiche', exact: true }).click();
  const sheet = page.locator('.scenario-sheet');
  await sheet.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sheet-title');
  assert.match(await sheet.innerText(), /Portes des Alpes/);
  assert.equal(await sheet.locator('.strip-figure').count(), 6);
  assert.equal(await sheet.locator('.sheet-journal li').count(), 2);
  assert.match(await sheet.locator('.still-map figcaption').innerText(), /Temps jusqu'au site le plus proche/);
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(pages(await page.pdf({ format: 'A4', landscape: true })), 1, 'one printed page');
  await page.getByRole('button', { name: 'Vue diapositive 16:9' }).click();
  const box = await sheet.boundingBox();
  assert.ok(Math.abs(box.width / box.height - 16 / 9) < 0.02, `16:9: ${box.width}×${box.height}`);
  const { width, height } = page.viewportSize();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, 'the slide fits the window');
  await page.getByRole('button', { name: 'Vue diapositive 16:9' }).click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await sheet.getByText('The changes').waitFor();
  assert.match(await sheet.innerText(), /Scenario 1/);
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(pages(await page.pdf({ format: 'A4', landscape: true })), 1, 'one printed page in English too');
  await page.getByRole('button', { name: 'Back to the workshop' }).click();
  await page.locator('.decision-strip').waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.external, []);
  await context.close();
});

test('a calm page: the header and the strip stay while the page scrolls, the tabs keep one row, a notice moves nothing', async () => {
  for (const viewport of SIZES) {
    const { page, problems, context } = await app.open({ viewport });
    for (const list of ['#activities', '#workshop-views']) {
      const tops = await page.locator(`${list} > [role=tab]`).evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().top));
      assert.equal(new Set(tops).size, 1, `${list}: one row at ${viewport.width}px`);
    }
    const map = page.locator('figure.map');
    const mapBefore = await onPage(page, map);
    // A notice (a new scenario): said in the strip's line, the map stays put.
    await tab(page, 'Scénarios');
    await page.getByRole('button', { name: 'Nouveau scénario (depuis le départ)' }).click();
    await page.locator('.strip-status').getByText('Scénario créé').waitFor();
    assert.deepEqual(await onPage(page, map), mapBefore);
    // The page scrolls once (no panel scrolls inside it) and the header stays in reach.
    assert.equal(await page.locator('.tab-panel').first().evaluate((e) => getComputedStyle(e).overflowY), 'visible');
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY > 300);
    assert.equal((await page.locator('.app-header').boundingBox()).y, 0);
    assert.ok(await page.getByRole('button', { name: 'Comparer', exact: true }).isVisible());
    assert.ok((await page.locator('.decision-strip').boundingBox()).y < 120, 'the strip is still at the top');
    assert.deepEqual(problems.consoleErrors, []);
    await context.close();
  }
});

test('forms start sensibly and English is complete', async () => {
  const { page, problems, context } = await app.open({ viewport: SIZES[0] });
  // A merge of roads with street cleaning proposes one of their heads as chief.
  await tab(page, 'Organigramme');
  await page.getByRole('button', { name: 'Regrouper deux services sous un chef' }).click();
  await page.locator('#org-merge-first').selectOption('voirie');
  await page.locator('#org-merge-second').selectOption('nettoiement');
  assert.match(await page.locator('#org-merge-head option:checked').innerText(), /Chef·fe de service (Voirie|Nettoiement)/);
  // Event forms start with nothing picked, and say so when sent as they are.
  await tab(page, 'Animation');
  assert.equal(await page.locator('#event-site').inputValue(), '');
  assert.equal(await page.locator('#event-surge-service').inputValue(), '');
  const event = page.getByRole('form', { name: 'Un site devient indisponible' });
  await event.getByRole('button', { name: 'Rendre le site indisponible' }).click();
  assert.match(await event.getByRole('alert').innerText(), /Choisissez le site/);
  // « Annuler » is undo alone; the map's button says it creates a site.
  await page.getByRole('button', { name: 'Créer un site…' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Annuler', exact: true }).count(), 1);
  // A site chosen in the map's narrow move form is written in full.
  await page.locator('.team-item').filter({ hasText: 'Collecte Nord 1 —' }).click();
  await page.locator('form.move-form select').selectOption('MDM-SP');
  assert.equal(await page.locator('form.move-form .chosen-site').innerText(), '→ Maison de la Métropole de Saint-Priest (illustrative)');
  // English: the page's title, the modelled zones, the app's own scenario names.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.waitForFunction(() => document.title === 'Maillage — reorganisation simulator');
  await page.locator('.zones-box summary').click();
  await page.getByRole('row', { name: /^Bron · sector 1 \(modelled\)/ }).waitFor();
  assert.equal(await page.getByText('(modélisé)').count(), 0);
  assert.equal(await page.locator('.scenario-switch option:checked').innerText(), 'Scenario 1');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
