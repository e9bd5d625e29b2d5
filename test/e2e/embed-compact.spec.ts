import { expect, test, type Frame, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { slowTest, watchPage } from './helpers';
import { embedFrame, frameMapIdle, serveExamples } from './hostPage';

/**
 * The compact embed (issue 14) in a realistic article: examples/article.html
 * (a 680 px text column holding the snippet from Share, and a second embed
 * 320 px wide), served at /examples/ over the build as README says to deploy
 * it. The frames stay short whatever the reader does; the options in an
 * embed's src draw it as asked.
 */

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await embedFrame(page, id);
  await frameMapIdle(frame);
  return frame;
}

interface Measure { iframe: number; width: number; app: number; map: number; scrolls: boolean; article: number }

async function measure(page: Page, id: string): Promise<Measure> {
  const frame = await frameOf(page, id);
  const box = await page.locator(`iframe#${id}`).evaluate((el) => el.getBoundingClientRect());
  const inside = await frame.evaluate(() => ({
    app: Math.round(document.getElementById('root')!.getBoundingClientRect().height),
    map: Math.round(document.querySelector('.map-area')!.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
  }));
  const article = await page.evaluate(() => document.documentElement.scrollHeight);
  return { iframe: Math.round(box.height), width: Math.round(box.width), ...inside, article };
}

/** Sized by the loader to the app's height, nothing scrolling inside. */
async function sized(page: Page, id: string): Promise<Measure> {
  await expect.poll(async () => {
    const m = await measure(page, id);
    return Math.abs(m.iframe - m.app) <= 1 && !m.scrolls;
  }).toBe(true);
  return measure(page, id);
}

test.describe('the compact embed in an article', () => {
  // 560 at every width, as the snippet says (journalist review: 580 at 320 px, the article jumped).
  for (const [id, width, maxHeight] of [['main-map', 680, 560], ['side-map', 320, 560]] as const) {
    test(`${width} px wide: at most ${maxHeight} px tall, the map ${width > 480 ? 72 : 60}% of it, and no reader action changes the height`, async ({ page }) => {
      const watch = watchPage(page);
      await page.setViewportSize({ width: 1440, height: 900 });
      await serveExamples(page);
      await page.goto('/examples/article.html');
      const frame = await frameOf(page, id);
      const first = await sized(page, id);
      expect(first.width).toBe(width);
      expect(first.iframe).toBeLessThanOrEqual(maxHeight);
      // Session 7: one row of controls and a one-line footer (the map had 61% at 680 × 560).
      expect(first.map / first.app).toBeGreaterThanOrEqual(width > 480 ? 0.72 : 0.6);

      // What the compact embed leaves to the full map; and the way there.
      await expect(frame.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
      await expect(frame.getByRole('combobox', { name: 'Speed' })).toBeHidden();
      await expect(frame.getByRole('checkbox', { name: 'Loop' })).toBeHidden();
      await expect(frame.locator('.timeline-hint')).toBeHidden();
      // Its short form in a narrow frame (journalist review: the long one was cut at 320 px).
      await expect(frame.getByRole('link', { name: width > 480 ? /^Open the full map/ : /^Full map/ })).toBeVisible();
      await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
      const unchanged = async (what: string) => {
        const now = await measure(page, id);
        expect([now.iframe, now.app, now.article, now.scrolls], what).toEqual([first.iframe, first.app, first.article, false]);
      };

      // The filters and the list: a panel over the map, scrolling inside.
      await frame.getByRole('button', { name: /Filters and list/ }).click();
      const panel = frame.getByRole('region', { name: 'Filters and list of events' });
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('table')).toBeVisible();
      expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
      // "Get the data" for the events listed, inside the panel (the frame had none).
      await expect(panel.getByRole('group', { name: 'Get the data' }).getByRole('button', { name: /CSV/ })).toHaveCount(1);
      await unchanged('list open');

      // Choosing an event in the list: its card over the map; the list gives way.
      const title = panel.getByRole('table').locator('.event-title-button').first();
      const name = (await title.textContent())!.trim();
      await title.click();
      await expect(panel).toBeHidden();
      const card = frame.locator('.embed-card');
      await expect(card.getByRole('heading', { level: 2, name })).toBeVisible();
      await unchanged('event selected');
      await page.locator(`iframe#${id}`).screenshot({ path: `reports/screenshots/embed-compact-${width}-selected.png` });

      // Stepping and playing.
      const slider = frame.getByRole('slider', { name: 'Date on the timeline' });
      await frame.getByRole('group', { name: 'Playback' }).getByRole('button', { name: 'Previous event' }).click();
      await unchanged('stepped');
      const before = await slider.getAttribute('aria-valuetext');
      await frame.getByRole('button', { name: 'Play' }).click();
      await expect(slider).not.toHaveAttribute('aria-valuetext', before!);
      await unchanged('playing');
      // Play may have reached the record's end on its own by now: it starts one event before the newest
      // few, and under CI's load the checks above take seconds (session 16 rehearsal: it ended, and the
      // click waited 2 minutes for a Pause button that was gone). Either way it stops, and the height holds.
      const pause = frame.getByRole('button', { name: 'Pause' });
      if (await pause.isVisible()) await pause.click({ timeout: 5_000 * WORKERS }).catch(() => undefined);
      await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
      await unchanged('paused');
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  }

  test('dark, from the article\'s own switch and from theme=auto under a dark colour scheme', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await serveExamples(page);
    await page.goto('/examples/article.html');
    const frame = await frameOf(page, 'main-map');
    const ground = () => frame.locator('.app-embed').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await ground()).toBe('rgb(251, 250, 247)');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect.poll(ground).toBe('rgb(22, 26, 31)');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await frameMapIdle(await frameOf(page, 'main-map'));
    await page.screenshot({ path: 'reports/screenshots/embed-article-dark.png', fullPage: true });
    // The map itself is dark: the sea and land at the frame's middle row.
    const png = await page.locator('iframe#main-map').screenshot();
    const mean = await meanLuminance(page, png);
    expect(mean).toBeLessThan(90);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?mode=embed&lang=en&theme=auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

/** The mean luminance (0–255) of a PNG, decoded in the page. */
async function meanLuminance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;
    return sum / (d.length / 4);
  }, png.toString('base64'));
}

test.describe('options in the src', () => {
  test('height, controls=full and legend=open', async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.goto('/?mode=embed&lang=en&height=480&controls=full&legend=open');
    await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
    expect(await page.locator('.app-embed').evaluate((el) => el.getBoundingClientRect().height)).toBe(480);
    await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Speed' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Loop' })).toBeVisible();
  });

  test('controls=none shows the map alone; transparent has no ground of its own', async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.goto('/?mode=embed&lang=en&controls=none&transparent');
    await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
    await expect(page.getByRole('slider', { name: 'Date on the timeline' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Filters and list/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open the full map/ })).toBeVisible();
    for (const sel of ['html', 'body', '.app-embed', '.app-header', '.embed-footer']) {
      expect(await page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor), sel).toBe('rgba(0, 0, 0, 0)');
    }
  });

  test('bad values are ignored and said so; the rest applies', async ({ page }) => {
    await page.goto('/?mode=embed&lang=en&height=2000&controls=all&theme=black&transparent=maybe&legend=open');
    const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    for (const part of ['height=2000', 'controls=all', 'theme=black', 'transparent=maybe']) await expect(notice).toContainText(part);
    await expect(page.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).toHaveAttribute('data-controls', 'compact');
  });

  test('Share inside an embed offers the link and the full map, not the embed code', async ({ page }) => {
    await page.goto('/?mode=embed&lang=en&date=2026-01-20');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(/date=2026-01-20/);
    await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).not.toHaveValue(/mode=/);
    await expect(dialog.getByRole('link', { name: /Open the full map/ })).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveCount(0);
  });
});

