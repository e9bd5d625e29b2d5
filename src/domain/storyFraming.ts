import type { Bounds } from './eventBounds.ts';
import type { GeoCollection } from './geography.ts';
import type { CountryPair } from './timeline.ts';

/**
 * Camera framings that keep the story in view (issue 13 design review):
 * a border filter frames that border, and a lone place far from the rest
 * is framed with the story border nearest to it, never on blank land.
 * Pure: the map controller measures the view and moves the camera.
 */

/** A lone place is never framed closer than this zoom: the reader sees where it lies. */
export const CONTEXT_MAX_ZOOM = 6;

/** A framing grows by this share of its size on each side: symbols spread around a place stay clear of the edges. */
export const CONTEXT_MARGIN = 0.15;

/** Bounds grown by `share` of their width and height on each side (at least 0.25° each way). */
export function grow([w, s, e, n]: Bounds, share = CONTEXT_MARGIN): Bounds {
  const dx = Math.max((e - w) * share, 0.25), dy = Math.max((n - s) * share, 0.25);
  return [w - dx, Math.max(-85, s - dy), e + dx, Math.min(85, n + dy)];
}

/** What a change of the border (pair) filter asks of the camera. */
export type PairFilterMove = { kind: 'none' } | { kind: 'frame'; pair: CountryPair } | { kind: 'cleared' };

/**
 * The filter went to exactly one border: frame it. It went from some
 * borders to none: the caller moves only if nothing shown is in view.
 * Any other change (two borders ticked, the same one again): nothing.
 */
export function pairFilterMove(previous: readonly CountryPair[], next: readonly CountryPair[]): PairFilterMove {
  const same = previous.length === next.length && previous.every((p) => next.includes(p));
  if (same) return { kind: 'none' };
  if (next.length === 1 && next[0]) return { kind: 'frame', pair: next[0] };
  if (next.length === 0 && previous.length > 0) return { kind: 'cleared' };
  return { kind: 'none' };
}

/** The smallest bounds holding these bounds and points; null when given nothing finite. */
export function unionBounds(boxes: ReadonlyArray<Bounds | null>, points: ReadonlyArray<readonly [number, number]> = []): Bounds | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const add = (x: number, y: number) => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  };
  for (const b of boxes) if (b) { add(b[0], b[1]); add(b[2], b[3]); }
  for (const [x, y] of points) add(x, y);
  return w <= e && s <= n ? [w, s, e, n] : null;
}

/** Every vertex of the drawn border between the pair's two countries (its `countries` property). */
export function pairBorderPoints(borders: GeoCollection, pair: CountryPair): Array<[number, number]> {
  const [a, b] = pair.split('-');
  const points: Array<[number, number]> = [];
  for (const f of borders.features) {
    const c = f.properties.countries ?? [];
    if (c.length !== 2 || !c.includes(a ?? '') || !c.includes(b ?? '')) continue;
    const g = f.geometry;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const line of lines) for (const [x = NaN, y = NaN] of line) points.push([x, y]);
  }
  return points;
}

/** The bounds of the drawn border between the pair's two countries (its `countries` property), or null. */
export function pairBorderBounds(borders: GeoCollection, pair: CountryPair): Bounds | null {
  return unionBounds([], pairBorderPoints(borders, pair));
}

/** Degrees from a point to a box (0 inside), longitude scaled by the latitude's cosine. */
function distanceToBox([x, y]: readonly [number, number], [w, s, e, n]: Bounds): number {
  const dx = x < w ? w - x : x > e ? x - e : 0;
  const dy = y < s ? s - y : y > n ? y - n : 0;
  return Math.hypot(dx * Math.cos((y * Math.PI) / 180), dy);
}

/**
 * How to frame an event at one place (issue 13 review: Play flew to Beijing
 * on blank land): the place together with the nearest of the story's frames
 * (the Vietnam–China border, the focus provinces), no closer than
 * CONTEXT_MAX_ZOOM, grown by CONTEXT_MARGIN so the place's symbols (spread
 * around it) stay clear of the edges. Without frames, the place alone at
 * that zoom.
 */
