import { expect, test, type Frame, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import fs from 'node:fs';
import { ORIGIN, watchPage } from './helpers';

const TWINNING = '2026-01-15-khe-sanh-lao-districts-twinning';
const TWINNING_TITLE = 'Khe Sanh defence zone 5 twinned with three Lao districts';

/** Serves a host page from test/e2e/fixtures at a same-origin URL, so nothing test-only ships in dist/. */
async function serveHost(page: Page, path: string, fixture: string): Promise<string> {
  const body = fs.readFileSync(`test/e2e/fixtures/${fixture}`, 'utf8');
  await page.route(`${ORIGIN}${path}`, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  return `${ORIGIN}${path}`;
}

async function frameOf(page: Page, iframeId: string): Promise<Frame> {
  const handle = await page.locator(`iframe#${iframeId}`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame in #${iframeId}`);
  return frame;
}

type MapElement = HTMLElement & { mapHandle: { whenIdle(): Promise<void>; project(lon: number, lat: number): { x: number; y: number } } };

/** As helpers.ts's waitForMapIdle, inside a frame. */
async function waitForMapIdle(frame: Frame): Promise<void> {
  await expect(frame.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  await frame.locator('.map-canvas').evaluate((el) => (el as MapElement).mapHandle.whenIdle());
}

/** The iframe's height on the host page, and the height of the app inside it. */
async function heights(page: Page, iframeId: string): Promise<{ iframe: number; app: number; scrolls: boolean }> {
  const frame = await frameOf(page, iframeId);
  const iframe = await page.locator(`iframe#${iframeId}`).evaluate((el) => el.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    app: Math.ceil(document.getElementById('root')!.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
  }));
  return { iframe, ...inside };
}

/** Waits until the host has sized the iframe to its app, with no scrollbar inside. */
async function expectSizedToContent(page: Page, iframeId: string): Promise<number> {
  await expect.poll(async () => {
    const h = await heights(page, iframeId);
    return Math.abs(h.iframe - h.app) <= 1 && !h.scrolls;
  }).toBe(true);
  return (await heights(page, iframeId)).iframe;
}

test.describe('embedding in a news page', () => {
  test('two embeds of different widths each report and get their height, and keep their own state', async ({ page }) => {
    const watch = watchPage(page);
    const host = await serveHost(page, '/__test/host.html', 'host-two-embeds.html');
    await page.goto(host);
    const narrow = await frameOf(page, 'narrow');
    const wide = await frameOf(page, 'wide');
    await waitForMapIdle(narrow);
    await waitForMapIdle(wide);

    const narrowHeight = await expectSizedToContent(page, 'narrow');
    const wideHeight = await expectSizedToContent(page, 'wide');
    // Not the snippet's 600 px: each got its own height from its own content.
    expect(narrowHeight).not.toBe(600);
    expect(wideHeight).not.toBe(600);
    await expect(page.locator('iframe#narrow')).toHaveAttribute('height', String(Math.round(narrowHeight)));

    // The page heard all three conventions, from each embed under its own id.
    const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    for (const id of ['narrow', 'wide']) {
      expect(heard).toContainEqual({ 'datawrapper-height': { [id]: expect.any(Number) } });
      expect(heard).toContainEqual(expect.stringMatching(new RegExp(`^pymxPYMx${id}xPYMxheightxPYMx\\d+$`)));
    }
    expect(heard).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) });

    // Height messages from anything but our frames change nothing: the page itself, a same-origin srcdoc frame.
    await page.evaluate(() => {
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 222 }, '*');
      const other = document.createElement('iframe');
      other.srcdoc = '<script>parent.postMessage({ sentinel: "amp", type: "embed-size", height: 333 }, "*")</script>';
      document.body.append(other);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: unknown[] }).heard.some((m) => (m as { height?: number }).height === 333))).toBe(true);
    expect((await heights(page, 'narrow')).iframe).toBe(narrowHeight);
    expect((await heights(page, 'wide')).iframe).toBe(wideHeight);

    // The timeline is usable at 320 px, and moving it in one embed leaves the other alone.
    const narrowSlider = narrow.getByRole('slider', { name: 'Date on the timeline' });
    const wideSlider = wide.getByRole('slider', { name: 'Date on the timeline' });
    await expect(narrowSlider).toBeVisible();
    await narrowSlider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(narrowSlider).toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect(wideSlider).toHaveAttribute('aria-valuetext', '14 January 2026');
    // Each frame's own address follows its own view; the host's address and storage are untouched.
    await expect.poll(() => narrow.evaluate(() => location.search)).toContain('date=2026-01-15');
    expect(await wide.evaluate(() => location.search)).toContain('date=2026-01-14');
    expect(page.url()).toBe(host);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    // The way out: the full map, same view, new tab.
    // The short form in a 320 px frame (journalist review: the long one was cut).
    const open = narrow.getByRole('link', { name: /^Full map/ });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    await open.hover();
    await expect(open).toHaveAttribute('href', /date=2026-01-15/);
    expect(await open.getAttribute('href')).not.toMatch(/mode=|embedId=/);
    // The credits: behind the map's ⓘ in a compact embed (issue 14), unfolded on demand.
    await narrow.getByRole('button', { name: /credits/i }).click();
    await expect(narrow.locator('.map-credits-text')).toBeVisible();

    await page.locator('iframe#narrow').screenshot({ path: 'reports/screenshots/embed-320.png' });
    await page.locator('iframe#wide').screenshot({ path: 'reports/screenshots/embed-700.png' });
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('the mouse wheel over an embedded map scrolls the host page, not the map', async ({ page }) => {
    const host = await serveHost(page, '/__test/host.html', 'host-two-embeds.html');
    await page.goto(host);
    const wide = await frameOf(page, 'wide');
    await waitForMapIdle(wide);
    await expectSizedToContent(page, 'wide');
    const canvas = wide.locator('.map-canvas');
    const before = await canvas.evaluate((el) => (el as MapElement).mapHandle.project(106.7, 16.6));
    const mapBox = await canvas.boundingBox();
    expect(mapBox).toBeTruthy();
    await page.mouse.move(mapBox!.x + mapBox!.width / 2, mapBox!.y + mapBox!.height / 2);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await wide.locator('.map-canvas').evaluate((el) => (el as MapElement).mapHandle.whenIdle());
    // The map did not zoom: the same place is at the same spot of the canvas.
    const after = await canvas.evaluate((el) => (el as MapElement).mapHandle.project(106.7, 16.6));
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(1);

    // And the wheel did reach the map: with Ctrl held (cooperative gestures), it zooms.
    // Over bare map (Thailand, low left): since session 11 the opening frame holds both borders, and
    // the map's middle is the "13 events" ring's symbols, buttons over the canvas the wheel stops at.
    const moved = await canvas.boundingBox();
    await page.mouse.move(moved!.x + moved!.width * 0.15, moved!.y + moved!.height * 0.75);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => {
      const p = await canvas.evaluate((el) => (el as MapElement).mapHandle.project(106.7, 16.6));
      return Math.abs(p.x - after.x) + Math.abs(p.y - after.y);
    }).toBeGreaterThan(5);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('a deep link restores date, selection, filters and camera, inside a sandboxed iframe', async ({ page }) => {
    const watch = watchPage(page);
    const host = await serveHost(page, '/__test/sandboxed.html', 'host-sandboxed.html');
    await page.goto(host);
    const frame = await frameOf(page, 'deep');
    await waitForMapIdle(frame);

    await expect(frame.getByRole('slider', { name: 'Date on the timeline' })).toHaveAttribute('aria-valuetext', '20 January 2026');
    await expect(frame.getByRole('heading', { level: 2, name: TWINNING_TITLE })).toBeVisible();
    // The filters wait behind the footer's button, which says the view is filtered (issue 14: a panel over the map).
    const more = frame.getByRole('button', { name: /Filters and list/ });
    await expect(more).toContainText(/\d+\/\d+/);
    await expect(more).toHaveAccessibleName(/\d+ of \d+ events match/);
    await more.click();
    await expect(frame.getByRole('checkbox', { name: 'Twinning' })).toBeChecked();
    await expect(frame.getByRole('checkbox', { name: 'Joint patrol' })).not.toBeChecked();
    // The display mode: radios, or one select where the frame is phone-narrow (issue 13 review).
    const radio = frame.getByRole('radio', { name: 'Everything up to the date' });
    if (await radio.count()) await expect(radio).toBeChecked();
    else await expect(frame.getByRole('combobox', { name: 'Show' })).toHaveValue('cumulative');
    // The camera: the link's centre is the canvas's centre, and the frame's address keeps it.
    const canvas = frame.locator('.map-canvas');
    const centre = await canvas.evaluate((el) => {
      const p = (el as MapElement).mapHandle.project(106.7, 16.6);
      return { dx: p.x - el.clientWidth / 2, dy: p.y - el.clientHeight / 2 };
    });
    expect(Math.abs(centre.dx)).toBeLessThan(2);
    expect(Math.abs(centre.dy)).toBeLessThan(2);
    await expect.poll(() => frame.evaluate(() => location.hash)).toBe('#map=7/16.6/106.7');
    expect(await frame.evaluate(() => new URLSearchParams(location.search).get('event'))).toBe(TWINNING);

    // The loader sized the sandboxed frame too, its panel open over the map.
    await expectSizedToContent(page, 'deep');
    await page.locator('iframe#deep').screenshot({ path: 'reports/screenshots/embed-600-deep-link.png' });
    expect(page.url()).toBe(host);
    expect(watch.errors).toEqual([]);
  });
});

