import { expect, test, type Frame, type Page } from '@playwright/test';
import { embedFrame, frameMapIdle, serveExamples } from './hostPage';

/**
 * The 320 px embed inside examples/article.html's iframe (issue 14 journalist review, session 8):
 * selecting an event blanked the map above the card, 5 times in 5, and the hover tooltip stayed
 * after the click, cut at the frame's right edge. Both inside the iframe, as a reader meets them.
 */

async function sideMap(page: Page): Promise<Frame> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await serveExamples(page);
  await page.goto('/examples/article.html');
  await page.locator('iframe#side-map').scrollIntoViewIfNeeded();
  const frame = await embedFrame(page, 'side-map');
  await frameMapIdle(frame);
  return frame;
}

/** The event symbols' hit targets inside the frame, in the frame's CSS px. */
async function markers(frame: Frame): Promise<{ x: number; y: number }[]> {
  return frame.evaluate(() => {
    const map = document.querySelector('.map-area')!.getBoundingClientRect();
    return [...document.querySelectorAll('.event-marker')].map((e) => e.getBoundingClientRect())
      .map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 }))
      .filter((p) => p.x > map.left + 20 && p.x < map.right - 20 && p.y > map.top + 60 && p.y < map.bottom - 40);
  });
}

/** Share of the pixels in rows [y0, y1) that differ (by more than 24 in a channel) between two PNGs. */
async function differing(page: Page, a: Buffer, b: Buffer, y0: number, y1: number): Promise<number> {
  return page.evaluate(async ([a64, b64, top, bottom]) => {
    const read = async (b: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth; c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, top, c.width, bottom - top).data;
    };
    const [p, q] = [await read(a64), await read(b64)];
    let diff = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i]! - q[i]!) > 8 || Math.abs(p[i + 1]! - q[i + 1]!) > 8 || Math.abs(p[i + 2]! - q[i + 2]!) > 8) diff++;
    }
    return diff / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64'), Math.round(y0), Math.round(y1)] as const);
}

test.describe('the 320 px embed in an article', () => {
  test('selecting an event leaves the map above the card drawn', async ({ page }) => {
    const frame = await sideMap(page);
    const iframe = page.locator('iframe#side-map');
    const box = (await iframe.boundingBox())!;
    // The symbol the review clicked: the lowest one, where the card then opens.
    const spots = await markers(frame);
    expect(spots.length).toBeGreaterThan(0);
    const spot = spots.reduce((a, b) => (b.y > a.y ? b : a));
    await page.mouse.click(box.x + spot.x, box.y + spot.y);
    const card = frame.locator('.embed-card');
    await expect(card).toBeVisible();
    await frameMapIdle(frame);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(600);
    const { mapTop, cardTop } = await frame.evaluate(() => ({
      mapTop: document.querySelector('.map-area')!.getBoundingClientRect().top,
      cardTop: document.querySelector('.embed-card')!.getBoundingClientRect().top,
    }));
    expect(cardTop - mapTop).toBeGreaterThan(120);
    const withCard = await iframe.screenshot();
    // The same picture without the card: the map above it must not change.
    await card.evaluate((el) => { (el as HTMLElement).style.visibility = 'hidden'; });
    await page.waitForTimeout(400);
    const without = await iframe.screenshot();
    // Blank, about 90% of that band differed (session 8); drawn, the legend's and pills' shadows.
    expect(await differing(page, withCard, without, mapTop, cardTop - 14)).toBeLessThan(0.03);
  });

  test('the hover tooltip stays inside the frame and goes on the click', async ({ page }) => {
    const frame = await sideMap(page);
    const box = (await page.locator('iframe#side-map').boundingBox())!;
    // The rightmost symbol: its tooltip used to run past the frame's right edge.
    const spot = (await markers(frame)).reduce((a, b) => (b.x > a.x ? b : a));
    expect(spot.x).toBeGreaterThan(160);
    await page.mouse.move(box.x + spot.x - 3, box.y + spot.y);
    await page.mouse.move(box.x + spot.x, box.y + spot.y);
    const tooltip = frame.locator('.map-tooltip');
    await expect(tooltip).toBeVisible();
    const r = await tooltip.evaluate((el) => { const b = el.getBoundingClientRect(); return { left: b.left, right: b.right, width: innerWidth }; });
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(r.width);
    await page.mouse.click(box.x + spot.x, box.y + spot.y);
    await expect(frame.locator('.embed-card')).toBeVisible();
    await expect(tooltip).toHaveCount(0);
  });

  test('pairs=VN-CN: the sources are that border\'s article, opening on the quotes of its six events', async ({ page }) => {
    const frame = await sideMap(page);
    const line = frame.locator('.embed-source-line');
    // Session 8: "Sources: 5 articles", all five, in a frame showing one border's events.
    await line.getByRole('button', { name: 'Source: 1 article' }).click();
    const panel = frame.getByRole('region', { name: 'Sources' });
    const article = panel.locator('.embed-sources-list > li');
    await expect(article).toHaveCount(1);
    await expect(article.locator('.embed-source-meta')).toContainText('6 events');
    // No address to link to: the article opens, from the keyboard, on what it says.
    const summary = article.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const quotes = article.getByRole('list', { name: 'Quotes from this article, by event' }).getByRole('listitem');
    await expect(quotes).toHaveCount(6);
    await expect(quotes.first().locator('q')).toHaveAttribute('lang', 'fr');
    expect((await quotes.first().locator('q').textContent())!.length).toBeGreaterThan(20);
  });

  test('pairs=VN-CN opens with room for the border\'s end names (Móng Cái was cut at the right edge)', async ({ page }) => {
    const frame = await sideMap(page);
    const at = await frame.locator('.map-canvas').evaluate((el) => {
      const h = (el as unknown as { mapHandle: { project(lon: number, lat: number): { x: number; y: number } } }).mapHandle;
      // Móng Cái, the border's eastern end, whose name is drawn beside its point; Lào Cai, on the border's western half.
      return { mongCai: h.project(107.966, 21.524), laoCai: h.project(103.97, 22.49), width: el.clientWidth };
    });
    expect(at.mongCai.x).toBeLessThanOrEqual(at.width - 60);
    expect(at.laoCai.x).toBeGreaterThanOrEqual(40);
  });
});
