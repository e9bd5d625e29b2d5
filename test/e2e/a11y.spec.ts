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
    await expect(page.locator(mode === 'present' ? '.present-source [lang="fr"][title]' : 'blockquote[lang="fr"]')).toBeVisible();
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

// Over the dark map (issue 14 review): the edge pills ("N events north ↑"), a border's pair
// badge and MapLibre's zoom buttons are dark too, their text at 4.5:1 or more. axe checks them
// when it can; their backgrounds are translucent over the canvas, which axe may leave
// "incomplete", so the ratio is also computed here from their own colours.
for (const lang of ['fr', 'en', 'vi']) {
  test(`embed mode with theme=dark in ${lang}: the edge pills, the pair badge and the zoom buttons are dark and readable`, async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 560 });
    await page.goto(`/?mode=embed&theme=dark&lang=${lang}&date=2026-02-05#map=6.5/19.3/104.5`);
    await waitForMapIdle(page);
    await expect(page.locator('.offscreen-arrow').first()).toBeVisible();
    await expect(page.locator('.pair-badge-button').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const ratios = await page.locator('.offscreen-arrow, .pair-badge-button, .maplibregl-ctrl-group button').evaluateAll((els) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]) => {
        const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      return els.map((el) => {
        const cs = getComputedStyle(el);
        let bg = rgb(cs.backgroundColor);
        // A transparent button (MapLibre's) shows its group's background.
        if ((bg[3] ?? 1) === 0 && el.parentElement) bg = rgb(getComputedStyle(el.parentElement).backgroundColor);
        const [a = 0, b = 0] = [lum(rgb(cs.color)), lum(bg)].sort((x, y) => y - x);
        return { cls: el.className, dark: lum(bg) < 0.1, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 10) / 10 };
      });
    });
    expect(ratios.length).toBeGreaterThanOrEqual(4);
    for (const r of ratios) {
      expect(r.dark, r.cls).toBe(true);
      expect(r.ratio, r.cls).toBeGreaterThanOrEqual(4.5);
    }
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
