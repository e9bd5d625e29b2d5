/**
 * The naive baseline of issue 8, measured the same way as the app: the same
 * base map (the app's own style, fonts and icons) plus one GeoJSON circle
 * layer whose FeatureCollection is rebuilt and `setData`-ed on every
 * timeline step. Benchmark page only: built by bench/vite.naive.config.mjs
 * into bench/tmp/, never shipped. Driven by bench/run.mjs through
 * `window.naiveBench`.
 */
// eslint-disable-next-line no-restricted-imports -- the baseline measures maplibre-gl itself, outside the app (bench/README.md).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { loadGeography } from '../../src/data/loadGeography';
import { buildAnchorIndex } from '../../src/domain/anchors';
import type { BorderEvent } from '../../src/domain/event';
import { isVisible, timeEvents, timelineSpan, type DisplaySettings } from '../../src/domain/timeline';
import { drawIcon, type IconShape } from '../../src/map/icons';
import { buildStyle, PLACE_ICONS } from '../../src/map/layers';
// The app's fonts as the app loads them (issue 18): the page's CSS declares the map's families, no font-faces.
import 'noto-subset/fonts.css';
import { EVENT_STYLE } from '../../src/map/palette';
import { REGION_BOUNDS } from '../../src/map/mapController';

export interface NaiveBench {
  count: number;
  span: { start: number; end: number };
  /** Data updates the worker has finished and the source applied (to count the steps that reached the map). */
  readonly applied: number;
  /** One naive timeline step: rebuild the visible events' FeatureCollection and setData. Returns the features drawn. */
  step(cursor: number, display: DisplaySettings): number;
  repaint(): void;
  whenIdle(): Promise<void>;
}

declare global { interface Window { naiveBench?: NaiveBench; naiveBenchError?: string } }

async function start(): Promise<NaiveBench> {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById('map') as HTMLElement;
  container.style.width = `${Number(params.get('w') ?? 1024)}px`;
  container.style.height = `${Number(params.get('h') ?? 728)}px`;
  // The app's data/ sits next to this page's folder on the bench server.
  const appBase = new URL('../', location.href).href;
  const [{ value: geo }, events] = await Promise.all([
    loadGeography(appBase),
    fetch(new URL(params.get('data') ?? '../data/events.json', location.href)).then((r) => r.json() as Promise<{ events: BorderEvent[] }>),
  ]);
  // Every province's outline, as the app places events on (src/app/loadRecord.ts).
  const anchors = buildAnchorIndex(geo.allProvinces ? { ...geo, provinces: await geo.allProvinces() } : geo);
  const timed = timeEvents(events.events);
  // Anchors resolved once: the naive part measured is the per-step rebuild and setData.
  const anchored = timed.map((e) => ({ e, at: anchors.anchorsOf(e.event) }));
  const span = timelineSpan(timed) ?? { start: 0, end: 0 };

  maplibregl.setWorkerUrl(workerUrl);
  const style = buildStyle(geo, { provinceDate: '2026-01-01' });
  style.sources.naive = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
  // The app's colour per event type (shape aside: circles are the naive way).
  const colour = ['match', ['get', 'type'], ...Object.entries(EVENT_STYLE).flatMap(([type, s]) => [type, s.color]), '#666666'] as unknown as maplibregl.ExpressionSpecification;
  style.layers.push({
    id: 'naive-events', type: 'circle', source: 'naive',
    paint: { 'circle-radius': 6, 'circle-color': colour, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
  });
  const map = new maplibregl.Map({
    container, style, bounds: REGION_BOUNDS, fitBoundsOptions: { padding: 16 },
    renderWorldCopies: false, attributionControl: false,
  });
  map.setMissingStyleImageResolver((id: string) => {
    const kind = id.startsWith('place-') ? id.slice('place-'.length) : null;
    const spec = kind ? PLACE_ICONS[kind as keyof typeof PLACE_ICONS] : undefined;
    if (!spec || map.hasImage(id)) return;
    map.addImage(id, drawIcon({ ...spec, shape: spec.shape as IconShape, pixelRatio: 1 }), { pixelRatio: 1 });
  });
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  const source = map.getSource('naive') as maplibregl.GeoJSONSource;
  let applied = 0;
  map.on('sourcedata', (e) => { if (e.sourceId === 'naive' && e.sourceDataType === 'content') applied++; });

  return {
    count: timed.length,
    span,
    get applied() { return applied; },
    step(cursor, display) {
      const fc: FeatureCollection<Point, { id: string; type: string }> = { type: 'FeatureCollection', features: [] };
      for (const { e, at } of anchored) {
        if (!isVisible(e, cursor, display)) continue;
        for (const a of at) fc.features.push({ type: 'Feature', properties: { id: e.event.id, type: e.event.type }, geometry: { type: 'Point', coordinates: [a.lon, a.lat] } });
      }
      source.setData(fc);
      return fc.features.length;
    },
    repaint() { map.triggerRepaint(); },
    whenIdle() {
      return new Promise((resolve) => { map.once('idle', () => resolve()); map.triggerRepaint(); });
    },
  };
}

start().then((b) => { window.naiveBench = b; }, (e: unknown) => { window.naiveBenchError = String(e); });
