import { expect, test } from '@playwright/test';
import { WORKERS } from './workers';

// Session 8 journalist review: the Vietnamese embed code box set its tone marks beside their
// vowels ("đô`" for "đồ"): the generic monospace (DejaVu Sans Mono here) draws a stacked mark past
// its glyph's cell. Measured in the box's own font: each mark stays over its letter.
test('the Vietnamese embed code box draws stacked tone marks over their vowels', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=vi');
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  await page.getByRole('button', { name: /Chia sẻ/ }).first().click();
  const box = page.locator('.share-dialog textarea').first();
  await expect(box).toBeVisible();
  expect(await box.inputValue()).toContain('Bản đồ');
  const spill = await box.evaluate(async (el) => {
    await document.fonts.ready;
    const family = getComputedStyle(el).fontFamily;
    const c = document.createElement('canvas').getContext('2d')!;
    c.font = `28px ${family}`;
    // How far each letter's ink goes past its advance, in px.
    return Object.fromEntries(['ồ', 'ề', 'ổ', 'ấ', 'ậ', 'ữ'].map((ch) => {
      const m = c.measureText(ch);
      return [ch, Math.round(m.actualBoundingBoxRight - m.width)];
    }));
  });
  for (const [ch, px] of Object.entries(spill)) expect(px, ch).toBeLessThanOrEqual(3);
});