// At 320 px in French and Vietnamese the title used to wrap to two lines and the footer to
// two rows, leaving the map 56% (issue 14 review): one line each, the map 60% or more, and
// no text under 14 px, in every language and at both widths.
test.describe('the frame in every language', () => {
  for (const lang of ['en', 'fr', 'vi']) {
    for (const width of [680, 320]) {
      test(`${lang}, ${width} px: a whole title (one line at 680 px, two at most at 320), a one-line footer, the map 60% of the frame, text 14 px or more`, async ({ page }) => {
        await page.setViewportSize({ width, height: 600 });
        // The review's longest date ("31 tháng 8 năm 20" lost its year at 320 px).
        await page.goto(`/?mode=embed&lang=${lang}&types=twinning&date=2022-08-31`);
        await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
        const m = await page.evaluate(() => {
          const h = (s: string) => document.querySelector(s)!.getBoundingClientRect().height;
          const h1 = document.querySelector('.app-header h1') as HTMLElement;
          const small = [...document.querySelectorAll('.app-header h1, .embed-footer, .embed-footer *, .timeline-date')]
            .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('.visually-hidden')
              && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
            .map((el) => ({ text: el.textContent!.trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) }))
            .filter((x) => x.px < 14);
          const footerKids = [...document.querySelector('.embed-footer-row')!.children]
            .filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => Math.round(el.getBoundingClientRect().top));
          // Rows as bands: items side by side share one, whatever their heights (since session 14 the
          // track, with its years, is taller than the buttons beside it and centred on them).
          const boxes = [...document.querySelectorAll('.timeline-news > *')]
            .filter((el) => (el as HTMLElement).offsetParent !== null && !el.classList.contains('visually-hidden') && el.getBoundingClientRect().height > 1)
            .map((el) => el.getBoundingClientRect()).sort((a, b) => a.top - b.top);
          let timelineRows = 0, bandBottom = -Infinity;
          for (const b of boxes) { if (b.top >= bandBottom - 1) { timelineRows++; bandBottom = b.bottom; } else bandBottom = Math.max(bandBottom, b.bottom); }
          const line = document.querySelector('.embed-source-line') as HTMLElement;
          // Nothing cut (journalist review, 320 px: the date, "Filtres et liste ·…", "Ouvrir la carte complèt").
          const cut = ['.timeline-date', '.embed-more-button', '.open-full-map'].filter((sel) => {
            const el = document.querySelector(sel) as HTMLElement;
            return el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > document.documentElement.clientWidth;
          });
          return {
            cut,
            share: h('.map-area') / h('#root'), app: h('#root'), timelineRows,
            titleLines: Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight)),
            // Whole, no ellipsis (session 8 journalist review: cut at 320 px).
            titleCut: h1.scrollWidth > h1.clientWidth + 1 || h1.scrollHeight > h1.clientHeight + 1,
            title: h1.title, footerRows: new Set(footerKids.map((t) => Math.round(t / 10))).size, small,
            // The source line: one line, whole (not cut by its ellipsis).
            sourceLine: line ? { text: line.textContent, lines: Math.round(line.getBoundingClientRect().height / parseFloat(getComputedStyle(line).lineHeight)), cut: line.scrollWidth > line.clientWidth + 1 } : null,
          };
        });
        expect(m.app).toBe(560);
        expect(m.cut).toEqual([]);
        // Session 7: the controls in one row and the footer on one line at 680 px (the map had 61%);
        // at 320 px the slider takes a second row and the footer wraps to two lines.
        expect(m.share).toBeGreaterThanOrEqual(width > 480 ? 0.72 : 0.6);
        expect(m.timelineRows).toBe(width > 480 ? 1 : 2);
        expect(m.titleLines).toBeLessThanOrEqual(width > 480 ? 1 : 2);
        expect(m.titleCut).toBe(false);
        expect(m.title.length).toBeGreaterThan(10);
        expect(m.footerRows).toBe(width > 480 ? 1 : 2);
        expect(m.small).toEqual([]);
        // The articles behind the events shown (session 9): the twinnings come from one.
        expect(m.sourceLine?.text).toMatch(lang === 'vi' ? /^Nguồn: 1 bài báo · Tải dữ liệu$/ : lang === 'fr' ? /^Source\u202f: 1 article · Obtenir les données$/ : /^Source: 1 article · Get the data$/);
        expect(m.sourceLine?.lines).toBe(1);
        expect(m.sourceLine?.cut).toBe(false);
      });
    }
  }
});

