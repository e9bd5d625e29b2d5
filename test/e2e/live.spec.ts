import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { watchPage } from './helpers';

type ShippedEvent = Record<string, unknown> & { id: string; title: { en: string } };
const shipped = JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { version: number; events: ShippedEvent[] };

test.describe('a live events file (issue 5)', () => {
  test('a reload adds the new event with a "New" badge, keeps the date, and asks conditionally', async ({ page }) => {
    const watch = watchPage(page);
    // An event from the middle of the record: its absence changes neither end of the timeline.
    const late = shipped.events[Math.floor(shipped.events.length / 2)]!;
    const versions = [
      { etag: '"v1"', body: JSON.stringify({ ...shipped, events: shipped.events.filter((e) => e.id !== late.id) }) },
      { etag: '"v2"', body: JSON.stringify(shipped) },
    ];
    const requests: Array<Record<string, string>> = [];
    await page.route('**/newsroom/live.json', async (route) => {
      const headers = route.request().headers();
      requests.push(headers);
      // Fake time otherwise flows with real time: on a loaded machine, a second of it between
      // the first load and runFor would bring the first poll early. From here it moves only when told.
      if (requests.length === 1) await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
      const version = versions[Math.min(requests.length, versions.length) - 1]!;
      if (headers['if-none-match'] === version.etag) return route.fulfill({ status: 304, headers: { etag: version.etag } });
      return route.fulfill({ body: version.body, contentType: 'application/json', headers: { etag: version.etag } });
    });
    // Fake timers, so the 30 s wait is run, not waited for.
    await page.clock.install();
    await page.goto('/?lang=en&live=30&data=newsroom/live.json');

    const table = page.getByRole('table');
    const slider = page.getByRole('slider', { name: 'Date on the timeline' });
    await expect(table.getByRole('button', { name: shipped.events[0]!.title.en, exact: true })).toBeVisible();
    await expect(table.getByRole('button', { name: late.title.en, exact: true })).toHaveCount(0);
    const dateBefore = await slider.getAttribute('aria-valuetext');
    expect(requests).toHaveLength(1);

    await page.clock.runFor(29_000);
    expect(requests).toHaveLength(1);
    await page.clock.runFor(1_000);
    await expect.poll(() => requests.length).toBe(2);

    const row = table.getByRole('rowheader', { name: `${late.title.en} New`, exact: true });
    await expect(row).toBeVisible();
    await expect(row.getByText('New', { exact: true })).toBeVisible();
    await expect(table.getByText('New', { exact: true })).toHaveCount(1);
    await expect(slider).toHaveAttribute('aria-valuetext', dateBefore ?? '');
    expect(requests[1]?.['if-none-match']).toBe('"v1"');

    // The next poll finds the same file: a 304 changes nothing.
    await page.clock.runFor(30_000);
    await expect.poll(() => requests.length).toBe(3);
    expect(requests[2]?.['if-none-match']).toBe('"v2"');
    await expect(row).toBeVisible();
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('a reload marks an added and a corrected event, not events whose keys merely changed order', async ({ page }) => {
    const watch = watchPage(page);
    // The worker fingerprints each event (issue 8); the page compares the numbers.
    const late = shipped.events[Math.floor(shipped.events.length / 2)]!;
    const fixed = shipped.events[1]!;
    const reversed = (value: unknown): unknown => (Array.isArray(value) ? value.map(reversed)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) : value);
    const corrected = { ...fixed, title: { ...fixed.title, en: `${fixed.title.en} (corrected)` } };
    const v2 = shipped.events.map((e) => reversed(e.id === fixed.id ? corrected : e));
    const bodies = [
      JSON.stringify({ ...shipped, events: shipped.events.filter((e) => e.id !== late.id) }),
      JSON.stringify({ ...shipped, events: v2 }),
    ];
    let served = 0;
    await page.route('**/newsroom/live.json', async (route) => {
      served += 1;
      if (served === 1) await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
      return route.fulfill({ body: bodies[Math.min(served, bodies.length) - 1], contentType: 'application/json', headers: { etag: `"v${served}"` } });
    });
    await page.clock.install();
    await page.goto('/?lang=en&live=30&data=newsroom/live.json');
    const table = page.getByRole('table');
    await expect(table.getByRole('button', { name: shipped.events[0]!.title.en, exact: true })).toBeVisible();
    await page.clock.runFor(30_000);
    await expect.poll(() => served).toBe(2);
    await expect(table.getByRole('rowheader', { name: `${late.title.en} New`, exact: true })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: `${corrected.title.en} New`, exact: true })).toBeVisible();
    await expect(table.getByText('New', { exact: true })).toHaveCount(2);
    expect(watch.errors).toEqual([]);
  });

  test('polls that keep failing show a notice with the next try, cleared when a poll succeeds', async ({ page }) => {
    const watch = watchPage(page);
    const body = JSON.stringify(shipped);
    // First load fine, then two failures, then the file again.
    const script = [200, 503, 503, 200];
    let served = 0;
    await page.route('**/newsroom/live.json', (route) => {
      const status = script[Math.min(served, script.length - 1)]!;
      served += 1;
      return status === 200
        ? route.fulfill({ body, contentType: 'application/json', headers: { etag: '"v1"' } })
        : route.fulfill({ status, body: 'busy' });
    });
    await page.clock.install();
    await page.goto('/?lang=en&live=30&data=newsroom/live.json');
    await expect(page.getByRole('table').getByRole('button', { name: shipped.events[0]!.title.en, exact: true })).toBeVisible();
    const notice = page.locator('.notice').filter({ hasText: 'could not be fetched' });

    // One failure (at 30 s) is a blip: nothing shown; the next try is 60 s later.
    await page.clock.runFor(30_000);
    await expect.poll(() => served).toBe(2);
    await expect(notice).toHaveCount(0);
    await page.clock.runFor(60_000);
    await expect.poll(() => served).toBe(3);
    await expect(notice).toHaveText(/Updates to live\.json could not be fetched \(2 attempts in a row\)\..*the next try is at \d{1,2}:\d{2}/);
    await expect(notice.getByRole('button', { name: 'Dismiss' })).toBeVisible();
    // The events stay on screen meanwhile.
    await expect(page.getByRole('table').getByRole('button', { name: shipped.events[0]!.title.en, exact: true })).toBeVisible();

    // 120 s later (doubled), the poll succeeds and the notice goes.
    await page.clock.runFor(120_000);
    await expect.poll(() => served).toBe(4);
    await expect(notice).toHaveCount(0);
    expect(watch.foreign).toEqual([]);
  });
});
