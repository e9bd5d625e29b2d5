import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import fs from 'node:fs';
import { projectOnPage, waitForMapIdle, watchPage, openExports } from './helpers';
import { timeEvents } from '../../src/domain/timeline';
import type { BorderEvent } from '../../src/domain/event';
import { keepPairsTogether } from '../../src/ui/present/shortQuote';

// Briefing mode (issue 6), in the built app.

interface RawEvent { id: string; date: string; title: { en: string }; type: string }
const RAW = (JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: RawEvent[] }).events;
/**
 * The record in presentation order, as the timeline sorts it (first day, last day, id):
 * computed by the domain's own reading of each (EDTF) date, which the unit tests pin.
 */
const ORDER = timeEvents(RAW as unknown as BorderEvent[]).map((t) => RAW.find((e) => e.id === t.event.id) as RawEvent);
const TWINNING = '2026-01-15-khe-sanh-lao-districts-twinning';
const KHE_SANH = [106.739, 16.628] as const;

type Camera = { zoom: number; lat: number; lng: number };
const camera = (page: Page) => page.locator('.map-canvas').evaluate((el) => (el as HTMLElement & { mapHandle: { camera(): Camera } }).mapHandle.camera());
const present = (page: Page) => page.locator('.present');

async function expectStep(page: Page, index: number) {
  await expect(present(page)).toHaveAttribute('data-step', String(index));
  await expect(page.locator('.present-title')).toHaveText(keepPairsTogether(ORDER[index]?.title.en ?? ''));
}

