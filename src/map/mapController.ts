import type { FeatureCollection, LineString } from 'geojson';
import type { AnchorIndex } from '../domain/anchors';
import type { BorderEvent } from '../domain/event';
import type { Geography } from '../domain/geography';
import { followCamera } from '../domain/cameraFollow';
import type { Bounds } from '../domain/eventBounds';
import { awayFromStory, contextFrame, inStoryRegion, nearBorder, openingFrame, pairBorderBounds, unionBounds } from '../domain/storyFraming';
import { spreadPx } from '../domain/markerSpread';
import { isVisible, newestStart, windowDays, type CountryPair, type DisplaySettings, type TimedEvent } from '../domain/timeline';
import { buildEventBuffers, FLAG_APPROXIMATE, STRIDE, type EventBuffers } from './eventBuffers';
import type { EventLayerState } from './eventLayer';
import { litEvents, litFeatures, type LitFeatures } from './eventLighting';
import { countryLabelFeatures } from './basemapData';
import { DATED_LAYERS, SOURCE } from './layers';
import { projectorProperties } from './projector';
import type { MapLike } from './mapLike';
import { dropPadding, NO_PADDING, type CameraPadding } from './padding';


/** West, south, east, north: frames the VN–CN border down to southern Laos. */
export const REGION_BOUNDS: [number, number, number, number] = [100.6, 14.2, 109.6, 23.7];
/**
 * The default view (issue 13): the three focus provinces (Quảng Trị as merged
 * in 2025, Savannakhet, Salavan: 104.75–107.41° E, 15.29–18.07° N) and the
 * Vietnam–Laos border between them, with a margin for the Mekong at
 * Savannakhét and the coast, so the story takes more than a third of the
 * map's width on a desktop (about 40% at 1440×900, 37% at 1280×800). The Vietnam–China border
 * is in the inset map; REGION_BOUNDS frames both borders (the presentation).
 */
export const FOCUS_BOUNDS: [number, number, number, number] = [103.9, 14.95, 108.1, 18.4];
/** Camera moves that bring an event in last about a second (DESIGN.md). */
export const FOLLOW_MS = 1000;
/** A framed event never zooms closer than this: the 1:10m geography is generalised by 1–3 km. */
export const FRAME_MAX_ZOOM = 8;
/** Room kept around a framed border or a lone place's context, in CSS pixels. */
export const CONTEXT_PADDING_PX = 40;

/** Room kept around the opening frame, in CSS pixels: a spread symbol's half (with its badge) and the top's edge pills. */
export const OPENING_PADDING_PX = { top: 92, side: 36 } as const;

/** The map's credits line covers its bottom edge: framings keep this much more room there, in CSS pixels. */
export const CREDITS_ROOM_PX = 24;

/** A padding grown by `px` on each side (and the credits' room at the bottom), as long as the map keeps some room inside it. */
function addPadding(p: CameraPadding, px: number, w: number, h: number): CameraPadding {
  const grown = { top: p.top + px, right: p.right + px, bottom: p.bottom + px + CREDITS_ROOM_PX, left: p.left + px };
  return grown.left + grown.right < w - 20 && grown.top + grown.bottom < h - 20 ? grown : p;
}

/** The part of EventLayer the controller drives (a fake in tests). */
export interface EventLayerLike {
  readonly state: EventLayerState;
  setBuffers(buffers: EventBuffers, mask: Float32Array): void;
  setMask(mask: Float32Array): void;
}

const MODE_CODE = { cumulative: 0, window: 1, 'in-force': 2 } as const;

