import { expect, test } from '@playwright/test';
import { WORKERS } from './workers';
import { LEGEND_MIN_WIDTH, stillFrame } from '../../scripts/render-fallbacks.mjs';
import { waitForMapIdle } from './helpers';

// The embed's fallback pictures stand for the map where no script runs (session 8 journalist
// review: they showed Share, Play, the slider and the pills, the legend closed, and vi-320 cut
// its title). scripts/render-fallbacks.mjs turns the live embed into the picture with stillFrame:
// here, the same call on the same page, read as the DOM it leaves.
for (const [lang, width] of [['vi', 320], ['fr', 320], ['en', 680]] as const) {
  // The legend open where the frame has room; left out at 320 px, where it hid 45% of the map (session 9 review).
  const legend = width > LEGEND_MIN_WIDTH;
  test(`${lang}, ${width} px: the picture has no live control, the legend ${legend ? 'open' : 'left out'} and the title whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 560 });
    await page.goto(`/?mode=embed&lang=${lang}${legend ? '&legend=open' : ''}`);
    await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
    await waitForMapIdle(page);
    const before = await page.locator('.map-area').evaluate((el) => el.getBoundingClientRect().height);
    await stillFrame(page, { legend });
    for (const sel of ['.share-button', '.playback-play', '.timeline-area input[type="range"], .timeline-area [role="slider"]', '.offscreen-arrow', '.maplibregl-ctrl-zoom-in', '.embed-footer', '.legend-fold']) {
      await expect(page.locator(sel)).toHaveCount(await page.locator(sel).count());
      for (const el of await page.locator(sel).all()) await expect(el, sel).toBeHidden();
    }
    if (legend) await expect(page.locator('.legend-map .legend-toggle')).toHaveAttribute('aria-expanded', 'true');
    else await expect(page.locator('.legend-map')).toBeHidden();
    const m = await page.evaluate(() => {
      const h1 = document.querySelector('.app-header h1') as HTMLElement;
      const map = document.querySelector('.map-area')!.getBoundingClientRect();
      const canvas = document.querySelector('.map-canvas canvas')!.getBoundingClientRect();
      return { cut: h1.scrollWidth > h1.clientWidth + 1 || h1.scrollHeight > h1.clientHeight + 1 || getComputedStyle(h1).textOverflow === 'ellipsis',
        map: map.height, canvas: canvas.height, bottom: map.bottom };
    });
    expect(m.cut).toBe(false);
    // The map takes the controls' room, and its canvas follows.
    expect(m.map).toBeGreaterThan(before + 60);
    expect(Math.abs(m.canvas - m.map)).toBeLessThanOrEqual(2);
  });
}