test.describe('presenting the record', () => {
  test('each clicker key steps through the events in date order, updating caption and progress', async ({ page }) => {
    const watch = watchPage(page);
    await page.goto('/?mode=present&lang=en');
    await waitForMapIdle(page);
    await expect(present(page)).toHaveAttribute('data-steps', String(ORDER.length));
    await expectStep(page, 0);
    // No header, side panel or timeline: only the caption, the progress bar and the (fading) controls.
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.locator('.timeline')).toHaveCount(0);
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', `Step 1 of ${ORDER.length}`);
    // The map's credits stay on screen, in the caption.
    await expect(page.locator('.present-credits')).toBeVisible();
    await expect(page.locator('.present-credits')).toContainText('Natural Earth');

    const steps: Array<[string, number]> = [
      ['ArrowRight', 1], ['PageDown', 2], ['Space', 3], ['ArrowDown', 4], ['ArrowLeft', 3], ['PageUp', 2], ['ArrowUp', 1],
      ['End', ORDER.length - 1], ['Home', 0], ['n', 1], ['N', 2], ['p', 1], ['P', 0],
    ];
    for (const [key, index] of steps) {
      await page.keyboard.press(key);
      await expectStep(page, index);
    }
    // The caption carries the date and the source: the event's quote, its publisher and date.
    await page.keyboard.press('End');
    await expectStep(page, ORDER.length - 1);
    await expect(page.locator('.present-source')).toContainText('« ');
    await expect(page.locator('.present-source')).toContainText(' — ');
    // The address follows (throttled), so a link restores this step.
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(ORDER[ORDER.length - 1]?.id);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('the camera frames the event above the caption, and jumps under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const index = ORDER.findIndex((e) => e.id === TWINNING);
    // The step before is the Khe Sanh coordination regulation, framed alike (same places): start one earlier.
    const before = ORDER[index - 2]?.id ?? '';
    await page.goto(`/?mode=present&lang=en&event=${before}`);
    await waitForMapIdle(page);
    await expectStep(page, index - 2);
    const from = await camera(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, index);
    // A jump: the camera is where it ends at once, and stays there.
    await expect.poll(async () => (await camera(page)).zoom).not.toBeCloseTo(from.zoom, 2);
    const first = await camera(page);
    await page.waitForTimeout(800);
    expect(await camera(page)).toEqual(first);
    // Khe Sanh, where the twinning was held, is on screen, above the caption and inside the map.
    await waitForMapIdle(page);
    const at = await projectOnPage(page, KHE_SANH[0], KHE_SANH[1]);
    const caption = await page.locator('.present-caption').boundingBox();
    const map = await page.locator('.map-canvas').boundingBox();
    expect(caption).not.toBeNull();
    expect(at.y).toBeLessThan(caption?.y ?? 0);
    expect(at.x).toBeGreaterThan(map?.x ?? 0);
    expect(at.x).toBeLessThan((map?.x ?? 0) + (map?.width ?? 0));
    expect(at.y).toBeGreaterThan(map?.y ?? 0);
    // Closer than the whole region.
    expect(first.zoom).toBeGreaterThan(from.zoom);
  });

  test('the clicker keeps stepping after the map or the interval had focus; the bar\'s Fullscreen does not leave', async ({ page }) => {
    await page.goto('/?mode=present&lang=en');
    await waitForMapIdle(page);
    // A click on the map gives it focus: its own arrow-key panning must not take the clicker's keys.
    const map = await page.locator('.map-canvas').boundingBox();
    await page.mouse.click((map?.x ?? 0) + 200, (map?.y ?? 0) + 200);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 0);
    // Choosing the autoplay interval leaves the select focused; Page Down still steps.
    const bar = page.getByRole('toolbar', { name: 'Presentation controls' });
    await bar.getByRole('combobox', { name: 'Every' }).selectOption('20');
    await page.keyboard.press('PageDown');
    await expectStep(page, 1);
    await expect(bar.getByRole('combobox', { name: 'Every' })).toHaveValue('20');
    // Fullscreen on and off from the bar: still presenting.
    const full = bar.getByRole('button', { name: 'Fullscreen' });
    await full.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await full.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.waitForTimeout(500);
    await expect(present(page)).toBeVisible();
    await expectStep(page, 1);
  });

  test('B (or a clicker\'s ".") blacks out the screen and brings it back; Escape leaves', async ({ page }) => {
    await page.goto('/?mode=present&lang=en');
    await waitForMapIdle(page);
    await page.keyboard.press('b');
    await expect(page.locator('.present-blackout')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.present-blackout')).toHaveCount(0);
    await page.keyboard.press('.');
    await expect(page.locator('.present-blackout')).toBeVisible();
    // A step brings the picture back and moves on.
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.present-blackout')).toHaveCount(0);
    await expectStep(page, 1);
    await page.keyboard.press('Escape');
    await expect(present(page)).toHaveCount(0);
    await expect(page.locator('.timeline')).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBeNull();
  });

  test('autoplay advances at the chosen interval and can be stopped', async ({ page }) => {
    await page.goto('/?mode=present&lang=en');
    await waitForMapIdle(page);
    const bar = page.getByRole('toolbar', { name: 'Presentation controls' });
    await bar.getByRole('combobox', { name: 'Every' }).selectOption('5');
    const play = bar.getByRole('button', { name: 'Autoplay' });
    const started = Date.now();
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await expectStep(page, 1);
    const firstStep = Date.now() - started;
    expect(firstStep).toBeGreaterThan(4000);
    await expectStep(page, 2);
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    const stoppedAt = await present(page).getAttribute('data-step');
    await page.waitForTimeout(6000);
    await expect(present(page)).toHaveAttribute('data-step', stoppedAt ?? '');
  });

  test('filters choose what is presented; the Present button opens it from the explorer', async ({ page }) => {
    await page.goto('/?lang=en&types=agreement');
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const agreements = ORDER.filter((e) => e.type === 'agreement');
    await expect(present(page)).toHaveAttribute('data-steps', String(agreements.length));
    await expect(page.locator('.present-title')).toHaveText(keepPairsTogether(agreements[0]?.title.en ?? ''));
    await page.keyboard.press('End');
    await expect(page.locator('.present-title')).toHaveText(keepPairsTogether(agreements.at(-1)?.title.en ?? ''));
    // The controls work from the keyboard too, and Leave gives the explorer back.
    await page.getByRole('button', { name: 'Leave the presentation' }).click();
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  });

  test('the first Tabs go to the control bar, not the map\'s canvas and its symbols (Next in two)', async ({ page }) => {
    // Session 8 review: the first Tab went to the map's canvas, then 26 symbols, the control bar after them.
    for (const entry of ['url', 'button'] as const) {
      await page.goto(entry === 'url' ? '/?mode=present&lang=en&script=data/briefing.example.json' : '/?lang=en');
      await waitForMapIdle(page);
      if (entry === 'button') await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expect(present(page)).toBeVisible();
      let tabs = 0;
      while (tabs < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Next'))) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(tabs, entry).toBe(2);
      // The bar still fades: it was let go at once, only Tab brought the focus in.
      await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
    }
  });

  test('the Export list opens above the caption, with an edge; the video dialog has a scrim and shows the 4:3 crop', async ({ page }) => {
    // Session 8 review: the list opened over the caption with no edge; the video dialog had no scrim and no 4:3 preview.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?mode=present&lang=en&script=data/briefing.example.json');
    await waitForMapIdle(page);
    await openExports(page);
    const menu = page.locator('.present-export-menu');
    await expect(menu).toBeVisible();
    const [m, c] = [await menu.boundingBox(), await page.locator('.present-caption').boundingBox()];
    expect(m!.y + m!.height, 'the list ends above the caption').toBeLessThanOrEqual(c!.y);
    const edge = await menu.evaluate((el) => ({ border: parseFloat(getComputedStyle(el).borderTopWidth), shadow: getComputedStyle(el).boxShadow }));
    expect(edge.border).toBeGreaterThanOrEqual(1);
    expect(edge.shadow).not.toBe('none');

    await page.getByRole('button', { name: 'Export video' }).click();
    const dialog = page.getByRole('dialog', { name: 'Video of the presentation' });
    await expect(dialog).toBeVisible();
    // Modal for Tab (session 10 review: Tab left it for the page behind the scrim): Shift+Tab from its first control goes to its last, Tab back.
    await expect(dialog.locator('select').first()).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.locator('select').first()).toBeFocused();
    const scrim = await page.locator('.present-export-scrim').boundingBox();
    expect(scrim).toEqual({ x: 0, y: 0, width: 1024, height: 768 });
    // A 1024×768 screen: 4:3 is offered first, the whole screen in the film; 16:9 cuts a band at the top and the bottom.
    const crop = page.locator('.present-export-crop');
    await expect(crop).toHaveAttribute('data-aspect', '4:3');
    expect(await crop.boundingBox()).toEqual({ x: 0, y: 0, width: 1024, height: 768 });
    await dialog.getByRole('combobox', { name: 'Shape' }).selectOption('16:9');
    await expect(crop).toHaveAttribute('data-aspect', '16:9');
    expect(await crop.boundingBox()).toEqual({ x: 0, y: 96, width: 1024, height: 576 });
    await expect(crop).toContainText('Inside the dashed frame: what the video shows');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('.present-export-scrim, .present-export-crop')).toHaveCount(0);

    // At 1920×1080, 4:3 keeps the middle 1440 px.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openExports(page);
    await page.getByRole('button', { name: 'Export video' }).click();
    await dialog.getByRole('combobox', { name: 'Shape' }).selectOption('4:3');
    expect(await crop.boundingBox()).toEqual({ x: 240, y: 0, width: 1440, height: 1080 });
  });

  test('exports the moment as a 1920×1080 PNG slide that is not blank', async ({ page }, testInfo) => {
    await page.goto(`/?mode=present&lang=en&event=${TWINNING}`);
    await waitForMapIdle(page);
    const download = page.waitForEvent('download');
    await openExports(page);
    await page.getByRole('button', { name: 'Export slide (PNG)' }).click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toBe(`border-cooperation-2026-01-15-${TWINNING}.png`);
    // The list closes off the map once the slide is made, its toggle focused (session 9 analyst review).
    const toggle = page.getByRole('button', { name: 'Export', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    fs.copyFileSync(file, testInfo.outputPath('slide.png'));
    // Not blank: decode it in the page and count distinct colours on a grid, map and text included.
    const colours = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d');
      if (!ctx) return { distinct: 0, mapArea: 0 };
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let y = 0; y < c.height; y += 7) for (let x = 0; x < c.width; x += 7) {
        const i = (y * c.width + x) * 4;
        seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      }
      // The middle right of the slide is map: not one flat colour.
      const mid = ctx.getImageData(1300, 300, 400, 300).data;
      const mapColours = new Set<number>();
      for (let i = 0; i < mid.length; i += 4) mapColours.add((mid[i]! << 16) | (mid[i + 1]! << 8) | mid[i + 2]!);
      return { distinct: seen.size, mapArea: mapColours.size };
    }, png.toString('base64'));
    expect(colours.distinct).toBeGreaterThan(200);
    expect(colours.mapArea).toBeGreaterThan(20);
  });

  test('a scene\'s own camera puts its center in the middle of the map above the caption, and keeps the camera as written', async ({ page }) => {
    const brief = JSON.parse(fs.readFileSync('data/briefing.example.json', 'utf8')) as { scenes: Array<{ camera?: Camera }> };
    const at = brief.scenes.findIndex((s) => s.camera);
    const want = brief.scenes[at]?.camera;
    if (!want) throw new Error('the example script has no scene with a camera');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // A laptop's screen, and a smaller window where the caption covers more than half the height:
    // shown as written, the scene's center was low on the first and under the caption on the second.
    for (const size of [{ width: 1024, height: 640 }, { width: 854, height: 480 }]) {
      await page.setViewportSize(size);
      await page.goto('/?mode=present&lang=fr&script=data/briefing.example.json');
      await waitForMapIdle(page);
      for (let i = 0; i < at; i++) await page.keyboard.press('PageDown');
      await expect(present(page)).toHaveAttribute('data-step', String(at));
      await expect.poll(async () => Math.abs((await camera(page)).zoom - want.zoom)).toBeLessThan(0.01);
      await waitForMapIdle(page);
      const centre = await projectOnPage(page, want.lng, want.lat);
      const caption = await page.locator('.present-caption').boundingBox();
      const map = await page.locator('.map-canvas').boundingBox();
      if (!caption || !map) throw new Error('no caption or map');
      await page.screenshot({ path: `reports/screenshots/present-scene-camera-${size.width}x${size.height}.png` });
      expect(centre.y, `${size.width}×${size.height}`).toBeLessThan(caption.y);
      // In the middle of what the caption leaves: the scene's framing, moved up, not cut.
      expect(Math.abs(centre.y - (map.y + caption.y) / 2), `${size.width}×${size.height}`).toBeLessThan(3);
      expect(Math.abs(centre.x - (map.x + map.width / 2)), `${size.width}×${size.height}`).toBeLessThan(3);
      // The camera the map reports (for the link and the slide) is the script's, not a shifted one.
      const c = await camera(page);
      expect(c.lat).toBeCloseTo(want.lat, 4);
      expect(c.lng).toBeCloseTo(want.lng, 4);
      expect(c.zoom).toBeCloseTo(want.zoom, 4);
    }

    // Leaving keeps the picture and gives the explorer a camera at the middle of its map again.
    await page.keyboard.press('Escape');
    await expect(present(page)).toHaveCount(0);
    await waitForMapIdle(page);
    const after = await camera(page);
    const middle = await projectOnPage(page, after.lng, after.lat);
    const mapNow = await page.locator('.map-canvas').boundingBox();
    expect(Math.abs(middle.y - ((mapNow?.y ?? 0) + (mapNow?.height ?? 0) / 2))).toBeLessThan(2);
  });

  test('follows a briefing script from this site, scene by scene, and refuses one from elsewhere', async ({ page }) => {
    const brief = JSON.parse(fs.readFileSync('data/briefing.example.json', 'utf8')) as { scenes: Array<{ event?: string; camera?: Camera; caption: { en: string }; pairs?: string[] }> };
    const watch = watchPage(page);
    await page.goto('/?mode=present&lang=en&script=data/briefing.example.json');
    await waitForMapIdle(page);
    await expect(present(page)).toHaveAttribute('data-steps', String(brief.scenes.length));
    for (let i = 0; i < brief.scenes.length; i++) {
      const scene = brief.scenes[i]!;
      await expect(present(page)).toHaveAttribute('data-step', String(i));
      await expect(page.locator('.present-scene')).toHaveText(scene.caption.en);
      await expect(present(page)).toHaveAttribute('data-selected', scene.event ?? '');
      if (scene.camera) {
        const want = scene.camera;
        await expect.poll(async () => Math.abs((await camera(page)).zoom - want.zoom), { timeout: 20_000 * WORKERS }).toBeLessThan(0.01);
        const c = await camera(page);
        expect(c.lat).toBeCloseTo(want.lat, 2);
        expect(c.lng).toBeCloseTo(want.lng, 2);
      }
      // A scene's filters are part of it; the address carries them.
      await expect.poll(() => new URL(page.url()).searchParams.get('pairs')).toBe(scene.pairs?.join(',') ?? null);
      await page.keyboard.press('PageDown');
    }
    expect(watch.errors).toEqual([]);

    await page.goto('/?mode=present&lang=en&script=https://example.org/brief.json');
    await expect(page.getByRole('alert').filter({ hasText: 'briefing script' })).toContainText('was not used');
    await expect(present(page)).toHaveAttribute('data-steps', String(ORDER.length));
  });
});
