import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers';

/**
 * The open legend and the story (issue 14, session 10 journalist review): with `legend=open`
 * at 680 × 560 the legend, a card across the map's top, hid the story's north (the "5 events"
 * ring by China, the top of the "13 events" one). The camera now frames the story in the part
 * of the map the legend leaves free, and again when the legend opens or closes, as long as the
 * reader has not moved the map. Measured (en, vi): before, the "13 events" ring and 13 of its symbols
 * under the legend; with only the legend made compact, the same 14; with the camera's padding, none.
 */

type Box = { x: number; y: number; width: number; height: number };
const meets = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The story's marks on the map (symbols, rings, count chips) that meet the open legend's box, and how many are on the map. */
async function underLegend(page: Page): Promise<{ under: string[]; onMap: number }> {
  await waitForMapIdle(page);
  const legend = (await page.locator('.legend-map').boundingBox())!;
  const map = (await page.locator('.map-area').boundingBox())!;
  const under: string[] = [];
  let onMap = 0;
  for (const mark of await page.locator('.event-marker, .group-ring, .pair-badge').all()) {
    const b = await mark.boundingBox();
    if (!b || !meets(b, map)) continue;
    onMap += 1;
    if (meets(b, legend)) under.push(await mark.evaluate((el) => `${el.getAttribute('class')} ${el.getAttribute('data-marker') ?? el.getAttribute('data-anchor') ?? el.textContent}`));
  }
  return { under, onMap };
}

test.describe('the story is framed below the open legend at 680 × 560', () => {
  for (const [lang, name] of [['en', 'Legend'], ['fr', 'Légende'], ['vi', 'Chú giải']] as const) {
    test(lang, async ({ page }) => {
      await page.setViewportSize({ width: 680, height: 560 });
      await page.goto(`/?mode=embed&lang=${lang}&legend=open`);
      const toggle = page.getByRole('button', { name, exact: true });
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const open = await underLegend(page);
      expect(open.under, 'marks under the open legend').toEqual([]);
      expect(open.onMap).toBeGreaterThanOrEqual(20);
      // Closed, the map opens on the focus provinces again (the short map's frame, its pills back).
      const closedAt = async () => page.locator('.map-canvas').evaluate((el) => (el as unknown as { mapHandle: { camera(): { zoom: number } } }).mapHandle.camera().zoom);
      const zoomOpen = await closedAt();
      await toggle.click();
      await waitForMapIdle(page);
      expect(await closedAt()).toBeGreaterThan(zoomOpen + 0.3);
      // Opened by the reader: framed below it again.
      await toggle.click();
      expect((await underLegend(page)).under).toEqual([]);
      expect(await closedAt()).toBeCloseTo(zoomOpen, 1);
    });
  }

  test('a map the reader moved stays where it is when the legend opens or closes', async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 560 });
    await page.goto('/?mode=embed&lang=en&legend=open');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForMapIdle(page);
    const camera = () => page.locator('.map-canvas').evaluate((el) => (el as unknown as { mapHandle: { camera(): unknown } }).mapHandle.camera());
    const before = await camera();
    await page.getByRole('button', { name: 'Legend', exact: true }).click();
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    expect(await camera()).toEqual(before);
  });
});

// The "▸ MAP" in the open legend, beside its "Lit" row, read as a row of the key: it is the
// disclosure of the map's own symbols (borders, places, relief). It now says so, in the legend's head.
test('the map symbols disclosure is named and sits in the legend head', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=fr&legend=open');
  const head = (await page.locator('.legend-map .legend-head').boundingBox())!;
  const summary = page.locator('.legend-map summary');
  await expect(summary).toHaveText('Symboles de la carte');
  const box = (await summary.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(head.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(head.y + head.height + 1);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.legend-map .legend-fold li').filter({ hasText: 'Frontière Vietnam–Chine' })).toBeVisible();
});
