import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { FONTS_KB } from '../../scripts/check-budgets.mjs';
import { ORIGIN, waitForMapIdle, watchPage } from './helpers';

// Fonts once, and only what is drawn (issue 18): each Noto Sans face is one
// subset woff2 file, downloaded once per page load and shared by the page's
// text and the map's labels (MapLibre used to fetch each file again for its
// `font-faces`), and Vietnamese renders with it, not with a system fallback.

const DIST = path.resolve(process.env.PW_DIST ?? 'dist');
const isFont = (url: string) => /\.(woff2?|ttf|otf)(\?|$)/.test(url);

/** Every font URL a page load asks for, each time it asks (CSS font loads and fetch() alike). */
function recordFonts(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (req) => { if (isFont(req.url())) asked.push(req.url()); });
  return asked;
}

// The budget is check-budgets' (one rule, once).
test(`the build ships one subset file per face, together under ${FONTS_KB} kB`, () => {
  // The page's web fonts; the handout's TrueType subsets (fetched only when a PDF is made) are counted by check-budgets apart.
  const fonts = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => /\.woff2$/.test(f));
  expect(fonts.map((f) => f.replace(/-[\w-]{8}\.woff2$/, '')).sort()).toEqual(['noto-sans-400', 'noto-sans-400-italic', 'noto-sans-700']);
  const kb = fonts.reduce((sum, f) => sum + fs.statSync(path.join(DIST, 'assets', f)).size, 0) / 1024;
  console.log(`fonts: ${fonts.join(', ')}: ${kb.toFixed(1)} kB`);
  expect(kb).toBeLessThanOrEqual(FONTS_KB);
});

for (const url of ['/?lang=vi', '/?mode=embed&lang=vi']) {
  test(`${url}: each face is downloaded once, by the page and the map together`, async ({ page }) => {
    const watch = watchPage(page);
    const asked = recordFonts(page);
    await page.goto(url);
    await waitForMapIdle(page);
    // The context layers (water and river names, in italic) come after the map is drawn.
    await page.waitForLoadState('networkidle');
    await waitForMapIdle(page);
    const files = asked.map((u) => new URL(u).pathname.split('/').pop() ?? u);
    expect(asked.every((u) => u.startsWith(ORIGIN)), asked.join(', ')).toBe(true);
    expect(new Set(files).size, `asked for: ${files.join(', ')}`).toBe(files.length);
    // Regular and bold are on every page; italic only when a water name is drawn.
    expect(files.some((f) => /^noto-sans-400-[\w-]{8}\.woff2$/.test(f))).toBe(true);
    expect(files.some((f) => /^noto-sans-700-[\w-]{8}\.woff2$/.test(f))).toBe(true);
    expect(files.length).toBeLessThanOrEqual(3);
    // The map draws with the same faces: its label families are loaded from those files.
    const mapFaces = await page.evaluate(() => [...document.fonts].filter((f) => /^"?Noto Sans (Regular|Bold)"?$/.test(f.family)).map((f) => f.status));
    expect(mapFaces).toEqual(['loaded', 'loaded']);
    expect(watch.errors).toEqual([]);
  });
}

test('Vietnamese renders with the web font, every glyph of it', async ({ page }) => {
  await page.goto('/?lang=vi');
  await expect(page.getByRole('table')).toBeVisible();
  // A text of its own, so the check does not depend on where a name is shown today.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'font-probe';
    p.textContent = 'Quảng Trị, Đồng Hới, Hà Nội, Savannakhét: Đ đ Ư ư Ơ ơ ỹ ặ « Lào » 2026';
    document.body.append(p);
    const b = document.createElement('strong');
    b.id = 'font-probe-bold';
    b.textContent = 'Quảng Trị Đ ữ';
    document.body.append(b);
  });
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  for (const id of ['font-probe', 'font-probe-bold']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${id}` });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    // Every glyph from the page's own Noto Sans: a fallback shows up as another, non-custom font.
    expect(fonts.length, JSON.stringify(fonts)).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.isCustomFont), JSON.stringify(fonts)).toEqual([]);
    expect(fonts.map((f) => f.familyName)).toContain('Noto Sans');
  }
});
