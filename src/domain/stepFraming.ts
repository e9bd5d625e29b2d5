import type { BorderEvent } from './event.ts';
import { eventBounds, linkedBounds, type Bounds } from './eventBounds.ts';
import type { Geography } from './geography.ts';
import { placementOf } from './placement.ts';
import { CONTEXT_MARGIN, CONTEXT_MAX_ZOOM, grow, pairBorderPoints, unionBounds } from './storyFraming.ts';
import { COUNTRY_PAIRS, countryPairs } from './timeline.ts';

/*
 * Framing rules of the presentation (issue 15), beside storyFraming.ts's
 * shared ones: kept apart so the map's chunk, which needs only those, does
 * not carry turf's bbox for the briefing.
 */

/** Squared distance in degrees, longitude scaled by the latitude's cosine (near enough for "which is nearest"). */
function distance2([x0, y0]: readonly [number, number], [x1, y1]: readonly [number, number]): number {
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return ((x1 - x0) * k) ** 2 + (y1 - y0) ** 2;
}

/** A linked geometry smaller than this (degrees, each way) is a point: a place, or places a few kilometres apart. */
export const POINT_SPAN_DEGREES = 0.5;

/**
 * How the presentation frames a step's event (issue 15: Beijing was a dot
 * on blank beige, Hà Nội lost the Lao border). An event at one point is
 * framed with the nearest point of its own border (the border of its
 * country pair; any story border when it names neither pair), grown by
 * CONTEXT_MARGIN, and never closer than CONTEXT_MAX_ZOOM; one far from that
 * border (more than FAR_DEGREES: Beijing) with that whole border, grown by
 * at most FAR_MARGIN_DEGREES. Any other event:
 * its linked geography (eventBounds), as before. Null when it links
 * nothing on the map (the caller frames the region).
 */
export function stepFrame(event: BorderEvent, geo: Geography): { bounds: Bounds; maxZoom?: number } | null {
  const linked = linkedBounds(event, geo);
  if (!linked) return null;
  const [w, s, e, n] = linked;
  if (e - w > POINT_SPAN_DEGREES || n - s > POINT_SPAN_DEGREES) {
    const bounds = eventBounds(event, geo);
    return bounds ? { bounds } : null;
  }
  const point: [number, number] = [(w + e) / 2, (s + n) / 2];
  const own = countryPairs(event.countries);
  const pairs = own.length > 0 ? own : COUNTRY_PAIRS;
  let nearest: [number, number] | null = null;
  let nearestPair: (typeof pairs)[number] | null = null;
  let best = Infinity;
  for (const pair of pairs) {
    for (const p of pairBorderPoints(geo.borders, pair)) {
      const d = distance2(point, p);
      if (d < best) { best = d; nearest = p; nearestPair = pair; }
    }
  }
  if (nearest && nearestPair && best > FAR_DEGREES ** 2) {
    // Far from its border (Beijing): the place and that whole border, with a margin of at most FAR_MARGIN_DEGREES
    // (issue 15 review: a 15 % margin of an 18° frame zoomed the step out, and part of the border fell outside).
    const bounds = unionBounds([], [point, ...pairBorderPoints(geo.borders, nearestPair)]) ?? [point[0], point[1], point[0], point[1]];
    return { bounds: growAtMost(bounds, FAR_MARGIN_DEGREES), maxZoom: CONTEXT_MAX_ZOOM };
  }
  // The story's focus provinces come into the frame of an event of their own countries near them (issue 15,
  // session 11 review: Hà Nội's frame cut Savannakhet and Quảng Trị at the caption's edge, or left them off-screen).
  const focus = focusNear(event, geo, point);
  const bounds = unionBounds([focus], nearest ? [point, nearest] : [point]) ?? [point[0], point[1], point[0], point[1]];
  return { bounds: grow(bounds), maxZoom: CONTEXT_MAX_ZOOM };
}

/** How near (degrees) the focus provinces' bounds a place is for its frame to take them in (Hà Nội 2.6°, Vientiane 1.3°). */
export const FOCUS_REACH_DEGREES = 3;

/**
 * The bounds of the story's focus provinces (the provinces the data marks `focus`), when the event takes
 * place among all of their countries and within FOCUS_REACH_DEGREES of them; else null.
 */
export function focusNear(event: BorderEvent, geo: Geography, [x, y]: readonly [number, number]): Bounds | null {
  const focus = geo.provinces.features.filter((f) => f.properties.focus === true);
  const countries = new Set(focus.map((f) => f.properties.country).filter((c): c is string => !!c));
  if (focus.length === 0 || ![...countries].every((c) => event.countries.includes(c))) return null;
  const box = unionBounds(focus.map((f) => unionBounds([], ringPoints(f.geometry))));
  if (!box) return null;
  const [w, s, e, n] = box;
  const dx = Math.max(w - x, 0, x - e) * Math.cos((y * Math.PI) / 180), dy = Math.max(s - y, 0, y - n);
  return Math.hypot(dx, dy) <= FOCUS_REACH_DEGREES ? box : null;
}

