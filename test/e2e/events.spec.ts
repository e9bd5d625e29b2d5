import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { density } from '../../src/domain/density';
import type { BorderEvent } from '../../src/domain/event';
import { timeEvents } from '../../src/domain/timeline';
import { waitForMapIdle, watchPage } from './helpers';

const shipped = JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: Array<Record<string, unknown> & { id: string }> };

async function visibleIds(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('.map-canvas').evaluate((el) =>
    (el as HTMLElement & { mapHandle: { controller: { visibleIds(): string[] } } }).mapHandle.controller.visibleIds());
}

test.describe('event data in the app', () => {
  test('every shipped event is loaded and drawn at the end of the timeline, without notices', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/?lang=en');
    await waitForMapIdle(page);
    await expect.poll(async () => (await visibleIds(page)).length).toBe(shipped.events.length);
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('a file with problems shows every valid event and a dismissible notice of what was skipped', async ({ page }) => {
    const [first, second] = shipped.events;
    const broken = { ...second, id: 'broken-one', type: 'picnic', date: '2026-02-30' };
    const body = JSON.stringify({ version: 1, events: [first, broken, { ...first, id: first!.id }] }, null, 2);
    await page.route('**/newsroom/mixed.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('/?lang=en&data=newsroom/mixed.json');
    await waitForMapIdle(page);
    const notice = page.locator('.notice');
    await expect(notice).toContainText('mixed.json');
    await expect(notice).toContainText('picnic');
    await expect(notice).toContainText('broken-one');
    await expect.poll(() => visibleIds(page)).toEqual([first!.id]);
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('.notice')).toHaveCount(0);
  });

  test('a data= parameter off this origin is refused with a notice, and the shipped events still load', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/?lang=en&data=' + encodeURIComponent('https://evil.example/events.json'));
    await waitForMapIdle(page);
    await expect(page.locator('.notice')).toContainText('only a .json or .csv file on this site');
    await expect(page.locator('.notice')).toContainText('not on this site');
    await expect.poll(async () => (await visibleIds(page)).length).toBe(shipped.events.length);
    expect(watch.foreign).toEqual([]);
  });

  // Issue 16: an event whose date is an interval is drawn on the strip as a hatched range
  // from its earliest to its latest possible day, one per distinct range, never as a bar.
  test('the strip draws each interval date of the record as a hatched range', async ({ page }) => {
    const spans = density(timeEvents(shipped.events as unknown as BorderEvent[])).spans;
    const intervals = spans.filter((s) => s.precision === 'interval');
    expect(intervals.length).toBeGreaterThanOrEqual(3);
    await page.goto('/?lang=en');
    const strip = page.locator('.density-strip svg');
    const ranges = strip.locator('rect.density-range[data-precision="interval"]');
    await expect(ranges).toHaveCount(intervals.length);
    const patternId = await strip.locator('pattern').first().getAttribute('id');
    for (const fill of await ranges.evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')))) expect(fill).toBe(`url(#${patternId})`);
    // Between January and August 2024 is wider than the 1 or 2 June 2022 range: a range, not a point.
    const widths = await ranges.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(Math.max(...widths)).toBeGreaterThan(10 * Math.min(...widths));
  });

  // Issue 16: a date the source bounds only to an interval is said as one, in each language.
  for (const [lang, label, wording] of [
    ['en', 'Date', 'between January and August 2024 (some time in this range)'],
    ['fr', 'Date', 'entre janvier et août 2024 (à un moment de cette période)'],
    ['vi', 'Ngày', 'trong khoảng từ tháng 1 đến tháng 8 năm 2024 (vào một thời điểm trong khoảng này)'],
  ] as const) {
    test(`the panel says an interval date in words (${lang}), with the article's date and no internal id`, async ({ page }) => {
      const id = '2024-vn-cn-border-guard-anic-talks';
      const event = shipped.events.find((e) => e.id === id) as { date: string; source: { article: string } } | undefined;
      expect(event?.date).toBe('2024-01/2024-08');
      await page.goto(`/?lang=${lang}&date=2024-09-01&event=${id}`);
      const panel = page.locator('.event-panel');
      await expect(panel).toBeVisible();
      const date = panel.locator('dt', { hasText: new RegExp(`^${label}$`) }).first().locator('xpath=following-sibling::dd[1]');
      await expect(date).toHaveText(wording);
      await expect(panel).not.toContainText(event!.source.article);
    });
  }
});