/** An article whose first embed asks for its view to be mirrored into the article's address; the second does not. */
const MIRROR_HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<link rel="icon" href="data:,"></head><body style="margin:0;padding:16px">
<iframe id="m" src="/?mode=embed&amp;lang=en&amp;date=2026-01-14&amp;embedId=m&amp;mirror" title="Map, mirrored" style="width:600px;border:0" height="600"></iframe><script src="/embed.js" async></script>
<iframe id="n" src="/?mode=embed&amp;lang=en&amp;date=2026-01-14&amp;embedId=n" title="Map, not mirrored" style="width:600px;border:0" height="600"></iframe><script src="/embed.js" async></script>
</body></html>`;

test.describe('mirroring an embed into the article address', () => {
  test("only the embed that asks writes its view into the host's hash, and a reload restores it", async ({ page }) => {
    const watch = watchPage(page);
    const host = `${ORIGIN}/__test/mirror.html`;
    await page.route(host, (route) => route.fulfill({ body: MIRROR_HOST, contentType: 'text/html; charset=utf-8' }));
    await page.goto(`${host}#intro`);
    const historyLength = await page.evaluate(() => history.length);
    const mirrored = await frameOf(page, 'm');
    const other = await frameOf(page, 'n');
    const slider = (f: Frame) => f.getByRole('slider', { name: 'Date on the timeline' });
    await expect(slider(mirrored)).toHaveAttribute('aria-valuetext', '14 January 2026');
    await expect(slider(other)).toHaveAttribute('aria-valuetext', '14 January 2026');
    await waitForMapIdle(mirrored);
    await waitForMapIdle(other);

    // The embed that did not ask: its view moves, the host's address does not.
    await slider(other).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => other.evaluate(() => location.search)).toContain('date=2026-01-16');
    await page.waitForTimeout(1000); // well past the app's 400 ms write interval
    expect(new URL(page.url()).hash).not.toMatch(/(^#|&)n=/);

    // The embed that asked: its view lands under its embedId, the page's own #intro kept.
    await slider(mirrored).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#intro&m=[^&]*date%3D2026-01-15/);
    const hash = new URL(page.url()).hash;
    expect(hash).not.toMatch(/(^#|&)n=/);
    // Only the view: not how the page embeds it, nor the language.
    const view = new URLSearchParams(decodeURIComponent(/&m=([^&]*)/.exec(hash)![1]!));
    expect([...view.keys()].every((k) => ['date', 'event', 'types', 'pairs', 'q', 'display', 'window', 'map'].includes(k))).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(historyLength); // replaced, never pushed: Back leaves the article
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

    // Someone opens the shared article link: the mirrored embed comes back at that moment, the other as the page wrote it.
    await page.goto('about:blank');
    await page.goto(`${host}${hash}`);
    const restored = await frameOf(page, 'm');
    await expect(slider(restored)).toHaveAttribute('aria-valuetext', '15 January 2026');
    await expect(slider(await frameOf(page, 'n'))).toHaveAttribute('aria-valuetext', '14 January 2026');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });
});

