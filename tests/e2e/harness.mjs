// Shared set-up for the browser tests: serve dist/, start Debian's Chromium, watch the console and the network.
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './server.mjs';

// MAILLAGE_DIST lets several people build and test side by side (trunk build --release --dist DIR).
export const DIST = process.env.MAILLAGE_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
const require = createRequire(import.meta.url);

// Without the networking flags Chromium tries to reach the internet at start-up and is refused.
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/**
 * Starts the server and a browser; returns an `open()` that gives a fresh page watched for
 * console errors, uncaught exceptions and any request that leaves 127.0.0.1, and the `server`
 * (see server.mjs: another release, or no network).
 */
export async function startApp() {
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  async function open({ path = '', viewport = { width: 1280, height: 720 } } = {}) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems = { consoleErrors: [], external: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', ''].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
        problems.external.push(request.url());
      }
    });
    await page.goto(server.url + path);
    // The app marks <body> once it has mounted and drawn its first screen.
    await page.waitForSelector('body[data-ready="true"]');
    return { page, context, problems };
  }
  async function close() {
    await browser.close();
    await server.close();
  }
  return { url: server.url, server, open, close };
}

/** Runs axe-core on the page and returns its violations (WCAG 2.1 A and AA rules). */
export async function axeViolations(page) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/**
 * Drops `entries` ([file name, text] pairs, of MIME `type`) on the element matching `selector`,
 * as a user dragging files from the desktop would: a dragover, then a drop.
 */
export async function dropFiles(page, selector, entries, type) {
  await page.evaluate(({ selector, entries, type }) => {
    const transfer = new DataTransfer();
    for (const [name, text] of entries) transfer.items.add(new File([text], name, { type }));
    const zone = document.querySelector(selector);
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, { selector, entries, type });
}

/**
 * Opens a tab by its name. The workshop's views (dashboard, org chart, operations, journal) sit
 * under the « Atelier » activity: when one of them is not shown, the workshop is opened first.
 */
export async function tab(page, name) {
  const target = page.getByRole('tab', { name, exact: true });
  if (!(await target.isVisible())) await page.locator('#tab-workshop').click();
  await target.click();
}
