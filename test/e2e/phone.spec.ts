import { devices, expect, test } from '@playwright/test';
import { visibleEventIds, waitForMapIdle } from './helpers';

// A phone (issue 7): 375×667 with touch. Chromium's own device profile, with our browser.
test.use({ ...devices['iPhone SE'], browserName: 'chromium', defaultBrowserType: 'chromium' });

test('on a phone: nothing scrolls sideways, targets are 44 px, the timeline is draggable by touch', async ({ page }) => {
  await page.goto('/?lang=en&date=2022-06-10');
  await waitForMapIdle(page);
  const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(width.scroll).toBeLessThanOrEqual(width.inner);

  const small = await page.evaluate(() => [...document.querySelectorAll('.timeline button, .timeline select, .timeline input[type="range"]')]
    .filter((el) => (el as HTMLElement).offsetParent !== null)
    .map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName, h: el.getBoundingClientRect().height }))
    .filter((x) => x.h < 44));
  expect(small).toEqual([]);

  // Drag the slider's thumb to the right end with a touch gesture.
  const slider = page.getByRole('slider', { name: 'Date on the timeline' });
  const box = (await slider.boundingBox())!;
  const before = await slider.getAttribute('aria-valuetext');
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + box.height / 2;
  const startX = box.x + (box.width * 0.1);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: startX, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: startX + ((box.width * 0.85) * i) / 10, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
  await expect.poll(async () => (await visibleEventIds(page)).length).toBeGreaterThan(5);

  // The page, not the map, scrolls under a finger swipe over the map (cooperative gestures are for embeds;
  // here the map is a fixed-height block and the page below it stays reachable).
  await page.getByRole('table').scrollIntoViewIfNeeded();
  await expect(page.getByRole('table')).toBeInViewport();
  await page.screenshot({ path: 'reports/screenshots/phone.png', fullPage: true });
});
