import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { waitForMapIdle, watchPage, showWholeStory } from './helpers';

// Issue 13 design review: ticking the Vietnam–China border brings its events
// into view (the camera stayed on the focus provinces, showing none of them),
// and a shared event link opens the timeline on that event.

type Handle = {
  controller: { visiblePoints(project: (lon: number, lat: number) => { x: number; y: number }, limit: number): Array<{ id: string; x: number; y: number }> | null; visibleIds(): string[] };
  project(lon: number, lat: number): { x: number; y: number };
};

/** The visible events drawn inside the map's box (8 px in from its edges), by id. */
async function inView(page: Page): Promise<{ visible: string[]; inside: string[] }> {
  const canvas = page.locator('.map-canvas').first();
  return canvas.evaluate((el) => {
    const h = (el as HTMLElement & { mapHandle: Handle }).mapHandle;
    const { clientWidth: w, clientHeight: hh } = el as HTMLElement;
    const points = h.controller.visiblePoints((lon, lat) => h.project(lon, lat), 10_000) ?? [];
    return {
      visible: h.controller.visibleIds(),
      inside: points.filter((p) => p.x >= 8 && p.x <= w - 8 && p.y >= 8 && p.y <= hh - 8).map((p) => p.id),
    };
  });
}

test.use({ viewport: { width: 1280, height: 800 } });

test('ticking Vietnam–China brings its events into the visible map', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  const hide = page.getByRole('button', { name: 'Hide legend' });
  if (await hide.isVisible()) await hide.click();
  const before = await inView(page);
  await page.getByRole('checkbox', { name: 'Vietnam–China' }).check();
  await expect(page.getByText('Only what is ticked is shown; a group with nothing ticked shows all.')).toBeVisible();
  await page.waitForTimeout(1300); // the 1 s ease
  await waitForMapIdle(page);
  const after = await inView(page);
  expect(after.visible.length).toBeGreaterThan(0);
  expect(after.visible.every((id) => id.includes('vn-cn'))).toBe(true);
  // The review's finding was none in view before the camera moved. The desktop opens on the focus
  // provinces (issue 13's two scales), with none of them in view: framing the border brings every one in.
  const cn = after.visible.filter((id) => id.includes('vn-cn') && !id.includes('beijing'));
  expect(cn.length).toBeGreaterThan(0);
  expect(before.inside.filter((id) => id.includes('vn-cn'))).toEqual([]);
  expect(after.inside).toEqual(expect.arrayContaining(cn));
  expect(after.inside.length).toBeGreaterThan(0);
  await page.screenshot({ path: 'reports/screenshots/camera-fixes-vn-cn-1280.png' });
  expect(watch.errors).toEqual([]);
});

test('a shared event link without a date opens the timeline on that event (December 2021)', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/?lang=en&event=2021-12-vn-la-first-border-defence-friendship-exchange');
  await waitForMapIdle(page);
  const slider = page.getByRole('slider', { name: 'Date on the timeline' });
  await expect(slider).toHaveAttribute('aria-valuetext', /December 2021/);
  const { inside } = await inView(page);
  expect(inside).toContain('2021-12-vn-la-first-border-defence-friendship-exchange');
  expect(watch.errors).toEqual([]);
});

// Reader3 (design review: Play zoomed out to Beijing and stayed there through 2024).
test('after the Beijing talks, the next event on the border brings the camera back to the story region', async ({ page }) => {
  await page.goto('/?lang=en&date=2023-11-30');
  await waitForMapIdle(page);
  const next = page.getByRole('button', { name: 'Next event' });
  const where = () => page.locator('.map-canvas').first().evaluate((el) => {
    const h = (el as HTMLElement & { mapHandle: Handle & { camera(): { zoom: number; lat: number; lng: number } } }).mapHandle;
    return { ...h.camera(), beijing: h.project(116.4, 39.91), vnLa: h.project(106.74, 16.63), w: (el as HTMLElement).clientWidth, h: (el as HTMLElement).clientHeight };
  });
  const inside = (p: { x: number; y: number }, v: { w: number; h: number }) => p.x >= 0 && p.x <= v.w && p.y >= 0 && p.y <= v.h;
  await next.click(); // 4 December 2023, the talks in Beijing
  await page.waitForTimeout(1300);
  await waitForMapIdle(page);
  const away = await where();
  expect(inside(away.beijing, away), 'Beijing brought into view').toBe(true);
  await next.click(); // 2024: the Vietnam–China border
  await page.waitForTimeout(1300);
  await waitForMapIdle(page);
  const back = await where();
  expect(back.zoom, 'zoomed back in').toBeGreaterThan(away.zoom + 0.5);
  expect(back.lat).toBeLessThan(24.5);
  expect(inside(back.vnLa, back), 'the focus provinces in view again').toBe(true);
  expect(inside(back.beijing, back)).toBe(false);
});

