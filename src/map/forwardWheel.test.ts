// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { forwardWheel } from './forwardWheel';

describe('forwardWheel', () => {
  it('hands the map a copy with the same deltas, position and keys', () => {
    const canvas = document.createElement('canvas');
    const seen: WheelEvent[] = [];
    canvas.addEventListener('wheel', (e) => seen.push(e));
    const used = forwardWheel(canvas, new WheelEvent('wheel', { deltaY: -120, deltaMode: 0, clientX: 40, clientY: 50, ctrlKey: true }));
    expect(used).toBe(false);
    expect(seen).toHaveLength(1);
    const [copy] = seen;
    expect([copy!.deltaY, copy!.deltaMode, copy!.clientX, copy!.clientY, copy!.ctrlKey, copy!.metaKey]).toEqual([-120, 0, 40, 50, true, false]);
    expect(copy!.bubbles && copy!.cancelable).toBe(true);
  });

  it('says the map used the wheel when it cancelled the copy (the caller then cancels the page scroll)', () => {
    const container = document.createElement('div');
    const canvas = container.appendChild(document.createElement('canvas'));
    // MapLibre listens on the canvas's container: the copy must bubble there.
    container.addEventListener('wheel', (e) => e.preventDefault(), { passive: false });
    expect(forwardWheel(canvas, new WheelEvent('wheel', { deltaY: 100 }))).toBe(true);
  });
});