// A short frame (`height=400`): the map keeps 60% of it, at 680 px and at 320 px (session 7: 45%).
test.describe('a short frame', () => {
  for (const [lang, width] of [['en', 680], ['vi', 320], ['fr', 320]] as const) {
    test(`${lang}, ${width} × 400: the map 60% of the frame, nothing cut or scrolling`, async ({ page }) => {
      await page.setViewportSize({ width, height: 400 });
      await page.goto(`/?mode=embed&lang=${lang}&height=400&date=2022-08-31`);
      await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      const m = await page.evaluate(() => {
        const h = (s: string) => document.querySelector(s)!.getBoundingClientRect().height;
        const cut = ['.timeline-date', '.embed-more-button', '.open-full-map', '.embed-source-line'].filter((sel) => {
          const el = document.querySelector(sel) as HTMLElement;
          return el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > document.documentElement.clientWidth;
        });
        const slider = document.querySelector('.timeline-slider')!.getBoundingClientRect();
        return { app: h('#root'), share: h('.map-area') / h('#root'), cut, slider: slider.width, scrolls: document.documentElement.scrollHeight > innerHeight + 1 };
      });
      expect(m.app).toBe(400);
      expect(m.share).toBeGreaterThanOrEqual(0.6);
      expect(m.cut).toEqual([]);
      expect(m.scrolls).toBe(false);
      // Still a slider one can drag.
      expect(m.slider).toBeGreaterThanOrEqual(60);
    });
  }
});

