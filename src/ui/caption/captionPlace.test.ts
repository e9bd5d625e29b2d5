// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chooseCaptionPlace, placeBox, projectBounds } from './captionPlace';

describe('the story caption card hides no symbol (reader3)', () => {
  // A 1080×676 map, a 360×80 card: at the top it spans x 360–720, y 10–90.
  const ring = Array.from({ length: 13 }, (_, i) => ({ x: 540 + 30 * Math.cos(i), y: 60 + 30 * Math.sin(i) }));

  it('stays at the top when nothing is under it', () => {
    expect(chooseCaptionPlace(1080, 676, 360, 80, [{ x: 540, y: 400 }], 10)).toBe('top');
  });

  it('moves off a ring of symbols under the top, to the first free place', () => {
    expect(chooseCaptionPlace(1080, 676, 360, 80, ring, 10)).toBe('bottom-left');
    const bottomLeft = placeBox('bottom-left', 1080, 676, 360, 80);
    const crowd = [...ring, { x: bottomLeft.x + 20, y: bottomLeft.y + 20 }];
    expect(chooseCaptionPlace(1080, 676, 360, 80, crowd, 10)).toBe('bottom-right');
  });

  it('keeps its place while it is free, and takes the fewest covered when none is free', () => {
    expect(chooseCaptionPlace(1080, 676, 360, 80, ring, 10, 'bottom-right')).toBe('bottom-right');
    const everywhere = (['top', 'bottom-left', 'bottom-right', 'top-left'] as const).flatMap((p, i) => {
      const b = placeBox(p, 1080, 676, 360, 80);
      return Array.from({ length: [4, 3, 1, 2][i] ?? 0 }, () => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 }));
    });
    expect(chooseCaptionPlace(1080, 676, 360, 80, everywhere, 10)).toBe('bottom-right');
  });
});

describe('the story caption card keeps clear of the focus provinces (issue 13, session 8)', () => {
  // 1280×800's map (960×595), a 478×100 card: bottom-left held no symbol but sat over Savannakhet.
  const focus = { x: 450, y: 430, w: 140, h: 150 };
  const north = [{ x: 455, y: 143 }, { x: 494, y: 143 }, { x: 600, y: 120 }];
  it('passes over a place with no symbol when it covers the focus box', () => {
    expect(chooseCaptionPlace(960, 595, 478, 100, north, 10, 'top', 60)).toBe('bottom-left');
    expect(chooseCaptionPlace(960, 595, 478, 100, north, 10, 'top', 60, focus)).toBe('top-left');
  });
  it('stays over the focus only when every place covers it, then by fewest symbols', () => {
    const wide = { x: 0, y: 0, w: 960, h: 595 };
    expect(chooseCaptionPlace(960, 595, 478, 100, north, 10, 'top', 60, wide)).toBe('bottom-left');
  });
  it('on a phone, where the card spans the map, hides no symbol rather than keep off the provinces', () => {
    // 390 px map, a 370 px card: top covers the provinces' north and no symbol; bottom-left hides two symbols.
    const phoneFocus = { x: 120, y: 90, w: 150, h: 200 };
    const south = [{ x: 60, y: 520 }, { x: 200, y: 530 }];
    expect(chooseCaptionPlace(390, 640, 370, 120, south, 10, 'bottom-left', 10, phoneFocus)).toBe('top');
    // The same card on a wide map keeps off the provinces.
    expect(chooseCaptionPlace(960, 640, 370, 120, south, 10, 'bottom-left', 10, { ...phoneFocus, x: 400 })).not.toBe('top');
  });
  it('projects a lon/lat box to its screen box', () => {
    const box = projectBounds([100, 10, 110, 20], (lon, lat) => ({ x: lon * 10, y: 1000 - lat * 10 }));
    expect(box).toEqual({ x: 1000, y: 800, w: 100, h: 100 });
  });
});

describe('the story caption card keeps clear of the edge pills, count chips and rings (issue 13, session 9)', () => {
  // 1280×800's map (960×595), a 478×100 card at the top spans x 241–719, y 10–110.
  it('moves off the "N events north" pill and off a count chip, as it does off a symbol', () => {
    const pill = { x: 400, y: 8, w: 150, h: 36 };
    expect(chooseCaptionPlace(960, 595, 478, 100, [], 13)).toBe('top');
    expect(chooseCaptionPlace(960, 595, 478, 100, [], 13, 'top', 10, null, [pill])).toBe('bottom-left');
    // A chip bottom left too: bottom right is the first place clear of both.
    const chip = { x: 30, y: 470, w: 24, h: 24 };
    expect(chooseCaptionPlace(960, 595, 478, 100, [], 13, 'top', 10, null, [pill, chip])).toBe('bottom-right');
  });

  it('still keeps off the focus provinces before any obstacle', () => {
    const pill = { x: 400, y: 8, w: 150, h: 36 };
    const focus = { x: 20, y: 300, w: 900, h: 295 };
    expect(chooseCaptionPlace(960, 595, 478, 100, [], 13, 'top', 10, focus, [pill])).toBe('top');
  });
});

describe('the story caption card keeps off the map\u2019s names where it can (issue 13, session 17)', () => {
  // 1280×800's map (960×595), a 420×100 card at the top spans x 270–690, y 10–110.
  const names = [{ x: 300, y: 40, w: 60, h: 16 }, { x: 500, y: 70, w: 50, h: 16 }];
  it('leaves the top for a corner with no name under it', () => {
    expect(chooseCaptionPlace(960, 595, 420, 100, [], 13, 'top', 10, null, [], names)).toBe('bottom-left');
    const bottomLeftName = { x: 40, y: 480, w: 70, h: 16 };
    expect(chooseCaptionPlace(960, 595, 420, 100, [], 13, 'top', 10, null, [], [...names, bottomLeftName])).toBe('bottom-right');
  });
  it('hides a name rather than a symbol, however many names', () => {
    const bottoms = [{ x: 100, y: 500 }, { x: 800, y: 500 }, { x: 100, y: 40 }];
    expect(chooseCaptionPlace(960, 595, 420, 100, bottoms, 13, 'top', 10, null, [], names)).toBe('top');
    const crowd = Array.from({ length: 100 }, (_, i) => ({ x: 280 + (i % 20) * 20, y: 15 + Math.floor(i / 20) * 18, w: 12, h: 10 }));
    expect(chooseCaptionPlace(960, 595, 420, 100, bottoms, 13, 'top', 10, null, [], crowd)).toBe('top');
  });
  it('with a name under every place, takes the one over fewest, and keeps its place on a tie', () => {
    const n = (x: number, y: number) => ({ x, y, w: 40, h: 14 });
    // top (x 270–690) over two names, top-left (x 10–430) over two others, each bottom corner over one.
    const everywhere = [n(500, 30), n(600, 60), n(20, 30), n(60, 60), n(30, 470), n(850, 470)];
    expect(chooseCaptionPlace(960, 595, 420, 100, [], 13, 'top', 10, null, [], everywhere)).toBe('bottom-left');
    expect(chooseCaptionPlace(960, 595, 420, 100, [], 13, 'bottom-right', 10, null, [], everywhere)).toBe('bottom-right');
  });
});
