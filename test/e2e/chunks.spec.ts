import { expect, test } from '@playwright/test';
import { waitForMapIdle, watchPage } from './helpers';

// Each way of opening the app downloads only its own code (issue 8): the
// briefing mode does without the explorer's panels, which come when the
// reader leaves it; a panel chunk that cannot be fetched is said so, and retried.

const isChrome = (url: string) => /\/assets\/ExplorerChrome-[\w-]+\.js$/.test(url);

test('a briefing page load does not fetch the explorer panels; leaving the briefing does', async ({ page }) => {
  const watch = watchPage(page);
  const scripts: string[] = [];
  page.on('request', (req) => { if (req.resourceType() === 'script') scripts.push(req.url()); });
  await page.goto('/?mode=present&lang=en');
  await waitForMapIdle(page);
  await expect(page.locator('.present-title')).not.toBeEmpty();
  expect(scripts.filter(isChrome)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('slider').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /present/i })).toBeVisible();
  expect(scripts.filter(isChrome)).toHaveLength(1);
  expect(watch.errors).toEqual([]);
});

test('the explorer fetches its panels with the first paint, before the map library', async ({ page }) => {
  const order: string[] = [];
  page.on('request', (req) => { if (req.resourceType() === 'script') order.push(req.url()); });
  await page.goto('/?lang=en');
  await expect(page.getByRole('table')).toBeVisible();
  const chrome = order.findIndex(isChrome);
  const maplibre = order.findIndex((u) => /\/assets\/maplibre-gl-[\w-]+\.js$/.test(u));
  expect(chrome).toBeGreaterThanOrEqual(0);
  expect(maplibre < 0 || chrome < maplibre).toBe(true);
});

test('the title, timeline and table paint while the map library is still on its way (issue 8)', async ({ page }) => {
  // Hold maplibre-gl's script until the page has painted everything else.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  let asked = false;
  await page.route((url) => /\/assets\/maplibre-gl-[\w-]+\.js$/.test(url.pathname), async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('slider').first()).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  // The library was asked for and is held: all of that painted without it.
  await expect.poll(() => asked).toBe(true);
  await expect(page.locator('.map-canvas[data-map-state="ready"]')).toHaveCount(0);
  release();
  await waitForMapIdle(page);
});

test('explorer panels that cannot be fetched are reported, the map still draws, and Try again brings them', async ({ page }) => {
  let block = true;
  await page.route((url) => isChrome(url.href), (route) => (block ? route.abort('failed') : route.continue()));
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert').filter({ hasText: 'explorer' });
  await expect(alert).toBeVisible();
  await waitForMapIdle(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  block = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  // Browsers differ here: some fetch a failed module again on a new import(), others (the
  // Chromium of this machine, 150) keep it failed for the page's life. Then the retried
  // notice offers a reload, and that brings the panels.
  const table = page.getByRole('table');
  const reload = alert.getByRole('button', { name: 'Reload the page' });
  await expect(table.or(reload)).toBeVisible();
  if (!(await table.isVisible())) await reload.click();
  await expect(table).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test('an embed whose panels cannot be fetched still credits the map data', async ({ page }) => {
  // The embed's own panels (issue 14), and the explorer's it falls back to.
  await page.route((url) => isChrome(url.href) || /\/assets\/EmbedChrome-[\w-]+\.js$/.test(url.href), (route) => route.abort('failed'));
  await page.goto('/?mode=embed&lang=en');
  await expect(page.getByRole('alert').filter({ hasText: 'explorer' })).toBeVisible();
  await waitForMapIdle(page);
  // The embed's footer (in the panels' chunk) is missing, so MapLibre's own credits are shown.
  await expect(page.locator('.maplibregl-ctrl-attrib')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('GeoNames');
});

// Issue 18: the story is the largest contentful paint, painted before maplibre-gl arrives.
// The map library is held until the page has painted, then let through; once the map is
// drawn, the page's largest contentful paint must still be the story's text, and have
// happened before the library was let through.
for (const { name, url, viewport } of [
  { name: 'explorer, desktop', url: '/?lang=en', viewport: { width: 1280, height: 800 } },
  { name: 'explorer, phone', url: '/?lang=vi', viewport: { width: 390, height: 844 } },
]) {
  test(`${name}: the largest contentful paint is the story, before the map library (issue 18)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: { ms: number; size: number; el: string }[] };
      w.__lcp = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element: Element | null; size: number })[]) {
          const el = e.element;
          w.__lcp.push({ ms: e.startTime, size: e.size, el: el ? `${el.tagName.toLowerCase()}${el.closest('h1') ? ' h1' : ''}${el.closest('.timeline, [class*="timeline"]') ? ' timeline' : ''}${el.closest('.event-table, .event-panel, [class*="event-"]') ? ' event' : ''}${el.closest('.opening-lede') ? ' lede' : el.closest('.map-wrap') ? ' map' : ''}` : '(removed)' });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    let releasedAt = Infinity;
    await page.route((u) => /\/assets\/maplibre-gl-[\w-]+\.js$/.test(u.pathname), async (route) => { await held; await route.continue(); });
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('slider').first()).toBeVisible();
    await page.waitForTimeout(500);
    releasedAt = await page.evaluate(() => performance.now());
    release();
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const entries = await page.evaluate(() => (window as unknown as { __lcp: { ms: number; size: number; el: string }[] }).__lcp);
    const lcp = entries.at(-1);
    console.log(`${name}: LCP entries ${JSON.stringify(entries)}; map library let through at ${Math.round(releasedAt)} ms`);
    expect(lcp, 'a largest-contentful-paint entry').toBeTruthy();
    // The story: the title, the timeline, an event, or the opening lede (one line over the map, painted with the story).
    expect(lcp!.el).toMatch(/ (h1|timeline|event|lede)/);
    expect(lcp!.el).not.toMatch(/ map/);
    expect(lcp!.ms).toBeLessThan(releasedAt);
    // The map waits for the first paint before it even asks for its library.
    const { fcp, asked } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      asked: performance.getEntriesByType('resource').find((r) => /maplibre-gl-[\w-]+\.js$/.test(r.name))?.startTime ?? NaN,
    }));
    expect(fcp).toBeLessThan(asked);
  });
}
