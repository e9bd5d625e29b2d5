import { expect, test, type Page } from '@playwright/test';
import { waitForMapIdle, watchPage } from './helpers';

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

test('at 1024×768 the legend card names the step\u2019s symbols at 18 px or more, clear of the caption and the inset', async ({ page }) => {
  const watch = watchPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${SCRIPT}&lang=en`);
  await waitForMapIdle(page);
  const legend = page.getByRole('complementary', { name: 'Legend' });
  // Scene 3 is the Beijing minutes alone on the map: one type.
  await stepTo(page, 2);
  await expect(legend.getByRole('listitem')).toHaveText(['Agreement']);
  for (const step of [3, 5]) {
    await stepTo(page, step);
    await expect(legend).toBeVisible();
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
  }
  expect(watch.errors).toEqual([]);
});

test('the summary scene says what lies outside its frame: the Beijing minutes', async ({ page }) => {
  test.setTimeout(150_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const [lang, text] of [['en', '+1 in Beijing'], ['fr', '+1 à Pékin'], ['vi', '+1 tại Bắc Kinh']] as const) {
    await page.goto(`${SCRIPT}&lang=${lang}`);
    await waitForMapIdle(page);
    await stepTo(page, 5, false);
    await expect(page.locator('.present-offframe')).toContainText(text, { timeout: 30_000 });
  }
});

test('at 1920×1080 the locator inset is on every step, in the same place', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${SCRIPT}&lang=en`);
  await waitForMapIdle(page);
  const steps = Number(await page.locator('.present').getAttribute('data-steps'));
  const places = new Set<string>();
  for (let i = 0; i < steps; i++) {
    await stepTo(page, i);
    const inset = page.locator('.locator-inset');
    await expect(inset, `step ${i}`).toHaveCount(1);
    const r = await inset.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    places.add(`${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)}`);
  }
  expect(places.size).toBe(1);
});
