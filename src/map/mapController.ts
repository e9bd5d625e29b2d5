import type { FeatureCollection, LineString } from 'geojson';
import type { AnchorIndex } from '../domain/anchors';
import type { BorderEvent } from '../domain/event';
import type { GeoCollection, Geography } from '../domain/geography';
import { spreadPx } from '../domain/markerSpread';
import { isVisible, newestStart, windowDays, type DisplaySettings, type TimedEvent } from '../domain/timeline';
import { DEFAULT_DISPLAY } from '../domain/viewLimits';
import { buildEventBuffers, FLAG_APPROXIMATE, STRIDE, type EventBuffers } from './eventBuffers';
import type { EventLayerState } from './eventLayer';
import { litBorders, litEvents, litFeatures, type LitFeatures } from './eventLighting';
import { countryLabelFeatures } from './basemapData';
import { DATED_LAYERS, SOURCE } from './layers';
import { projectorProperties } from './projector';
import type { MapLike } from './mapLike';
import { createCameraMoves, type CameraMoves } from './cameraMoves';
import { KEEPOUT_SYMBOL_LIMIT, KEEPOUT_SYMBOLS_SOURCE, symbolKeepouts, type DrawnSymbol } from './keepout';


// Camera moves (framing, following, a border's frame) are cameraMoves.ts's; re-exported for the map's callers.
export { FOCUS_BOUNDS, FRAME_MAX_ZOOM, REGION_BOUNDS } from './cameraMoves';

/** The part of EventLayer the controller drives (a fake in tests). */
export interface EventLayerLike {
  readonly state: EventLayerState;
  setBuffers(buffers: EventBuffers, mask: Float32Array): void;
  setMask(mask: Float32Array): void;
}

const MODE_CODE = { cumulative: 0, window: 1, 'in-force': 2 } as const;

export interface MapController extends CameraMoves {
  /** Draws provinces as they were on this ISO date. Cheap when the answer did not change. */
  setProvinceDate(date: string): boolean;
  /**
   * The whole provinces layer, once loaded (issue 18: the first view draws
   * only some): drawn, and its validity dates counted by setProvinceDate.
   */
  setAllProvinces(all: GeoCollection): void;
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
   * Lights only the selected event's links, not the whole emphasised group
   * (a briefing, issue 15 review: a same-date event lit borders the caption
   * never named). Off by default.
   */
  setLitSelectedOnly(on: boolean): void;
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

/**
 * The days on which the set of drawn provinces can change: a feature is drawn
 * from its `validFrom` day and through its `validTo` day. Sorted, without repeats.
 */
export interface ValidityDates {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/** The change dates of every province in these layers (the first view's, and those loaded later). */
export function validityDates(layers: readonly GeoCollection[]): ValidityDates {
  const from = new Set<string>(), to = new Set<string>();
  for (const layer of layers) {
    for (const { properties: p } of layer.features) {
      if (p.validFrom !== undefined) from.add(p.validFrom);
      if (p.validTo !== undefined) to.add(p.validTo);
    }
  }
  return { from: [...from].sort(), to: [...to].sort() };
}

/**
 * Which stretch between change dates `date` falls in: two dates with the same
 * key draw the same provinces, in every loaded layer (a province's outline is
 * on from its `validFrom`, off after its `validTo`).
 */
export function validityKey(dates: ValidityDates, date: string): string {
  const started = dates.from.filter((d) => d <= date).length;
  const ended = dates.to.filter((d) => d < date).length;
  return `${started}:${ended}`;
}

export interface ControllerOptions {
  reducedMotion?: boolean;
  /** A camera set explicitly is kept by every follow while this says true (cameraMoves.ts). */
  held?: () => boolean;
  /** A locator map: a wide frame of the story region is on the story (cameraMoves.ts). */
  wideIsStory?: boolean;
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
  let provinceDate: string | null = null;
  let provinceDates = validityDates([geo.provinces]);
  let countryNamesKey: string | null = null;
  let events: readonly TimedEvent[] = [];
  let buffers: EventBuffers | null = null;
  let filtered: readonly TimedEvent[] = [];
  let cursor = 0;
  let display: DisplaySettings = DEFAULT_DISPLAY;
  let selectedId: string | null = null;
  let projector = false;
  let litSelectedOnly = false;
  let lit: LitFeatures = { provinces: [], borders: [], places: [], events: [] };
  let litKey = '';
  let placements: AnchorIndex | null = null;
  /** What an event lights (eventLighting.ts's litBorders): all its borders once selected. */
  const litBordersOf = (selected: BorderEvent | null) => (e: BorderEvent): readonly string[] => {
    const placement = placements?.placementOf?.(e);
    return placement ? litBorders(placement, e === selected) : e.links.borders;
  };
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
  // Deferred work (lighting, the keepout boxes) runs in one scheduled pass before the next frame.
  let pending = false;
  let lightingDue = false;
  let keepoutsDue = false;
  const runDeferred = () => {
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      if (lightingDue) { lightingDue = false; applyLighting(); }
      if (keepoutsDue) { keepoutsDue = false; applyKeepouts(); }
    });
  };
  const refreshLighting = () => { lightingDue = true; runDeferred(); };
  const refreshKeepouts = () => { keepoutsDue = true; runDeferred(); };
  function applyLighting() {
    const selected = selectedId !== null ? events[indexOf.get(selectedId) ?? -1]?.event ?? null : null;
    const lighting = litSelectedOnly ? (selected ? [selected] : []) : litEvents(filtered, cursor, display, newestStart(filtered, cursor, display), selected);
    setLit(litFeatures(lighting, litBordersOf(selected)));
  }

