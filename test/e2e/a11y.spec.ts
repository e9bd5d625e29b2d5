import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// Automated accessibility checks (issue 7): no serious or critical violation,
// in each language, in explore, embed and presentation modes.
for (const [mode, lang] of ['explore', 'embed', 'present'].flatMap((m) => ['fr', 'en', 'vi'].map((l) => [m, l] as const))) {
  test(`${mode} mode in ${lang} has no serious or critical accessibility violation`, async ({ page }) => {
    // The presentation's controls fade out after a pause (opacity 300 ms): axe must not catch
    // them half-faded, which reads as low contrast. Under reduced motion they switch at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?mode=${mode}&lang=${lang}&date=2026-01-20&event=2026-01-15-khe-sanh-lao-districts-twinning`);
    await waitForMapIdle(page);
    // The event's source is on screen: the panel's quote, or the presentation's caption.
    await expect(page.locator(mode === 'present' ? '.present-source [lang="fr"]' : 'blockquote[lang="fr"]')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(serious).toEqual([]);
  });
}

// The embed's dark theme (issue 14) passes the same checks, colour contrast included (axe's
// color-contrast rule is serious): in each language, with an event's card open, and with the
// filters and list open over the map.
for (const lang of ['fr', 'en', 'vi']) {
  test(`embed mode with theme=dark in ${lang} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(`/?mode=embed&theme=dark&lang=${lang}&date=2026-01-20&event=2026-01-15-khe-sanh-lao-districts-twinning`);
    await waitForMapIdle(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('blockquote[lang="fr"]')).toBeVisible();
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    };
    expect(await check()).toEqual([]);
    await page.locator('.embed-more-button').click();
    await expect(page.locator('.embed-more-panel table')).toBeVisible();
    expect(await check()).toEqual([]);
  });
}

// Play within a few Tab presses (issue 13 review: 50 at 1440, the table's 26 rows came first).
for (const lang of ['en', 'fr', 'vi'] as const) {
  test(`1440 ${lang}: the first Tab stop skips to the timeline, and Play is a few presses on`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/?lang=${lang}&date=2026-02-05`);
    await waitForMapIdle(page);
    const name = { en: 'Skip to the timeline', fr: 'Aller à la frise chronologique', vi: 'Chuyển đến dòng thời gian' }[lang];
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name });
    await expect(skip).toBeFocused();
    // Seen when focused: inside the window.
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    let presses = 0;
    for (; presses < 5; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => /^(Play|Lire|Phát)$/.test(document.activeElement?.textContent?.trim() ?? ''))) break;
    }
    expect(presses).toBeLessThan(5);
  });
}
