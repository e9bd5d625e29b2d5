import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';
test('dbg', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  const north = page.getByRole('button', { name: /^1 event north, far from the border region: show it here, the map stays$/ });
  await expect(north).toBeVisible();
  await north.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Move the map there' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 25; i++) {
    const s = await page.evaluate(() => ({ a: document.activeElement?.className || document.activeElement?.tagName, m: !!document.querySelector('[data-marker*="beijing"]'), pills: [...document.querySelectorAll('.offscreen-arrow')].map((e) => e.textContent).join('|') }));
    console.log(i, JSON.stringify(s));
    if (String(s.a).includes('event-marker')) break;
    await page.waitForTimeout(1000);
  }
  await expect(page.locator('.event-marker:focus')).toHaveCount(1);
});
