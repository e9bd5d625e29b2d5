import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { visibleEventIds, waitForMapIdle, watchPage } from './helpers';

const shipped = JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: Array<Record<string, unknown> & { id: string; title: Record<string, string> }> };

test.describe('hostile input changes nothing but what it says it rejected', () => {
  test('script, HTML, bidi overrides and huge values in the URL are ignored and reported', async ({ page }) => {
    const watch = watchPage(page);
    let dialog = false;
    page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
    const params = new URLSearchParams({
      lang: 'en',
      date: '<script>alert(1)</script>',
      event: '<img src=x onerror=alert(1)>',
      types: `twinning,${'\u202e'}agreement`,
      display: 'x'.repeat(5_000),
      mode: 'javascript:alert(1)',
    });
    // A megabyte-long value travels in the hash, which never reaches the server.
    await page.goto(`/?${params}#map=${'9'.repeat(1_000_000)}/NaN/-Infinity`);
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Border cooperation: Vietnam, Laos, China');
    const notice = page.locator('.notice').filter({ hasText: 'of the link could not be used' });
    await expect(notice).toContainText('6 parts');
    // The valid part of the link still applies: only twinnings are shown.
    await expect.poll(async () => (await visibleEventIds(page)).every((id) => id.includes('twinning'))).toBe(true);
    expect(dialog).toBe(false);
    expect(watch.errors).toEqual([]);
    // The page is still usable: the timeline moves. (The cursor opens on the latest twinning,
    // the only kind the link keeps, so there is no previous twinning to step to.)
    const slider = page.getByRole('slider', { name: 'Date on the timeline' });
    const before = await slider.getAttribute('aria-valuetext');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).not.toHaveAttribute('aria-valuetext', before ?? '');
  });

  test('HTML in an events file is shown as text and never runs', async ({ page }) => {
    const watch = watchPage(page);
    const payload = '<img src=x onerror="window.__pwned=1">';
    const [first] = shipped.events;
    const evil = { ...first, id: 'evil-title', title: { fr: `Titre ${payload}`, en: `Title ${payload}`, vi: `Tiêu đề ${payload}` } };
    const huge = { ...first, id: 'huge-summary', summary: { fr: 'x'.repeat(1_000_000), en: 'x', vi: 'x' } };
    const bidi = { ...first, id: 'bidi-title', title: { fr: 'A\u202eB', en: 'A\u202eB', vi: 'A\u202eB' } };
    const body = JSON.stringify({ version: 1, events: [evil, huge, bidi] });
    await page.route('**/newsroom/evil.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('/?lang=en&data=newsroom/evil.json');
    await waitForMapIdle(page);
    await expect(page.getByRole('table').getByRole('button', { name: `Title ${payload}` })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const notice = page.locator('.notice');
    await expect(notice).toContainText('huge-summary');
    await expect(notice).toContainText('bidi-title');
    expect(watch.errors).toEqual([]);
  });

  test('a hostile briefing script: HTML captions stay text, bad scenes are reported, the rest is presented', async ({ page }) => {
    const watch = watchPage(page);
    const payload = '<img src=x onerror="window.__pwned=1">';
    const twinning = '2026-01-15-khe-sanh-lao-districts-twinning';
    const caption = (s: string) => ({ fr: s, en: s, vi: s });
    const body = JSON.stringify({
      version: 1,
      scenes: [
        { event: twinning, caption: caption(`Caption ${payload}`) },
        { event: twinning, caption: caption('A\u202eB') },
        { date: '2026-02-30' },
        { event: 'no-such-event' },
        { event: twinning, camera: { zoom: 1e9, lat: 'NaN', lng: -1e9 } },
        { date: '2026-02-05', caption: caption('x'.repeat(100_000)) },
        { date: '2026-02-05', types: ['twinning'], caption: caption('Still here') },
      ],
    });
    await page.route('**/briefings/evil.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('/?lang=en&mode=present&script=briefings/evil.json');
    await waitForMapIdle(page);
    // Two scenes survive: the HTML caption, as text, and the last one.
    await expect(page.locator('.present')).toHaveAttribute('data-steps', '2');
    await expect(page.locator('.present-scene')).toHaveText(`Caption ${payload}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const notice = page.locator('.notice').filter({ hasText: 'briefing script' });
    // Three bidi overrides, an impossible date, an unknown event, three camera values, three over-long captions.
    await expect(notice).toContainText('11 problems');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-scene')).toHaveText('Still here');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(watch.errors).toEqual([]);
  });
});
