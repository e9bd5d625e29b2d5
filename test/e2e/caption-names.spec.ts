import { expect, test } from '@playwright/test';
import { waitForMapIdle } from './helpers';
import { WORKERS } from './workers';

// Issue 13, session 16 review: after Next at 1280×800 the story caption card sat at the top over
// "Lào Cai", "CHINA" and four more names while the map's bottom corners held none. The card now
// counts the names MapLibre placed (after the symbols, pills, chips and rings it must never hide).

type Box = { x: number; y: number; w: number; h: number };
type Handle = { placedLabelBoxes(): Array<Box & { layer: string }> | null };

const NAME_LAYERS = ['places-symbol', 'focus-label', 'country-label', 'country-label-near', 'country-label-far', 'water-label'];

test('1280×800: after Next the caption card sits over fewer map names than the top would', async ({ page }) => {
  await page.goto('/?lang=en&date=2019-01-01');
  await waitForMapIdle(page);
  await page.getByRole('button', { name: 'Next event' }).click();
  const card = page.getByRole('complementary', { name: 'Event on the map' });
  await expect(card).toContainText('Lao People’s Army chief of general staff visits Vietnam');
  // The step brings in four events (1–4 June 2022 and three dated 1 or 2 June): the card names one and counts the rest.
  await expect(card).toContainText('and 3 more events at this step, in the list');
  await waitForMapIdle(page);
  // Names are placed again a moment after the map stops; the card follows them.
  await expect.poll(async () => page.locator('.map-canvas').evaluate((el, layers) => {
    const h = (el as HTMLElement & { mapHandle: Handle }).mapHandle;
    const origin = el.getBoundingClientRect();
    const c = document.querySelector('.story-caption')!.getBoundingClientRect();
    const card = { x: c.left - origin.left, y: c.top - origin.top, w: c.width, h: c.height };
    // The same card centred at the top of the map, where it opens (storyCaption.css: --caption-top, else 10 px down).
    const down = parseFloat(getComputedStyle(document.querySelector('.story-caption')!).getPropertyValue('--caption-top')) || 10;
    const top = { ...card, x: (origin.width - card.w) / 2, y: down };
    const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    const names = (h.placedLabelBoxes() ?? []).filter((b) => layers.includes(b.layer));
    const under = (box: Box) => names.filter((n) => meets(box, n)).length;
    return { atTop: under(top), underCard: under(card), fewer: under(card) < under(top) };
  }, NAME_LAYERS), { timeout: 15_000 * WORKERS }).toMatchObject({ fewer: true });
});
