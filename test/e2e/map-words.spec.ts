import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

/**
 * MapLibre's own controls speak the reader's language (issue 13: the zoom
 * buttons and the canvas said "Zoom in" and "Map" in French and Vietnamese),
 * from the first load and after switching language.
 */
test('the zoom buttons and the map canvas are named in the reader language, also after a switch', async ({ page }) => {
  await page.goto('/?lang=fr');
  await waitForMapIdle(page);
  await expect(page.getByRole('button', { name: 'Zoomer', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dézoomer', exact: true })).toBeVisible();
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', 'Carte de la région frontalière, interactive');
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('vi');
  await expect(page.getByRole('button', { name: 'Phóng to', exact: true })).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('title', 'Thu nhỏ');
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveAttribute('aria-label', 'Bản đồ vùng biên giới, có thể tương tác');
});
