import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// Issue 13, session 10: the design review's findings on the explorer (focus after closing an event).

test('1280 en: closing an event opened from a link puts focus on its row, not on <body>; from a marker, back on the marker', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = '2022-06-lao-chief-of-general-staff-visit-to-vietnam';
  for (const how of ['Close', 'Escape'] as const) {
    await page.goto(`/?lang=en&event=${id}`);
    await waitForMapIdle(page);
    const panel = page.locator('.event-panel');
    await expect(panel).toBeVisible();
    const title = (await panel.locator('.event-panel-title').textContent())!.trim();
    if (how === 'Close') await panel.getByRole('button', { name: 'Close the details' }).click();
    else { await panel.locator('.event-panel-next').focus(); await page.keyboard.press('Escape'); }
    await expect(panel).toHaveCount(0);
    const focused = page.locator(':focus');
    await expect(focused, how).toHaveClass(/event-title-button/);
    await expect(focused, how).toHaveText(title);
  }
  const marker = page.locator(`.event-marker[data-marker="${id}"]`);
  await marker.focus();
  await page.keyboard.press('Enter');
  await page.locator('.event-panel').getByRole('button', { name: 'Close the details' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('.event-panel')).toHaveCount(0);
  await expect(marker).toBeFocused();
});
