import { expect, test, type Page } from '@playwright/test';
import { WORKERS } from './workers';
import { slowTest, waitForMapIdle, watchPage } from './helpers';

// Issue 15 (analyst review): a legend card in live present mode, a note for events outside the frame,
// and a locator inset that stays put from step to step.

const SCRIPT = '/?mode=present&script=data/briefing.example.json';

async function stepTo(page: Page, index: number, idle = true): Promise<void> {
  const present = page.locator('.present');
  while (Number(await present.getAttribute('data-step')) < index) await page.keyboard.press('ArrowRight');
  await expect(present).toHaveAttribute('data-step', String(index));
  if (idle) await waitForMapIdle(page);
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The control bar, shown by a pointer move: one row, inside the screen, clear of the legend card, the inset, the caption and the credits. */
async function checkBar(page: Page, width: number, height: number): Promise<void> {
  // The pointer moves: the bar shows.
  await page.mouse.move(width / 2, height / 3);
  await page.mouse.move(width / 2 + 20, height / 3 + 20);
  const bar = page.getByRole('toolbar');
  await expect(bar).not.toHaveClass(/present-controls-hidden/);
  await expect(bar).toHaveCSS('opacity', '1');
  const boxes = await page.evaluate(() => {
    const rect = (s: string) => document.querySelector(s)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
    const buttons = [...document.querySelectorAll('.present-controls > button, .present-controls > label, .present-export-group > button')]
      .map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    return { bar: rect('.present-controls'), legend: rect('.present-legend'), caption: rect('.present-caption'), inset: rect('.locator-inset'), credits: rect('.present-credits'), buttons };
  });
  // One row: every control on the same line, the bar inside the screen.
  const tops = boxes.buttons.map((b) => Math.round(b.top + b.height / 2));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
  expect(boxes.bar!.left).toBeGreaterThanOrEqual(0);
  expect(boxes.bar!.right).toBeLessThanOrEqual(width);
  expect(boxes.bar!.height).toBeLessThan(70);
  for (const b of boxes.buttons) {
    expect(b.left).toBeGreaterThanOrEqual(boxes.bar!.left);
    expect(b.right).toBeLessThanOrEqual(boxes.bar!.right);
  }
  for (const other of ['legend', 'caption', 'inset', 'credits'] as const) {
    expect(boxes[other], other).toBeDefined();
    expect(overlap(boxes.bar!, boxes[other]!), `bar over ${other}`).toBe(false);
  }
}

const BAR_TITLE = 'the control bar, shown, is one row clear of the legend card, the inset and the caption (steps 0 and 3)';

// Tests that load the same script at the same size share one page load (each load and map idle costs
// tens of seconds under software WebGL): the checks of each are steps of one test, unchanged.
test(`at 1024\u00d7768 (en) ${BAR_TITLE}; the legend card names the step\u2019s symbols at 18 px or more, clear of the caption and the inset`, async ({ page }) => {
  slowTest(120_000);
  const watch = watchPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${SCRIPT}&lang=en`);
  await waitForMapIdle(page);
  await test.step('the control bar at step 0', async () => {
    await stepTo(page, 0);
    await checkBar(page, 1024, 768);
  });
  const legend = page.getByRole('complementary', { name: 'Legend' });
  await test.step('the legend card at step 2: one type', async () => {
    // Scene 3 is the Beijing minutes alone on the map: one type.
    await stepTo(page, 2);
    await expect(legend.getByRole('listitem')).toHaveText(['Agreement']);
    // No dashed ring in Beijing's frame; the card explains it once one is drawn (scene 5: events placed on the border are in view).
    await expect(legend).not.toContainText('Dashed ring');
  });
  for (const step of [3, 4, 5]) {
    await test.step(`the legend card at step ${step}`, async () => {
      await stepTo(page, step);
      await expect(legend).toBeVisible();
      if (step === 4) await expect(legend.getByText('Dashed ring: no place named', { exact: false })).toBeVisible();
      const boxes = await page.evaluate(() => {
        const rect = (s: string) => document.querySelector(s)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
        const sizes = [...document.querySelectorAll('.present-legend, .present-legend *')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
          .map((el) => parseFloat(getComputedStyle(el).fontSize));
        return { legend: rect('.present-legend'), caption: rect('.present-caption'), inset: rect('.locator-inset'), sizes };
      });
      expect(Math.min(...boxes.sizes)).toBeGreaterThanOrEqual(18);
      expect(overlap(boxes.legend!, boxes.caption!)).toBe(false);
      expect(overlap(boxes.legend!, boxes.inset!)).toBe(false);
    });
    if (step === 3) await test.step('the control bar at step 3', () => checkBar(page, 1024, 768));
  }
  expect(watch.errors).toEqual([]);
});

test(`at 1024\u00d7768 (vi) ${BAR_TITLE}`, async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${SCRIPT}&lang=vi`);
  await waitForMapIdle(page);
  for (const step of [0, 3]) {
    await stepTo(page, step);
    await checkBar(page, 1024, 768);
  }
});

