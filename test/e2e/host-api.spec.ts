import { expect, test, type Frame, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { watchPage } from './helpers';
import { embedFrame, serveExamples, type EmbedMapElement as MapElement } from './hostPage';

/**
 * The embed's host API (issue 14, src/app/embed/hostApi.ts) end to end, with
 * the scrollytelling example of the repo (examples/scrolly.html, served at
 * /examples/ over the build, as README says to deploy it): scrolling the
 * article moves the map; a message from another frame, or a malformed one
 * from the article, changes nothing.
 */

const storyMap = (page: Page): Promise<Frame> => embedFrame(page, 'story-map');

const slider = (f: Frame) => f.getByRole('slider', { name: 'Date on the timeline', includeHidden: true });
const camera = (f: Frame) => f.locator('.map-canvas').evaluate((el) => (el as MapElement).mapHandle.camera());

test.describe('driving an embed from its article', () => {
  test('the scrollytelling example moves the map as the reader scrolls', async ({ page }) => {
    const watch = watchPage(page);
    await serveExamples(page);
    await page.goto('/examples/scrolly.html');
    const map = await storyMap(page);
    // `controls=none`: the map alone; the timeline is there for its state, out of sight.
    await expect(slider(map)).toBeHidden();
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '31 December 2021');

    await page.locator('.step').nth(2).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1); // an IntersectionObserver callback after the scroll
    await expect(page.locator('.step').nth(2)).toHaveClass(/is-active/);
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect(map.locator('.embed-card h2')).toHaveText('Khe Sanh defence zone 5 twinned with three Lao districts');
    await expect.poll(async () => {
      const c = await camera(map);
      return Math.abs(c.zoom - 7.5) + Math.abs(c.lat - 16.6) + Math.abs(c.lng - 106.6);
    }).toBeLessThan(0.05);
    await page.screenshot({ path: 'reports/screenshots/scrolly-khe-sanh.png' });

    // The next step filters to the high-level meetings and clears the selection.
    await page.locator('.step').nth(3).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1);
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '5 February 2026');
    await expect(map.locator('.embed-card h2')).toHaveCount(0);
    // The frame's own address follows its view, as a reader's would.
    await expect.poll(() => map.evaluate(() => new URLSearchParams(location.search).get('types'))).toBe('high-level-meeting');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('a message from another frame, or a malformed one from the article, changes nothing; play and pause work', async ({ page }) => {
    await serveExamples(page);
    await page.goto('/examples/scrolly.html');
    const map = await storyMap(page);
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '31 December 2021');
    await map.locator('.map-canvas').evaluate((el) => (el as MapElement).mapHandle.whenIdle());
    const before = await camera(map);
    const good = { type: 'border-map:view', view: { date: '2026-01-15', event: '2026-01-15-khe-sanh-lao-districts-twinning', camera: '8/16.6/106.6' } };

    // The same good message from a sibling frame of the article (same origin, not the parent): a script in it posts to the map.
    await page.evaluate((message) => {
      const other = document.createElement('iframe');
      other.id = 'sibling';
      document.body.append(other);
      const w = other.contentWindow as Window & typeof globalThis;
      const s = w.document.createElement('script');
      s.textContent = `parent.document.getElementById('story-map').contentWindow.postMessage(${JSON.stringify(message)}, '*');`;
      w.document.body.append(s);
    }, good);
    // From the article itself, malformed: a bad date, an unknown event, an unknown key, a string, the wrong type.
    await page.evaluate((good) => {
      const target = (document.getElementById('story-map') as HTMLIFrameElement).contentWindow!;
      for (const message of [
        { type: 'border-map:view', view: { ...good.view, date: '2026-02-30' } },
        { type: 'border-map:view', view: { ...good.view, event: 'no-such-event' } },
        { type: 'border-map:view', view: { ...good.view, data: 'evil.json' } },
        { type: 'border-map:view', view: JSON.stringify(good.view) },
        { type: 'border-map:views', view: good.view },
        { type: 'border-map:theme', theme: 'black' },
        'border-map:play',
      ]) target.postMessage(message, '*');
    }, good);
    await page.waitForTimeout(800);
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '31 December 2021');
    await expect(map.locator('.embed-card h2')).toHaveCount(0);
    expect(await map.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    const after = await camera(map);
    expect(Math.abs(after.zoom - before.zoom) + Math.abs(after.lat - before.lat) + Math.abs(after.lng - before.lng)).toBeLessThan(1e-6);

    // The good message from the article does move it (so the refusals above were the checks, not a deaf map).
    await page.evaluate((message) => (document.getElementById('story-map') as HTMLIFrameElement).contentWindow!.postMessage(message, '*'), good);
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect(map.locator('.embed-card h2')).toHaveText('Khe Sanh defence zone 5 twinned with three Lao districts');

    // Play and pause, and the theme switch.
    const post = (message: unknown) => page.evaluate((m) => (document.getElementById('story-map') as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), message);
    await post({ type: 'border-map:view', view: { date: '2021-12-31', event: '' } });
    await expect(slider(map)).toHaveAttribute('aria-valuetext', '31 December 2021');
    await post({ type: 'border-map:play' });
    await expect(slider(map)).not.toHaveAttribute('aria-valuetext', '31 December 2021');
    await post({ type: 'border-map:pause' });
    const paused = await slider(map).getAttribute('aria-valuetext');
    await page.waitForTimeout(1500);
    await expect(slider(map)).toHaveAttribute('aria-valuetext', paused!);
    await post({ type: 'border-map:theme', theme: 'dark' });
    await expect.poll(() => map.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  test('an article that opens dark gets dark maps: it re-sends its theme when each map says it listens', async ({ page }) => {
    await serveExamples(page);
    await page.goto('/examples/article.html?dark');
    for (const id of ['main-map', 'side-map']) {
      const el = page.locator(`iframe#${id}`);
      await el.scrollIntoViewIfNeeded();
      const frame = await (await el.elementHandle())?.contentFrame();
      if (!frame) throw new Error(`no ${id}`);
      await expect(frame.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    }
  });
});
