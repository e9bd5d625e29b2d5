import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { showWholeStory } from './helpers';

// Reader review (issue 13): at 320–390 px "← 3 events west" covered "12 events north ↑" (the explorer
// and the embed share the edge pills). The side pills now stack below the north one: no two overlap,
// and focus follows the reader to the event a pill brings in.

async function pillBoxes(page: Page) {
  await expect(page.locator('.offscreen-arrow').first()).toBeVisible();
  await page.waitForTimeout(300);
  return page.locator('.offscreen-arrow').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { text: el.textContent ?? '', x: r.left, y: r.top, w: r.width, h: r.height };
  }));
}

function expectDisjoint(boxes: Array<{ text: string; x: number; y: number; w: number; h: number }>) {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `"${a.text}" and "${b.text}"`).toBe(false);
    }
  }
}

const ready = (page: Page) => expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });

for (const lang of ['en', 'fr', 'vi'] as const) {
  for (const [mode, width, height] of [['embed', 320, 560], ['embed', 350, 560], ['explore', 390, 844]] as const) {
    test(`${mode} ${width}x${height} ${lang}: the edge pills never overlap`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?${mode === 'embed' ? 'mode=embed&' : ''}lang=${lang}`);
      await ready(page);
      const boxes = await pillBoxes(page);
      expect(boxes.length).toBeGreaterThan(0);
      expectDisjoint(boxes);
    });
  }
}

test('390 en, a view with pills on three edges: none overlaps', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en&date=2026-02-05#map=7/21/106');
  await ready(page);
  const boxes = await pillBoxes(page);
  expect(boxes.length).toBeGreaterThan(1);
  expectDisjoint(boxes);
});

test('1280: a pill activated from the keyboard leaves focus on the event it brought in', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  await ready(page);
  await showWholeStory(page);
  // Beijing is far from the story (session 9): the pill opens a callout; its own button moves the map.
  const north = page.getByRole('button', { name: /^1 event north, far from the border region: show it here, the map stays$/ });
  await expect(north).toBeVisible();
  await north.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move the map there' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.event-marker:focus')).toHaveCount(1);
  await expect(page.locator('.event-marker:focus')).toHaveAttribute('data-marker', /beijing/);
});
