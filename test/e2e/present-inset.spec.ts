import { expect, test, type Page } from '@playwright/test';
import { slowTest, waitForMapIdle } from './helpers';

// Issue 15, session 7 review: the briefing's locator inset orients (a wide picture of the region, the main
// map's frame a small rectangle in it, its names whole), and the caption has one headline.

const SCRIPT = '/?mode=present&script=data/briefing.example.json';

async function stepTo(page: Page, index: number): Promise<void> {
  const present = page.locator('.present');
  while (Number(await present.getAttribute('data-step')) < index) await page.keyboard.press('ArrowRight');
  await expect(present).toHaveAttribute('data-step', String(index));
  await waitForMapIdle(page);
}

/** The inset's box, its frame's share of it, and each country name's box against the picture's. */
async function insetNow(page: Page) {
  return page.locator('.locator-inset').evaluate((el) => {
    const svg = el.querySelector('svg')!.getBoundingClientRect();
    const frame = el.querySelector('.locator-inset-frame')?.getBoundingClientRect();
    const names = [...el.querySelectorAll('text')].map((t) => {
      const r = t.getBoundingClientRect();
      const px = parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
      // The country drawn under the name's middle (in the picture's units), if any.
      const bb = (t as SVGGraphicsElement).getBBox();
      const middle = new DOMPoint(bb.x + bb.width / 2, bb.y + bb.height / 2);
      const countryAt = (x: number, y: number) => [...el.querySelectorAll<SVGPathElement>('path[data-country]')].find((p) => p.isPointInFill(new DOMPoint(x, y)))?.dataset.country ?? null;
      const over = countryAt(middle.x, middle.y);
      const id = (t as SVGElement).dataset.countryName;
      // How many of five points along the name's middle row lie over another country; where its leader ends, if it has one.
      const samples = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => countryAt(bb.x + bb.width * f, middle.y));
      const stray = samples.filter((c) => c !== null && c !== id).length, onOwn = samples.includes(id ?? '');
      const dot = el.querySelector<SVGCircleElement>(`[data-leader="${id}"] circle`);
      const leaderEnd = dot ? countryAt(dot.cx.baseVal.value, dot.cy.baseVal.value) : undefined;
      return {
        text: t.textContent, id, over, stray, onOwn, leaderEnd, px, rect: { x: r.left, y: r.top, right: r.right, bottom: r.bottom },
        inside: r.left >= svg.left - 0.5 && r.right <= svg.right + 0.5 && r.top >= svg.top - 0.5 && r.bottom <= svg.bottom + 0.5,
      };
    });
    const box = el.getBoundingClientRect();
    return { width: box.width, height: box.height, share: frame ? (frame.width * frame.height) / (svg.width * svg.height) : null, names };
  });
}

for (const lang of ['en', 'fr', 'vi']) {
  test(`at 1024×768 (${lang}) the inset is a small, wide picture: the frame of the first steps a third of it at most, its names whole`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${SCRIPT}&lang=${lang}`);
    await waitForMapIdle(page);
    // Step 3 is zoomed in on Khe Sanh: a small frame, where LAOS and VIETNAM ran together (session 14 review).
    for (const step of [0, 1, 3]) {
      await stepTo(page, step);
      // Waits on the frame having followed the camera (it updates on the map's move events).
      await expect.poll(async () => (await insetNow(page)).share, { message: `step ${step}` }).not.toBeNull();
      const inset = await insetNow(page);
      expect(inset.width, `step ${step}`).toBeGreaterThanOrEqual(165);
      expect(inset.width, `step ${step}`).toBeLessThanOrEqual(195);
      expect(inset.height, `step ${step}`).toBeLessThanOrEqual(215);
      expect(inset.share!, `step ${step}`).toBeLessThanOrEqual(0.35);
      expect(inset.names.length).toBeGreaterThanOrEqual(2);
      for (const n of inset.names) {
        expect(n.inside, `${n.text} inside the inset`).toBe(true);
        expect(n.px, `${n.text}`).toBeGreaterThanOrEqual(18);
        // Over its own country or the sea, never a neighbour (session 13: VIỆT NAM was moved above the frame, over China).
        expect([null, n.id], `${n.text} at step ${step} is over ${n.over}`).toContain(n.over);
        // Lying over neighbours and nowhere over its own country (session 14 review: LAOS over Thailand and
        // Cambodia at step 3), a leader takes it to a point inside its own country (the app judges by the
        // name's estimated box, this test by the drawn text's: only the clear cases are held to it); a name
        // over its own ground or the sea has none.
        if (n.stray >= 3 && !n.onOwn) expect(n.leaderEnd, `${n.text} at step ${step}: its leader`).toBe(n.id);
        if (n.stray === 0) expect(n.leaderEnd, `${n.text} at step ${step}: no leader`).toBeUndefined();
        if (n.leaderEnd !== undefined) expect(n.leaderEnd, `${n.text} at step ${step}: its leader`).toBe(n.id);
      }
      // Step 3: LAOS cannot fit in Laos at the inset's scale; it has its leader.
      if (step === 3) expect(inset.names.find((n) => n.id === 'LA')?.leaderEnd).toBe('LA');
      // No two names run into each other ("LAOSVIETNAM").
      for (const [i, a] of inset.names.entries()) {
        for (const b of inset.names.slice(i + 1)) {
          const apart = a.rect.right <= b.rect.x + 1 || b.rect.right <= a.rect.x + 1 || a.rect.bottom <= b.rect.y + 1 || b.rect.bottom <= a.rect.y + 1;
          expect(apart, `${a.text} and ${b.text} at step ${step}`).toBe(true);
        }
      }
    }
  });
}

test('at 1920×1080 the inset stays under 240 px wide', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${SCRIPT}&lang=fr`);
  await waitForMapIdle(page);
  const inset = await insetNow(page);
  expect(inset.width).toBeLessThanOrEqual(240);
  expect(inset.width).toBeGreaterThan(200);
  for (const n of inset.names) expect(n.inside, `${n.text} inside the inset`).toBe(true);
});

