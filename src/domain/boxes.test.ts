// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { boxesMeet, sharedArea } from './boxes';

describe('boxes on screen', () => {
  const a = { x: 10, y: 10, w: 100, h: 40 };
  it('meet when they share area, not when they only touch', () => {
    expect(boxesMeet(a, { x: 100, y: 40, w: 50, h: 50 })).toBe(true);
    expect(boxesMeet(a, { x: 110, y: 10, w: 20, h: 20 })).toBe(false);
    expect(boxesMeet(a, { x: 10, y: 50, w: 20, h: 20 })).toBe(false);
    expect(boxesMeet({ x: 110, y: 10, w: 20, h: 20 }, a)).toBe(false);
    expect(boxesMeet({ x: 0, y: 0, w: 5, h: 5 }, a)).toBe(false);
  });
  it('meet across a gap when each is grown by it', () => {
    const right = { x: 114, y: 10, w: 20, h: 20 };
    expect(boxesMeet(a, right)).toBe(false);
    expect(boxesMeet(a, right, 4)).toBe(false);
    expect(boxesMeet(a, right, 5)).toBe(true);
    const below = { x: 10, y: 53, w: 20, h: 20 };
    expect(boxesMeet(a, below, 3)).toBe(false);
    expect(boxesMeet(a, below, 4)).toBe(true);
  });
  it('share the area of their intersection', () => {
    expect(sharedArea(a, { x: 100, y: 40, w: 50, h: 50 })).toBe(10 * 10);
    expect(sharedArea(a, { x: 0, y: 0, w: 500, h: 500 })).toBe(100 * 40);
    expect(sharedArea(a, { x: 200, y: 0, w: 5, h: 5 })).toBe(0);
    expect(sharedArea(a, { x: 0, y: 100, w: 500, h: 5 })).toBe(0);
  });
});
