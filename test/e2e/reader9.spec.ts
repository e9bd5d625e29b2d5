import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle, showWholeStory } from './helpers';

// Issue 13, session 9: the reader's review of session 8 ("Still worse than the anchor").

type Rect = { left: number; top: number; right: number; bottom: number; text: string };
const boxes = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els
  .map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, w: r.width, text: (el.textContent ?? '').trim().slice(0, 30) }; })
  .filter((r) => r.w > 0));
const meets = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const camera = (page: Page) => page.locator('.map-canvas').evaluate((el) => (el as HTMLElement & { mapHandle: { camera(): { zoom: number; lat: number; lng: number } } }).mapHandle.camera());

for (const lang of ['en', 'fr', 'vi'] as const) {
  test(`1280 ${lang}: the caption card hides no edge pill, count chip or ring; the chips say "N events"`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/?lang=${lang}`);
    await waitForMapIdle(page);
    const previous = { en: 'Previous event', fr: 'Événement précédent', vi: 'Sự kiện trước' }[lang];
    // Three steps back through the story: the card shows each step's event.
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: new RegExp(`^${previous}`) }).first().click();
      await waitForMapIdle(page);
      const card = page.locator('.story-caption');
      await expect(card).toBeVisible();
      await page.waitForTimeout(150); // the card is placed again a frame after the overlays are drawn
      const [c] = await boxes(page, '.story-caption');
      const hidden = (await boxes(page, '.offscreen-arrow, .pair-badge-button, .group-ring')).filter((o) => meets(c!, o));
      expect(hidden, `step ${i}`).toEqual([]);
    }
    const word = { en: /^\d+ events? place not named$/, fr: /^\d+ événements? lieu non précisé$/, vi: /^\d+ sự kiện không nêu địa điểm$/ }[lang];
    const chips = await page.locator('.pair-badge-button').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    for (const text of chips) expect(text.trim()).toMatch(word);
  });
}

test('1440 en: the far north pill (Beijing) opens a callout and the camera stays; its own button moves, and the link keeps that camera', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  // From the whole story, only Beijing is beyond the map (a desktop opens on the focus provinces, issue 13).
  await showWholeStory(page);
  const pill = page.locator('.offscreen-arrow[data-far]');
  await expect(pill).toHaveCount(1);
  await expect(pill).toHaveAttribute('aria-label', /far from the border region/);
  const before = await camera(page);
  await pill.focus();
  await page.keyboard.press('Enter');
  await expect(pill).toHaveAttribute('aria-expanded', 'true');
  const callout = page.getByRole('group', { name: 'Far from the border region' });
  await expect(callout).toBeVisible();
  await expect(callout).toContainText(/Beijing/);
  await page.waitForTimeout(400);
  const after = await camera(page);
  expect(after.zoom).toBeCloseTo(before.zoom, 5);
  expect(after.lat).toBeCloseTo(before.lat, 5);
  // Beside its pill, inside the map.
  const [p] = await boxes(page, '.offscreen-arrow[data-far]');
  const [c] = await boxes(page, '.offscreen-callout');
  expect(c!.top - p!.bottom).toBeLessThan(24);
  expect(c!.top).toBeGreaterThanOrEqual(p!.bottom - 1);
  // Escape closes it, focus back on the pill.
  await page.keyboard.press('Escape');
  await expect(callout).toBeHidden();
  await expect(pill).toBeFocused();
  // The callout's own button moves the camera there, and the link then carries that camera.
  await page.keyboard.press('Enter');
  await callout.getByRole('button', { name: 'Move the map there' }).click();
  await expect.poll(async () => (await camera(page)).lat).toBeGreaterThan(before.lat + 2);
  await waitForMapIdle(page);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/map=/);
  const moved = await camera(page);
  const hash = await page.evaluate(() => location.hash);
  const [, z, lat] = /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(hash) ?? [];
  expect(Number(z)).toBeCloseTo(moved.zoom, 1);
  expect(Number(lat)).toBeCloseTo(moved.lat, 1);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(/#map=/);
});

test('1440 en: Share opens on Copy link and says "copied" beside it; one selected event shows once', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const copy = page.getByRole('button', { name: 'Copy link' });
  await expect(copy).toBeFocused();
  await copy.click();
  const said = page.locator('.share-link-status');
  await expect(said).toHaveText(/Link copied|copy/);
  const [b] = await boxes(page, '.share-copy-link');
  const [s] = await boxes(page, '.share-link-status');
  // Beside or under its button, not ~600 px away.
  expect(Math.hypot(s!.left - b!.right, s!.top - b!.top)).toBeLessThan(140);
  await page.keyboard.press('Escape');

  // The story card, then the panel on the same event: the card steps aside.
  await page.getByRole('button', { name: /^Previous event/ }).first().click();
  const card = page.locator('.story-caption');
  await expect(card).toBeVisible();
  await card.locator('.story-caption-open').click();
  await expect(page.locator('.event-panel')).toBeVisible();
  await expect(card).toHaveCount(0);
});

for (const lang of ['en', 'fr', 'vi'] as const) {
  test(`1280 ${lang}: the panel's previous/next buttons are one line; zoom buttons have the 3 px focus ring`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/?lang=${lang}`);
    await waitForMapIdle(page);
    await page.locator('.event-title-button').nth(3).click();
    await expect(page.locator('.event-panel')).toBeVisible();
    const lines = await page.locator('.event-panel-previous, .event-panel-next').evaluateAll((els) => els.map((el) => {
      const r = document.createRange(); r.selectNodeContents(el);
      return new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size;
    }));
    expect(lines).toEqual([1, 1]);
    await page.keyboard.press('Tab');
    await page.locator('.maplibregl-ctrl-zoom-in').focus();
    const ring = await page.locator('.maplibregl-ctrl-zoom-in').evaluate((el) => getComputedStyle(el).outlineWidth);
    expect(ring).toBe('3px');
  });
}

test('390 en: the Play caption card is not over the map while a sheet is open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: /^Previous event/ }).first().click();
  const card = page.locator('.story-caption');
  await expect(card).toBeVisible();
  await page.locator('.phone-bar').getByRole('button', { name: /^Filters/ }).click();
  await expect(page.locator('dialog.sheet[open]')).toBeVisible();
  await expect(card).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.sheet[open]')).toHaveCount(0);
  await expect(card).toBeVisible();
});