for (const size of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`at ${size.width}×${size.height} the inset names China, Laos and Vietnam at 18 px or more, as drawn`, async ({ page }) => {
    // Session 8 review: the names measured 17.5 px at 1024×768 (under the room's 18 px floor) and Laos was not named.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(size);
    await page.goto(`${SCRIPT}&lang=en`);
    await waitForMapIdle(page);
    const names = await page.locator('.locator-inset text').evaluateAll((els) => els.map((t) => ({
      id: t.getAttribute('data-country-name'),
      // The CSS size, and the size drawn on screen (the SVG is scaled to the inset's box).
      css: parseFloat(getComputedStyle(t).fontSize),
      drawn: parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1),
      // The glyphs' own box height on screen: a name drawn smaller than its size says would show here.
      box: t.getBoundingClientRect().height,
    })));
    expect(names.map((n) => n.id).sort()).toEqual(['CN', 'LA', 'VN']);
    for (const n of names) {
      // Session 11 review: the names keep one drawn size at every inset width (25 px at 1920 was louder than the
      // main map's CHINA), so their SVG units, not px, fall under 18 where the inset is drawn larger: the drawn size counts.
      expect(n.css, `${n.id} CSS size`).toBeGreaterThan(0);
      expect(n.drawn, `${n.id} drawn size`).toBeGreaterThanOrEqual(18);
      expect(n.box, `${n.id} box`).toBeGreaterThanOrEqual(18);
    }
  });
}

/** The headline's, the date line's and the source line's sizes, and the caption's share of the height. */
async function captionNow(page: Page) {
  return page.evaluate(() => {
    const px = (s: string) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize);
    const weight = (s: string) => Number(getComputedStyle(document.querySelector(s)!).fontWeight);
    return {
      title: px('.present-title'), titleWeight: weight('.present-title'),
      date: px('.present-date'), dateWeight: weight('.present-date'), source: px('.present-source'),
      share: document.querySelector('.present-caption')!.getBoundingClientRect().height / innerHeight,
    };
  });
}

test('the caption has one headline, larger at 1920 than at 1024, the date line clearly secondary, under a quarter of the height', async ({ page }) => {
  slowTest(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const titles: number[] = [];
  // The record's own steps (event titles) and the script's (scene captions, the longest headlines), at a projector's size;
  // the script at 1920.
  for (const [size, url, steps] of [
    [{ width: 1024, height: 768 }, '/?mode=present&lang=fr', 3], [{ width: 1024, height: 768 }, `${SCRIPT}&lang=vi`, 5],
    [{ width: 1920, height: 1080 }, `${SCRIPT}&lang=vi`, 1],
  ] as const) {
    {
      await page.setViewportSize(size);
      await page.goto(url);
      await waitForMapIdle(page);
      for (let step = 0; step < steps; step++) {
        await stepTo(page, step);
        // The caption's height settles once its text is laid out for the step.
        await expect(page.locator('.present-title')).not.toBeEmpty();
        const c = await captionNow(page);
        const where = `${size.width} ${url} step ${step}`;
        expect(c.title, where).toBeGreaterThanOrEqual(28);
        expect(c.titleWeight, where).toBeGreaterThanOrEqual(700);
        expect(c.date / c.title, where).toBeLessThanOrEqual(0.7);
        expect(c.dateWeight, where).toBeLessThan(700);
        expect(c.source, where).toBeLessThanOrEqual(c.date);
        expect(c.share, where).toBeLessThanOrEqual(0.25);
      }
      titles.push((await captionNow(page)).title);
    }
  }
  expect(titles[2]!).toBeGreaterThan(titles[1]! * 1.2);
});