// The Legend button used to cover the "N events north" pill in narrow frames (350 px; 320 px in French).
test.describe('the Legend button and the edge pills', () => {
  for (const [lang, width] of [['en', 350], ['fr', 320], ['vi', 320]] as const) {
    test(`${lang}, ${width} px: no pill under the Legend button`, async ({ page }) => {
      await page.setViewportSize({ width, height: 560 });
      await page.goto(`/?mode=embed&lang=${lang}&date=2026-02-05#map=6.5/19.3/104.5`);
      await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      await expect(page.locator('.offscreen-north')).toBeVisible();
      const legend = (await page.locator('.legend-map .legend-toggle').boundingBox())!;
      for (const pill of await page.locator('.offscreen-arrow').all()) {
        const b = (await pill.boundingBox())!;
        const overlaps = b.x < legend.x + legend.width && legend.x < b.x + b.width && b.y < legend.y + legend.height && legend.y < b.y + b.height;
        expect(overlaps, await pill.textContent() ?? '').toBe(false);
      }
    });
  }
});

// The event card covered the selected symbol (issue 14 review: the right half of a 680 px map,
// 60% of a 320 px one, the camera unmoved): the camera brings the symbol beside or above it.
// The reader clicks symbols drawn where the card then opens (the map's own follow leaves them:
// they are in view), and each one ends on the map, not under its card.
type Handle = {
  project(lon: number, lat: number): { x: number; y: number };
  whenIdle(): Promise<void>;
  controller: { visiblePoints(p: unknown, limit: number): { id: string; x: number; y: number }[] | null };
};

async function symbols(page: Page): Promise<{ id: string; x: number; y: number }[]> {
  return page.locator('.map-canvas').evaluate((el) => {
    const h = (el as unknown as { mapHandle: Handle }).mapHandle;
    const box = el.getBoundingClientRect();
    return (h.controller.visiblePoints((lon: number, lat: number) => h.project(lon, lat), 10_000) ?? [])
      .map((p) => ({ id: p.id, x: box.left + p.x, y: box.top + p.y }));
  });
}

async function rest(page: Page): Promise<void> {
  const canvas = page.locator('.map-canvas');
  await canvas.evaluate((el) => (el as unknown as { mapHandle: Handle }).mapHandle.whenIdle());
  await page.waitForTimeout(150);
  await canvas.evaluate((el) => (el as unknown as { mapHandle: Handle }).mapHandle.whenIdle());
}

