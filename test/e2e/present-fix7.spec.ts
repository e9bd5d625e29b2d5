import { expect, test, type Page } from '@playwright/test';
import { exportedFile, openExports, slowTest, waitForMapIdle } from './helpers';

// Issue 15, analyst review of the merged build (presentfix7): the scale bar's margin, the Export list behind
// the video dialog, and handout pages framed like the live steps.

type Camera = { zoom: number; lat: number; lng: number };
const camera = (page: Page) => page.locator('.map-canvas').evaluate((el) => (el as HTMLElement & { mapHandle: { camera(): Camera } }).mapHandle.camera());

for (const [width, height] of [[1024, 768], [1920, 1080]] as const) {
  test(`at ${width}\u00d7${height} the scale bar stands 12 px in from the corner, its box whole`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?mode=present&lang=en');
    await waitForMapIdle(page);
    const scale = page.locator('.maplibregl-ctrl-scale');
    await expect(scale).toBeVisible();
    const box = await scale.evaluate((el) => ({ ...el.getBoundingClientRect().toJSON() as DOMRect, top: el.getBoundingClientRect().top, border: parseFloat(getComputedStyle(el).borderTopWidth) }));
    expect(box.top).toBeGreaterThanOrEqual(10);
    expect(box.left).toBeGreaterThanOrEqual(10);
    expect(box.border).toBeGreaterThan(0);
    // Still clear of the legend card below it.
    const legend = await page.locator('.present-legend').boundingBox();
    if (legend) expect(legend.y).toBeGreaterThanOrEqual(box.top + box.height);
  });
}

test('opening the video dialog closes the Export list, which covered the caption; focus returns to its toggle', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?mode=present&lang=en');
  await waitForMapIdle(page);
  await openExports(page);
  const menu = page.locator('.present-export-menu');
  await expect(menu).toBeVisible();
  await page.getByRole('button', { name: 'Export video' }).click();
  const dialog = page.getByRole('dialog', { name: 'Video of the presentation' });
  await expect(dialog).toBeVisible();
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('every handout page is framed like its live step: never zoomed out beyond it (no India\u2013Philippines pages)', async ({ page }) => {
  // 26 steps, each shown and waited on, live and again by the handout. The wait for the file is bounded by the test's own limit only.
  slowTest(450_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?mode=present&lang=en');
  await waitForMapIdle(page);
  const present = page.locator('.present');
  const count = Number(await present.getAttribute('data-steps'));
  expect(count).toBeGreaterThan(5);
  await page.keyboard.press('Home');
  const live: Array<{ zoom: number; width: number }> = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight');
    await expect(present).toHaveAttribute('data-step', String(i));
    await waitForMapIdle(page);
    const width = await page.locator('.map-area').evaluate((el) => el.clientWidth);
    live.push({ zoom: (await camera(page)).zoom, width });
  }
  // Each page's camera, read as the handout takes its picture. What is checked here is the framing the
  // handout gives each page, not its picture (handout.spec decodes those): the picture is left blank, which
  // spares 26 renders at print resolution (187 s of this test's 318 s in session 18's CI).
  await page.locator('.map-canvas').evaluate((el) => {
    const h = (el as HTMLElement & { mapHandle: { camera(): Camera; snapshot(w: number, h: number): Promise<HTMLCanvasElement> } }).mapHandle;
    const seen: Array<{ zoom: number; width: number }> = [];
    (window as unknown as { pageCameras: typeof seen }).pageCameras = seen;
    h.snapshot = async (w: number, ht: number) => {
      seen.push({ zoom: h.camera().zoom, width: el.clientWidth });
      const blank = document.createElement('canvas');
      blank.width = w; blank.height = ht;
      return blank;
    };
  });
  await openExports(page);
  const download = exportedFile(page, 0);
  const started = Date.now();
  await page.getByRole('button', { name: 'Export handout (PDF)' }).click();
  await download;
  console.log(`handout of ${count} steps: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const pages = await page.evaluate(() => (window as unknown as { pageCameras: Array<{ zoom: number; width: number }> }).pageCameras);
  expect(pages).toHaveLength(count);
  pages.forEach((p, i) => {
    const l = live[i]!;
    // The page's map is narrower than the screen's: the same frame is log2(ratio) zoom levels out, no more (0.35 of slack).
    const floor = l.zoom - Math.log2(l.width / p.width) - 0.35;
    expect(p.zoom, `page ${i + 2}: live ${l.zoom.toFixed(2)} at ${l.width} px, page at ${p.width} px`).toBeGreaterThanOrEqual(floor);
  });
});
