/**
 * A wheel turned over an overlay that sits on the map (a ring's count chip, an off-screen pill)
 * does what it would do over the map itself (session 11's journalist review: over the chip it did
 * nothing). A copy of the event is dispatched at `target`, the map's canvas, where MapLibre listens:
 * it zooms the explorer, and in an embed (cooperative gestures) it zooms only with Ctrl or ⌘ and
 * otherwise shows the map's hint while the page scrolls. Returns whether the map used the wheel
 * (it cancelled the copy), so the caller cancels the original and the page does not scroll too.
 */
export function forwardWheel(target: EventTarget, e: WheelEvent): boolean {
  // What MapLibre's wheel zoom and cooperative gestures read, and no more.
  const { deltaX, deltaY, deltaMode, clientX, clientY, ctrlKey, metaKey, shiftKey } = e;
  const copy = new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaX, deltaY, deltaMode, clientX, clientY, ctrlKey, metaKey, shiftKey });
  return !target.dispatchEvent(copy);
}