/** The camera of a link that draws the opening view's first symbol where the card will open. */
async function cameraWithFirstSymbolUnderTheCard(page: Page, width: number): Promise<{ zoom: number; lat: number; lng: number }> {
  const map = (await page.locator('.map-area').boundingBox())!;
  const first = (await symbols(page))[0]!;
  const spot = width > 480 ? { x: map.x + map.width * 0.78, y: map.y + map.height * 0.5 } : { x: map.x + map.width * 0.5, y: map.y + map.height * 0.78 };
  return page.locator('.map-canvas').evaluate((el, [dx, dy]) => {
    const h = (el as unknown as { mapHandle: Handle & { camera(): { zoom: number; lat: number; lng: number } } }).mapHandle;
    const c = h.camera();
    const o = h.project(c.lng, c.lat), e = h.project(c.lng + 0.1, c.lat), n = h.project(c.lng, c.lat + 0.1);
    // Moving the centre by (−dx, −dy) px moves every symbol by (dx, dy).
    return { zoom: c.zoom, lng: c.lng - (dx! * 0.1) / (e.x - o.x), lat: c.lat - (dy! * 0.1) / (n.y - o.y) };
  }, [spot.x - first.x, spot.y - first.y]);
}

/** From that camera, symbols clicked where the card opens end on the map, not under the card. */
async function symbolsClearOfTheCard(page: Page, width: number, camera: { zoom: number; lat: number; lng: number }): Promise<void> {
  await page.goto(`/?mode=embed&lang=en#map=${camera.zoom.toFixed(2)}/${camera.lat.toFixed(4)}/${camera.lng.toFixed(4)}`);
  await page.reload();
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  await rest(page);
  const map = (await page.locator('.map-area').boundingBox())!;
  // Where the card opens: the right half at 680 px, the lower half in a narrow frame.
  const inCardsPlace = (p: { x: number; y: number }) => width > 480
    ? p.x > map.x + map.width * 0.6 && p.x < map.x + map.width - 60 && p.y > map.y + 60 && p.y < map.y + map.height - 40
    : p.y > map.y + map.height * 0.6 && p.y < map.y + map.height - 30 && p.x > 30 && p.x < width - 30;
  const tried = new Set<string>();
  for (let round = 0; round < 3; round++) {
    // The map's own button for a symbol drawn where the card opens (the keyboard's way to it).
    let target: { id: string; button: ReturnType<Page['locator']> } | undefined;
    const all = await symbols(page);
    for (const button of await page.getByRole('button', { name: /: select this event$/ }).all()) {
      const b = await button.boundingBox();
      if (!b) continue;
      const c = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      const at = all.find((p) => Math.hypot(p.x - c.x, p.y - c.y) < 3 && !tried.has(p.id));
      if (at && inCardsPlace(at)) { target = { id: at.id, button }; break; }
    }
    if (round === 0) expect(target, 'a symbol where the card opens').toBeDefined();
    if (!target) break;
    tried.add(target.id);
    await target.button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`event=${target.id}`));
    const card = page.locator('.embed-card');
    await expect(card).toBeVisible();
    await rest(page);
    const point = (await symbols(page)).find((p) => p.id === target!.id)!;
    const c = (await card.boundingBox())!;
    const m = (await page.locator('.map-area').boundingBox())!;
    const what = `${width} px, ${target!.id} at ${Math.round(point.x)},${Math.round(point.y)}; card ${Math.round(c.x)},${Math.round(c.y)} ${Math.round(c.width)}×${Math.round(c.height)}`;
    expect(point.x > m.x && point.x < m.x + m.width && point.y > m.y && point.y < m.y + m.height, `${what}: on the map`).toBe(true);
    const r = 8; // the symbol's half size
    const under = point.x + r > c.x && point.x - r < c.x + c.width && point.y + r > c.y && point.y - r < c.y + c.height;
    expect(under, `${what}: not under the card`).toBe(false);
    await card.locator('.event-panel-close').click();
    await expect(card).toBeHidden();
    await rest(page);
  }
}

// Issue 14 journalist review: at 350 px the sheet rose to y≈195 and the camera put Khe Sanh under the
// "events to the north" arrow (or under the sheet); at 680 px the follow zoomed out from the focus
// provinces (220 → 80 px). From the opening view, the event is in view: the camera keeps its zoom
// and pans the symbol clear of the card and of the controls along the map's top.
const IN_VIEW_TITLE = 'an event in view, selected: same zoom, clear of the card and the top controls';

