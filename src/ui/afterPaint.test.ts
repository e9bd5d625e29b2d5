import { describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

function fakeWindow(visibilityState: string) {
  const frames: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (cb: FrameRequestCallback) => { frames.push(cb); return frames.length; },
    setTimeout: globalThis.setTimeout.bind(globalThis),
    document: { visibilityState },
  };
  return { win: win as unknown as Window, frames };
}

describe('afterPaint', () => {
  it('resolves in a task after the frame after the next, however long those frames take', async () => {
    vi.useFakeTimers();
    try {
      const { win, frames } = fakeWindow('visible');
      let resolved = false;
      void afterPaint(win).then(() => { resolved = true; });
      await vi.advanceTimersByTimeAsync(5_000);
      expect(resolved).toBe(false);
      frames.shift()?.(0);
      await vi.advanceTimersByTimeAsync(100);
      expect(resolved).toBe(false);
      frames.shift()?.(16);
      expect(resolved).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not wait for frames a hidden page never paints', async () => {
    vi.useFakeTimers();
    try {
      const { win, frames } = fakeWindow('hidden');
      let resolved = false;
      void afterPaint(win).then(() => { resolved = true; });
      await vi.advanceTimersByTimeAsync(0);
      expect(resolved).toBe(true);
      expect(frames).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
