import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { waitForMapIdle } from './helpers';

/**
 * Issue 14, session 11 journalist review (a Datawrapper locator map in a 680 px column):
 * 1. the default embed opened on the focus provinces with "9 events north ↑": the Vietnam–China
 *    border and its ring were off the map. It now opens on both borders' events, at 680 and 320 px;
 *    only the far talks (Beijing) are left to their pill, which covers no count and no symbol.
 * 2. "Filters and list" was a five-column table at 680 px: titles ~100 px, words broken
 *    ("Outhakayso|ne"), the top row cut under the panel's head. Now the stacked list at every width.
 * 3. at 320 px the card (with the quote's lines) left ~180 px of map above it: title, date, type,
 *    Read more (216 px in en on the police ministers' session).
 */

type Box = { x: number; y: number; width: number; height: number };
const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

async function rest(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.waitForTimeout(300);
  await waitForMapIdle(page);
}

for (const width of [680, 320]) {
  for (const lang of ['en', 'fr', 'vi']) {
    test(`${lang}, ${width} × 560: the opening frame holds both borders' events`, async ({ page }) => {
      await page.setViewportSize({ width, height: 560 });
      await page.goto(`/?mode=embed&lang=${lang}`);
      await rest(page);
      const map = (await page.locator('.map-area').boundingBox())!;
      // Both borders' rings (events with no place named), whole on the map.
      const rings = await page.locator('.group-ring').all();
      const anchors = await Promise.all(rings.map((r) => r.getAttribute('data-anchor')));
      expect(anchors.some((a) => a?.includes('vn-cn')), `rings ${anchors.join(', ')}`).toBe(true);
      for (const r of rings) expect(inside((await r.boundingBox())!, map), `ring ${await r.getAttribute('data-anchor')} inside the map`).toBe(true);
      // A north pill, if any, points only to the far events (Beijing), not to the story's.
      const pills = page.locator('.offscreen-arrow');
      for (const pill of await pills.all()) {
        expect(await pill.getAttribute('data-far'), `pill "${await pill.textContent()}"`).not.toBeNull();
        const p = (await pill.boundingBox())!;
        for (const chip of await page.locator('.pair-badge-button').all()) {
          expect(meets(p, (await chip.boundingBox())!), `pill over "${await chip.textContent()}"`).toBe(false);
        }
      }
      // Every symbol in the story region is drawn on the map (only Beijing, far north, is not).
      const off = await page.locator('.map-canvas').evaluate((el) => {
        const h = (el as unknown as { mapHandle: { controller: { visibleIds(): string[] } } }).mapHandle;
        const drawn = new Set([...el.closest('.map-area')!.querySelectorAll('.event-marker')].map((m) => m.getAttribute('data-marker')));
        return h.controller.visibleIds().filter((id) => !drawn.has(id));
      });
      expect(off.length, `not on the map: ${off.join(', ')}`).toBeLessThanOrEqual(1);
    });
  }
}

const SELECTED = '2026-khamliang-outhakaysone-official-visit-to-vietnam';

for (const [lang, width] of [['vi', 680], ['en', 680], ['fr', 680], ['en', 320]] as const) {
  test(`${lang}, ${width} × 560: the list is stacked, no word broken, no row cut under the head`, async ({ page }) => {
    await page.setViewportSize({ width, height: 560 });
    await page.goto(`/?mode=embed&lang=${lang}&event=${SELECTED}`);
    await rest(page);
    await page.locator('.embed-more-button').click();
    const panel = page.locator('.embed-more-panel');
    await expect(panel.locator('tr[aria-current="true"]')).toBeVisible();
    await page.waitForTimeout(300);
    // The selected row first, whole, under the head; no row cut by it.
    const head = (await panel.locator('.embed-more-head').boundingBox())!;
    const headBottom = head.y + head.height;
    const rows = await panel.locator('tbody tr').evaluateAll((trs) => trs.map((r) => { const b = r.getBoundingClientRect(); return { top: b.top, bottom: b.bottom }; }));
    const cut = rows.filter((r) => r.top < headBottom - 0.5 && r.bottom > headBottom + 0.5);
    expect(cut, `rows cut under the head (bottom ${headBottom})`).toEqual([]);
    const sel = (await panel.locator('tr[aria-current="true"]').boundingBox())!;
    expect(sel.y).toBeGreaterThanOrEqual(headBottom - 0.5);
    // The title takes the row (stacked: the date a line over it), and no word breaks across lines.
    const p = (await panel.boundingBox())!;
    const title = (await panel.locator('tr[aria-current="true"] .event-title').boundingBox())!;
    expect(title.width, 'title cell width').toBeGreaterThan(p.width * 0.7);
    const broken = await panel.locator('.event-title-button').evaluateAll((buttons) => buttons.flatMap((b) => {
      const text = b.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const out: string[] = [];
      // Words, as a line may break after a hyphen or a dash ("law-|enforcement", "Vietnam–|China").
      const re = /[^\s\-\u2010-\u2015]+/g;
      for (let m = re.exec(text.textContent ?? ''); m; m = re.exec(text.textContent ?? '')) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(m[0]);
      }
      return out;
    }));
    expect(broken, 'words broken across lines').toEqual([]);
  });
}