export interface MapController {
  /** Draws provinces as they were on this ISO date. Cheap when the answer did not change. */
  setProvinceDate(date: string): boolean;
  /** Country labels in the reader's language. */
  setCountryNames(names: Readonly<Record<string, string>>): boolean;
  /** Builds the GPU buffers once per dataset (never per step). */
  setEvents(events: readonly TimedEvent[], anchors: AnchorIndex): void;
  /** The events passing the filters (sorted by start). Rewrites the mask only when the array changed. */
  setFiltered(filtered: readonly TimedEvent[]): boolean;
  /** One timeline step: a few numbers for the GPU, and lighting only when the emphasised group changes. */
  setTime(cursor: number, display: DisplaySettings): void;
  setSelected(id: string | null): boolean;
  /** Event symbols' size in CSS pixels: larger on a projector (issue 6). */
  setMarkerSize(px: number): void;
  /** Heavier lines and larger labels for a projector, or back to the screen's (issue 6). */
  setProjector(on: boolean): boolean;
  /**
   * The drawn event nearest to a screen point within `radius` px, by the
   * same rule as the GPU (the custom layer has no queryRenderedFeatures).
   */
  hitTest(project: (lon: number, lat: number) => { x: number; y: number }, x: number, y: number, radius: number): TimedEvent | null;
  /** Ids of the filtered events visible at the cursor under the display mode (for checks and tests). */
  visibleIds(): string[];
  /**
   * Where each visible event is drawn on screen (its first point), for the
   * focusable overlay that lets a keyboard reach events on the map; null
   * when more than `limit` are visible (a crowd is reached through the table).
   */
  visiblePoints(project: (lon: number, lat: number) => { x: number; y: number }, limit: number): VisiblePoint[] | null;
  fitRegion(options?: { padding?: CameraPadding; animate?: boolean }): void;
  /**
   * Brings these events' symbols into view when any is outside it (issue 13):
   * the decision is cameraFollow.ts's; nothing moves when they are in view.
   * Returns whether the camera moved. Jumps under reduced motion.
   */
  follow(ids: readonly string[], options?: { animate?: boolean; padding?: CameraPadding }): boolean;
  /**
   * Frames one border (country pair) with these events' points (issue 13
   * review: ticking "Vietnam–China" left its events out of view): a 1 s
   * ease, a jump under reduced motion.
   */
  framePair(pair: CountryPair, ids: readonly string[], options?: { padding?: CameraPadding; animate?: boolean }): void;
  /**
   * The opening frame (issue 13 review, reader3): the focus provinces with
   * these events' points in the story region (storyFraming's openingFrame),
   * clear of the map's edges (OPENING_PADDING_PX, the edge pills' row at the
   * top) and of `padding`. A jump: it is the first view.
   */
  frameOpening(ids: readonly string[], options?: { padding?: CameraPadding }): void;
  /** Whether any point of these events is on screen. */
  anyInView(ids: readonly string[]): boolean;
  /**
   * Moves the camera to show these bounds (west, south, east, north) inside
   * the padding, or the whole region for null (issue 6). `animate: false`
   * jumps (reduced motion); the zoom never passes FRAME_MAX_ZOOM, nor `maxZoom` when given
   * (a point event's context, issue 15).
   */
  frame(bounds: readonly [number, number, number, number] | null, options: { padding: CameraPadding; animate: boolean; durationMs?: number; maxZoom?: number }): void;
  /** Drops a padded camera's padding, keeping the picture (leaving a briefing; frame and fitRegion do it first). */
  clearPadding(): void;
  destroy(): void;
}

/** A drawn event's symbol on screen, with the point it is spread around (its anchor). */
export interface VisiblePoint {
  readonly id: string;
  /** The symbol's centre, spread offset included (CSS px in the map's container). */
  readonly x: number;
  readonly y: number;
  /** The geography id the symbol stands at (a place, province or border) and that point on screen. */
  readonly anchor: string;
  readonly ax: number;
  readonly ay: number;
  /** Drawn on a border or country pair because the text names no place (the dashed ring). */
  readonly approximate: boolean;
}

export function validityKey(geo: Geography, date: string): string {
  const valid: string[] = [];
  for (const f of geo.provinces.features) {
    const { validFrom, validTo, id } = f.properties;
    if (validFrom === undefined && validTo === undefined) continue;
    if ((validFrom === undefined || validFrom <= date) && (validTo === undefined || validTo >= date)) valid.push(id);
  }
  return valid.join(',');
}

export interface ControllerOptions {
  reducedMotion?: boolean;
  now?: () => number;
  /**
   * Runs deferred work (lighting) once before the next frame. A step then
   * costs only the uniform writes, and steps made within one frame share one
   * lighting pass (bench/REPORT.md: lighting made 10k-event steps' p95 28 ms).
   * Default: at once.
   */
  schedule?: (work: () => void) => void;
}

