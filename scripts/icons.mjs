// Draws the PNG icon of the web app manifest (192 px, for browsers and systems that want a PNG; the
// SVG serves every other size) from assets/icons/maillage.svg, in Chromium (the browser tests'
// playwright-core), and writes it beside it. It is committed, so a release build needs neither;
// run this after changing the SVG: node scripts/icons.mjs
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const svg = await readFile(new URL('../assets/icons/maillage.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [192]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: new URL(`../assets/icons/maillage-${size}.png`, import.meta.url).pathname });
}
await browser.close();