/** From the opening view (the page at rest), Khe Sanh's regulation selected from its button. */
async function eventInViewSelected(page: Page, width: number): Promise<void> {
  const zoom = () => page.locator('.map-canvas').evaluate((el) => (el as unknown as { mapHandle: { camera(): { zoom: number } } }).mapHandle.camera().zoom);
  const before = await zoom();
  const id = '2026-01-15-khe-sanh-lao-districts-coordination-regulation';
  const button = page.getByRole('button', { name: /Khe Sanh.*: select this event$/ }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  const card = page.locator('.embed-card');
  await expect(card).toBeVisible();
  await rest(page);
  expect(await zoom(), 'the zoom is kept').toBeCloseTo(before, 2);
  const point = (await symbols(page)).find((p) => p.id === id)!;
  const m = (await page.locator('.map-area').boundingBox())!;
  const r = 8;
  const under = (b: { x: number; y: number; width: number; height: number } | null) =>
    !!b && point.x + r > b.x && point.x - r < b.x + b.width && point.y + r > b.y && point.y - r < b.y + b.height;
  const what = `${width} px: symbol at ${Math.round(point.x)},${Math.round(point.y)}`;
  expect(point.x > m.x && point.x < m.x + m.width && point.y > m.y && point.y < m.y + m.height, `${what}: on the map`).toBe(true);
  expect(under(await card.boundingBox()), `${what}: not under the card`).toBe(false);
  for (const over of await page.locator('.offscreen-arrow, .legend-map .legend-head').all()) {
    expect(under(await over.boundingBox()), `${what}: not under ${await over.textContent()}`).toBe(false);
  }
}

// The embed's opening frame. Session 7: it opened on every event at zoom ~4, the focus provinces
// 60 px wide. Session 8: on the focus provinces with the events near them while the provinces kept a
// quarter of the width (17 of 26 events in frame at 680 × 560, 21 at 320). Session 11 (journalist
// review): that left the Vietnam–China border and its ring behind "9 events north"; a Datawrapper
// locator shows the whole story area. It now opens on both borders' events: 25 of 26 in frame (the
// talks in Beijing behind their pill), the provinces 13% of a 680 px map's width.
async function openingFrame(page: Page, width: number, atLeast: number): Promise<void> {
  await page.locator('.map-canvas').evaluate((el) => (el as unknown as { mapHandle: Handle }).mapHandle.whenIdle());
  const m = await page.locator('.map-canvas').evaluate((el) => {
    const h = (el as unknown as { mapHandle: Handle & { camera(): { zoom: number } } }).mapHandle;
    const w = (el as HTMLElement).clientWidth, ht = (el as HTMLElement).clientHeight;
    const pts = h.controller.visiblePoints((lon: number, lat: number) => h.project(lon, lat), 10_000) ?? [];
    const on = pts.filter((s) => s.x >= 0 && s.x <= w && s.y >= 0 && s.y <= ht);
    const crowded = on.flatMap((a, i) => on.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 18).map((b) => `${a.id} ${b.id}`));
    return {
      share: (h.project(107.41, 16.7).x - h.project(104.75, 16.7).x) / w, crowded,
      events: new Set(pts.map((s) => s.id)).size, inFrame: new Set(on.map((s) => s.id)).size,
    };
  });
  expect(m.share).toBeGreaterThanOrEqual(0.12);
  expect(m.inFrame).toBeGreaterThanOrEqual(atLeast);
  // A known defect at 320 (issue 14, session 11): the wider opening frame (zoom 4.04) draws the
  // Tô Lâm visit, a member of the Vietnam–Laos "place not named" ring, 12 px from the Vientiane
  // police ministers' meeting (measured: (108, 242) and (96, 239)). The ring's place is the review's
  // first reader finding. Exactly that pair is allowed, so that any other crowding, or the fix, shows.
  expect(m.crowded).toEqual(width === 320 ? ['2026-02-05-vn-la-police-ministers-working-session-vientiane 2026-02-to-lam-state-visit-to-laos'] : []);
  // The rest of the record (the far north, Beijing): a pill says where.
  expect(m.inFrame).toBeLessThan(m.events);
  await expect(page.locator('.offscreen-north, [class*="offscreen"]').first()).toBeVisible();
}

