// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { VisiblePoint } from '../../map';
import { CHIP, chipSpots, clearSpot, groupRings, offscreenGroups, pairGroups, pairOfBorder, SYMBOL_HALF, type Box } from './overlayGroups';

const pt = (id: string, x: number, y: number, anchor = 'place-x', approximate = false, ax = x, ay = y): VisiblePoint => ({ id, x, y, anchor, ax, ay, approximate });

describe('pair groups', () => {
  it('names a border id by its country pair, and nothing else', () => {
    expect(pairOfBorder('border-vn-la')).toBe('VN-LA');
    expect(pairOfBorder('border-vn-cn')).toBe('VN-CN');
    expect(pairOfBorder('place-khe-sanh')).toBeNull();
  });

  it('groups approximate symbols by their border, with the ring centre and reach', () => {
    const groups = pairGroups([
      pt('a', 100, 100, 'border-vn-la', true),
      pt('b', 100, 85, 'border-vn-la', true, 100, 100),
      pt('c', 400, 50, 'border-vn-cn', true),
      pt('d', 100, 100, 'place-khe-sanh', false),
      // A border an event names is drawn there too, but only approximate symbols are about "no place named".
      pt('e', 100, 100, 'border-vn-la', false),
    ]);
    expect(groups).toEqual([
      { anchor: 'border-vn-la', pair: 'VN-LA', x: 100, y: 100, reach: 15, ids: ['a', 'b'] },
      { anchor: 'border-vn-cn', pair: 'VN-CN', x: 400, y: 50, reach: 0, ids: ['c'] },
    ]);
  });
});

describe('off-screen groups', () => {
  it('finds symbols past each edge and where along it they lie', () => {
    const groups = offscreenGroups([
      pt('in', 500, 300),
      pt('n1', 200, -40), pt('n2', 400, -10),
      pt('s', 300, 700),
      pt('e', 1100, 250),
      pt('w', -5, 100),
    ], 1000, 600);
    expect(groups).toEqual([
      { edge: 'north', ids: ['n1', 'n2'], targets: ['n1', 'n2'], along: 300 },
      { edge: 'east', ids: ['e'], targets: ['e'], along: 250 },
      { edge: 'south', ids: ['s'], targets: ['s'], along: 300 },
      { edge: 'west', ids: ['w'], targets: ['w'], along: 100 },
    ]);
  });

  it('gives a corner to the edge it is farthest past, counts an event once, and clamps along the edge', () => {
    const groups = offscreenGroups([pt('ne', 1300, -50), pt('ne', 1300, -50), pt('nw', -10, -200)], 1000, 600);
    expect(groups).toEqual([
      { edge: 'north', ids: ['nw'], targets: ['nw'], along: 0 },
      { edge: 'east', ids: ['ne'], targets: ['ne'], along: 0 },
    ]);
  });

  it('brings in the nearest first: a far one (Beijing) waits for the next press', () => {
    const [north] = offscreenGroups([pt('beijing', 500, -3000), pt('pair', 400, -150), pt('hanoi', 600, -400)], 1000, 600);
    expect(north?.ids).toEqual(['beijing', 'pair', 'hanoi']);
    // Within 0.6 of the map's height (360 px) beyond the nearest (150 px past the edge).
    expect(north?.targets).toEqual(['pair', 'hanoi']);
  });

  it('counts a symbol cut by the edge as outside, one fully inside as in', () => {
    expect(offscreenGroups([pt('cut', 3, 300), pt('in', 7, 300)], 1000, 600).map((g) => g.ids)).toEqual([['cut']]);
  });
});

describe('clear spot for an edge arrow', () => {
  it('keeps the preferred spot when it covers no symbol, else moves along the edge to the nearest clear one', () => {
    expect(clearSpot('north', 300, 60, 900, 50, 44, [{ x: 300, y: 200 }], 1000, 600)).toBe(300);
    // A symbol 20 px under the top edge, right where the arrow would go (the pair's ring on a phone).
    const at = clearSpot('north', 300, 60, 900, 50, 44, [{ x: 300, y: 20 }], 1000, 600);
    expect(Math.abs(at - 300)).toBeGreaterThanOrEqual(50 + 12);
    expect(clearSpot('west', 100, 70, 500, 22, 120, [{ x: 30, y: 100 }], 1000, 600)).not.toBe(100);
  });
});

