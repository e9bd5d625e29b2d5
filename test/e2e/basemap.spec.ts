import { expect, test } from '@playwright/test';
import { WORKERS } from './workers';
import { renderedIds, waitForMapIdle } from './helpers';

/**
 * The basemap orients (issue 13): at every default view the countries
 * around the focus provinces are named, and the context layers (rivers,
 * relief, water names), fetched after the first paint, are drawn.
 */
test.describe('a basemap that orients', () => {
  // A language each: the names' lengths decide what MapLibre can place (session 18 review: only the Vietnamese
  // "Biển Đông" named the sea at 1280×800; "South China Sea" and "mer de Chine méridionale" fell on the edge).
  for (const { lang, ...size } of [{ width: 1440, height: 900, lang: 'en' }, { width: 1280, height: 800, lang: 'fr' }, { width: 390, height: 844, lang: 'vi' }]) {
    test(`names Vietnam and Laos and draws rivers, relief and a water name at ${size.width}×${size.height} (${lang})`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(`/?lang=${lang}`);
      await waitForMapIdle(page);
      const countries = await renderedIds(page, ['country-label', 'country-label-near']);
      expect(countries).toEqual(expect.arrayContaining(['VN', 'LA']));
      // Context arrives after the first paint: poll until it is drawn.
      await expect.poll(async () => {
        await waitForMapIdle(page);
        return renderedIds(page, ['rivers', 'relief', 'water-label']);
      }, { timeout: 20_000 * WORKERS }).toEqual(expect.arrayContaining(['river-mekong', 'relief-1']));
      const water = await renderedIds(page, ['water-label']);
      expect(water.length, 'a sea or gulf named').toBeGreaterThan(0);
      // On a desktop, the sea the focus provinces border is named (its label beside Quảng Trị in the
      // focus frame a desktop opens on, issue 13), not only the Gulf of Tonkin.
      if (size.width >= 1280) expect(water.filter((id) => id.startsWith('sea-south-china-sea')).length).toBeGreaterThan(0);
      // The country labels are text MapLibre placed inside the map: none is cut by its top edge.
      const names = await page.locator('.map-canvas').first().evaluate((el) => {
        const h = (el as HTMLElement & { mapHandle: { project(lon: number, lat: number): { x: number; y: number } } }).mapHandle;
        return { cn: h.project(106.9, 23.55).y, top: 0 };
      });
      if (names.cn >= 0) expect(names.cn, 'China\'s name (15 px text) whole below the top edge').toBeGreaterThan(12);
    });
  }
});
