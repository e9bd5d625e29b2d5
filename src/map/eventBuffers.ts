import type { AnchorIndex } from '../domain/anchors';
import type { TimedEvent } from '../domain/timeline';
import { EVENT_STYLE, parseShapeIndex } from './eventStyle';
import { parseHex } from './icons';

/** Never, as a day number: used for "not in force" and "in force forever". Exact in float32. */
export const NEVER = 1e9;

/**
 * Floats per point, interleaved: mercator x, y; spread offset x, y (in symbol
 * widths); start, end, forceFrom, forceUntil (day numbers); shape, r, g, b;
 * planned (0/1), event index.
 */
export const STRIDE = 14;

export interface EventBuffers {
  /** Points drawn: one per event and anchor. */
  count: number;
  data: Float32Array;
  /** For each point, the index of its event in the array given to buildEventBuffers. */
  eventOf: Int32Array;
  /** For each point, its anchor id (a place, district, province or border). */
  anchorOf: string[];
  /** Longitude, latitude of each point, for hit tests. */
  lonLat: Float64Array;
}

/** Web Mercator in [0, 1], as MapLibre's MercatorCoordinate. */
export function mercator(lon: number, lat: number): [number, number] {
  const x = (180 + lon) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
  return [x, y];
}

/**
 * Offsets that spread the events of one place around it, so events at the
 * same place never hide each other (issue 4): slot 0 at the centre, then
 * rings of 6, 12, 18… slots, one symbol width apart.
 */
export function spreadOffset(slot: number): [number, number] {
  if (slot <= 0) return [0, 0];
  let ring = 1, first = 1;
  while (slot >= first + 6 * ring) { first += 6 * ring; ring++; }
  const k = slot - first;
  const angle = (k / (6 * ring)) * Math.PI * 2 - Math.PI / 2;
  return [Math.cos(angle) * ring, Math.sin(angle) * ring];
}

export function buildEventBuffers(events: readonly TimedEvent[], anchors: AnchorIndex): EventBuffers {
  const points: Array<{ event: number; anchor: { id: string; lon: number; lat: number } }> = [];
  events.forEach((e, i) => { for (const a of anchors.anchorsOf(e.event)) points.push({ event: i, anchor: a }); });
  const data = new Float32Array(points.length * STRIDE);
  const eventOf = new Int32Array(points.length);
  const anchorOf: string[] = [];
  const lonLat = new Float64Array(points.length * 2);
  const slots = new Map<string, number>();
  points.forEach((p, i) => {
    const e = events[p.event];
    if (!e) return;
    const slot = slots.get(p.anchor.id) ?? 0;
    slots.set(p.anchor.id, slot + 1);
    const [x, y] = mercator(p.anchor.lon, p.anchor.lat);
    const [ox, oy] = spreadOffset(slot);
    const style = EVENT_STYLE[e.event.type];
    const [r, g, b] = parseHex(style.color);
    data.set([
      x, y, ox, oy,
      e.start, e.end, e.forceFrom ?? NEVER, e.forceUntil ?? NEVER,
      parseShapeIndex(style.shape), r / 255, g / 255, b / 255,
      e.event.status === 'planned' ? 1 : 0, p.event,
    ], i * STRIDE);
    eventOf[i] = p.event;
    lonLat[i * 2] = p.anchor.lon;
    lonLat[i * 2 + 1] = p.anchor.lat;
    anchorOf.push(p.anchor.id);
  });
  return { count: points.length, data, eventOf, anchorOf, lonLat };
}