// One page load of `/?mode=embed&lang=en` at each size serves three tests, as steps: the opening frame,
// Khe Sanh selected from it, and (from the camera the opening view gives) symbols clicked where the card
// opens. The opening frame and the camera are read before anything is selected.
test.describe("the embed's opening view at 680 × 560 and 320 × 560", () => {
  for (const [width, atLeast] of [[680, 25], [320, 25]] as const) {
    test(`${width} × 560: at least ${atLeast} of the events in frame, the focus provinces readable; ${IN_VIEW_TITLE}; a symbol clicked where the card opens ends on the map, not under the card`, async ({ page }) => {
      // Three tests' worth (each had the default 60 s alone), the last with a page load of its own.
      slowTest(150_000);
      await page.setViewportSize({ width, height: 560 });
      await page.goto('/?mode=embed&lang=en');
      await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      await rest(page);
      await test.step(`at least ${atLeast} of the events in frame, the focus provinces readable`, () => openingFrame(page, width, atLeast));
      const camera = await cameraWithFirstSymbolUnderTheCard(page, width);
      await test.step(IN_VIEW_TITLE, () => eventInViewSelected(page, width));
      await test.step('a symbol clicked where the card opens ends on the map, not under the card', () => symbolsClearOfTheCard(page, width, camera));
    });
  }
});

test.describe(IN_VIEW_TITLE, () => {
  // 680 and 320: in "the embed's opening view" above, on the opening frame's page.
  for (const width of [390]) {
    test(`${width} × 560`, async ({ page }) => {
      await page.setViewportSize({ width, height: 560 });
      await page.goto('/?mode=embed&lang=en');
      await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      await rest(page);
      await eventInViewSelected(page, width);
    });
  }
});

