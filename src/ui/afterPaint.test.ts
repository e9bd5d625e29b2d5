import { describe, expect, it, vi } from 'vitest';
import { afterPaint, FCP_WAIT_MS } from './afterPaint';

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

describe('afterPaint and the first contentful paint', () => {
  function withPaintTiming() {
    const { win, frames } = fakeWindow('visible');
    const observers: { cb: PerformanceObserverCallback; disconnected: boolean }[] = [];
    class FakeObserver {
      private readonly entry: { cb: PerformanceObserverCallback; disconnected: boolean };
      constructor(cb: PerformanceObserverCallback) { this.entry = { cb, disconnected: false }; observers.push(this.entry); }
      observe() {}
      disconnect() { this.entry.disconnected = true; }
    }
    const paint = (name: string) => {
      for (const o of observers) {
        if (!o.disconnected) o.cb({ getEntries: () => [{ name }] } as unknown as PerformanceObserverEntryList, {} as PerformanceObserver);
      }
    };
    return { win: Object.assign(win, { PerformanceObserver: FakeObserver as unknown as typeof PerformanceObserver }), frames, paint };
  }

  it('waits for the first contentful paint, not only for two frames', async () => {
    vi.useFakeTimers();
    try {
      const { win, frames, paint } = withPaintTiming();
      let resolved = false;
      void afterPaint(win).then(() => { resolved = true; });
      frames.shift()?.(0);
      frames.shift()?.(16);
      await vi.advanceTimersByTimeAsync(100);
      expect(resolved).toBe(false); // frames painted, but nothing contentful yet
      paint('first-paint');
      await vi.advanceTimersByTimeAsync(0);
      expect(resolved).toBe(false);
      paint('first-contentful-paint');
      await vi.advanceTimersByTimeAsync(0);
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up waiting after FCP_WAIT_MS', async () => {
    vi.useFakeTimers();
    try {
      const { win, frames } = withPaintTiming();
      let resolved = false;
      void afterPaint(win).then(() => { resolved = true; });
      frames.shift()?.(0);
      frames.shift()?.(16);
      await vi.advanceTimersByTimeAsync(FCP_WAIT_MS - 10);
      expect(resolved).toBe(false);
      await vi.advanceTimersByTimeAsync(20);
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