/** Every position of a (multi)polygon or line, as [lon, lat] points. */
function ringPoints(g: Geography['provinces']['features'][number]['geometry']): Array<[number, number]> {
  const flat = (c: unknown): Array<[number, number]> => (Array.isArray(c) && typeof c[0] === 'number' ? [[c[0], c[1] as number]] : Array.isArray(c) ? c.flatMap(flat) : []);
  return 'coordinates' in g ? flat(g.coordinates) : [];
}

/** Beyond this distance (degrees, longitude scaled as in distance2) from its nearest border point, a place is far from its border. */
export const FAR_DEGREES = 5;

/** The largest margin (degrees) a far place's frame grows by on each side: the screen's own edge margin does the rest. */
export const FAR_MARGIN_DEGREES = 1;

/** Bounds grown as storyFraming's grow does (CONTEXT_MARGIN of the size, at least 0.25°), but by no more than `most` degrees each way. */
export function growAtMost([w, s, e, n]: Bounds, most: number): Bounds {
  const dx = Math.min(Math.max((e - w) * CONTEXT_MARGIN, 0.25), most), dy = Math.min(Math.max((n - s) * CONTEXT_MARGIN, 0.25), most);
  return [w - dx, Math.max(-85, s - dy), e + dx, Math.min(85, n + dy)];
}

/**
 * Where a step without an event (a script's summary scene) may look: the story's region (REGION_BOUNDS in
 * src/map/cameraMoves.ts, grown by about half a degree). Events beyond it (the Beijing minutes) are left
 * outside the frame, and the legend card says so.
 */
export const SUMMARY_REGION: Bounds = [100, 13.5, 110.5, 24.5];

/**
 * How the presentation frames a step without an event (issue 15 review: the in-force summary sat small
 * in an empty frame of the whole region): the events on the map at that step whose linked geography lies
 * in the story's region, together, grown by CONTEXT_MARGIN. Null when none (the caller frames the region).
 */
export function summaryFrame(events: readonly BorderEvent[], geo: Geography, region: Bounds = SUMMARY_REGION): Bounds | null {
  const inside = (b: Bounds) => {
    const x = (b[0] + b[2]) / 2, y = (b[1] + b[3]) / 2;
    return x >= region[0] && x <= region[2] && y >= region[1] && y <= region[3];
  };
  // Framed on the markers the step shows (issue 15, session 11 review: an event that names no place brought its
  // whole border, and the frame zoomed out to Bangkok and Kunming): each event's drawn points, as placement puts them.
  const where = (e: BorderEvent) => unionBounds([], (placementOf(e, geo)?.anchors ?? []).map((a) => [a.lon, a.lat] as [number, number]));
  const boxes = events.map(where).filter((b): b is Bounds => b !== null && inside(b));
  const all = unionBounds(boxes);
  return all ? grow(all) : null;
}

/** A rectangle in screen or slide pixels: left, top, width, height. */
export interface Rect { x: number; y: number; w: number; h: number }

/** West–east over south–north extent of bounds on a Web Mercator map (so a frame's shape can be matched to a free area's). */
export function mercatorAspect([w, s, e, n]: Bounds): number {
  const y = (lat: number) => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));
  const dy = y(n) - y(s);
  return dy > 0 && e > w ? (e - w) / dy : 1;
}

/**
 * The part of a `width`×`height` view that no box covers (the caption, the
 * locator inset; a slide's title, legend and sources) and that shows
 * something of shape `aspect` (width / height) largest (issue 15: the
 * exported slide put its subject under the title). Searched among the
 * rectangles whose edges are the view's and the boxes': a few boxes make a
 * few thousand candidates. Null when the boxes leave no room at all.
 */
export function freeArea(width: number, height: number, boxes: readonly Rect[], aspect: number): Rect | null {
  const inside = boxes
    .map((b) => ({ x0: Math.max(0, b.x), y0: Math.max(0, b.y), x1: Math.min(width, b.x + b.w), y1: Math.min(height, b.y + b.h) }))
    .filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
  const xs = [...new Set([0, width, ...inside.flatMap((b) => [b.x0, b.x1])])].sort((a, b) => a - b);
  const ys = [...new Set([0, height, ...inside.flatMap((b) => [b.y0, b.y1])])].sort((a, b) => a - b);
  let best: Rect | null = null, bestScore = 0, bestArea = 0;
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) {
    const x0 = xs[i] ?? 0, x1 = xs[j] ?? 0;
    for (let k = 0; k < ys.length; k++) for (let l = k + 1; l < ys.length; l++) {
      const y0 = ys[k] ?? 0, y1 = ys[l] ?? 0;
      if (inside.some((b) => b.x0 < x1 && b.x1 > x0 && b.y0 < y1 && b.y1 > y0)) continue;
      // How large the frame can be drawn: limited by the width, or by the height times the frame's shape.
      const score = Math.min(x1 - x0, (y1 - y0) * aspect), area = (x1 - x0) * (y1 - y0);
      if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && area > bestArea)) {
        best = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 }; bestScore = score; bestArea = area;
      }
    }
  }
  return best;
}