  // The drawn symbols' boxes, for the labels to keep out of (keepout.ts): rebuilt in the next frame
  // when the set of drawn symbols or their size changed, never on a step that changes neither.
  // Past KEEPOUT_SYMBOL_LIMIT drawn symbols the labels stop keeping out of them: the pass stops
  // counting there, so a step of a 100k-event record does not build and send a 100k-box GeoJSON.
  let keepoutKey = '';
  function applyKeepouts() {
    if (!buffers || !layer) return;
    const on = filteredIds();
    const drawn: number[] = [];
    for (let i = 0; i < buffers.count && drawn.length <= KEEPOUT_SYMBOL_LIMIT; i++) {
      const e = events[buffers.eventOf[i] ?? -1];
      if (e && on.has(e.event.id) && isVisible(e, cursor, display)) drawn.push(i);
    }
    if (drawn.length > KEEPOUT_SYMBOL_LIMIT) drawn.length = 0;
    const size = layer.state.size;
    const key = `${size}|${drawn.join(',')}`;
    if (key === keepoutKey) return;
    keepoutKey = key;
    const b = buffers;
    const symbols: DrawnSymbol[] = drawn.map((i) => {
      const o = i * STRIDE;
      const approximate = ((b.data[o + 12] ?? 0) & FLAG_APPROXIMATE) !== 0;
      const anchor = b.anchorOf[i] ?? '';
      return {
        lon: b.lonLat[i * 2] ?? 0, lat: b.lonLat[i * 2 + 1] ?? 0, ox: b.data[o + 2] ?? 0, oy: b.data[o + 3] ?? 0,
        ringAnchor: approximate && anchor.startsWith('border-') ? anchor : null,
      };
    });
    map.getSource(KEEPOUT_SYMBOLS_SOURCE)?.setData(symbolKeepouts(symbols, size));
  }

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
  const moves = createCameraMoves(map, geo, pointsOf, options);
  const controller: MapController = {
    ...moves,
    setProvinceDate(date) {
      const key = validityKey(provinceDates, date);
      provinceDate = date;
      if (key === provinceKey) return false;
      provinceKey = key;
      for (const [layerId, filterFor] of Object.entries(DATED_LAYERS)) {
        if (map.getLayer(layerId)) map.setFilter(layerId, filterFor(date));
      }
      return true;
    },
    setAllProvinces(all) {
      map.getSource(SOURCE.provinces)?.setData(all);
      provinceDates = validityDates([geo.provinces, all]);
      // The filters already drawn hold the current date: only the key is recomputed.
      if (provinceDate !== null) provinceKey = validityKey(provinceDates, provinceDate);
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
      refreshKeepouts();
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
    setLitSelectedOnly(on) {
      if (on === litSelectedOnly) return;
      litSelectedOnly = on;
      refreshLighting();
    },
    setMarkerSize(px) {
      if (!layer || !Number.isFinite(px) || px <= 0 || layer.state.size === px) return;
      layer.state.size = px;
      refreshKeepouts();
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
