// The map at Métropole scale, by pointer, by keyboard and on a projector (issue 16): zoom and pan,
// crowded sites grouped so that none hides another, the site search, "choose a team, then a site",
// the keyboard's way between sites, capacity on the map, the presentation view at 1280 × 720.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, axeViolations } from './harness.mjs';
import {
  marker, markers, sitesDrawn, zoom, searchField, findSite, showService, switchTerritory, drawnBoxes,
} from './map-helpers.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app.close(); });

const LYON_8 = 'Maison de la Métropole de Lyon n° 8 (illustrative)';
const viewport = (page) => page.locator('.map-viewport');
// The last change: in the decision strip's line, or under the map in the presentation view (no strip there).
const status = (page) => page.locator('.strip-status, .map-status');
const zoomIn = (page) => page.getByRole('button', { name: /^(Zoomer|Zoom in)$/ });
const zoomOut = (page) => page.getByRole('button', { name: /^(Dézoomer|Zoom out)$/ });
const whole = (page) => page.getByRole('button', { name: /^(Tout le territoire|Whole territory)$/ });

/** The number before « places libres » (or minus the agents over capacity) in a marker's name. */
function room(label) {
  const free = label.match(/([\d\u202f]+) places? libres?/);
  if (free) return Number(free[1].replace(/\u202f/g, ''));
  const over = label.match(/(\d+) agents pour (\d+) places/);
  if (over) return Number(over[2]) - Number(over[1]);
  return /complet/.test(label) ? 0 : NaN;
}

