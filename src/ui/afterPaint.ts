/**
 * Resolves once the browser has painted the next frame (issue 18): a
 * requestAnimationFrame callback runs just before a paint; one requested
 * from it runs in the frame after, once that paint is on screen (a task
 * queued from the first one could run before the frame was presented). The map waits for this, so the story (title,
 * timeline, the current event) is on screen, and is the largest contentful
 * paint, before maplibre-gl is fetched, parsed and started on the same thread.
 * A hidden page paints no frames and runs no animation frames: it goes on in
 * a task of its own.
 */
export function afterPaint(win: Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & { document?: { visibilityState?: string } } = window): Promise<void> {
  return new Promise((resolve) => {
    if (win.document?.visibilityState === 'hidden') win.setTimeout(resolve, 0);
    // The second frame's callback runs once the first frame has been painted and presented.
    else win.requestAnimationFrame(() => { win.requestAnimationFrame(() => { win.setTimeout(resolve, 0); }); });
  });
}

