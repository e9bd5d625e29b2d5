import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { watchPage } from './helpers';

// Issue 13 review: at 680 × 560 the explorer kept its side column, and the map was 390 × 240 with half of it
// under the opening line. Up to 900 px wide the explorer is one column (the map over the timeline, the side
// panels and the legend as sheets from the bar), as on a phone; from 901 px the side column is back.
// Boxes of the page, not pixels: the map only has to be ready, not drawn.

async function open(page: Page, width: number, height: number, lang: string) {
  await page.setViewportSize({ width, height });
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  await expect(page.locator('.timeline-key')).toBeVisible();
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

for (const [width, height, lang, lede] of [[680, 560, 'en', false], [820, 1180, 'vi', true]] as const) {
  test(`${width} \u00d7 ${height} in ${lang}: one column, the map the window's width, the panels behind the bar, nothing out of the window`, async ({ page }) => {
    const watch = watchPage(page);
    await open(page, width, height, lang);
    await expect(page.locator('.app')).toHaveClass(/\bapp-compact\b/);
    const map = await box(page, '.map-canvas');
    expect(map.x).toBeLessThanOrEqual(1);
    expect(map.width).toBeGreaterThanOrEqual(width - 2);
    // Above the timeline, and at least 45% of the window's height.
    expect(map.height).toBeGreaterThanOrEqual(0.45 * height - 2);
    expect(map.y + map.height).toBeLessThanOrEqual((await box(page, '.timeline')).y + 1);
    // The bar with its three buttons; no side column beside the map.
    await expect(page.locator('.phone-bar button')).toHaveCount(3);
    await expect(page.locator('.side .filters')).toHaveCount(0);
    // Nothing runs out of the window: the strip's key (it ran out at 820 px in Vietnamese), the header's buttons on one line.
    const right = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.timeline-key li, .header-actions button, .header-actions select')]
      .map((el) => el.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(width);
    for (const button of await page.locator('.header-actions button:visible').all()) {
      expect((await button.boundingBox())!.height, await button.innerText()).toBeLessThan(48);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(width);
    // A short window keeps its map clear of the opening line (and the header of its subtitle); a tall one keeps both.
    expect(await page.locator('.opening-lede').isVisible()).toBe(lede);
    expect(await page.locator('.app-header .subtitle').isVisible()).toBe(lede);
    // The bar opens the filters as a sheet.
    await page.locator('.phone-bar button').first().click();
    await expect(page.locator('dialog.sheet[open]')).toBeVisible();
    await expect(page.locator('dialog.sheet[open] .filters')).toBeVisible();
    expect(watch.errors).toEqual([]);
  });
}

test('from 901 px the side column is back beside the map', async ({ page }) => {
  await open(page, 901, 700, 'fr');
  await expect(page.locator('.app')).not.toHaveClass(/\bapp-compact\b/);
  await expect(page.locator('.phone-bar')).toHaveCount(0);
  const [map, side] = [await box(page, '.map-canvas'), await box(page, '.side')];
  expect(side.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
  await expect(page.locator('.side .filters')).toBeVisible();
});