test('zoom by wheel, pinch, buttons and keyboard on both territories, back to the whole territory, each keeping its view', async () => {
  const { page, problems, context } = await app.open();
  for (const territory of ['portes-des-alpes', 'metropole']) {
    await switchTerritory(page, territory);
    await page.locator('.zoom-level', { hasText: '×1,0' }).waitFor();
    const atWhole = await markers(page).count();
    // The wheel zooms at the pointer.
    const box = await viewport(page).boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction(() => !document.querySelector('.zoom-level').textContent.includes('×1,0'));
    assert.ok(await zoom(page) > 1.5, `${territory}: the wheel zooms in`);
    await whole(page).click();
    assert.equal(await zoom(page), 1);
    // Two fingers pinched apart zoom in about their middle (touch pointers, as a tablet sends them).
    await page.evaluate(() => {
      const target = document.querySelector('.map-viewport');
      const b = target.getBoundingClientRect();
      const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
      const touch = (type, pointerId, dx) => target.dispatchEvent(new PointerEvent(type, {
        pointerId, pointerType: 'touch', isPrimary: pointerId === 1, clientX: x + dx, clientY: y, bubbles: true, cancelable: true,
      }));
      touch('pointerdown', 1, -20);
      touch('pointerdown', 2, 20);
      for (let step = 1; step <= 5; step += 1) touch('pointermove', 2, 20 + step * 12);
      touch('pointerup', 2, 80);
      touch('pointerup', 1, -20);
    });
    await page.waitForFunction(() => !document.querySelector('.zoom-level').textContent.includes('×1,0'));
    assert.ok(await zoom(page) > 1.5, `${territory}: a pinch zooms in`);
    await whole(page).click();
    assert.equal(await zoom(page), 1);
    // The buttons, two steps.
    await zoomIn(page).click();
    await zoomIn(page).click();
    assert.equal(await zoom(page), 4);
    assert.ok(await markers(page).count() > atWhole || territory === 'portes-des-alpes', 'groups split as the map zooms in');
    await zoomOut(page).click();
    assert.equal(await zoom(page), 2);
    // The keyboard, once the map has the focus: + and −, the arrows pan, 0 frames the territory.
    await viewport(page).focus();
    await page.keyboard.press('+');
    assert.equal(await zoom(page), 4);
    const before = await markers(page).first().boundingBox();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((x) => document.querySelector('.site-marker').getBoundingClientRect().x !== x, before.x);
    await page.keyboard.press('-');
    assert.equal(await zoom(page), 2);
    await page.keyboard.press('0');
    assert.equal(await zoom(page), 1);
    assert.equal(await markers(page).count(), atWhole);
    await page.keyboard.press('+');
    assert.equal(await zoom(page), 2);
  }
  // Each territory kept its own view: both were left at ×2, and the Métropole is moved back to ×1.
  await page.keyboard.press('0');
  await switchTerritory(page, 'portes-des-alpes');
  assert.equal(await zoom(page), 2);
  await switchTerritory(page, 'metropole');
  assert.equal(await zoom(page), 1);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('dragging the map pans it without opening a site', async () => {
  const { page, problems, context } = await app.open();
  await zoomIn(page).click();
  await zoomIn(page).click();
  const first = await markers(page).first().boundingBox();
  // A point of the map away from the markers and the buttons.
  const [x, y] = await page.evaluate(() => {
    const b = document.querySelector('.map-viewport').getBoundingClientRect();
    for (let dy = 0.3; dy < 0.9; dy += 0.05) {
      for (let dx = 0.1; dx < 0.6; dx += 0.05) {
        const [px, py] = [b.x + b.width * dx, b.y + b.height * dy];
        const hit = document.elementFromPoint(px, py);
        if (hit && !hit.closest('.site-marker, button') && hit.closest('.map-viewport')) return [px, py];
      }
    }
    return [b.x + 5, b.y + b.height - 5];
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 40, y + 30, { steps: 5 });
  await page.mouse.up();
  const moved = await markers(page).first().boundingBox();
  assert.ok(Math.abs(moved.x - first.x - 40) < 2 && Math.abs(moved.y - first.y - 30) < 2, `${JSON.stringify([first, moved])}`);
  assert.equal(await page.locator('form.open-site-form').count(), 0, 'a drag opens no new site');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('no two markers overlap at any zoom step, and labels hide no site of the service nor a commune name', async () => {
  const { page, problems, context } = await app.open();
  for (const territory of ['portes-des-alpes', 'metropole']) {
    await switchTerritory(page, territory);
    await showService(page, territory === 'metropole' ? 'collecte' : 'ase');
    for (let step = 0; step <= 5; step += 1) {
      const seen = await drawnBoxes(page);
      assert.ok(seen.markers >= 1, `${territory} ×${await zoom(page)}: ${JSON.stringify(seen)}`);
      assert.equal(seen.overlapping, 0, `${territory} ×${await zoom(page)}: ${JSON.stringify(seen)}`);
      assert.equal(seen.labelsOverSites + seen.labelsOverNames, 0, `${territory} ×${await zoom(page)}: ${JSON.stringify(seen)}`);
      if (step < 5) await zoomIn(page).click();
    }
    assert.equal(await zoom(page), 32);
    // At the deepest zoom the search shows, every site of the territory is still reachable.
    await whole(page).click();
    assert.equal(await sitesDrawn(page), territory === 'metropole' ? 199 : 16);
  }
  // The whole Métropole used to pile 193 of its 199 markers within 10 px of another: now the
  // centre of Lyon is a few groups, each saying how many sites it holds.
  const group = page.locator('.site-marker.group').first();
  assert.match(await group.getAttribute('aria-label'), /^Groupe de \d+ sites/);
  const count = await markers(page).count();
  await group.click();
  await page.waitForFunction((n) => document.querySelectorAll('.site-marker').length > n, count);
  assert.ok(await zoom(page) > 1, 'choosing a group zooms in on its sites');
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('find « Maison de la Métropole de Lyon n° 8 » and drop a team on its centre: it lands there, over capacity marked on the map', async () => {
  const { page, problems, context } = await app.open();
  await switchTerritory(page, 'metropole');
  const lyon8 = await findSite(page, LYON_8, 'maison lyon 8');
  // Centred, alone, in view, and named where the eye is.
  assert.equal(await lyon8.getAttribute('data-members'), 'CEN-MDM-08');
  const box = await viewport(page).boundingBox();
  const centre = await lyon8.locator('.site-edge').boundingBox();
  assert.ok(Math.abs(centre.x + centre.width / 2 - (box.x + box.width / 2)) < 2, 'centred');
  await page.locator('.site-tip', { hasText: 'Métropole de Lyon n° 8' }).waitFor();
  const free = room(await lyon8.getAttribute('aria-label'));
  const team = page.getByRole('button', { name: /^Collecte Lyon n° 1 – équipe 1 — / });
  const agents = Number((await team.innerText()).match(/(\d+) agents/)[1]);
  // Dropped on the very centre of the marker, as in the report.
  await team.hover();
  const at = await lyon8.locator('.site-edge').boundingBox();
  await page.mouse.down();
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2, { steps: 4 });
  // Before the drop, the tip names the site and its room once the team is there.
  await page.locator('.site-tip', { hasText: 'avec Collecte Lyon n° 1 – équipe 1' }).waitFor();
  await page.mouse.up();
  await status(page).getByText(new RegExp(`Collecte Lyon n° 1 – équipe 1 : .* → ${LYON_8.replace(/[()]/g, '\\$&')}`)).waitFor();
  await page.getByRole('list', { name: LYON_8 }).getByRole('button', { name: /^Collecte Lyon n° 1 – équipe 1/ }).waitFor();
  // Its room is what it was less the team; over capacity, the marker says so in shape and words.
  const after = await marker(page, LYON_8).getAttribute('aria-label');
  assert.equal(room(after), free - agents, after);
  if (free - agents < 0) {
    assert.match(after, /au-delà de sa capacité/);
    assert.equal(await marker(page, LYON_8).locator('.over-badge').count(), 1);
    await page.locator('.site-label.over', { hasText: 'suroccupé' }).waitFor();
  }
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('by keyboard alone: choose a team, find the site, Enter, confirm; Escape cancels; the panel opens on a second action', async () => {
  const { page, problems, context } = await app.open();
  await switchTerritory(page, 'metropole');
  const team = page.getByRole('button', { name: /^Collecte Lyon n° 1 – équipe 2 — / });
  await team.focus();
  await page.keyboard.press('Enter');
  assert.equal(await team.getAttribute('aria-pressed'), 'true');
  await searchField(page).focus();
  await page.keyboard.type('lyon 8 maison');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  // The site's marker has the focus, with its name shown beside it.
  await page.locator(`.site-marker[data-members="CEN-MDM-08"]:focus`).waitFor();
  await page.locator('.site-tip', { hasText: 'Métropole de Lyon n° 8' }).waitFor();
  // Enter asks first, naming both; Escape cancels and gives the focus back to the site.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/^Déplacer l'équipe «\s?Collecte Lyon n° 1 – équipe 2\s?» vers «\s?Maison de la Métropole de Lyon n° 8 \(illustrative\)\s?»\s?\?$/).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.locator(`.site-marker[data-members="CEN-MDM-08"]:focus`).waitFor();
  assert.match(await status(page).innerText(), /^Aucune modification depuis le départ/, 'nothing moved');
  // Enter again, Enter on « Déplacer »: the team works there now.
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Déplacer', exact: true }).waitFor();
  assert.ok(await dialog.getByRole('button', { name: 'Déplacer', exact: true }).evaluate((b) => b === document.activeElement));
  await page.keyboard.press('Enter');
  await status(page).getByText(new RegExp(`Collecte Lyon n° 1 – équipe 2 : .* → ${LYON_8.replace(/[()]/g, '\\$&')}`)).waitFor();
  await page.getByRole('list', { name: LYON_8 }).getByRole('button', { name: /^Collecte Lyon n° 1 – équipe 2/ }).waitFor();
  // The move is done and the team no longer chosen: Enter on the site now opens its panel.
  await page.locator(`.site-marker[data-members="CEN-MDM-08"]:focus`).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: new RegExp(`^Site\\s: ${LYON_8.replace(/[()]/g, '\\$&')}$`) }).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('by pointer: a team chosen, a click on a site asks to move it there; « Voir le site » opens the panel instead', async () => {
  const { page, problems, context } = await app.open();
  await page.getByRole('button', { name: /^Collecte Nord 1 —/ }).click();
  const bron = await findSite(page, 'Maison de la Métropole de Bron (illustrative)', 'bron maison');
  await bron.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(/^Déplacer l'équipe «\s?Collecte Nord 1\s?» vers «\s?Maison de la Métropole de Bron \(illustrative\)\s?»\s?\?$/).waitFor();
  await dialog.getByText(/^Après le déplacement\s?: /).waitFor();
  await dialog.getByRole('button', { name: 'Voir le site' }).click();
  await page.getByRole('heading', { name: /^Site\s: Maison de la Métropole de Bron \(illustrative\)$/ }).waitFor();
  assert.match(await status(page).innerText(), /^Aucune modification depuis le départ/, 'nothing moved');
  await bron.click();
  await dialog.getByRole('button', { name: 'Déplacer', exact: true }).click();
  await status(page).getByText(/Collecte Nord 1 : .* → Maison de la Métropole de Bron/).waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the arrow keys go to the nearest site that way, Home and End to the first and last; the focused site is named', async () => {
  const { page, problems, context } = await app.open();
  await page.locator('.site-marker[tabindex="0"]').focus();
  const focused = () => page.evaluate(() => {
    const m = document.activeElement;
    const b = m.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2, label: m.getAttribute('aria-label') };
  });
  await page.keyboard.press('Home');
  const first = await focused();
  const all = await markers(page).evaluateAll((ms) => ms.map((m) => {
    const b = m.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }));
  const box = await viewport(page).boundingBox();
  const shown = all.filter((p) => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height);
  assert.ok(shown.every((p) => p.y >= first.y - 40), 'Home goes to a site of the top row');
  await page.locator('.site-tip').waitFor();
  for (const [key, along] of [['ArrowRight', (a, b) => b.x - a.x], ['ArrowDown', (a, b) => b.y - a.y], ['ArrowLeft', (a, b) => a.x - b.x], ['ArrowUp', (a, b) => a.y - b.y]]) {
    const from = await focused();
    await page.keyboard.press(key);
    const to = await focused();
    if (to.label === from.label) continue; // nothing that way
    const ahead = along(from, to);
    const aside = key.includes('Right') || key.includes('Left') ? Math.abs(to.y - from.y) : Math.abs(to.x - from.x);
    assert.ok(ahead > 0 && aside <= ahead + 1, `${key}: ${JSON.stringify([from, to])}`);
    // The tip names the focused site (or says how many sites a group holds).
    const tip = await page.locator('.site-tip').textContent();
    const title = to.label.split(/\s?:/)[0];
    assert.ok(to.label.startsWith('Groupe') ? /sites/.test(tip) : tip.includes(title.slice(0, 20)), `${tip} / ${title}`);
  }
  await page.keyboard.press('End');
  const last = await focused();
  assert.ok(last.y >= first.y);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('the presentation view at 1280×720: the map fills the screen beside four key figures, and stays whole after an event', async () => {
  const { page, problems, context } = await app.open({ viewport: { width: 1280, height: 720 } });
  await page.getByRole('tab', { name: 'Animation' }).click();
  await page.getByRole('button', { name: 'Passer en vue de présentation' }).click();
  const inWindow = async () => {
    const b = await viewport(page).boundingBox();
    return b.x >= 0 && b.y >= 0 && b.x + b.width <= 1280 && b.y + b.height <= 720 ? b : null;
  };
  const map = await inWindow();
  assert.ok(map, 'the whole map is in the window');
  assert.ok(map.width * map.height > 0.4 * 1280 * 720, `the map takes most of the screen: ${JSON.stringify(map)}`);
  // Four large figures beside it; the tabs, the notice and a second exit are out of sight.
  const figures = page.locator('.key-figure');
  assert.equal(await figures.count(), 4);
  assert.ok(parseFloat(await page.locator('.key-value').first().evaluate((e) => getComputedStyle(e).fontSize)) >= 28);
  assert.equal(await page.getByRole('tab', { name: 'Tableau de bord' }).isVisible(), false);
  assert.equal(await page.locator('.data-notice').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Quitter la vue de présentation' }).count(), 1);
  // Readable from the back of the room: commune names at least 18 px, counts at least 16 px.
  const sizes = await page.evaluate(() => {
    const px = (e) => parseFloat(e.getAttribute('font-size')) * e.getScreenCTM().a;
    return {
      names: [...document.querySelectorAll('svg.map-overlay .commune-name')].map(px),
      counts: [...document.querySelectorAll('.site-label .label-count')].map(px),
    };
  });
  assert.ok(sizes.names.length >= 1 && Math.min(...sizes.names) >= 18, JSON.stringify(sizes));
  assert.ok(sizes.counts.length >= 1 && Math.min(...sizes.counts) >= 16, JSON.stringify(sizes));
  // An event injected from the tucked-away tabs: the map does not move and stays whole.
  await page.getByRole('button', { name: "Vues de l'atelier" }).click();
  const site = page.getByRole('form', { name: 'Un site devient indisponible' });
  await site.getByLabel('Site').selectOption('MDM-MI');
  await site.getByRole('button', { name: 'Rendre le site indisponible' }).click();
  await status(page).getByText(/Événement : le site Maison de la Métropole de Mions/).waitFor();
  assert.deepEqual(await inWindow(), map);
  await page.getByRole('button', { name: "Vues de l'atelier" }).click();
  assert.deepEqual(await inWindow(), map);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test('axe-core finds no violation with the map zoomed, the search open, a move to confirm and in the presentation view, in French and English', async () => {
  const { page, problems, context } = await app.open();
  await switchTerritory(page, 'metropole');
  await zoomIn(page).click();
  await searchField(page).fill('lyon');
  await page.getByRole('listbox').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  const lyon8 = await findSite(page, LYON_8, 'maison lyon 8');
  await page.getByRole('button', { name: /^Collecte Lyon n° 1 – équipe 1 — / }).click();
  await lyon8.click();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await searchField(page).fill('venissieux');
  await page.getByRole('listbox').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('tab', { name: 'Facilitation' }).click();
  await page.getByRole('button', { name: 'Switch to the presentation view' }).click();
  await page.locator('.key-figures').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
