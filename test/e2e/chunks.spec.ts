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
