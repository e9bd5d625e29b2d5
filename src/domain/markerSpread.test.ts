// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MARKER_SPACING, spreadOffset, spreadPx } from './markerSpread';

describe('spreadOffset', () => {
  it('puts the first event at the centre and the next ones on rings, all distinct', () => {
    expect(spreadOffset(0)).toEqual([0, 0]);
    const slots = Array.from({ length: 19 }, (_, i) => spreadOffset(i));
    const keys = new Set(slots.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(keys.size).toBe(19);
    for (let i = 1; i <= 6; i++) expect(Math.hypot(...spreadOffset(i))).toBeCloseTo(1);
    for (let i = 7; i <= 18; i++) expect(Math.hypot(...spreadOffset(i))).toBeCloseTo(2);
  });

  it.each([
    [1, [0, -1]], // straight above on screen
    [2, [Math.cos(-Math.PI / 6), -0.5]], // then the upper right
    [3, [-Math.cos(-Math.PI / 6), -0.5]], // and the upper left: the label below stays clear
    [4, [Math.cos(-Math.PI / 6), 0.5]],
    [6, [0, 1]], // straight below, last
    [7, [0, -2]],
  ])('slot %i sits at %j', (slot, [x, y]) => {
    const [ox, oy] = spreadOffset(slot);
    expect(ox).toBeCloseTo(x ?? NaN);
    expect(oy).toBeCloseTo(y ?? NaN);
  });

  it('keeps any two symbols at least one spacing apart, so none hides another', () => {
    const slots = Array.from({ length: 40 }, (_, i) => spreadOffset(i));
    let min = Infinity;
    for (let i = 0; i < slots.length; i++) for (let j = i + 1; j < slots.length; j++) {
      min = Math.min(min, Math.hypot((slots[i]?.[0] ?? 0) - (slots[j]?.[0] ?? 0), (slots[i]?.[1] ?? 0) - (slots[j]?.[1] ?? 0)));
    }
    expect(min).toBeGreaterThanOrEqual(0.99);
  });
});

describe('spreadPx', () => {
  it('scales an offset by the symbol size and the spacing', () => {
    expect(spreadPx([0, -1], 10)).toEqual([0, -10 * MARKER_SPACING]);
    expect(MARKER_SPACING).toBeGreaterThan(1.2); // symbols of one size, with their rings, do not touch
  });
});
