import { describe, expect, it, vi } from 'vitest';
import { reportHeight } from './reportHeight';

/** A ResizeObserver whose callback the test fires by hand. */
function fakeObserver() {
  const instances: Array<{ fire(): void; observed: Element[]; disconnected: boolean }> = [];
  class FakeResizeObserver {
    observed: Element[] = [];
    disconnected = false;
    constructor(private readonly cb: () => void) { instances.push(this); }
    observe(el: Element) { this.observed.push(el); }
    unobserve() { /* unused */ }
    disconnect() { this.disconnected = true; }
    fire() { this.cb(); }
  }
  return { instances, Observer: FakeResizeObserver as unknown as typeof ResizeObserver };
}

function rootOfHeight() {
  const root = document.createElement('div');
  let height = 0;
  root.getBoundingClientRect = () => ({ height } as DOMRect);
  return { root, setHeight: (h: number) => { height = h; } };
}

describe('reportHeight', () => {
  it('posts the three formats to the parent when the height changes, and only then', () => {
    const { instances, Observer } = fakeObserver();
    const postMessage = vi.fn();
    const { root, setHeight } = rootOfHeight();
    const stop = reportHeight({ parent: { postMessage } as unknown as Window, ResizeObserver: Observer }, root, 'map-1');
    const observer = instances[0]!;
    expect(observer.observed).toEqual([root]);

    observer.fire(); // nothing rendered yet
    expect(postMessage).not.toHaveBeenCalled();

    setHeight(700.2);
    observer.fire();
    expect(postMessage.mock.calls).toEqual([
      [{ 'datawrapper-height': { 'map-1': 701 } }, '*'],
      ['pymxPYMxmap-1xPYMxheightxPYMx701', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 701 }, '*'],
    ]);

    observer.fire(); // same height: no news
    expect(postMessage).toHaveBeenCalledTimes(3);
    setHeight(520);
    observer.fire();
    expect(postMessage).toHaveBeenCalledTimes(6);
    expect(postMessage).toHaveBeenLastCalledWith({ sentinel: 'amp', type: 'embed-size', height: 520 }, '*');

    stop();
    expect(observer.disconnected).toBe(true);
  });

  it('does nothing in a top-level window', () => {
    const { instances, Observer } = fakeObserver();
    const win = { ResizeObserver: Observer } as { parent: Window; ResizeObserver: typeof ResizeObserver };
    win.parent = win as unknown as Window;
    reportHeight(win, document.createElement('div'), 'x');
    expect(instances).toHaveLength(0);
  });

  it('keeps going when the parent refuses a message', () => {
    const { instances, Observer } = fakeObserver();
    const postMessage = vi.fn(() => { throw new Error('detached'); });
    const { root, setHeight } = rootOfHeight();
    reportHeight({ parent: { postMessage } as unknown as Window, ResizeObserver: Observer }, root, 'x');
    setHeight(300);
    expect(() => instances[0]!.fire()).not.toThrow();
    expect(postMessage).toHaveBeenCalledTimes(3);
  });
});
