import type { AnchorIndex } from '../domain/anchors';
import { spreadOffset } from '../domain/markerSpread';
import type { TimedEvent } from '../domain/timeline';
import { EVENT_STYLE, parseShapeIndex } from './eventStyle';
import { parseHex } from './icons';

/** Never, as a day number: used for "not in force" and "in force forever". Exact in float32. */
export const NEVER = 1e9;

/**
 * Floats per point, interleaved: mercator x, y; spread offset x, y (in
 * marker spacings, screen axes: y down); start, end, forceFrom, forceUntil
 * (day numbers); shape, r, g, b; flags (1 planned + 2 approximate + 4 on a border's
 * point), event index.
 */
export const STRIDE = 14;

/** Bits of the flags float. */
export const FLAG_PLANNED = 1;
export const FLAG_APPROXIMATE = 2;
/**
 * Drawn at a border's point (the events that name no place): the map's overlay draws one dashed
 * ring round the whole group there, not one per symbol (issue 13, session 8 review: thirteen
 * overlapping dashed rings read as a tangle).
 */
export const FLAG_ON_BORDER = 4;

export interface EventBuffers {
  /** Points drawn: one per placed event (issue 13: every event has one). */
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
 * One symbol per event, at its first anchor (its other linked places light
 * up and a twinning draws its lines): one symbol for each event, so eight
 * symbols no longer pile up around Khe Sanh for two events (issue 13).
 * Events at the same anchor are spread by the domain's rule (markerSpread.ts).
 */
export function buildEventBuffers(events: readonly TimedEvent[], anchors: AnchorIndex): EventBuffers {
  const points: Array<{ event: number; anchor: { id: string; lon: number; lat: number }; approximate: boolean }> = [];
  events.forEach((e, i) => {
    const placement = anchors.placementOf?.(e.event);
    const first = placement ? placement.anchors[0] : anchors.anchorsOf(e.event)[0];
    if (first) points.push({ event: i, anchor: first, approximate: placement?.approximate ?? false });
  });
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
    const flags = (e.event.status === 'planned' ? FLAG_PLANNED : 0) + (p.approximate ? FLAG_APPROXIMATE : 0)
      + (p.approximate && p.anchor.id.startsWith('border-') ? FLAG_ON_BORDER : 0);
    data.set([
      x, y, ox, oy,
      e.start, e.end, e.forceFrom ?? NEVER, e.forceUntil ?? NEVER,
      parseShapeIndex(style.shape), r / 255, g / 255, b / 255,
      flags, p.event,
    ], i * STRIDE);
    eventOf[i] = p.event;
    lonLat[i * 2] = p.anchor.lon;
    lonLat[i * 2 + 1] = p.anchor.lat;
    anchorOf.push(p.anchor.id);
  });
  return { count: points.length, data, eventOf, anchorOf, lonLat };
}