// The source line (issue 14 review: the footer had none, where Datawrapper has "Source: … · Get the data").
test('the source line opens the articles over the map, and Get the data downloads the CSV', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto('/?mode=embed&lang=fr');
  await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
  const height = await page.locator('#root').evaluate((el) => el.getBoundingClientRect().height);
  const line = page.locator('.embed-source-line');
  await line.getByRole('button', { name: 'Sources\u202f: 5 articles' }).click();
  const panel = page.getByRole('region', { name: 'Sources' });
  await expect(panel.getByRole('listitem')).toHaveCount(5);
  await expect(panel.getByRole('button', { name: 'Fermer' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(line.getByRole('button', { name: /^Sources/ })).toBeFocused();
  // "Get the data" downloads the CSV in one click (journalist review: it opened the panel, two clicks).
  const download = page.waitForEvent('download');
  await line.getByRole('button', { name: 'Obtenir les données' }).click();
  expect((await download).suggestedFilename()).toMatch(/^border-cooperation-events-.*\.csv$/);
  await expect(panel).toBeHidden();
  expect(await page.locator('#root').evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
});

// legend=open covered half a 680 px map, the "N events north" pill showing through (issue 14 review).
// Journalist review: its last row ("▸ Map") was cut in half at 680 × 560 in vi; below 480 px it is one row (session 11).
test.describe('the open legend', () => {
  for (const width of [680, 320]) {
    test(`${width} px: at most half the map, no pill showing through`, async ({ page }) => {
      await page.setViewportSize({ width, height: 600 });
      await page.goto('/?mode=embed&lang=fr&legend=open&date=2026-02-05');
      await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      const toggle = page.getByRole('button', { name: 'Légende' });
      // Open at every width (session 11: a narrow frame had opened it closed); there one row that scrolls sideways.
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const legend = (await page.locator('.legend-map').boundingBox())!;
      const map = (await page.locator('.map-area').boundingBox())!;
      expect((legend.width * legend.height) / (map.width * map.height)).toBeLessThanOrEqual(0.5);
      expect(legend.height).toBeLessThanOrEqual(map.height * 0.62);
      // The events' key is there whole (it scrolls inside, the map's symbols behind their disclosure).
      await expect(page.locator('.legend-map .legend-body li').first()).toBeVisible();
      for (const pill of await page.locator('.offscreen-arrow').all()) {
        if (!(await pill.isVisible())) continue;
        const b = (await pill.boundingBox())!;
        const overlaps = b.x < legend.x + legend.width && legend.x < b.x + b.width && b.y < legend.y + legend.height && legend.y < b.y + b.height;
        if (!overlaps) continue;
        // A pill the legend meets is under it, and does not show through (the north one is hidden).
        const atPill = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.legend-map') != null, [b.x + b.width / 2, b.y + b.height / 2]);
        expect(atPill, `${await pill.textContent()}: under the legend`).toBe(true);
        expect(await pill.evaluate((el) => el.classList.contains('offscreen-north')), 'the north pill is hidden').toBe(false);
      }
      const alpha = await page.locator('.legend-map').evaluate((el) => { const m = /rgba?\(([^)]+)\)/.exec(getComputedStyle(el).backgroundColor); return m ? Number(m[1]!.split(',')[3] ?? 1) : 0; });
      expect(alpha).toBeGreaterThanOrEqual(0.98);
    });
  }
});

// Session 8 journalist review: the open legend covered about 40% of a 680 px map (35% en, 41% vi,
// measured); as wrapped rows, 19% en, 22% fr, 27% vi. Ceilings with a little room.
const LEGEND_CEILING: Readonly<Record<string, number>> = { en: 0.22, fr: 0.25, vi: 0.3 };
test.describe('the open legend holds its content whole at 680 × 560, over a small share of the map', () => {
  for (const lang of ['vi', 'fr', 'en']) {
    test(lang, async ({ page }) => {
      await page.setViewportSize({ width: 680, height: 560 });
      await page.goto(`/?mode=embed&lang=${lang}&legend=open`);
      await expect(page.locator('.map-canvas')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 * WORKERS });
      const panel = page.locator('.legend-map');
      await expect(panel.locator('.legend-body li').first()).toBeVisible();
      // Nothing scrolls out of sight: its last row (the map's symbols' disclosure) is inside the panel, whole.
      const { scroll, client } = await panel.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
      expect(scroll, 'no part of the legend hidden below its edge').toBeLessThanOrEqual(client + 1);
      const box = (await panel.boundingBox())!;
      const last = (await panel.locator('summary, .legend-fold').last().boundingBox())!;
      expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
      const map = (await page.locator('.map-area').boundingBox())!;
      expect((box.width * box.height) / (map.width * map.height)).toBeLessThanOrEqual(LEGEND_CEILING[lang]!);
      // Every type of event in the key, each entry on screen.
      await expect(panel.locator('.legend-group').first().locator('li')).toHaveCount(9);
    });
  }
});

// Session 7: the dashed ring's swatch ("place not named") was #555 on the dark legend's card (2.0:1).
test('dark legend: the dashed ring swatch has 3:1 against the card', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=en&theme=dark&legend=open');
  const ring = page.locator('.legend circle[stroke-dasharray]').first();
  await expect(ring).toBeVisible({ timeout: 30_000 * WORKERS });
  const ratio = await ring.evaluate((el) => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    let bg = el.parentElement as HTMLElement | null;
    while (bg && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(bg).backgroundColor)) bg = bg.parentElement;
    const a = lum(rgb(getComputedStyle(el).stroke)), b = lum(rgb(getComputedStyle(bg!).backgroundColor));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(3);
});

// Session 8 journalist review: an embed linked with `pairs=VN-CN` kept the title "Vietnam, Laos, China".
test('an embed filtered to one border says which in its title', async ({ page }) => {
  await page.setViewportSize({ width: 680, height: 560 });
  await page.goto('/?mode=embed&lang=fr&pairs=VN-CN');
  await expect(page.locator('h1')).toHaveText('Coopération frontalière\u202f: Vietnam–Chine', { timeout: 30_000 * WORKERS });
  await page.goto('/?mode=embed&lang=vi&pairs=VN-LA');
  await expect(page.locator('h1')).toHaveText('Hợp tác biên giới: Việt Nam – Lào', { timeout: 30_000 * WORKERS });
  await page.goto('/?mode=embed&lang=en');
  await expect(page.locator('h1')).toHaveText('Border cooperation: Vietnam, Laos, China', { timeout: 30_000 * WORKERS });
});
