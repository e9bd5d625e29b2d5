import type { DayNumber } from './dayNumber.ts';
import type { Bounds } from './eventBounds.ts';
import { isVisible, lastStartingBy, newestStart, type DisplaySettings, type TimedEvent } from './timeline.ts';

/** What the camera does to bring an event in: nothing, or show these bounds (west, south, east, north). */
export type FollowMove = { kind: 'stay' } | { kind: 'fit'; bounds: Bounds } | { kind: 'center'; bounds: Bounds };

export interface FollowOptions {
  /** A point this close to the edge (a fraction of the view's size) counts as outside: a symbol there is half cut. */
  margin?: number;
  /** Widening the view to keep what it shows is fine up to this many zoom levels; beyond, the camera pans instead. */
  maxZoomOut?: number;
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/**
 * Whether, and where, the camera should move so that the points of the
 * selected or newest event are in view (issue 13). Points already inside the
 * view (less its margin) keep the camera where the reader left it. Otherwise
 * the view grows to take them in, if that costs at most `maxZoomOut` zoom
 * levels; else it pans, at the same scale, to centre them.
 */
export function followCamera(view: Bounds, points: ReadonlyArray<readonly [number, number]>, options: FollowOptions = {}): FollowMove {
  const margin = options.margin ?? 0.15;
  const maxZoomOut = options.maxZoomOut ?? 1.5;
  const [w, s, e, n] = view;
  const x0 = w, x1 = e, y0 = mercY(s), y1 = mercY(n);
  const dx = (x1 - x0) * margin, dy = (y1 - y0) * margin;
  const pts = points.filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat));
  if (pts.length === 0 || !(x1 > x0) || !(y1 > y0)) return { kind: 'stay' };
  const inside = pts.every(([lon, lat]) => lon >= x0 + dx && lon <= x1 - dx && mercY(lat) >= y0 + dy && mercY(lat) <= y1 - dy);
  if (inside) return { kind: 'stay' };
  let px0 = Infinity, px1 = -Infinity, py0 = Infinity, py1 = -Infinity;
  for (const [lon, lat] of pts) {
    px0 = Math.min(px0, lon); px1 = Math.max(px1, lon);
    py0 = Math.min(py0, mercY(lat)); py1 = Math.max(py1, mercY(lat));
  }
  // The view, grown to the points, then by the margin of the grown view (not of the old one:
  // zooming out shrinks a margin measured before), on the sides the points pushed out.
  let ux0 = Math.min(x0, px0), ux1 = Math.max(x1, px1), uy0 = Math.min(y0, py0), uy1 = Math.max(y1, py1);
  const grow = margin / (1 - 2 * margin);
  const gx = (ux1 - ux0) * grow, gy = (uy1 - uy0) * grow;
  if (px0 < x0 + dx) ux0 -= gx;
  if (px1 > x1 - dx) ux1 += gx;
  if (py0 < y0 + dy) uy0 -= gy;
  if (py1 > y1 - dy) uy1 += gy;
  const zoomOut = Math.log2(Math.max((ux1 - ux0) / (x1 - x0), (uy1 - uy0) / (y1 - y0)));
  if (zoomOut <= maxZoomOut) return { kind: 'fit', bounds: [ux0, latOf(uy0), ux1, latOf(uy1)] };
  // Too far to keep the view: the same scale, centred on the points.
  const cx = (px0 + px1) / 2, cy = (py0 + py1) / 2;
  const hw = Math.max(x1 - x0, px1 - px0 + 2 * dx) / 2, hh = Math.max(y1 - y0, py1 - py0 + 2 * dy) / 2;
  return { kind: 'center', bounds: [cx - hw, latOf(cy - hh), cx + hw, latOf(cy + hh)] };
}

/**
 * Which events the camera should bring in after the cursor moved from
 * `previous` to `cursor` (issue 13): while playing, or after a step either way (the
 * cursor lands on an event's start), the newest visible events when they
 * are newer than before (or the step went back); nothing when the reader scrubs (off an
 * event's day), or the newest events did not change (so the camera never fights their panning).
 */
export function eventsToFollow(
  filtered: readonly TimedEvent[], previous: DayNumber, cursor: DayNumber, display: DisplaySettings, playing: boolean,
): string[] {
  if (cursor === previous) return [];
  const back = cursor < previous;
  const newest = newestStart(filtered, cursor, display);
  // Forward, Play follows whatever became newest; a step, and any move back, only when it lands on
  // an event's day. Play moves back once: starting again from the beginning (playback.ts), which
  // lands on the first event (session 22 review: its card said "off the map", the camera stayed).
  if (newest === null || ((!playing || back) && newest !== cursor)) return [];
  // A step back lands on its event: the camera brings it in too (session 20 review: from the focus
  // frame a desktop opens on, "Previous" left the step's event off the map, its card saying so).
  const before = back ? null : newestStart(filtered, previous, display);
  if (before !== null && before >= newest) return [];
  const ids: string[] = [];
  for (let i = lastStartingBy(filtered, cursor); i >= 0; i--) {
    const e = filtered[i];
    if (!e || e.start < newest) break;
    if (isVisible(e, cursor, display)) ids.push(e.event.id);
  }
  return ids.reverse();
}