test('320 × 560: the card says the title, the date, the type and Read more, and leaves the map', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 560 });
  await page.goto('/?mode=embed&lang=en&event=2026-02-05-vn-la-police-ministers-working-session-vientiane');
  await rest(page);
  const card = page.locator('.embed-card');
  await expect(card.locator('h2')).toBeVisible();
  await expect(card.locator('.type-label')).toBeVisible();
  await expect(card.locator('blockquote')).toBeHidden();
  const map = (await page.locator('.map-area').boundingBox())!;
  const c = (await card.boundingBox())!;
  expect(c.y - map.y, 'map left above the card').toBeGreaterThanOrEqual(200);
  await card.getByRole('button', { name: 'Read more' }).click();
  await expect(card.locator('blockquote')).toBeVisible();
});

// `legend=open` at 320 px had opened it closed (the parameter ignored): now one row of the key that
// scrolls sideways, the story framed below it.
for (const [lang, name] of [['en', 'Legend'], ['fr', 'Légende'], ['vi', 'Chú giải']] as const) {
  test(`${lang}, 320 × 560: legend=open shows the key as one row, the story below it`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 560 });
    await page.goto(`/?mode=embed&lang=${lang}&legend=open`);
    await rest(page);
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-expanded', 'true');
    const legend = (await page.locator('.legend-map').boundingBox())!;
    const map = (await page.locator('.map-area').boundingBox())!;
    expect(legend.height, 'legend height').toBeLessThanOrEqual(map.height * 0.2);
    const body = page.locator('.legend-map .legend-body');
    expect(await body.evaluate((el) => el.scrollWidth > el.clientWidth + 20), 'the row scrolls sideways').toBe(true);
    await body.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    await expect(body.locator('li').filter({ hasText: /./ }).nth(8)).toBeInViewport();
    for (const r of await page.locator('.group-ring').all()) {
      const b = (await r.boundingBox())!;
      expect(inside(b, map) && !meets(b, legend), `ring ${await r.getAttribute('data-anchor')} on the map, clear of the legend`).toBe(true);
    }
  });
}

// Datawrapper's render flag `dark` (session 11 review: `dark=1` gave the light theme, no notice).
test('dark=1 is the dark theme, and no notice', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=en&dark=1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  await expect(page.getByText(/ignored/i)).toHaveCount(0);
});

// Session 11's journalist review: `?embed=1`, the flag other embeddable maps use, opened the full explorer.
test('`embed=1` opens the embed, and its full-map link opens the explorer', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?embed=1&lang=en&date=2024-06-01');
  await rest(page);
  await expect(page.locator('.app-embed')).toBeVisible();
  await expect(page.locator('.app-explore')).toHaveCount(0);
  const href = await page.getByRole('link', { name: /^Open the full map/ }).getAttribute('href');
  const url = new URL(href!, page.url());
  expect(url.searchParams.get('embed'), href!).toBeNull();
  expect(url.searchParams.get('mode'), href!).toBeNull();
  expect(url.searchParams.get('date'), href!).toBe('2024-06-01');
  await page.goto(url.href);
  await expect(page.locator('.app-explore')).toBeVisible();
});

// Session 14: the event's card took the top-right corner over the locator inset, and a strip of the
// inset peeked out under the card. No part of the inset may be drawn under the card.
test('680 × 560: an event\'s card never sits over the locator inset', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=en&event=2026-01-15-khe-sanh-lao-districts-twinning');
  await rest(page);
  const card = page.locator('.embed-card');
  await expect(card).toBeVisible();
  const inset = page.locator('.locator-inset');
  if (await inset.isVisible()) expect(meets((await inset.boundingBox())!, (await card.boundingBox())!), 'inset under the card').toBe(false);
  // Closing the card gives the inset back, zoomed in as the map is.
  await card.getByRole('button', { name: 'Close the details' }).click();
  await expect(page.locator('.embed-card:not(:empty)')).toHaveCount(0);
  await expect(inset).toBeVisible();
});

// Session 14's journalist review: the embed's slider had no scale, only the date beside it.
test('680 × 560: the years stand under the embed\'s slider, in its one row; at 320 px they give way', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=en');
  await rest(page);
  const ticks = page.locator('.timeline-tick');
  await expect(ticks.first()).toBeVisible();
  expect(await ticks.allTextContents()).toEqual(expect.arrayContaining(['2022', '2024', '2026']));
  const slider = (await page.getByRole('slider', { name: 'Date on the timeline' }).boundingBox())!;
  for (const tick of await ticks.all()) {
    const b = (await tick.boundingBox())!;
    expect(b.y, `${await tick.textContent()} under the slider`).toBeGreaterThanOrEqual(slider.y + slider.height - 6);
    expect(b.x >= slider.x - b.width && b.x + b.width <= slider.x + slider.width + b.width, `${await tick.textContent()} along the slider`).toBe(true);
  }
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(560);
  await page.setViewportSize({ width: 320, height: 560 });
  await expect(ticks.first()).toBeHidden();
});
