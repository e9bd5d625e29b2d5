// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, cardPadding, topCover, withSpread } from './cardPadding';

const map = { left: 0, top: 42, right: 680, bottom: 405 };

describe('cardPadding (the embed card keeps the selected symbol in view)', () => {
  it('pads the right by the width of a card against the right edge, and a gap', () => {
    const card = { left: 352, top: 50, right: 672, bottom: 397 };
    expect(cardPadding(card, map)).toEqual({ top: 0, right: 680 - 352 + CARD_GAP_PX, bottom: 0, left: 0 });
  });

  it('pads the left for a card on the left', () => {
    expect(cardPadding({ left: 8, top: 50, right: 208, bottom: 300 }, map)).toEqual({ top: 0, right: 0, bottom: 0, left: 208 + CARD_GAP_PX });
  });

  it('pads the bottom by the height of a sheet across a narrow map', () => {
    const narrow = { left: 0, top: 42, right: 320, bottom: 402 };
    const sheet = { left: 0, top: 180, right: 320, bottom: 402 };
    expect(cardPadding(sheet, narrow)).toEqual({ top: 0, right: 0, bottom: 402 - 180 + CARD_GAP_PX, left: 0 });
  });

  it('counts only the part of the card over the map', () => {
    const narrow = { left: 0, top: 42, right: 320, bottom: 402 };
    const sheet = { left: 0, top: 300, right: 320, bottom: 520 };
    expect(cardPadding(sheet, narrow)?.bottom).toBe(402 - 300 + CARD_GAP_PX);
  });

  it('asks nothing when the card is off the map, or leaves no free strip', () => {
    expect(cardPadding({ left: 700, top: 50, right: 900, bottom: 300 }, map)).toBeNull();
    expect(cardPadding({ left: 0, top: 600, right: 680, bottom: 700 }, map)).toBeNull();
    expect(cardPadding({ left: 0, top: 60, right: 680, bottom: 405 }, map)).toBeNull();
    expect(cardPadding({ left: 20, top: 50, right: 680, bottom: 300 }, map)).toBeNull();
  });

  it('asks nothing of a map with no size', () => {
    expect(cardPadding({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 0, top: 0, right: 0, bottom: 0 })).toBeNull();
  });
});

describe('withSpread (a crowd\'s symbol drawn away from its place)', () => {
  const p = { top: 0, right: 0, bottom: 230, left: 0 };
  it('grows the side the symbol is drawn towards by its offset, every side by the gap', () => {
    expect(withSpread(p, 5, -30, 320, 354)).toEqual({ top: 30 + CARD_GAP_PX, right: 5 + CARD_GAP_PX, bottom: 230 + CARD_GAP_PX, left: CARD_GAP_PX });
    expect(withSpread(p, -7, 9, 320, 354)).toEqual({ top: CARD_GAP_PX, right: CARD_GAP_PX, bottom: 239 + CARD_GAP_PX, left: 7 + CARD_GAP_PX });
  });
  it('keeps the padding as given when too little would stay free', () => {
    expect(withSpread(p, 0, -90, 320, 354)).toBe(p);
  });
});

describe('topCover (the controls along the map\'s top)', () => {
  const narrow = { left: 0, top: 42, right: 350, bottom: 440 };
  it('reaches the lowest bottom of the controls in the map\'s upper third', () => {
    const legend = { left: 11, top: 53, right: 110, bottom: 81 }, north = { left: 81, top: 104, right: 276, bottom: 148 };
    expect(topCover([legend, north], narrow)).toBe(148 - 42);
    expect(topCover([legend], narrow)).toBe(81 - 42);
  });
  it('ignores what is lower, off the map or not drawn', () => {
    expect(topCover([{ left: 0, top: 300, right: 100, bottom: 340 }], narrow)).toBe(0);
    expect(topCover([{ left: 400, top: 50, right: 500, bottom: 90 }], narrow)).toBe(0);
    expect(topCover([{ left: 0, top: 0, right: 0, bottom: 0 }], narrow)).toBe(0);
    expect(topCover([], narrow)).toBe(0);
  });
});
