import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers';

/**
 * The embed's event card (issue 14, session 10 journalist review): at 680 px the whole record
 * (summary, facts, actors, source, quote) covered about half the map. The card now says the
 * title, the date, the type and the quote's first three lines; "Read more" opens the rest in it.
 * The selected symbol stays on the map, out from under the card. At 680 × 560 on the Khe Sanh
 * agreement the card is now about 304 × 230 px in en, 304 × 264 in vi (26% of the map).
 */

type Handle = { whenIdle(): Promise<void>; project(lon: number, lat: number): { x: number; y: number }; controller: { visiblePoints(p: (lon: number, lat: number) => { x: number; y: number }, limit: number): { id: string; x: number; y: number }[] | null } };

async function rest(page: Page): Promise<void> {
  await waitForMapIdle(page);
  await page.waitForTimeout(150);
  await waitForMapIdle(page);
}

async function symbolAt(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.locator('.map-canvas').evaluate((el, want) => {
    const h = (el as unknown as { mapHandle: Handle }).mapHandle;
    const box = el.getBoundingClientRect();
    const p = (h.controller.visiblePoints((lon, lat) => h.project(lon, lat), 10_000) ?? []).find((s) => s.id === want)!;
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

const ID = '2026-01-15-khe-sanh-lao-districts-coordination-regulation';

for (const [lang, more] of [['en', 'Read more'], ['fr', 'Lire la suite'], ['vi', 'Xem thêm']] as const) {
  test(`${lang}, 680 × 560: a compact card beside the selected symbol, the rest behind Read more`, async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 560 });
    await page.goto(`/?mode=embed&lang=${lang}`);
    await rest(page);
    await page.locator(`.event-marker[data-marker="${ID}"]`).focus();
    await page.keyboard.press('Enter');
    const card = page.locator('.embed-card');
    await expect(card.locator('h2')).toBeVisible();
    await rest(page);
    const map = (await page.locator('.map-area').boundingBox())!;
    const c = (await card.boundingBox())!;
    expect(c.height, 'card height').toBeLessThanOrEqual(map.height * 0.62);
    expect((c.width * c.height) / (map.width * map.height), 'share of the map').toBeLessThanOrEqual(0.3);
    // Title, date, type and the quote's start; not the summary, the actors or the source's facts.
    await expect(card.locator('.type-label')).toBeVisible();
    await expect(card.locator('blockquote')).toBeVisible();
    await expect(card.locator('.event-panel-summary')).toBeHidden();
    await expect(card.locator('.event-panel-source dl')).toBeHidden();
    const clamp = await card.locator('blockquote').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
    expect(clamp, 'the quote is cut to its first lines').toBe(true);
    // The selected symbol is on the map, not under the card (its half size, 8 px, around it).
    const p = await symbolAt(page, ID);
    expect(p.x > map.x && p.x < map.x + map.width && p.y > map.y && p.y < map.y + map.height).toBe(true);
    const under = p.x + 8 > c.x && p.x - 8 < c.x + c.width && p.y + 8 > c.y && p.y - 8 < c.y + c.height;
    expect(under, `symbol at ${Math.round(p.x)},${Math.round(p.y)}; card ${Math.round(c.x)},${Math.round(c.y)} ${Math.round(c.width)}×${Math.round(c.height)}`).toBe(false);
    // The zoom buttons stay uncovered, still to be pressed (session 15 journalist review: the card hid them).
    const zoom = (await page.locator('.maplibregl-ctrl-zoom-in').boundingBox())!;
    const meets = zoom.x < c.x + c.width && zoom.x + zoom.width > c.x && zoom.y < c.y + c.height && zoom.y + zoom.height > c.y;
    expect(meets, `zoom ${Math.round(zoom.x)},${Math.round(zoom.y)}; card from ${Math.round(c.x)}`).toBe(false);
    // Read more: the whole record, scrolling in the card.
    const button = card.getByRole('button', { name: more });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(card.locator('.event-panel-summary')).toBeVisible();
    await expect(card.locator('.event-panel-source dl')).toBeVisible();
    expect(await card.locator('blockquote').evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await expect(card.getByRole('button', { name: more })).toHaveCount(0);
    // A new event opens compact.
    await card.locator('.event-panel-next').click();
    await expect(card.getByRole('button', { name: more })).toHaveAttribute('aria-expanded', 'false');
  });
}

// Session 16: opened on the Khe Sanh twinning from a link, the "9 events north" pill went under the
// Legend button on their shared row (vi, 680 × 560); it now starts right of it.
for (const lang of ['en', 'fr', 'vi'] as const) {
  test(`${lang}, 680 × 560: the north pill keeps clear of the Legend button`, async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 560 });
    await page.goto(`/?mode=embed&lang=${lang}&event=2026-01-15-khe-sanh-lao-districts-twinning`);
    await rest(page);
    const pill = page.locator('.offscreen-arrow').filter({ hasText: '↑' });
    await expect(pill).toHaveCount(1);
    const a = (await pill.boundingBox())!, b = (await page.locator('.legend-toggle').boundingBox())!;
    expect(a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y, `pill from ${Math.round(a.x)}, button to ${Math.round(b.x + b.width)}`).toBe(false);
  });
}
