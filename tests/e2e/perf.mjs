// Browser timings, printed (never asserted): `make perf` after `make release`.
// How long the page takes to show its first screen, to switch to the whole Métropole, and to
// update every figure after an edit (from the click to the end of the DOM update, and to the next frame).
import { startApp, tab } from './harness.mjs';

const EDITS = 21;

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms (${values.length} edits)`;
}

/**
 * The map's own interactions on the whole Métropole (issue 16), timed inside the page: events are
 * dispatched on the map as the browser would send them, and each is timed from the dispatch to the
 * end of the DOM update (Yew renders just after the event) and to the next frame painted (the first
 * animation frame after the update, then the task that follows its paint).
 *  - zoom: a wheel turn at the box's centre, in then out, from the whole territory to ×4 and back;
 *  - pan: a drag across the box at ×4, one pointer move at a time;
 *  - hover: the pointer coming over a marker (its tip drawn) and leaving it;
 *  - redraw: everything drawn for a new view (groups, names, labels, the zones' picture), as after
 *    + or − on the keyboard, or once a drag or a wheel turn rests (during them the drawing is moved).
 */
async function timeMapInteractions(page, rounds) {
  return page.evaluate(async (rounds) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now())));
    const box = document.querySelector('.map-viewport');
    const rect = box.getBoundingClientRect();
    const centre = { clientX: rect.x + rect.width / 2, clientY: rect.y + rect.height / 2 };
    const timed = (act) => new Promise((done) => {
      let t1 = null;
      const observer = new MutationObserver(() => {
        if (t1 !== null) return;
        t1 = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          const after = new MessageChannel();
          after.port1.onmessage = () => done([t1 - t0, performance.now() - t0]);
          after.port2.postMessage(0);
        });
      });
      observer.observe(box, { subtree: true, childList: true, attributes: true, characterData: true });
      const t0 = performance.now();
      act();
    });
    const out = { zoom: [], pan: [], hover: [], redraw: [] };
    for (let i = 0; i < rounds; i += 1) {
      for (const deltaY of [-350, -350, 350, 350]) {
        out.zoom.push(await timed(() => box.dispatchEvent(new WheelEvent('wheel', { ...centre, deltaY, bubbles: true, cancelable: true }))));
      }
    }
    // At ×4, a drag from a point away from the markers.
    for (const deltaY of [-350, -350]) box.dispatchEvent(new WheelEvent('wheel', { ...centre, deltaY, bubbles: true, cancelable: true }));
    await frame();
    let start = null;
    for (let dy = 0.2; dy < 0.9 && !start; dy += 0.05) {
      for (let dx = 0.1; dx < 0.9 && !start; dx += 0.05) {
        const [x, y] = [rect.x + rect.width * dx, rect.y + rect.height * dy];
        const hit = document.elementFromPoint(x, y);
        if (hit && !hit.closest('.site-marker, button') && hit.closest('.map-viewport')) start = { x, y };
      }
    }
    const pointer = (type, x, y) => new PointerEvent(type, { clientX: x, clientY: y, pointerId: 7, pointerType: 'mouse', button: 0, buttons: 1, bubbles: true, cancelable: true });
    box.dispatchEvent(pointer('pointerdown', start.x, start.y));
    for (let i = 1; i <= rounds * 4; i += 1) {
      const step = 6 * (i % 20 < 10 ? 1 : -1);
      start = { x: start.x + step, y: start.y + step / 2 };
      out.pan.push(await timed(() => box.dispatchEvent(pointer('pointermove', start.x, start.y))));
    }
    out.redraw.push(await timed(() => box.dispatchEvent(pointer('pointerup', start.x, start.y))));
    await frame();
    for (let i = 0; i < rounds; i += 1) {
      for (const key of ['+', '-']) {
        out.redraw.push(await timed(() => box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))));
      }
    }
    const markers = [...document.querySelectorAll('.site-marker .hit-area')].slice(0, rounds * 2);
    for (const area of markers) {
      out.hover.push(await timed(() => area.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))));
      out.hover.push(await timed(() => area.dispatchEvent(new PointerEvent('pointerout', { bubbles: true }))));
    }
    return out;
  }, rounds);
}

/** Submits the headcount form `EDITS` times, alternating +1 and back, and times each update inside the page. */
async function timeEdits(page) {
  await tab(page, 'Opérations');
  const team = page.locator('#headcount-team');
  const teamId = await team.inputValue();
  const agents = await page.evaluate(() => document.querySelector('#headcount-team').selectedOptions[0].textContent);
  const start = Number((agents.match(/(\d+)\s*ag/) ?? [null, '10'])[1]);
  const updates = [];
  const frames = [];
  for (let i = 0; i < EDITS; i += 1) {
    await team.selectOption(teamId);
    await page.locator('#headcount-agents').fill(String(start + (i % 2 === 0 ? 1 : 0)));
    const [update, frame] = await page.evaluate(() => new Promise((done) => {
      const main = document.querySelector('#main');
      const button = document.querySelector('#headcount-agents').form.querySelector('button[type=submit]');
      let updated = null;
      const observer = new MutationObserver(() => {
        if (updated !== null) return;
        updated = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => done([updated - t0, performance.now() - t0]));
      });
      observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
      const t0 = performance.now();
      button.click();
    }));
    updates.push(update);
    frames.push(frame);
  }
  return { updates, frames };
}

const app = await startApp();
try {
  const loadStart = Date.now();
  const { page } = await app.open();
  const firstScreen = Date.now() - loadStart;
  console.log(`first screen (navigation to map drawn, Portes des Alpes): ${firstScreen} ms`);

  const pda = await timeEdits(page);
  console.log(`Portes des Alpes, edit -> figures updated: ${summary(pda.updates)}`);
  console.log(`Portes des Alpes, edit -> next frame:      ${summary(pda.frames)}`);

  const switchTime = await page.evaluate(() => new Promise((done) => {
    const select = document.querySelector('.territory-switch select');
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.territory-switch select').value.startsWith('metropole')) return;
      observer.disconnect();
      requestAnimationFrame(() => done(performance.now() - t0));
    });
    observer.observe(document.querySelector('#main'), { subtree: true, childList: true });
    const t0 = performance.now();
    select.value = 'metropole';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }));
  console.log(`switch to the whole Métropole (load, evaluate, draw): ${switchTime.toFixed(0)} ms`);

  const map = await timeMapInteractions(page, 10);
  for (const [what, times] of Object.entries(map)) {
    const label = {
      zoom: 'wheel zoom', pan: 'drag to pan (each move)', hover: 'hover on a marker (tip)', redraw: 'redrawn for a new view (+/− keys, end of a drag)',
    }[what];
    console.log(`Métropole map, ${label} -> DOM updated: ${summary(times.map((t) => t[0])).replace('edits', 'events')}`);
    console.log(`Métropole map, ${label} -> next frame:  ${summary(times.map((t) => t[1])).replace('edits', 'events')}`);
  }

  const metropole = await timeEdits(page);
  console.log(`Métropole, edit -> figures updated: ${summary(metropole.updates)}`);
  console.log(`Métropole, edit -> next frame:      ${summary(metropole.frames)}`);
} finally {
  await app.close();
}

// Month-by-month simulation (issue 6): 500 runs × 24 months in the Web Worker, timed in the page
// from the click on « Relancer la simulation » to the status « Simulation terminée. » (result
// received and charts drawn). The first run also starts the worker (a second instance of the app's
// wasm); the others reuse it. No change is made, so each run is one simulation of 500 runs.
async function timeSimulation(page, repeats) {
  const times = [];
  for (let i = 0; i < repeats; i += 1) {
    times.push(await page.evaluate(() => new Promise((done) => {
      const status = document.querySelector('.sim-state');
      const again = [...document.querySelectorAll('.sim-actions button')].find((b) => b.textContent === 'Relancer la simulation');
      const observer = new MutationObserver(() => {
        if (status.textContent !== 'Simulation terminée.') return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - t0));
      });
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      again.click();
    })));
  }
  return times;
}

async function firstSimulation(page) {
  const start = Date.now();
  await page.getByRole('tab', { name: 'Simulation' }).click();
  await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor({ timeout: 120_000 });
  return Date.now() - start;
}

const simApp = await startApp();
try {
  const { page } = await simApp.open();
  console.log(`simulation, Portes des Alpes, 500 runs × 24 months, first (worker start included): ${await firstSimulation(page)} ms`);
  const pdaRuns = await timeSimulation(page, 7);
  console.log(`simulation, Portes des Alpes, 500 runs × 24 months: ${summary(pdaRuns).replace('edits', 'runs')}`);
  await page.getByRole('combobox', { name: /^Territoire/ }).selectOption('metropole');
  await page.getByRole('status').filter({ hasText: 'Simulation en cours…' }).waitFor({ timeout: 120_000 });
  await page.getByRole('status').filter({ hasText: 'Simulation terminée.' }).waitFor({ timeout: 120_000 });
  const metropoleRuns = await timeSimulation(page, 5);
  console.log(`simulation, whole Métropole, 500 runs × 24 months: ${summary(metropoleRuns).replace('edits', 'runs')}`);
} finally {
  await simApp.close();
}

// Suggestions (issue 18) on the whole Métropole (554 zones × 199 candidate sites), in the app's Web
// Worker: timed in the page from the click on « Suggérer » to the status « Suggestion prête. » and
// the next frame (the answer drawn on the map and in the panel). The worker is started and the
// Métropole rebuilt in it by a first suggestion, not timed.
async function timeSuggestion(page, { sites, goal = 'distance', service }, repeats) {
  const times = [];
  for (let i = 0; i < repeats; i += 1) {
    const change = page.getByRole('button', { name: 'Modifier la question' });
    if (await change.count()) await change.click();
    if (service) await page.getByLabel('Service', { exact: true }).selectOption(service);
    await page.getByLabel('Nombre de sites', { exact: true }).fill(String(sites));
    await page.locator(`#suggest-goal-${goal}`).check();
    times.push(await page.evaluate(() => new Promise((done) => {
      // The panel is watched as a whole: its status line may be drawn anew as the question folds.
      const panel = document.querySelector('#suggest-panel');
      const ask = document.querySelector('#suggest-form button[type="submit"]');
      let running = false;
      const observer = new MutationObserver(() => {
        if (panel.querySelector('.suggest-state')?.textContent !== 'Suggestion prête.') { running = true; return; }
        if (!running) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
      });
      observer.observe(panel, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      ask.click();
    })));
  }
  return times;
}

const suggestApp = await startApp();
try {
  const { page } = await suggestApp.open();
  await page.getByRole('combobox', { name: /^Territoire/ }).selectOption('metropole');
  await page.locator('svg.map-svg path.commune').nth(57).waitFor();
  await page.locator('#suggest-toggle').click();
  await page.getByLabel('Nombre de sites', { exact: true }).press('Enter');
  await page.locator('#suggest-answer-title').waitFor({ timeout: 120_000 });
  for (const sites of [1, 10, 20, 30]) {
    const times = await timeSuggestion(page, { sites }, 5);
    console.log(`suggestion, whole Métropole, distance, p = ${sites}: ${summary(times).replace('edits', 'suggestions')}`);
  }
  for (const sites of [5, 10]) {
    const times = await timeSuggestion(page, { sites, goal: 'coverage', service: 'nettoiement' }, 5);
    console.log(`suggestion, whole Métropole, coverage (Nettoiement), p = ${sites}: ${summary(times).replace('edits', 'suggestions')}`);
  }
} finally {
  await suggestApp.close();
}
