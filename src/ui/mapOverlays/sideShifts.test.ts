// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sideShifts } from './OffscreenArrows';

const box = (left: number, top: number, w: number, h: number) => ({ left, top, right: left + w, bottom: top + h });

describe('sideShifts (reader review: the west pill covered the north one at 320–390 px)', () => {
  it('moves a side pill down below the north pill it meets, by a gap', () => {
    const north = box(80, 60, 180, 44);
    expect(sideShifts({ north, west: box(8, 80, 150, 44) }, {})).toEqual({ west: 60 + 44 + 4 - 80 });
  });

  it('leaves a side pill clear of the others where it is', () => {
    expect(sideShifts({ north: box(80, 8, 180, 44), west: box(8, 300, 150, 44) }, {})).toEqual({ west: 0 });
  });

  it('measures from where it was before its own move (no creep over renders)', () => {
    const north = box(80, 60, 180, 44);
    expect(sideShifts({ north, west: box(8, 80 + 28, 150, 44) }, { west: 28 })).toEqual({ west: 28 });
  });

  it('stacks the east pill below a moved west pill it meets', () => {
    const north = box(100, 8, 120, 44);
    const out = sideShifts({ north, west: box(8, 30, 170, 44), east: box(150, 30, 170, 44) }, {});
    expect(out.west).toBe(52 + 4 - 30);
    expect(out.east).toBe(56 + 44 + 4 - 30);
  });
});
