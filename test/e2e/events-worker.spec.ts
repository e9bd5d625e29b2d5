import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { ORIGIN, visibleEventIds, waitForMapIdle, watchPage } from './helpers';

/**
 * Events are parsed and validated in a Web Worker (issue 8), and on the
 * main thread whenever the worker cannot run: either way the reader gets
 * the same events and the same notice of problems.
 */
const shipped = JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: Array<Record<string, unknown> & { id: string }> };

function watchWorkers(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

async function mixedFile(page: Page) {
  const [first, second] = shipped.events;
  const body = JSON.stringify({ version: 1, events: [first, { ...second, id: 'broken-one', type: 'picnic' }] }, null, 2);
  await page.route('**/newsroom/mixed.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  return first!.id;
}

test('the events file is parsed in a worker: every event shown, problems in the notice, no errors', async ({ page }) => {
  const watch = watchPage(page);
  const workers = watchWorkers(page);
  const firstId = await mixedFile(page);
  await page.goto('/?lang=en&data=newsroom/mixed.json');
  await waitForMapIdle(page);
  await expect(page.locator('.notice')).toContainText('picnic');
  await expect.poll(() => visibleEventIds(page)).toEqual([firstId]);
  expect(workers.filter((u) => /parseEvents\.worker/.test(u))).toHaveLength(1);
  expect(watch.errors).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('when the worker cannot start, the main thread parses the file with the same script, imported as a module', async ({ page }) => {
  const workers = watchWorkers(page);
  // The worker's script fails once (a network blip, a proxy); the main thread's import of it then loads.
  // The app ships the parser once, in that script (issue 8), so there is no other file to fall back on.
  const requests: string[] = [];
  await page.route(/parseEvents\.worker[^/]*\.js$/, (route) => {
    requests.push(route.request().url());
    return requests.length === 1 ? route.abort() : route.continue();
  });
  const firstId = await mixedFile(page);
  await page.goto('/?lang=en&data=newsroom/mixed.json');
  await waitForMapIdle(page);
  await expect(page.locator('.notice')).toContainText('picnic');
  await expect.poll(() => visibleEventIds(page)).toEqual([firstId]);
  expect(requests).toHaveLength(2);
  expect(requests[1]).toBe(requests[0]);
  expect(workers.filter((u) => /parseEvents\.worker/.test(u))).toEqual([]);
  // Imported on the page, the worker's module did not take over its messages.
  expect(await page.evaluate(() => window.onmessage)).toBeNull();
});

test('when the parser cannot be loaded at all, the notice says the events could not be read', async ({ page }) => {
  let blocked = 0;
  await page.route(/parseEvents\.worker[^/]*\.js$/, (route) => { blocked += 1; return route.abort(); });
  await mixedFile(page);
  await page.goto('/?lang=en&data=newsroom/mixed.json');
  await waitForMapIdle(page);
  await expect(page.locator('.notice')).toContainText('unexpected error while validating');
  expect(await visibleEventIds(page)).toEqual([]);
  expect(blocked).toBe(2);
});

test('under a policy that allows only the map worker, the events still load, parsed on the main thread', async ({ page }) => {
  // CSP sources can name one file: allow the map library's worker and nothing else,
  // so the events worker is refused (as a host with a narrower policy would).
  const assets = path.join(process.env.PW_DIST ?? 'dist', 'assets');
  const mapWorker = fs.readdirSync(assets).find((f) => /^maplibre-gl-worker.*\.m?js$/.test(f));
  expect(mapWorker).toBeTruthy();
  const policy = [
    "default-src 'none'", "script-src 'self'", `worker-src ${ORIGIN}/assets/${mapWorker} blob:`, "connect-src 'self'",
    "img-src 'self' data: blob:", "style-src 'self'", "font-src 'self'",
  ].join('; ');
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp: string[] };
      (w.__csp ??= []).push(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    if (route.request().resourceType() === 'document') headers['content-security-policy'] = policy;
    await route.fulfill({ response, headers });
  });
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  await expect.poll(async () => (await visibleEventIds(page)).length).toBe(shipped.events.length);
  const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  expect(violations.filter((v) => /^worker-src .*parseEvents\.worker/.test(v))).toHaveLength(1);
  // The stand-in is the worker's own script, a module under script-src 'self': nothing else was refused.
  expect(violations).toHaveLength(1);
});
