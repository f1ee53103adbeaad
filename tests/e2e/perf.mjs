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