describe('count chips (session 7 review: the pills covered place names and symbols)', () => {
  const g = (anchor: string, x: number, y: number, reach: number) => ({ anchor, pair: 'VN-LA', x, y, reach, ids: ['a'] });
  const meets = (c: { x: number; y: number }, b: Box) =>
    c.x - CHIP / 2 < b.x + b.w && b.x < c.x + CHIP / 2 && c.y - CHIP / 2 < b.y + b.h && b.y < c.y + CHIP / 2;
  const symbolBox = (s: { x: number; y: number }): Box => ({ x: s.x - SYMBOL_HALF, y: s.y - SYMBOL_HALF, w: 2 * SYMBOL_HALF, h: 2 * SYMBOL_HALF });
  const ring = (x: number, y: number, r: number, n = 8) => Array.from({ length: n }, (_, i) => ({ x: x + r * Math.cos((2 * Math.PI * i) / n), y: y + r * Math.sin((2 * Math.PI * i) / n) }));

  it('sits at the centre of a ring wide enough to hold it', () => {
    expect(chipSpots([g('p', 300, 300, 40)], ring(300, 300, 40), 1000, 600)).toEqual([{ x: 300, y: 300 }]);
  });

  it('places a wide chip ("13 events") by its whole width (session 9)', () => {
    // A ring of radius 40 holds a 24 px chip at its centre, not a 90 px one: its ends would meet the ring's side symbols.
    expect(chipSpots([g('p', 300, 300, 40)], ring(300, 300, 40), 1000, 600, [], undefined, undefined, undefined, [90])).not.toEqual([{ x: 300, y: 300 }]);
    const [spot] = chipSpots([g('p', 300, 300, 40)], ring(300, 300, 40), 1000, 600, [], undefined, undefined, undefined, [90]);
    for (const s of ring(300, 300, 40)) {
      const b = symbolBox(s);
      expect(spot!.x - 45 < b.x + b.w && b.x < spot!.x + 45 && spot!.y - CHIP / 2 < b.y + b.h && b.y < spot!.y + CHIP / 2).toBe(false);
    }
  });

  it('leaves a tight ring for the first clear spot outside it, meeting none of its symbols', () => {
    const symbols = ring(300, 300, 12);
    const [spot] = chipSpots([g('p', 300, 300, 12)], symbols, 1000, 600);
    expect(spot).toBeDefined();
    for (const s of symbols) expect(meets(spot!, symbolBox(s))).toBe(false);
    expect(spot!.y).toBeGreaterThan(300); // below first
  });

  it('steps round a label box in its way, and two chips never meet', () => {
    const label: Box = { x: 270, y: 320, w: 60, h: 20 }; // right under the ring
    const spots = chipSpots([g('p', 300, 300, 12), g('q', 300, 300, 12)], ring(300, 300, 12), 1000, 600, [label]);
    expect(meets(spots[0]!, label)).toBe(false);
    expect(spots[0]!.y).toBeLessThan(300); // above, the next choice
    expect(meets(spots[1]!, { x: spots[0]!.x - CHIP / 2, y: spots[0]!.y - CHIP / 2, w: CHIP, h: CHIP })).toBe(false);
  });

  it('with no clear spot, takes the one that hides least, never its ring\'s symbols (session 15)', () => {
    // A ring of 12 px: the centre hides its symbols; every spot outside it meets a label box, the one
    // below by 3 px only (a place's dot), the others by their whole height.
    const symbols = ring(300, 300, 12);
    const out = 12 + SYMBOL_HALF + CHIP / 2 + 3;
    const labels: Box[] = [
      { x: 250, y: 300 + out + CHIP / 2 - 3, w: 100, h: 20 }, // 3 px into the spot below
      { x: 200, y: 300 - out - CHIP / 2, w: 200, h: CHIP }, // the whole spot above
      { x: 300 + 20, y: 250, w: 200, h: 100 }, { x: 80, y: 250, w: 200, h: 100 }, // both sides and diagonals
    ];
    const [spot] = chipSpots([g('p', 300, 300, 12)], symbols, 1000, 600, labels);
    for (const s of symbols) expect(meets(spot!, symbolBox(s))).toBe(false);
    expect(spot).toEqual({ x: 300, y: 300 + out });
  });

  it('stays inside the map', () => {
    const [spot] = chipSpots([g('p', 5, 5, 0)], [{ x: 5, y: 5 }], 400, 300);
    expect(spot!.x - CHIP / 2).toBeGreaterThanOrEqual(4);
    expect(spot!.y - CHIP / 2).toBeGreaterThanOrEqual(4);
  });
});

describe('groupRings (issue 13, session 8: one dashed ring per group, not thirteen)', () => {
  it('rings each border group from its point to past its outermost symbol', () => {
    const groups = pairGroups([
      { id: 'a', x: 100, y: 100, ax: 100, ay: 100, anchor: 'border-vn-la', approximate: true },
      { id: 'b', x: 130, y: 140, ax: 100, ay: 100, anchor: 'border-vn-la', approximate: true },
      { id: 'c', x: 400, y: 50, ax: 400, ay: 50, anchor: 'border-vn-cn', approximate: true },
      { id: 'd', x: 250, y: 250, ax: 250, ay: 250, anchor: 'place-x', approximate: false },
    ]);
    expect(groupRings(groups, 9, 5)).toEqual([
      { anchor: 'border-vn-la', x: 100, y: 100, r: 64 },
      { anchor: 'border-vn-cn', x: 400, y: 50, r: 14 },
    ]);
  });
});
