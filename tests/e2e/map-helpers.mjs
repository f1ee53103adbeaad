// What the map's browser tests share: finding markers and sites as a user would, reading the zoom,
// and the boxes of what the map draws (screen pixels, as a workshop sees them).

/** A regular expression matching `text` literally. */
export const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The marker of a site, by the start of its accessible name (« Site : … »). */
export const marker = (page, site) => page.getByRole('button', { name: new RegExp(`^${literally(site)}\\s?:`) });

/** Every marker drawn (a site, or a group of sites). */
export const markers = (page) => page.locator('svg.map-overlay .site-marker');

/** How many sites the markers stand for (a group counts all its sites). */
export const sitesDrawn = (page) => markers(page).evaluateAll((ms) => ms.reduce((n, m) => n + m.dataset.members.split(' ').length, 0));

/** The zoom written on the map (« ×2,0 » → 2). */
export const zoom = async (page) => Number((await page.locator('.zoom-level').innerText()).replace('×', '').replace(',', '.'));

/** The site search field, in either language. */
export const searchField = (page) => page.getByRole('combobox', { name: /^(Chercher un site|Find a site)$/ });

/** Finds a site with the search and chooses it among the results; the map centres on it. */
export async function findSite(page, name, typed = name) {
  await searchField(page).fill(typed);
  await page.getByRole('listbox', { name: /^(Sites trouvés|Sites found)$/ })
    .getByRole('option', { name: new RegExp(`^${literally(name)}`) }).click();
  const found = marker(page, name);
  await found.waitFor();
  return found;
}

export async function showService(page, id) {
  await page.getByLabel(/^(Service affiché sur la carte|Service shown on the map)$/).selectOption(id);
}

export async function switchTerritory(page, territory) {
  await page.getByRole('combobox', { name: /^(Territoire|Territory)/ }).selectOption(territory);
  await page.locator('svg.map-svg path.commune').nth(territory === 'metropole' ? 57 : 3).waitFor();
}

/**
 * What the map draws, in screen pixels: each marker's shape, the labels' boxes, the commune names'
 * boxes; whether two markers overlap, and which labels cover a marker of the service or a name.
 */
export function drawnBoxes(page) {
  return page.evaluate(() => {
    const box = (e) => e.getBoundingClientRect();
    const cross = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const frame = box(document.querySelector('.map-viewport'));
    const inside = (b) => cross(b, frame);
    // Each marker's shape as a circle around it: a disc, or the circle through a square's corners.
    const shapes = [...document.querySelectorAll('.site-marker')].map((m) => {
      const edge = m.querySelector('.site-edge');
      const b = box(edge);
      const half = b.width / 2;
      return {
        hosting: m.classList.contains('hosting'),
        box: b,
        x: b.x + half,
        y: b.y + b.height / 2,
        r: edge.tagName === 'rect' ? half * Math.SQRT2 : half,
      };
    }).filter((s) => inside(s.box));
    const labels = [...document.querySelectorAll('.site-label rect')].map(box);
    const names = [...document.querySelectorAll('svg.map-overlay .commune-name')].map(box);
    let overlapping = 0;
    shapes.forEach((a, i) => shapes.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.5) overlapping += 1;
    }));
    return {
      markers: shapes.length,
      labels: labels.length,
      names: names.length,
      overlapping,
      labelsOverSites: labels.filter((l) => shapes.some((s) => s.hosting && cross(l, s.box))).length,
      labelsOverNames: labels.filter((l) => names.some((n) => cross(l, n))).length,
    };
  });
}

/**
 * A point of the map (page pixels) inside commune `name` where a click lands on the map itself,
 * away from every marker and label: where a new site can be placed. Scans a grid over the commune.
 */
export function freeSpotIn(page, name) {
  return page.evaluate((name) => {
    const commune = [...document.querySelectorAll('svg.map-svg path.commune')]
      .find((p) => p.querySelector('title')?.textContent.startsWith(`${name} —`));
    const frame = document.querySelector('.map-viewport').getBoundingClientRect();
    const box = commune.getBoundingClientRect();
    const steps = 24;
    for (let j = 1; j < steps; j += 1) {
      for (let i = 1; i < steps; i += 1) {
        const x = box.left + (box.width * i) / steps;
        const y = box.top + (box.height * j) / steps;
        if (x < frame.left + 20 || x > frame.right - 60 || y < frame.top + 20 || y > frame.bottom - 20) continue;
        const under = document.elementsFromPoint(x, y);
        const onMarker = under.some((e) => e.closest('.site-marker, .site-label, .site-tip, .zoom-controls'));
        const point = new DOMPoint(x, y).matrixTransform(commune.getScreenCTM().inverse());
        const inside = commune.isPointInFill(point);
        // Clear a few pixels around too: the click must not touch a marker's edge.
        const clear = [[-8, 0], [8, 0], [0, -8], [0, 8]].every(([dx, dy]) =>
          !document.elementsFromPoint(x + dx, y + dy).some((e) => e.closest('.site-marker, .site-label')));
        if (inside && !onMarker && clear) return { x, y };
      }
    }
    return null;
  }, name);
}
