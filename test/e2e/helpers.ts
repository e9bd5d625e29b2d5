import { expect, type Page } from '@playwright/test';

export interface PageWatch { errors: string[]; foreign: string[] }

/** Records console errors, page errors and any request that leaves the app's origin. */
export function watchPage(page: Page, origin = 'http://127.0.0.1:4173'): PageWatch {
  const watch: PageWatch = { errors: [], foreign: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') watch.errors.push(msg.text()); });
  page.on('pageerror', (err) => watch.errors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreign.push(url);
  });
  return watch;
}

/** Waits until the map has loaded and finished drawing. */
export async function waitForMapIdle(page: Page, selector = '.map-canvas'): Promise<void> {
  await expect(page.locator(selector).first()).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
  await page.locator(selector).first().evaluate((el) => (el as HTMLElement & { mapHandle: { whenIdle(): Promise<void> } }).mapHandle.whenIdle());
}

/** Ids of the features of these layers the map actually drew. */
export async function renderedIds(page: Page, layers: string[], selector = '.map-canvas'): Promise<string[]> {
  return page.locator(selector).first().evaluate(
    (el, ls) => (el as HTMLElement & { mapHandle: { renderedIds(l: string[]): string[] } }).mapHandle.renderedIds(ls),
    layers,
  );
}
