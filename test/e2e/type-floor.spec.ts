import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// No reading text under 14 px on a desktop (issue 13 review; DESIGN.md's scale starts at 14):
// every text node a reader can see is measured, in each language, with the legend open and an
// event selected. Map furniture may be 12 px: the credits line and the scale bar (as on
// Datawrapper's maps), and the locator inset's four country names (a 140 px picture, not text to
// read; src/ui/inset). Text drawn inside the map's canvas is not DOM text and is not measured here.

const FLOOR = 14;
const FURNITURE_FLOOR = 12;
const FURNITURE = '.map-credits, .maplibregl-ctrl-scale, .locator-inset, .pair-badge-button small';

/** Visible text smaller than the floor: where, what, how big. */
async function smallText(page: Page): Promise<Array<{ where: string; text: string; px: number }>> {
  return page.evaluate(({ floor, furnitureFloor, furniture }) => {
    const out: Array<{ where: string; text: string; px: number }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      // Seen: a box of more than a pixel, inside the window, not clipped away (visually hidden).
      if (r.width < 2 || r.height < 2 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      if (el.closest('.visually-hidden, [hidden], option')) continue;
      // SVG text is drawn at its units times the picture's scale.
      const svgText = el.closest('text') as SVGGraphicsElement | null;
      const scale = svgText ? svgText.getScreenCTM()?.a ?? 1 : 1;
      const px = Math.round(parseFloat(getComputedStyle(el).fontSize) * scale * 10) / 10;
      const min = el.closest(furniture) ? furnitureFloor : floor;
      if (px < min - 0.01) {
        const where = [el.tagName.toLowerCase(), ...Array.from(el.classList).slice(0, 2)].join('.');
        out.push({ where, text: text.slice(0, 40), px });
      }
    }
    return out;
  }, { floor: FLOOR, furnitureFloor: FURNITURE_FLOOR, furniture: FURNITURE });
}

for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }]) {
  for (const lang of ['en', 'fr', 'vi']) {
    test(`${viewport.width}×${viewport.height} ${lang}: no reading text under ${FLOOR} px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`/?lang=${lang}&date=2026-02-05`);
      await waitForMapIdle(page);
      expect(await smallText(page)).toEqual([]);
      // The legend open (its key), then an event chosen from the table (the panel's text).
      await page.locator('.legend-toggle').first().click();
      await expect(page.locator('.legend-body').first()).toBeVisible();
      expect(await smallText(page)).toEqual([]);
      await page.locator('.event-table .event-title-button').first().click();
      await page.waitForTimeout(300);
      expect(await smallText(page)).toEqual([]);
    });
  }
}

// Phones too (reader3: the phone legend was 11–13 px): the page, then the legend open above the bar.
for (const lang of ['en', 'fr', 'vi']) {
  test(`390×844 ${lang}: no reading text under ${FLOOR} px, the legend open`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?lang=${lang}&date=2026-02-05`);
    await waitForMapIdle(page);
    expect(await smallText(page)).toEqual([]);
    await page.locator('.phone-bar button').last().click();
    await expect(page.locator('.phone-legend .legend-body')).toBeVisible();
    expect(await smallText(page)).toEqual([]);
  });
}

// The Share dialog (its intro, hints, checkboxes and the embed code) and the phone's bottom bar
// were 12.8–13.6 px (issue 13 review, second round): measured open, in each language.
for (const lang of ['en', 'fr', 'vi']) {
  test(`1440×900 ${lang}: the Share dialog open has no reading text under ${FLOOR} px`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/?lang=${lang}&date=2026-02-05`);
    await waitForMapIdle(page);
    await page.locator('.share-button').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await smallText(page)).toEqual([]);
  });
  test(`390×844 ${lang}: the phone's bottom bar and the Share dialog have no reading text under ${FLOOR} px`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/?lang=${lang}&date=2026-02-05`);
    await waitForMapIdle(page);
    const bar = page.locator('.phone-bar');
    await expect(bar).toBeVisible();
    const barSmall = (await smallText(page)).filter((s) => s.where.startsWith('button') || s.where.includes('phone'));
    expect(barSmall).toEqual([]);
    expect(await bar.locator('button').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(FLOOR);
    await page.locator('.share-button').filter({ visible: true }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(300);
    const inDialog = await page.getByRole('dialog').evaluate((d) => Array.from(d.querySelectorAll('p, label, textarea, code, pre, span'))
      .filter((el) => (el as HTMLElement).offsetWidth > 0 && (el.textContent ?? '').trim())
      .map((el) => ({ text: (el.textContent ?? '').trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) }))
      .filter((x) => x.px < 13.99));
    expect(inDialog).toEqual([]);
    // Each choice of the embed builder shows its whole text (the Controls choice was cut on a phone).
    const cut = await page.getByRole('dialog').locator('.embed-builder-grid select').evaluateAll((els) => els.map((el) => {
      const s = el as HTMLSelectElement;
      const ctx = document.createElement('canvas').getContext('2d')!;
      const cs = getComputedStyle(s);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = s.selectedOptions[0]?.textContent ?? '';
      return { text, fits: ctx.measureText(text).width <= s.clientWidth - 24 };
    }).filter((x) => !x.fits));
    expect(cut).toEqual([]);
  });
}
