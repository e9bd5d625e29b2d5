// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { nearestSnap, snapHeight } from './sheetSnap';

describe('sheet snaps', () => {
  it('settles a drag on the nearest height', () => {
    const vh = 844;
    expect(snapHeight('half', vh)).toBeCloseTo(379.8);
    expect(nearestSnap(100, vh)).toBe('peek');
    expect(nearestSnap(300, vh)).toBe('half');
    expect(nearestSnap(560, vh)).toBe('half');
    expect(nearestSnap(600, vh)).toBe('full');
    expect(nearestSnap(900, vh)).toBe('full');
    expect(nearestSnap(0, vh)).toBe('peek');
  });
});
