/**
 * A wheel turned over an overlay that sits on the map (a ring's count chip, an off-screen pill)
 * does what it would do over the map itself (session 11's journalist review: over the chip it did
 * nothing). A copy of the event is dispatched at `target`, the map's canvas, where MapLibre listens:
 * it zooms the explorer, and in an embed (cooperative gestures) it zooms only with Ctrl or ⌘ and
 * otherwise shows the map's hint while the page scrolls. Returns whether the map used the wheel
 * (it cancelled the copy), so the caller cancels the original and the page does not scroll too.
 */
export function forwardWheel(target: EventTarget, e: WheelEvent): boolean {
  const copy = new WheelEvent('wheel', {
    bubbles: true, cancelable: true, composed: true,
    deltaX: e.deltaX, deltaY: e.deltaY, deltaZ: e.deltaZ, deltaMode: e.deltaMode,
    clientX: e.clientX, clientY: e.clientY, screenX: e.screenX, screenY: e.screenY,
    ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey,
  });
  return !target.dispatchEvent(copy);
}
