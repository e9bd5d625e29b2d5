import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle, showWholeStory } from './helpers';

/**
 * Session 11's journalist review (issue 14): a wheel over a ring's count chip did nothing, because
 * the chip is a button over the canvas. It now does what it does over the map: zooms the explorer;
 * in an embed (cooperative gestures) zooms only with Ctrl, and otherwise leaves the map as it is.
 */
type Handle = { mapHandle: { camera(): { zoom: number } } };
const zoomOf = (page: Page) => page.locator('.map-canvas').evaluate((el) => (el as unknown as Handle).mapHandle.camera().zoom);

async function overChip(page: Page): Promise<void> {
  const chip = page.locator('.pair-badge-button').first();
  await expect(chip).toBeVisible();
  const box = (await chip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The wheel lands on the chip itself, not on the canvas beside it.
  expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.pair-badge-button') !== null, [box.x + box.width / 2, box.y + box.height / 2])).toBe(true);
}

test('the explorer: a wheel over a count chip zooms the map', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en&date=2026-12-31');
  await waitForMapIdle(page);
  // The chips' rings lie north of the focus frame a desktop opens on (issue 13): the whole story shows them.
  await showWholeStory(page);
  await overChip(page);
  const before = await zoomOf(page);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(before + 0.2);
});

test('the embed: over a count chip the wheel alone leaves the map, with Ctrl it zooms', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=en&date=2026-12-31');
  await waitForMapIdle(page);
  await overChip(page);
  const before = await zoomOf(page);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(600);
  await waitForMapIdle(page);
  expect(await zoomOf(page)).toBeCloseTo(before, 3);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => zoomOf(page)).toBeGreaterThan(before + 0.2);
});