// Session 9 reader review: Play flew out to all of China for the Beijing talks and shrank the border
// region to 100 px. Play now keeps the region in frame; the talks are named by their caption card.
test('Play reaches the Beijing talks without leaving the border region', async ({ page }) => {
  await page.goto('/?lang=en&date=2023-11-20');
  await waitForMapIdle(page);
  const before = await page.locator('.map-canvas').first().evaluate((el) => (el as HTMLElement & { mapHandle: Handle & { camera(): { zoom: number } } }).mapHandle.camera().zoom);
  // Pause from inside the page the moment the card names the talks. Pressed from the test, under CI's load the
  // click could come after Play's next step (3.5 s on), whose Vietnam–China border events the camera rightly
  // follows north: stop 31 failed so, twice. The cursor is then checked to be still on the talks' day.
  const pause = page.evaluate(() => new Promise<void>((resolve) => {
    const look = () => {
      if (document.querySelector('.story-caption-title')?.textContent?.includes('in Beijing')) {
        document.querySelector<HTMLButtonElement>('button.playback-play')?.click();
        resolve();
      } else requestAnimationFrame(look);
    };
    look();
  }));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await pause;
  await expect(page.locator('.story-caption-title')).toContainText('in Beijing', { timeout: 30_000 * WORKERS });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/date=2023-12-04/);
  // The map shows nothing of the talks (the edge pills stay off the map during Play): the card says where they are
  // (session 18 review: the card named them while the map showed nothing).
  await expect(page.locator('.story-caption-off')).toHaveText('\u2191 Off the map, to the north');
  await page.waitForTimeout(1300);
  await waitForMapIdle(page);
  const at = await page.locator('.map-canvas').first().evaluate((el) => {
    const h = (el as HTMLElement & { mapHandle: Handle & { camera(): { zoom: number } } }).mapHandle;
    return { zoom: h.camera().zoom, beijing: h.project(116.4, 39.91), vnLa: h.project(106.74, 16.63), w: (el as HTMLElement).clientWidth, h: (el as HTMLElement).clientHeight };
  });
  const inside = (p: { x: number; y: number }) => p.x >= 0 && p.x <= at.w && p.y >= 0 && p.y <= at.h;
  expect(inside(at.vnLa), 'the focus provinces still in view').toBe(true);
  expect(inside(at.beijing), 'Beijing not framed by Play').toBe(false);
  expect(at.zoom).toBeGreaterThan(before - 0.5);
  // The next event, on the Vietnam–China border, is drawn in view: its card says nothing of the kind.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(page.locator('.story-caption-title')).not.toContainText('in Beijing');
  await waitForMapIdle(page);
  await expect(page.locator('.story-caption')).toBeVisible();
  await expect(page.locator('.story-caption-off')).toHaveCount(0);
});

/** Where the map draws event `id`, in the map's CSS px, and the map's zoom. */
async function drawn(page: Page, id: string): Promise<{ x: number; y: number; zoom: number } | null> {
  return page.locator('.map-canvas').first().evaluate((el, wanted) => {
    const h = (el as HTMLElement & { mapHandle: Handle & { camera(): { zoom: number } } }).mapHandle;
    const p = (h.controller.visiblePoints((lon, lat) => h.project(lon, lat), 10_000) ?? []).find((q) => q.id === wanted);
    return p ? { x: p.x, y: p.y, zoom: h.camera().zoom } : null;
  }, id);
}

// Session 15 review: choosing the Vientiane meeting in the opening view, where it was drawn in plain
// sight, zoomed to Quảng Trị and left its star in the map's top-left corner (128, 180).
test('choosing an event already in view leaves the camera where the reader had it', async ({ page }) => {
  const watch = watchPage(page);
  const id = '2026-02-05-vn-la-defence-ministers-meeting-vientiane';
  await page.goto('/?lang=en');
  await waitForMapIdle(page);
  // The whole story, where the star stands in plain sight (the focus frame a desktop opens on, issue 13,
  // has it 50 px from its west edge, inside the room a follow keeps).
  await showWholeStory(page);
  const before = await drawn(page, id);
  expect(before).not.toBeNull();
  await page.locator('table').getByRole('button', { name: 'Vietnamese and Lao defence ministers meet in Vientiane', exact: true }).click();
  await page.waitForTimeout(1300); // a follow would be a 1 s ease
  await waitForMapIdle(page);
  const after = await drawn(page, id);
  expect(after).not.toBeNull();
  expect(Math.abs(after!.zoom - before!.zoom)).toBeLessThan(0.01);
  expect(Math.hypot(after!.x - before!.x, after!.y - before!.y)).toBeLessThan(2);
  expect(watch.errors).toEqual([]);
});
