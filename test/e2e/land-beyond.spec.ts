import { expect, test } from '@playwright/test';
import { WORKERS } from './workers';
import { countColour, projectOnPage, renderedIds, waitForMapIdle } from './helpers';

/**
 * Zoomed out (the Beijing step, Play reaching Beijing, a reader at the
 * minimum zoom), the camera shows far beyond the detailed countries' box
 * (88–130°E, 4–46°N): land there is drawn (data/land.geojson), not left in
 * the sea's colour with straight edges, and China, Laos and Vietnam are named
 * (design review of present mode).
 */
const LAND: [number, number, number] = [0xe9, 0xe5, 0xdc];
const SEA: [number, number, number] = [0xcd, 0xdf, 0xe8];

const views = [
  { hash: '#map=3.5/30/110', name: 'the Beijing framing', land: [[78, 22], [138.3, 36.3], [100, 48.5]], named: ['CN', 'LA', 'VN'] },
  // At zoom 2.5 Laos is some 40 px wide, under the events' symbols: China and Vietnam are named.
  { hash: '#map=2.5/25/105', name: 'the minimum zoom', land: [[78, 22], [45, 24], [100, 50], [135, -25]], named: ['CN', 'VN'] },
] as const;

test.describe('the map zoomed out', () => {
  for (const size of [{ width: 1440, height: 900 }, { width: 1920, height: 1080 }]) {
    for (const view of views) {
      test(`draws land beyond the detailed box and names ${view.named.join(', ')} at ${view.name}, ${size.width}×${size.height}`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto(`/?lang=en${view.hash}`);
        await waitForMapIdle(page);
        const canvas = await page.locator('.map-canvas').first().boundingBox();
        if (!canvas) throw new Error('no map');
        // The coarse land arrives after the first paint: poll until it is drawn.
        await expect.poll(async () => {
          await waitForMapIdle(page);
          return renderedIds(page, ['land-beyond']);
        }, { timeout: 20_000 * WORKERS }).toContain('land-beyond');
        const sampled: string[] = [];
        for (const [lon, lat] of view.land) {
          const at = await projectOnPage(page, lon, lat);
          if (at.x < canvas.x + 8 || at.x > canvas.x + canvas.width - 8 || at.y < canvas.y + 8 || at.y > canvas.y + canvas.height - 8) continue;
          sampled.push(`${lon},${lat}`);
          const land = await countColour(page, at, 4, LAND, 12);
          const sea = await countColour(page, at, 4, SEA, 12);
          expect(land, `land colour at ${lon}, ${lat}`).toBeGreaterThan(40);
          expect(sea, `sea colour at ${lon}, ${lat}`).toBe(0);
        }
        expect(sampled.length, 'points beyond the box in view').toBeGreaterThanOrEqual(2);
        // And the open sea stays sea: the Pacific east of Japan.
        const pacific = await projectOnPage(page, 155, 25);
        if (pacific.x < canvas.x + canvas.width - 8) expect(await countColour(page, pacific, 4, SEA, 12)).toBeGreaterThan(40);
        await expect.poll(async () => renderedIds(page, ['country-label', 'country-label-far']))
          .toEqual(expect.arrayContaining([...view.named]));
      });
    }
  }
});
