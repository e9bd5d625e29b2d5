import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';

/**
 * The scale bar in a narrow embed (issue 14, session 10 journalist review: at 320–350 px it was
 * seen clipped under the timeline). It sits whole inside the map, above the timeline's top, clear
 * of the credits' ⓘ, with a mouse and on a touch screen (the timeline's targets grow to 44 px there),
 * and with the longest dates (vi, two lines).
 */
for (const touch of [false, true]) {
  for (const width of [320, 335, 350]) {
    test(`${width} × 560${touch ? ', touch' : ''}: the scale bar whole, above the timeline`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 560 }, hasTouch: touch, isMobile: touch });
      const page = await context.newPage();
      for (const [lang, date] of [['vi', '2024-08-31'], ['fr', '2026-02-05'], ['en', '2023-12-12']] as const) {
        await page.goto(`/?mode=embed&lang=${lang}&date=${date}`);
        await waitForMapIdle(page);
        const box = await page.evaluate(() => {
          const r = (s: string) => { const b = document.querySelector(s)!.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; };
          return { scale: r('.maplibregl-ctrl-scale'), map: r('.map-area'), timeline: r('.timeline-area'), info: r('.maplibregl-ctrl-attrib') };
        });
        const what = `${lang}: ${JSON.stringify(box)}`;
        expect(box.scale.bottom - box.scale.top, what).toBeGreaterThan(10);
        expect(box.scale.bottom, what).toBeLessThanOrEqual(Math.min(box.map.bottom, box.timeline.top) - 2);
        expect(box.scale.left, what).toBeGreaterThanOrEqual(box.map.left);
        expect(box.scale.right, what).toBeLessThanOrEqual(box.map.right);
        const meets = box.scale.left < box.info.right && box.info.left < box.scale.right && box.scale.top < box.info.bottom && box.info.top < box.scale.bottom;
        expect(meets, `${what}: clear of the ⓘ`).toBe(false);
        // Nothing drawn over it: the point at its ruler's middle is the scale bar's own.
        const own = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.maplibregl-ctrl-scale') != null,
          [(box.scale.left + box.scale.right) / 2, box.scale.bottom - 3]);
        expect(own, `${what}: not under another element`).toBe(true);
      }
      await context.close();
    });
  }
}