test.describe('the Share dialog', () => {
  test('opens, keeps focus inside, copies the link, and Escape gives focus back to Share', async ({ page, context }) => {
    const watch = watchPage(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    await page.goto('/?lang=en&date=2026-01-20&types=twinning#map=7/16.6/106.7');
    await expect(page.getByRole('slider', { name: 'Date on the timeline' })).toHaveAttribute('aria-valuetext', '20 January 2026');
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    // It opens on its first action, Copy link (session 9: reader review), not on Close.
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeFocused();

    // Tab and Shift+Tab go round the dialog's controls and never leave it.
    const inside = () => page.evaluate(() => !!document.activeElement?.closest('dialog'));
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await inside()).toBe(true);
    }

    const link = dialog.getByRole('textbox', { name: 'Link to this view' });
    await expect(link).toHaveValue(/date=2026-01-20/);
    await expect(link).toHaveValue(/types=twinning/);
    await expect(link).toHaveValue(/#map=7\/16\.6\/106\.7$/);
    // The address as the app last wrote it (throttled): the dialog follows it.
    await expect.poll(async () => (await link.inputValue()) === page.url()).toBe(true);
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${escapeRe(ORIGIN)}/\\?[^"]*mode=embed[^"]*" title="[^"]+" loading="lazy"`));
    await expect(code).toHaveValue(new RegExp(`<script src="${escapeRe(ORIGIN)}/embed\\.js" async></script>$`));
    // Mirroring the view into the article's address is the host's choice: off unless ticked.
    await expect(code).not.toHaveValue(/mirror/);
    await dialog.getByRole('checkbox', { name: /address follow this map/ }).check();
    await expect(code).toHaveValue(/mode=embed[^"]*&amp;embedId=map-[a-z2-9]{5}&amp;mirror=/);
    await dialog.getByRole('checkbox', { name: /address follow this map/ }).uncheck();

    await dialog.getByRole('button', { name: 'Copy link' }).click();
    // Each copy says so beside its own button (session 9): the link's status, the code's still empty.
    await expect(dialog.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    await expect(dialog.locator('.share-code-status')).toHaveText('');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await link.inputValue());

    await page.screenshot({ path: 'reports/screenshots/share-dialog.png' });

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(share).toBeFocused();
    expect(watch.errors).toEqual([]);
  });

  // Session 7 (issue 14): one 600 px column put the preview and Copy below the fold at 1280 × 800.
  for (const [lang, width, height] of [['en', 1280, 800], ['vi', 1280, 800], ['fr', 390, 844]] as const) {
    test(`${lang}, ${width} × ${height}: ${width >= 900 ? 'options left, the preview and Copy right, above the fold' : 'one column'}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`/?lang=${lang}`);
      await page.locator('.share-button').first().click();
      const dialog = page.getByRole('dialog');
      const box = async (sel: string) => (await dialog.locator(sel).first().boundingBox())!;
      const grid = await box('.embed-builder-grid');
      const preview = await box('.embed-preview');
      const copy = (await dialog.getByRole('button', { name: lang === 'en' ? 'Copy embed code' : lang === 'vi' ? 'Sao chép mã nhúng' : /^Copier le code/ }).boundingBox())!;
      if (width >= 900) {
        expect(preview.x).toBeGreaterThanOrEqual(grid.x + grid.width);
        expect(preview.y).toBeLessThan(grid.y + grid.height);
        expect(copy.y + copy.height).toBeLessThanOrEqual(height);
        expect(preview.y + preview.height).toBeLessThanOrEqual(height);
        expect(await dialog.evaluate((d) => d.scrollHeight <= d.clientHeight + 1)).toBe(true);
      } else {
        expect(preview.y).toBeGreaterThan(grid.y + grid.height);
        expect(preview.x + preview.width).toBeLessThanOrEqual(width);
      }
    });
  }

  test('is not offered in presentation mode', async ({ page }) => {
    await page.goto('/?lang=en&mode=present');
    // The presentation has no page header (src/ui/present); wait for its layout instead.
    await expect(page.locator('.app-present')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  });
});

function escapeRe(s: string): string { return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); }
