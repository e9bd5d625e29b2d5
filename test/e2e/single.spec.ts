import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderedIds, visibleEventIds, waitForMapIdle } from './helpers';

// `npm run build:single` writes this file (issue 6); `npm test` builds it before the
// end-to-end tests. A missing file is a failure, not a skip: CI must not pass without it.
const SINGLE = fileURLToPath(new URL('../../dist-single/index.html', import.meta.url));
const TWINNING = '2026-01-15-khe-sanh-lao-districts-twinning';

/** Aborts and records every request that is not file:, data: or blob:, and records console errors. */
async function offline(page: Page): Promise<{ blocked: string[]; errors: string[] }> {
  const blocked: string[] = [];
  const errors: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  page.on('request', (req) => { if (!/^(file|data|blob):/.test(req.url())) blocked.push(req.url()); });
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { blocked, errors };
}

test.describe('the single-file build, opened from disk with no network', () => {
  test('renders the map with Noto Sans labels, lists the events and steps through them', async ({ page }) => {
    expect(fs.existsSync(SINGLE), `${SINGLE} is missing: run \`npm run build:single\` first`).toBe(true);

    // Nothing may leave the file: every request that is not file:, data: or blob: is aborted and recorded.
    const { blocked, errors } = await offline(page);

    const url = `${pathToFileURL(SINGLE).href}?lang=en&date=2026-01-14`;
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Border cooperation: Vietnam, Laos, China');

    // The map: drawn from the inlined geography, by the inlined worker.
    await waitForMapIdle(page);
    expect(await renderedIds(page, ['focus-fill'])).toEqual(expect.arrayContaining(['la-salavan', 'la-savannakhet', 'vn-quang-tri-2025']));
    // The default view is the focus provinces (issue 13): the Vietnam–Laos border and their towns.
    expect(await renderedIds(page, ['border-vn-la'])).toEqual(['border-vn-la']);
    const labels = await renderedIds(page, ['focus-label', 'places-symbol']);
    for (const id of ['la-salavan', 'vn-quang-tri-2025', 'place-dong-ha']) expect(labels).toContain(id);
    // Noto Sans from data: URLs, loaded: the page's (CSS @font-face) and the map's (the same files
    // declared under the map's text-font names, issue 18: src/map/fonts.ts).
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
    expect(faces).toContain('Noto Sans');
    expect(faces).toEqual(expect.arrayContaining(['Noto Sans Regular', 'Noto Sans Bold']));

    // The events: the inlined events.json, in the table.
    const slider = page.getByRole('slider', { name: 'Date on the timeline' });
    await expect(slider).toHaveAttribute('aria-valuetext', '14 January 2026');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await visibleEventIds(page)).not.toContain(TWINNING);

    // Stepping: the Next event button, then the N key.
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(slider).toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect.poll(() => visibleEventIds(page)).toContain(TWINNING);
    await expect(page.getByRole('table').getByRole('button', { name: 'Khe Sanh defence zone 5 twinned with three Lao districts' }).first()).toBeVisible();
    const after = await visibleEventIds(page);
    await slider.focus();
    await page.keyboard.press('n');
    await expect(slider).not.toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect.poll(async () => (await visibleEventIds(page)).length).toBeGreaterThan(after.length);

    await waitForMapIdle(page);
    await page.screenshot({ path: 'reports/screenshots/single-file.png' });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('from disk, when the events worker cannot start, the page parses the events with the same inlined script', async ({ page }) => {
    expect(fs.existsSync(SINGLE), `${SINGLE} is missing: run \`npm run build:single\` first`).toBe(true);
    const { blocked, errors } = await offline(page);
    // Only the events parser's worker is refused (the map's still runs): the page imports its script instead.
    await page.addInitScript(() => {
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          if (options?.name === 'events-parser') throw new DOMException('refused by the test', 'SecurityError');
          super(url, options);
        }
      };
    });
    await page.goto(`${pathToFileURL(SINGLE).href}?lang=en&date=2026-01-15`);
    await waitForMapIdle(page);
    await expect.poll(() => visibleEventIds(page)).toContain(TWINNING);
    expect(await page.evaluate(() => window.onmessage)).toBeNull();
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('presents from disk: a clicker steps through a briefing script, with no network', async ({ page }) => {
    expect(fs.existsSync(SINGLE), `${SINGLE} is missing: run \`npm run build:single\` first`).toBe(true);
    const { blocked, errors } = await offline(page);
    const brief = JSON.parse(fs.readFileSync('data/briefing.example.json', 'utf8')) as { scenes: Array<{ event?: string; caption: { en: string } }> };

    // The presentation and the script parser are lazy chunks, inlined like the rest; the script is one of the inlined data files.
    await page.goto(`${pathToFileURL(SINGLE).href}?lang=en&mode=present&script=data/briefing.example.json`);
    await waitForMapIdle(page);
    const present = page.locator('.present');
    await expect(present).toHaveAttribute('data-steps', String(brief.scenes.length));
    await expect(page.locator('.present-scene')).toHaveText(brief.scenes[0]?.caption.en ?? '');
    await page.keyboard.press('ArrowRight');
    await expect(present).toHaveAttribute('data-step', '1');
    await expect(page.locator('.present-scene')).toHaveText(brief.scenes[1]?.caption.en ?? '');
    await expect(present).toHaveAttribute('data-selected', brief.scenes[1]?.event ?? '');
    await page.keyboard.press('End');
    await expect(present).toHaveAttribute('data-step', String(brief.scenes.length - 1));
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
