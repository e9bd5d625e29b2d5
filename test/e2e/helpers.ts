import { expect, test, type ConsoleMessage, type Download, type Page } from '@playwright/test';
import { WORKERS } from './workers';

/** The preview server's origin (playwright.config.ts reads PW_PORT too). */
export const ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4173}`;


/** A test's time limit, given as what it needs alone: scaled by the workers beside it (the one place for that factor). */
export function slowTest(aloneMs: number): void {
  test.setTimeout(aloneMs * WORKERS);
}

export interface PageWatch { errors: string[]; foreign: string[] }

/** Records console errors, page errors and any request that leaves the app's origin. */
export function watchPage(page: Page, origin = ORIGIN): PageWatch {
  const watch: PageWatch = { errors: [], foreign: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') watch.errors.push(msg.text()); });
  page.on('pageerror', (err) => watch.errors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreign.push(url);
  });
  return watch;
}

/**
 * The file an export is about to offer: call it before the click that starts the export. Should the
 * export fail, it rejects as soon as the app's alert says so, with that alert and the page's console
 * warnings (session 17's CI: a failed recording waited out its 180 s, and nothing said why).
 */
export function exportedFile(page: Page, timeout: number): Promise<Download> {
  const warnings: string[] = [];
  const onConsole = (m: ConsoleMessage) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); };
  page.on('console', onConsole);
  const alert = page.locator('.present-export-alert');
  const download = page.waitForEvent('download', { timeout });
  // An earlier failure's alert goes when this export starts: only one that comes after counts. The alert
  // waits without a limit of its own, so a wait that runs out says it was the file's (session 18 review).
  const failed = alert.waitFor({ state: 'hidden', timeout: 0 })
    .then(() => alert.waitFor({ state: 'visible', timeout: 0 }))
    .then(async () => { throw new Error(`the export failed: "${await alert.innerText()}"; the page's console: ${warnings.join(' | ') || 'nothing'}`); });
  // The one that loses the race is settled when the page closes, not by the test.
  download.catch(() => undefined);
  failed.catch(() => undefined);
  const result = Promise.race([download, failed]).finally(() => page.off('console', onConsole));
  // Awaited later, after other steps: an early failure is not an unhandled rejection meanwhile.
  result.catch(() => undefined);
  return result;
}

/** Waits until the map has loaded and finished drawing. */
export async function waitForMapIdle(page: Page, selector = '.map-canvas'): Promise<void> {
  await expect(page.locator(selector).first()).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  const idle = () => page.locator(selector).first().evaluate((el) => (el as HTMLElement & { mapHandle: { whenIdle(): Promise<void> } }).mapHandle.whenIdle());
  try {
    await idle();
  } catch (e) {
    // Chromium sometimes drops the page-side promise ("Resulting promise was garbage collected":
    // session 9's CI, once in present-inset.spec); ask again once. Any other error is the test's.
    if (!String(e).includes('garbage collected')) throw e;
    await idle();
  }
}

/** Ids of the features of these layers the map actually drew. */
export async function renderedIds(page: Page, layers: string[], selector = '.map-canvas'): Promise<string[]> {
  return page.locator(selector).first().evaluate(
    (el, ls) => (el as HTMLElement & { mapHandle: { renderedIds(l: string[]): string[] } }).mapHandle.renderedIds(ls),
    layers,
  );
}

/** The map element's debug handle, as the built app exposes it to tests. */
type Handle = {
  controller: { visibleIds(): string[] };
  project(lon: number, lat: number): { x: number; y: number };
};

export async function visibleEventIds(page: Page): Promise<string[]> {
  return page.locator('.map-canvas').first().evaluate((el) => (el as HTMLElement & { mapHandle: Handle }).mapHandle.controller.visibleIds());
}

/** Screen position (page coordinates) of a longitude/latitude on the map. */
export async function projectOnPage(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator('.map-canvas').first();
  const box = await canvas.boundingBox();
  const p = await canvas.evaluate((el, [lo, la]) => (el as HTMLElement & { mapHandle: Handle }).mapHandle.project(lo!, la!), [lon, lat]);
  return { x: (box?.x ?? 0) + p.x, y: (box?.y ?? 0) + p.y };
}

/**
 * Counts pixels close to a colour in a square of the page around a point,
 * decoding the screenshot in the page itself (no image library needed).
 */
export async function countColour(page: Page, at: { x: number; y: number }, half: number, rgb: [number, number, number], tolerance = 40): Promise<number> {
  const clip = { x: Math.max(0, at.x - half), y: Math.max(0, at.y - half), width: half * 2, height: half * 2 };
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async ({ png, rgb, tolerance }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) return -1;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      if (Math.abs(d[i]! - rgb[0]) + Math.abs(d[i + 1]! - rgb[1]) + Math.abs(d[i + 2]! - rgb[2]) <= tolerance) n++;
    }
    return n;
  }, { png, rgb, tolerance });
}

/** Opens present mode's Export list (the slide, handout and video exports sit behind one button, issue 15). */
export async function openExports(page: Page, name = 'Export'): Promise<void> {
  const menu = page.getByRole('button', { name, exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}

/**
 * The whole story, both borders (issue 13's second scale): a desktop explorer opens on the focus
 * provinces alone; pressing the locator inset frames every event of the story region, with an ease.
 */
export async function showWholeStory(page: Page): Promise<void> {
  await page.locator('button.locator-inset').click();
  await page.waitForTimeout(1300); // the 1 s ease
  await waitForMapIdle(page);
}