export function createMapController(map: MapLike, geo: Geography, layer: EventLayerLike | null = null, options: ControllerOptions = {}): MapController {
  const now = options.now ?? (() => performance.now());
  let provinceKey: string | null = null;
  let countryNamesKey: string | null = null;
  let events: readonly TimedEvent[] = [];
  let buffers: EventBuffers | null = null;
  let filtered: readonly TimedEvent[] = [];
  let cursor = 0;
  let display: DisplaySettings = { mode: 'cumulative', windowMonths: 6 };
  let selectedId: string | null = null;
  let projector = false;
  let lit: LitFeatures = { provinces: [], borders: [], places: [], events: [] };
  let litKey = '';
  let placements: AnchorIndex | null = null;
  const bordersOf = (e: BorderEvent): readonly string[] => placements?.placementOf?.(e)?.borders ?? e.links.borders;
  const indexOf = new Map<string, number>();
  // Ids of the filtered events, built once per filter change, not per pointer move.
  let filteredIdSet: { of: readonly TimedEvent[]; ids: Set<string> } | null = null;
  const filteredIds = (): Set<string> => {
    if (filteredIdSet?.of !== filtered) filteredIdSet = { of: filtered, ids: new Set(filtered.map((e) => e.event.id)) };
    return filteredIdSet.ids;
  };

  const maskFor = (list: readonly TimedEvent[]): Float32Array => {
    const on = new Set(list.map((e) => e.event.id));
    const mask = new Float32Array(buffers?.count ?? 0);
    buffers?.eventOf.forEach((ev, i) => { mask[i] = on.has(events[ev]?.event.id ?? '') ? 1 : 0; });
    return mask;
  };

  const setLit = (next: LitFeatures) => {
    const key = JSON.stringify(next);
    if (key === litKey) return;
    const set = (source: string, ids: string[], value: boolean) => ids.forEach((id) => map.setFeatureState({ source, id }, { lit: value }));
    set(SOURCE.provinces, lit.provinces, false);
    set(SOURCE.borders, lit.borders, false);
    set(SOURCE.places, lit.places, false);
    set(SOURCE.provinces, next.provinces, true);
    set(SOURCE.borders, next.borders, true);
    set(SOURCE.places, next.places, true);
    if (map.getLayer('event-links')) map.setFilter('event-links', ['in', ['get', 'eventId'], ['literal', next.events]]);
    lit = next;
    litKey = key;
  };

  const schedule = options.schedule ?? ((work: () => void) => work());
  let lightingPending = false;
  const refreshLighting = () => {
    if (lightingPending) return;
    lightingPending = true;
    schedule(() => {
      lightingPending = false;
      const selected = selectedId !== null ? events[indexOf.get(selectedId) ?? -1]?.event ?? null : null;
      setLit(litFeatures(litEvents(filtered, cursor, display, newestStart(filtered, cursor, display), selected), bordersOf));
    });
  };

  /** Every drawn point of these events (an event at several places has several). */
  const pointsOf = (ids: readonly string[]): Array<[number, number]> => {
    const points: Array<[number, number]> = [];
    if (!buffers) return points;
    const wanted = new Set(ids);
    for (let i = 0; i < buffers.count; i++) {
      if (wanted.has(events[buffers.eventOf[i] ?? -1]?.event.id ?? '')) points.push([buffers.lonLat[i * 2] ?? NaN, buffers.lonLat[i * 2 + 1] ?? NaN]);
    }
    return points;
  };
  // The story's frames a lone place is shown with: the Vietnam–China border and the focus provinces.
  let frames: Bounds[] | null = null;
  const storyFrames = (): Bounds[] => (frames ??= [pairBorderBounds(geo.borders, 'VN-CN'), [...FOCUS_BOUNDS] as Bounds].filter((b): b is Bounds => b !== null));
  const controller: MapController = {
    setProvinceDate(date) {
      const key = validityKey(geo, date);
      if (key === provinceKey) return false;
      provinceKey = key;
      for (const [layerId, filterFor] of Object.entries(DATED_LAYERS)) {
        if (map.getLayer(layerId)) map.setFilter(layerId, filterFor(date));
      }
      return true;
    },
    setCountryNames(names) {
      const key = JSON.stringify(names);
      if (key === countryNamesKey) return false;
      countryNamesKey = key;
      map.getSource(SOURCE.countryLabels)?.setData(countryLabelFeatures(names));
      return true;
    },
    setEvents(next, anchors) {
      events = next;
      filtered = next;
      indexOf.clear();
      next.forEach((e, i) => indexOf.set(e.event.id, i));
      placements = anchors;
      buffers = buildEventBuffers(next, anchors);
      layer?.setBuffers(buffers, maskFor(next));
      map.getSource('event-links')?.setData(linkLines(next, anchors));
      controller.setTime(cursor, display);
    },
    setFiltered(next) {
      if (next === filtered) return false;
      filtered = next;
      layer?.setMask(maskFor(next));
      controller.setTime(cursor, display);
      return true;
    },
    setTime(nextCursor, nextDisplay) {
      cursor = nextCursor;
      display = nextDisplay;
      const newest = newestStart(filtered, cursor, display);
      if (layer) {
        const s = layer.state;
        const newestDay = newest ?? -1e9;
        // A newer event came into view: it appears with a short effect (none under reduced motion).
        if (newestDay > s.newest && !options.reducedMotion) { s.appearFrom = s.newest; s.appearStart = now(); }
        else if (newestDay < s.newest) { s.appearFrom = newestDay; s.appearStart = -Infinity; }
        s.cursor = cursor;
        s.mode = MODE_CODE[display.mode];
        s.windowDays = windowDays(display.windowMonths);
        s.newest = newestDay;
      }
      refreshLighting();
      map.triggerRepaint();
    },
    setSelected(id) {
      if (id === selectedId) return false;
      selectedId = id;
      if (layer) layer.state.selected = id !== null ? indexOf.get(id) ?? -1 : -1;
      refreshLighting();
      map.triggerRepaint();
      return true;
    },
    setProjector(on) {
      if (on === projector) return false;
      projector = on;
      for (const p of projectorProperties()) {
        if (!map.getLayer(p.layer)) continue;
        const value = on ? p.projector : p.normal;
        if (p.kind === 'paint') map.setPaintProperty(p.layer, p.prop, value); else map.setLayoutProperty(p.layer, p.prop, value);
      }
      return true;
    },
    setMarkerSize(px) {
      if (!layer || !Number.isFinite(px) || px <= 0 || layer.state.size === px) return;
      layer.state.size = px;
      map.triggerRepaint();
    },
    hitTest(project, x, y, radius) {
      if (!buffers || !layer) return null;
      const on = filteredIds();
      const size = layer.state.size;
      let best: TimedEvent | null = null, bestD = radius;
      for (let i = 0; i < buffers.count; i++) {
        const e = events[buffers.eventOf[i] ?? -1];
        if (!e || !on.has(e.event.id) || !isVisible(e, cursor, display)) continue;
        const o = i * STRIDE;
        const p = project(buffers.lonLat[i * 2] ?? 0, buffers.lonLat[i * 2 + 1] ?? 0);
        const [dx, dy] = spreadPx([buffers.data[o + 2] ?? 0, buffers.data[o + 3] ?? 0], size);
        const d = Math.hypot(p.x + dx - x, p.y + dy - y);
        if (d <= bestD) { bestD = d; best = e; }
      }
      return best;
    },
    visiblePoints(project, limit) {
      if (!buffers || !layer) return [];
      // Stops counting as soon as there are too many: this runs on every step during playback.
      const visible = new Set<string>();
      for (const e of filtered) {
        if (!isVisible(e, cursor, display)) continue;
        visible.add(e.event.id);
        if (visible.size > limit) return null;
      }
      const size = layer.state.size;
      const out: VisiblePoint[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < buffers.count; i++) {
        const id = events[buffers.eventOf[i] ?? -1]?.event.id;
        if (!id || !visible.has(id) || seen.has(id)) continue;
        seen.add(id);
        const p = project(buffers.lonLat[i * 2] ?? 0, buffers.lonLat[i * 2 + 1] ?? 0);
        const o = i * STRIDE;
        const [dx, dy] = spreadPx([buffers.data[o + 2] ?? 0, buffers.data[o + 3] ?? 0], size);
        const approximate = ((buffers.data[o + 12] ?? 0) & FLAG_APPROXIMATE) !== 0;
        out.push({ id, x: p.x + dx, y: p.y + dy, anchor: buffers.anchorOf[i] ?? '', ax: p.x, ay: p.y, approximate });
      }
      return out;
    },
    visibleIds() {
      return filtered.filter((e) => isVisible(e, cursor, display)).map((e) => e.event.id);
    },
    fitRegion(opts = {}) {
      dropPadding(map);
      map.fitBounds(REGION_BOUNDS, { padding: opts.padding ?? 16, animate: (opts.animate ?? false) && !options.reducedMotion });
    },
    follow(ids, opts = {}) {
      const points = pointsOf(ids);
      if (points.length === 0) return false;
      dropPadding(map);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      if (!(w > 0 && h > 0)) return false;
      // The view the reader sees: less what covers the map's top (the caption card).
      const pad = opts.padding ?? NO_PADDING;
      const nw = map.unproject([pad.left, pad.top]), se = map.unproject([w - pad.right, h - pad.bottom]);
      if (!(pad.left + pad.right < w && pad.top + pad.bottom < h)) return false;
      const view: Bounds = [nw.lng, se.lat, se.lng, nw.lat];
      const animate = (opts.animate ?? true) && !options.reducedMotion;
      const timing = animate ? { duration: FOLLOW_MS, essential: false } : {};
      // Back to the story after an outlier (reader3: Play parked on Beijing through 2024).
      if (inStoryRegion(points, REGION_BOUNDS) && awayFromStory(view, REGION_BOUNDS)) {
        const [ow, os, oe, on] = openingFrame([...FOCUS_BOUNDS], [...REGION_BOUNDS], points);
        map.fitBounds([[ow, os], [oe, on]], { padding: addPadding(pad, CONTEXT_PADDING_PX, w, h), maxZoom: FRAME_MAX_ZOOM, animate, ...timing });
        return true;
      }
      const move = followCamera(view, points);
      if (move.kind === 'stay') return false;
      // One place: framed with the story border nearest to it, never closer than zoom 6 (storyFraming).
      const lone = points.every(([x, y]) => x === points[0]?.[0] && y === points[0]?.[1]);
      const frame = lone && points[0] ? contextFrame(points[0], storyFrames()) : null;
      const [bw, bs, be, bn] = frame ? frame.bounds : move.bounds;
      const fitPad = frame ? addPadding(pad, CONTEXT_PADDING_PX, w, h) : pad;
      map.fitBounds([[bw, bs], [be, bn]], { padding: fitPad, animate, ...(frame ? { maxZoom: frame.maxZoom } : {}), ...timing });
      return true;
    },
    framePair(pair, ids, opts = {}) {
      // The border with its nearby events (storyFraming's nearBorder says which).
      const border = pairBorderBounds(geo.borders, pair);
      const bounds = unionBounds([border], pointsOf(ids).filter((p) => nearBorder(p, border)));
      if (!bounds) return;
      dropPadding(map);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const animate = (opts.animate ?? true) && !options.reducedMotion;
      map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], {
        padding: addPadding(opts.padding ?? NO_PADDING, CONTEXT_PADDING_PX, w, h), maxZoom: FRAME_MAX_ZOOM, animate,
        ...(animate ? { duration: FOLLOW_MS, essential: false } : {}),
      });
    },
    frameOpening(ids, opts = {}) {
      const bounds = openingFrame([...FOCUS_BOUNDS], [...REGION_BOUNDS], pointsOf(ids));
      dropPadding(map);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const p = opts.padding ?? NO_PADDING;
      const room = { top: p.top + OPENING_PADDING_PX.top, right: p.right + OPENING_PADDING_PX.side, bottom: p.bottom + OPENING_PADDING_PX.side + CREDITS_ROOM_PX, left: p.left + OPENING_PADDING_PX.side };
      const fits = room.left + room.right < w - 40 && room.top + room.bottom < h - 40;
      map.fitBounds([[bounds[0], bounds[1]], [bounds[2], bounds[3]]], { padding: fits ? room : 16, maxZoom: FRAME_MAX_ZOOM, animate: false });
    },
    anyInView(ids) {
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const nw = map.unproject([0, 0]), se = map.unproject([w, h]);
      return pointsOf(ids).some(([lon, lat]) => lon >= nw.lng && lon <= se.lng && lat >= se.lat && lat <= nw.lat);
    },
    frame(bounds, opts) {
      dropPadding(map);
      const target = bounds ?? REGION_BOUNDS;
      map.fitBounds([[target[0], target[1]], [target[2], target[3]]], {
        padding: opts.padding, maxZoom: Math.min(FRAME_MAX_ZOOM, opts.maxZoom ?? FRAME_MAX_ZOOM), animate: opts.animate,
        ...(opts.animate ? { duration: opts.durationMs ?? 1600, essential: false } : {}),
      });
    },
    clearPadding: () => dropPadding(map),
    destroy() {
      map.remove();
    },
  };
  return controller;
}

/** A twinning draws a line from its first place to each of the others (issue 4). */
export function linkLines(events: readonly TimedEvent[], anchors: AnchorIndex): FeatureCollection<LineString, { eventId: string }> {
  const features: FeatureCollection<LineString, { eventId: string }>['features'] = [];
  for (const e of events) {
    if (e.event.type !== 'twinning') continue;
    const [first, ...rest] = anchors.anchorsOf(e.event);
    if (!first) continue;
    for (const other of rest) {
      features.push({ type: 'Feature', properties: { eventId: e.event.id }, geometry: { type: 'LineString', coordinates: [[first.lon, first.lat], [other.lon, other.lat]] } });
    }
  }
  return { type: 'FeatureCollection', features };
}