export function contextFrame(point: readonly [number, number], frames: readonly Bounds[]): { bounds: Bounds; maxZoom: number } {
  let best: Bounds | null = null, bestD = Infinity;
  for (const f of frames) {
    const d = distanceToBox(point, f);
    if (d < bestD) { bestD = d; best = f; }
  }
  const bounds = unionBounds([best], [point]) ?? [point[0], point[1], point[0], point[1]];
  return { bounds: grow(bounds), maxZoom: CONTEXT_MAX_ZOOM };
}

/** How far (degrees) from a border's bounds an event still counts as near it when the border is framed. */
export const PAIR_REACH_DEG = 5;

/**
 * Whether a point is near a border's bounds (within `reach` degrees), so that framing the
 * border takes it in: a far single place (the Beijing talks, ~1,500 km off the Vietnam–China
 * border) would shrink the border to a corner of the map; camera follow frames it when chosen.
 * With no border, every point counts.
 */
export function nearBorder(point: readonly [number, number], border: Bounds | null, reach = PAIR_REACH_DEG): boolean {
  if (!border) return true;
  const [w, s, e, n] = border;
  return point[0] >= w - reach && point[0] <= e + reach && point[1] >= s - reach && point[1] <= n + reach;
}

/** How far (degrees) beyond the story region an event still belongs in the opening frame. */
export const OPENING_REACH_DEG = 1;

/**
 * The opening frame (issue 13 review: the first view showed 2 of 26 events,
 * "22 events north ↑"): the focus provinces together with the points of the
 * events shown at the opening cursor that lie in the story region (both
 * borders; within `reach` degrees of it). Far outliers (the Beijing talks)
 * stay out: an edge pill points to them, and framing them would shrink the
 * story to a corner. Non-finite points are ignored.
 */
export function openingFrame(
  focus: Bounds, region: Bounds, points: ReadonlyArray<readonly [number, number]>, reach = OPENING_REACH_DEG,
): Bounds {
  const [w, s, e, n] = region;
  const near = points.filter(([x, y]) => x >= w - reach && x <= e + reach && y >= s - reach && y <= n + reach);
  return unionBounds([focus], near) ?? focus;
}

/** A view more than this many times the story region's width (or height) has left the story (Play after Beijing). */
export const AWAY_FACTOR = 1.5;

/**
 * Whether the view has left the story region (reader3, issue 13 review: Play
 * zoomed out to Beijing and stayed there through 2024): its centre is outside
 * the region, or it is more than `factor` times the region's width or height.
 * The camera then returns to the story for the next event in the region,
 * even though that event is technically in view.
 */
export function awayFromStory([w, s, e, n]: Bounds, region: Bounds, factor = AWAY_FACTOR): boolean {
  const [rw, rs, re, rn] = region;
  const cx = (w + e) / 2, cy = (s + n) / 2;
  if (cx < rw || cx > re || cy < rs || cy > rn) return true;
  return e - w > (re - rw) * factor || n - s > (rn - rs) * factor;
}

/**
 * The region grown about its centre to the view's shape (width / height, in degrees): what a map of
 * that shape frames when it frames the region (session 11: the embed's opening frame of both borders,
 * bound by the height of a 680 × 448 map, is 20° wide; against the bare region it read as "away",
 * and the first selection zoomed in on the focus provinces).
 */
export function toAspect([w, s, e, n]: Bounds, aspect: number): Bounds {
  const width = e - w, height = n - s;
  if (!(aspect > 0) || !(width > 0) || !(height > 0)) return [w, s, e, n];
  const dx = Math.max(0, height * aspect - width) / 2, dy = Math.max(0, width / aspect - height) / 2;
  return [w - dx, s - dy, e + dx, n + dy];
}

/** West, south, east, north: the story region, the Vietnam–China border down to southern Laos (both borders). */
export const REGION_BOUNDS: [number, number, number, number] = [100.6, 14.2, 109.6, 23.7];

/** Whether every point lies in the story region (within `reach` degrees): what the opening frame would take in. */
export function inStoryRegion(points: ReadonlyArray<readonly [number, number]>, region: Bounds, reach = OPENING_REACH_DEG): boolean {
  const [w, s, e, n] = region;
  return points.length > 0 && points.every(([x, y]) => x >= w - reach && x <= e + reach && y >= s - reach && y <= n + reach);
}