test(`at 1920\u00d71080 (en) ${BAR_TITLE}; the locator inset is on every step, in the same place; the summary scene says what lies outside its frame: +1 in Beijing`, async ({ page }) => {
  // Six steps, each waiting for the map to be idle: the default 60 s ran out under load (it flaked twice).
  slowTest(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${SCRIPT}&lang=en`);
  await waitForMapIdle(page);
  const steps = Number(await page.locator('.present').getAttribute('data-steps'));
  // The steps the control bar (0, 3) and the summary scene (5) are checked on are among them.
  expect(steps).toBeGreaterThan(5);
  const places = new Set<string>();
  // Its shapes are fetched once the map is up: under load that can take a while (it flaked twice on a fixed wait).
  await expect(page.locator('.locator-inset svg')).toBeVisible({ timeout: 30_000 * WORKERS });
  for (let i = 0; i < steps; i++) {
    await test.step(`step ${i}`, async () => {
      await stepTo(page, i);
      const inset = page.locator('.locator-inset');
      await expect(inset, `step ${i}`).toHaveCount(1);
      await expect(inset.locator('.locator-inset-frame'), `step ${i}`).toHaveCount(1);
      const r = await inset.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      places.add(`${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`);
      if (i === 0 || i === 3) await checkBar(page, 1920, 1080);
      // The summary scene (step 5) names the Beijing minutes outside its frame.
      if (i === 5) await expect(page.locator('.present-offframe')).toContainText('+1 in Beijing', { timeout: 30_000 * WORKERS });
    });
  }
  expect(places.size).toBe(1);
});

test('the summary scene says what lies outside its frame: the Beijing minutes (fr, vi; en with the inset at 1920\u00d71080)', async ({ page }) => {
  // Two page loads of a 6-step script: 150 s ran out for three under load with the card already right (session 7).
  slowTest(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const [lang, text] of [['fr', '+1 à Pékin'], ['vi', '+1 tại Bắc Kinh']] as const) {
    await page.goto(`${SCRIPT}&lang=${lang}`);
    await waitForMapIdle(page);
    await stepTo(page, 5, false);
    await expect(page.locator('.present-offframe')).toContainText(text, { timeout: 30_000 * WORKERS });
  }
});

test(`at 1024\u00d7768 (fr) ${BAR_TITLE}; the legend card names the border glow exactly when a lit border is on screen (issue 15, session 7 review)`, async ({ page }) => {
  slowTest(150_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${SCRIPT}&lang=fr`);
  await waitForMapIdle(page);
  const steps = Number(await page.locator('.present').getAttribute('data-steps'));
  // The control bar is checked on steps 0 and 3.
  expect(steps).toBeGreaterThan(3);
  const litOnScreen = () => page.locator('.map-canvas').evaluate((el) =>
    (el as HTMLElement & { mapHandle: { renderedIds(l: string[], lit: boolean): string[] } }).mapHandle.renderedIds(['border-lit'], true).length > 0);
  let named = 0;
  for (let i = 0; i < steps; i++) {
    await test.step(`step ${i}`, async () => {
      await stepTo(page, i);
      const lit = await litOnScreen();
      // The card measures once the camera has landed: wait on its state, not on time.
      await expect(page.locator('.present-legend .present-lit'), `step ${i}`).toHaveCount(lit ? 1 : 0);
      if (lit) {
        named++;
        await expect(page.locator('.present-lit')).toHaveText(/frontière/);
      }
      if (i === 0 || i === 3) await checkBar(page, 1024, 768);
    });
  }
  expect(named).toBeGreaterThan(0);
});
