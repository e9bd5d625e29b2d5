import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// Session 7 review: the opening view had no single subject. One line says what the reader looks
// at and what to do, in the reader's language, clear of the focus provinces, and goes at the
// first interaction.
type Handle = { project(lon: number, lat: number): { x: number; y: number } };

const LEDE = {
  en: /^\d+ cooperation events, 20\d\d–20\d\d, along the Vietnam–\u2060Laos and Vietnam–\u2060China borders\. Press Play/,
  fr: /^\d+ événements de coopération, de 20\d\d à 20\d\d, le long des frontières Vietnam–\u2060Laos et Vietnam–\u2060Chine\u202f: appuyez sur Lire/,
  vi: /^\d+ sự kiện hợp tác, 20\d\d–20\d\d, dọc biên giới Việt Nam – Lào và Việt Nam – Trung Quốc\. Nhấn Phát/,
};

for (const [w, h] of [[1440, 900], [1280, 800]] as const) {
  for (const lang of ['en', 'fr', 'vi'] as const) {
    test(`${w} ${lang}: the opening lede names the subject, clear of the focus provinces, and goes at the first key`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/?lang=${lang}`);
      await waitForMapIdle(page);
      const lede = page.locator('.opening-lede');
      await expect(lede).toHaveText(LEDE[lang]);
      // The three focus provinces (Quảng Trị, Savannakhet, Salavan: 104.3–107.4° E, 15.3–17.2° N) on screen.
      const focus = await page.locator('.map-canvas').evaluate((el) => {
        const hd = (el as HTMLElement & { mapHandle: Handle }).mapHandle;
        const o = el.getBoundingClientRect();
        const nw = hd.project(104.3, 17.2), se = hd.project(107.4, 15.3);
        return { x: o.left + nw.x, y: o.top + nw.y, w: se.x - nw.x, h: se.y - nw.y };
      });
      const l = (await lede.boundingBox())!;
      const meets = l.x < focus.x + focus.w && focus.x < l.x + l.width && l.y < focus.y + focus.h && focus.y < l.y + l.height;
      expect(meets, `lede ${JSON.stringify(l)} over the focus provinces ${JSON.stringify(focus)}`).toBe(false);
      await page.keyboard.press('Tab');
      await expect(lede).toHaveCount(0);
    });
  }
}

test('a phone shows no lede over its small map (the header and Play say it)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=fr');
  await waitForMapIdle(page);
  await expect(page.locator('.opening-lede')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('Play dismisses the lede', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  await page.locator('.opening-lede').waitFor();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('.opening-lede')).toHaveCount(0);
});
