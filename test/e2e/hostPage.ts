import { expect, type Frame, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import fs from 'node:fs';
import { ORIGIN } from './helpers';

/**
 * A host page around the embed (issue 14): the repo's examples/ pages
 * (article.html, scrolly.html), served at /examples/ over the build as README
 * says to deploy them, and the embed frames in them. Shared by
 * embed-compact.spec.ts and host-api.spec.ts.
 */
export async function serveExamples(page: Page): Promise<void> {
  await page.route(`${ORIGIN}/examples/*`, (route) => {
    const name = new URL(route.request().url()).pathname.replace('/examples/', '');
    if (!/^[\w-]+\.(html|js|css)$/.test(name) || !fs.existsSync(`examples/${name}`)) return route.fulfill({ status: 404 });
    const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.js') ? 'text/javascript' : 'text/css';
    return route.fulfill({ body: fs.readFileSync(`examples/${name}`, 'utf8'), contentType: `${type}; charset=utf-8` });
  });
}

/** The map element of an embed, with the handle the app hangs on it (MapView). */
export type EmbedMapElement = HTMLElement & { mapHandle: { whenIdle(): Promise<void>; camera(): { zoom: number; lat: number; lng: number } } };

/** The embed in `iframe#id`, once its map is drawn. */
export async function embedFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.locator(`iframe#${id}`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  await expect(frame.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  return frame;
}

/** Resolves once the frame's map has stopped moving and drawing. */
export async function frameMapIdle(frame: Frame): Promise<void> {
  await frame.locator('.map-canvas').evaluate((el) => (el as EmbedMapElement).mapHandle.whenIdle());
}
