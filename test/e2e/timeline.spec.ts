import { expect, test } from '@playwright/test';
import { WORKERS } from './workers';
import fs from 'node:fs';
import { countColour, projectOnPage, renderedIds, visibleEventIds, waitForMapIdle, watchPage } from './helpers';

const places = JSON.parse(fs.readFileSync('data/places.geojson', 'utf8')) as { features: Array<{ properties: { id: string }; geometry: { coordinates: [number, number] } }> };
const khe = places.features.find((f) => f.properties.id === 'place-khe-sanh')!.geometry.coordinates;
const TWINNING = '2026-01-15-khe-sanh-lao-districts-twinning';
const TWINNING_GREEN: [number, number, number] = [0x00, 0x9e, 0x73];

test.describe('the timeline plays the record on the map', () => {
  test('moving the slider makes an event appear on the map and in the table; selecting it shows its quote', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/?lang=en&date=2026-01-14');
    await waitForMapIdle(page);
    const slider = page.getByRole('slider', { name: 'Date on the timeline' });
    await expect(slider).toHaveAttribute('aria-valuetext', '14 January 2026');
    expect(await visibleEventIds(page)).not.toContain(TWINNING);
    const table = page.getByRole('table');
    await expect(table.getByRole('button', { name: 'Khe Sanh defence zone 5 twinned with three Lao districts' })).toHaveCount(0);
    const at = await projectOnPage(page, khe[0], khe[1]);
    const before = await countColour(page, at, 30, TWINNING_GREEN);

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect.poll(() => visibleEventIds(page)).toContain(TWINNING);
    await waitForMapIdle(page);
    await page.waitForTimeout(800); // the appearance effect
    // Khe Sanh where it is now: the camera may have moved to bring the new event in (issue 13's follow).
    const now = await projectOnPage(page, khe[0], khe[1]);
    expect(await countColour(page, now, 30, TWINNING_GREEN)).toBeGreaterThan(before + 20);

    const row = table.getByRole('button', { name: 'Khe Sanh defence zone 5 twinned with three Lao districts' }).first();
    await row.click();
    const quote = page.locator('blockquote[lang="fr"]');
    await expect(quote).toContainText('cérémonie de jumelage');
    await page.screenshot({ path: 'reports/screenshots/timeline-selected.png' });
    expect(watch.errors).toEqual([]);
  });

  test('clicking an event on the map selects it', async ({ page }) => {
    await page.goto('/?lang=en&date=2026-01-20&types=twinning');
    await waitForMapIdle(page);
    await page.waitForTimeout(800);
    // Where the symbol is drawn: spread off Khe Sanh's point by the marker spacing (issue 13).
    const canvas = page.locator('.map-canvas').first();
    const box = await canvas.boundingBox();
    const drawn = await canvas.evaluate((el, id) => {
      const h = (el as HTMLElement & { mapHandle: { controller: { visiblePoints(p: (lon: number, lat: number) => { x: number; y: number }, n: number): Array<{ id: string; x: number; y: number }> | null }; project(lon: number, lat: number): { x: number; y: number } } }).mapHandle;
      return (h.controller.visiblePoints((lon, lat) => h.project(lon, lat), 100) ?? []).find((p) => p.id === id);
    }, TWINNING);
    const at = await projectOnPage(page, khe[0], khe[1]);
    expect(Math.hypot((box?.x ?? 0) + (drawn?.x ?? 0) - at.x, (box?.y ?? 0) + (drawn?.y ?? 0) - at.y)).toBeLessThan(60); // at Khe Sanh
    await page.mouse.click((box?.x ?? 0) + (drawn?.x ?? 0), (box?.y ?? 0) + (drawn?.y ?? 0));
    await expect(page.locator('blockquote[lang="fr"]')).toContainText('cérémonie de jumelage');
  });

  test('a keyboard user reaches an event on the map and selects it with Enter', async ({ page }) => {
    await page.goto('/?lang=en&date=2026-01-20&types=twinning');
    await waitForMapIdle(page);
    const marker = page.getByRole('button', { name: /Khe Sanh defence zone 5 twinned with three Lao districts, 15 January 2026: select this event/ });
    await expect(marker).toHaveCount(1);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('blockquote[lang="fr"]')).toContainText('cérémonie de jumelage');
    await expect(marker).toHaveAttribute('aria-pressed', 'true');
  });

  test('playback from the start reaches the last event', async ({ page }) => {
    await page.goto('/?lang=en&date=2021-12-01');
    await waitForMapIdle(page);
    // Speed is under More options beside Play (session 7 review).
    await page.getByText('More options', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 30_000 * WORKERS });
    await expect(page.getByRole('slider', { name: 'Date on the timeline' })).toHaveAttribute('aria-valuetext', '31 December 2026');
    const ids = await visibleEventIds(page);
    const all = (JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: unknown[] }).events;
    expect(ids).toHaveLength(all.length);
  });

  test('Quảng Trị is the old province before 1 July 2025 and the merged one from that day', async ({ page }) => {
    await page.goto('/?lang=en&date=2025-06-30');
    await waitForMapIdle(page);
    const before = await renderedIds(page, ['focus-fill']);
    expect(before).toContain('vn-quang-tri');
    expect(before).not.toContain('vn-quang-tri-2025');
    const slider = page.getByRole('slider', { name: 'Date on the timeline' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '1 July 2025');
    await waitForMapIdle(page);
    const after = await renderedIds(page, ['focus-fill']);
    expect(after).toContain('vn-quang-tri-2025');
    expect(after).not.toContain('vn-quang-tri');
  });
});

// Session 7 review: ~190 px of control chrome. The bar is ◀ Play ▶, the date, the strip and the
// slider; speed, loop, display and the keys open from "More options" beside Play, by keyboard too.
for (const [w, h, lang, label] of [[1280, 800, 'en', 'More options'], [1440, 900, 'fr', 'Plus d’options'], [390, 844, 'vi', 'Tùy chọn khác']] as const) {
  test(`${w} ${lang}: the options fold into ${label} beside Play, opened from the keyboard`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/?lang=${lang}&display=window`);
    await waitForMapIdle(page);
    const speed = page.locator('.playback-speed select');
    await expect(speed).toBeHidden();
    if (w >= 1280) {
      const bar = (await page.locator('.timeline').boundingBox())!;
      expect(bar.height).toBeLessThanOrEqual(150);
    }
    const summary = page.locator('summary.timeline-more-summary');
    await expect(summary).toHaveText(label);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(speed).toBeVisible();
    // The link's display mode is kept and shown inside.
    const mode = await page.locator('.timeline-more-panel .display-mode').evaluate((el) =>
      el.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? el.querySelector<HTMLSelectElement>('select')?.value);
    expect(mode).toBe('window');
    const panel = (await page.locator('.timeline-more-panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(w);
    expect(panel.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(speed).toBeHidden();
    await expect(summary).toBeFocused();
  });
}
