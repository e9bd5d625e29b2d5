// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clearTarget, coverStrip } from './keepSelectedClear';

// A 960×595 map at the page's (0, 62), as at 1280×800.
const map = { left: 0, top: 62, right: 960, bottom: 657 };

describe('the selected symbol kept clear (issue 13, session 8)', () => {
  it('leaves a symbol that is clear where it is', () => {
    expect(clearTarget({ x: 500, y: 300 }, map, [])).toBeNull();
  });

  it('brings a symbol at the map\'s edge in by the margin, the least move', () => {
    expect(clearTarget({ x: 10, y: 300 }, map, [])).toEqual({ x: 40, y: 300 });
    expect(clearTarget({ x: 500, y: 590 }, map, [])).toEqual({ x: 500, y: 555 });
  });

  it('moves a symbol out from under a caption card at the top, below it', () => {
    const card = { left: 241, top: 72, right: 719, bottom: 172 }; // 110 px of the map's top
    expect(coverStrip(card, map)).toEqual({ top: 110, right: 0, bottom: 0, left: 0 });
    expect(clearTarget({ x: 455, y: 90 }, map, [card])).toEqual({ x: 455, y: 150 });
  });

  it('moves a symbol above a phone\'s sheet along the bottom', () => {
    const phone = { left: 0, top: 0, right: 390, bottom: 500 };
    const sheet = { left: 0, top: 300, right: 390, bottom: 844 };
    expect(clearTarget({ x: 200, y: 400 }, phone, [sheet])).toEqual({ x: 200, y: 260 });
  });

  it('leaves the camera alone when the covers leave no free part', () => {
    const all = { left: 0, top: 62, right: 960, bottom: 657 };
    expect(clearTarget({ x: 500, y: 300 }, map, [all, { left: 0, top: 62, right: 960, bottom: 400 }])).toBeNull();
  });
});
