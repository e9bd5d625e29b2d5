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
});
