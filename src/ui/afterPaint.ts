/** What afterPaint needs of a window; `PerformanceObserver` absent means the browser has no paint timing. */
type PaintWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & {
  document?: { visibilityState?: string };
  PerformanceObserver?: typeof PerformanceObserver;
};

/** How long the map waits for a first contentful paint that does not come (text waiting for its font, say). */
export const FCP_WAIT_MS = 1500;

/**
 * Resolves once the page has made its first contentful paint and the
 * browser has painted the next frame (issue 18). The map waits for this, so
 * the story (title, timeline, the current event) is on screen, and is the
 * largest contentful paint, before maplibre-gl is fetched, parsed and
 * started on the same thread.
 *
 * Two frames alone were not enough: a frame can be painted before any text
 * is (the title waiting for its font), and the library was then requested
 * 20 ms before the first contentful paint (seen in a CI run of
 * chunks.spec.ts). So it also waits for the paint timing entry
 * `first-contentful-paint` (Chromium, Firefox, Safari), at most FCP_WAIT_MS.
 * A requestAnimationFrame callback runs just before a paint; one requested
 * from it runs once that paint is presented. A hidden page paints no frames
 * and runs no animation frames: it goes on in a task of its own.
 */
export function afterPaint(win: PaintWindow = window): Promise<void> {
  const frames = new Promise<void>((resolve) => {
    if (win.document?.visibilityState === 'hidden') win.setTimeout(resolve, 0);
    // The second frame's callback runs once the first frame has been painted and presented.
    else win.requestAnimationFrame(() => { win.requestAnimationFrame(() => { win.setTimeout(resolve, 0); }); });
  });
  if (win.document?.visibilityState === 'hidden' || !win.PerformanceObserver) return frames;
  const Observer = win.PerformanceObserver;
  const contentful = new Promise<void>((resolve) => {
    const timer = win.setTimeout(() => { observer?.disconnect(); resolve(); }, FCP_WAIT_MS);
    let observer: PerformanceObserver | undefined;
    try {
      observer = new Observer((list) => {
        if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) {
          observer?.disconnect();
          clearTimeout(timer);
          resolve();
        }
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      clearTimeout(timer);
      resolve(); // no paint timing: the frames are all there is to wait for
    }
  });
  return Promise.all([frames, contentful]).then(() => undefined);
}
