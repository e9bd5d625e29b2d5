// The only module that imports maplibre-gl's runtime (with mapController's
// types): it is loaded lazily, so the page's title, timeline and table paint
// before the map library has arrived (issue 8).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Geography } from '../domain/geography';
import { drawIcon, type IconShape } from './icons';
import { languageFields } from './basemapData';
import { buildStyle, CONTEXT_FILES, DETAIL_BOX, DETAIL_BOX_SEAM, PLACE_ICONS, SOURCE } from './layers';
import { checkCollection } from '../data/loadGeography';
import { createMapController, FOCUS_BOUNDS, type MapController } from './mapController';
import { HIT_RADIUS_PX } from '../domain/markerSpread';
import { NO_PADDING, type CameraPadding } from './padding';
import { EventLayer } from './eventLayer';
import { CreditsControl, type CreditsLabels } from './creditsControl';
import { undeclaredMapFonts } from './fonts';
import { themedPaint } from './darkStyle';
import { EVENT_MARKER_PX } from './palette';
import type { MapLike } from './mapLike';
import { KEEPOUT_FRAME_SOURCE, frameKeepouts, keepoutImage, keepoutImageSize } from './keepout';
import { placedBoxes, type PlacedBox } from './placedBoxes';
import { forwardWheel } from './forwardWheel';
import { errorText } from '../domain/errorText';

let workerSet = false;

/**
 * What lies over the map that labels keep clear of: MapLibre's controls (zoom, scale bar,
 * credits), the app's edge buttons ("1 event north ↑", OffscreenArrows.tsx), the locator inset and
 * a legend button laid over the map, or anything
 * marked data-map-furniture, within the map's parent.
 */
const FURNITURE = '.maplibregl-ctrl-top-left > *, .maplibregl-ctrl-top-right > *, .maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *, .offscreen-arrow, .locator-inset, .legend-toggle, [data-map-furniture]';

/** The scale bar's longest length, in CSS px (the explorer's and the embed's). */
const SCALE_MAX_WIDTH_PX = 120;

/** The layers whose names labelBoxes() reports: the count chips and the story card step round them (the seas' names too, session 17: the vi embed's chip lay over "Vịnh Bắc Bộ"). */
const LABEL_LAYERS = ['places-symbol', 'focus-label', 'country-label', 'country-label-near', 'country-label-far', 'water-label'];

export interface CreateMapOptions {
  container: HTMLElement;
  geography: Geography;
  provinceDate: string;
  attribution: string;
  /** Names of the compact credits' ⓘ button (narrow maps, issue 13). */
  creditsLabels: CreditsLabels;
  /** Embeds let the host page scroll: one finger / plain wheel scrolls the page. */
  cooperativeGestures: boolean;
  /** A locator map (the embed): following an event keeps a wide frame of the story region (cameraMoves.ts). */
  wideIsStory?: boolean;
  /** Whether the camera was set explicitly and is kept by every follow (the store's cameraHeld, issue 17). */
  cameraHeld?: () => boolean;
  locale?: Record<string, string>;
  /** MapLibre's own words in the reader's language (zoom buttons, canvas name, gesture hints). */
  uiStrings?: MapUiStrings;
  /** The reader's language for place, water and road names (MapHandle.setLanguage changes it). */
  lang?: string;
  /** Click (or tap) on a drawn event; null on empty map. */
  onSelectEvent?: (id: string | null) => void;
  /** A camera from a link: used instead of framing the region. */
  camera?: { zoom: number; lat: number; lng: number };
  /** The camera after the reader moved the map (fires on moveend). */
  onCameraChange?: (camera: { zoom: number; lat: number; lng: number }) => void;
  /** Pointer over a drawn event (its id and the pointer's position in the container), or null. */
  onHoverEvent?: (hover: { id: string; x: number; y: number } | null) => void;
}

/** MapLibre's own user-visible strings, from our catalogues (see mapLocale). */
export interface MapUiStrings {
  zoomIn: string;
  zoomOut: string;
  canvas: string;
  gestureWindows: string;
  gestureMac: string;
  gestureMobile: string;
}

/** The same strings under MapLibre's locale keys, for `new Map({ locale })`. */
export function mapLocale(s: MapUiStrings): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': s.zoomIn,
    'NavigationControl.ZoomOut': s.zoomOut,
    'Map.Title': s.canvas,
    'CooperativeGesturesHandler.WindowsHelpText': s.gestureWindows,
    'CooperativeGesturesHandler.MacHelpText': s.gestureMac,
    'CooperativeGesturesHandler.MobileHelpText': s.gestureMobile,
  };
}

export interface MapHandle {
  controller: MapController;
  /** Ids of features of the given layers actually drawn now (for tests and checks). */
  renderedIds(layers: string[], litOnly?: boolean): string[];
  whenIdle(): Promise<void>;
  resize(): void;
  /** Screen position of a longitude/latitude in the map's container (for tests and overlays). */
  project(lon: number, lat: number): { x: number; y: number };
  /** Calls back after every camera move (for overlays); returns the unsubscribe function. */
  onMove(cb: () => void): () => void;
  /**
   * The map as it is now, drawn at a resolution that covers width×height
   * (the slide export, issue 6): the same view, re-rendered at a higher
   * pixel ratio rather than upscaled, then cropped to the aspect ratio.
   */
  snapshot(width: number, height: number): Promise<HTMLCanvasElement>;
  /**
   * Hands `draw` the map's canvas in every frame the map draws, while its
   * drawing buffer is still readable (no preserveDrawingBuffer), at a pixel
   * ratio that covers width×height (the video export, issue 15). Returns
   * the function that stops it and puts the screen's pixel ratio back.
   */
  captureFrames?(width: number, height: number, draw: (canvas: HTMLCanvasElement) => void): () => void;
  /** The camera now. */
  camera(): { zoom: number; lat: number; lng: number };
  /**
   * Moves to a camera (a briefing scene's), flying or jumping. `padding` is
   * the part of the map something covers (the presentation's caption): the
   * camera's center lands in the middle of the rest. The map keeps that
   * padding, so camera() still reads the center as given (the link and the
   * slide carry the scene's camera, not a shifted one) until
   * controller.clearPadding(), or the controller's next framing.
   */
  flyTo(camera: { zoom: number; lat: number; lng: number }, animate: boolean, padding?: CameraPadding): void;
  /** Place, water and road names in this language (label_<lang> where the data has one). */
  setLanguage?(lang: string): void;
  /** MapLibre's own words (zoom buttons, the canvas's name, gesture hints) in the reader's language. */
  setUiStrings?(strings: MapUiStrings): void;
  /** The map's size in CSS pixels (the locator inset draws the view from it and camera()). */
  size?(): { width: number; height: number };
  /** The basemap's dark or light colours (an embed's theme, issue 14). */
  setTheme?(dark: boolean): void;
  /** A wheel over an overlay on the map, handed to the map (forwardWheel.ts); true when the map used it. */
  wheel?(e: WheelEvent): boolean;
  /**
   * Where the place, province, country and sea names drawn now lie, as boxes in CSS px, as MapLibre's
   * last placement put them (placedBoxes.ts; they were estimated from each name's length before):
   * what the count chips and the story card step round (reader4, issue 13). Place icons' boxes included.
   */
  labelBoxes?(): Array<{ x: number; y: number; w: number; h: number }>;
  /**
   * Every box MapLibre's last label placement took, by layer, in CSS px of the container (labels,
   * place icons and the keepout boxes), read from its placement; null where that cannot be read.
   */
  placedLabelBoxes?(): PlacedBox[] | null;
  /** Calls back each time the map has finished drawing (labels are placed then); returns the unsubscribe function. */
  onIdle?(cb: () => void): () => void;
  /**
   * The scale bar's longest length in CSS px; null puts the map's own (120) back. A briefing's
   * 18 px type needs a longer bar, or its label overflows the shortest one (issue 15).
   */
  setScaleWidth?(px: number | null): void;
  /**
   * More furniture labels keep clear of, outside the map's parent: a briefing's caption, credits and
   * legend (issue 15: names half hidden under the caption's top edge). Read again whenever the frame's
   * boxes are rebuilt (camera stopped, resize, idle); null stops.
   */
  setFurniture?(find: (() => readonly Element[]) | null): void;
}

export class NoWebglError extends Error {
  constructor() { super('WebGL 2 is not available'); this.name = 'NoWebglError'; }
}

export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}

/**
 * Resolves when the page has a moment to spare after the map's first frame
 * (issue 18): the data the opening frame can do without for a second (the
 * other provinces, rivers, relief, roads, water names) waits for it, so the
 * first paint's requests and tasks go first. At most 1 s later in any case
 * (a busy page, or a browser without requestIdleCallback).
 */
function whenPageIdle(): Promise<void> {
  return new Promise((resolve) => {
    const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (ric) ric(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 100);
  });
}

/** Gives the main thread back between the map's heavy steps (issue 18): input and paint go first. */
function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((resolve) => { setTimeout(resolve, 0); });
}

export async function createMap(options: CreateMapOptions): Promise<MapHandle> {
  if (!webgl2Available()) throw new NoWebglError();
  // This module's evaluation (maplibre-gl's 1 MB) was a long task of its own.
  await yieldToMain();
  if (!workerSet) {
    maplibregl.setWorkerUrl(workerUrl);
    workerSet = true;
  }
  const style = buildStyle(options.geography, {
    provinceDate: options.provinceDate,
    ...(options.lang ? { lang: options.lang } : {}),
  });
  await yieldToMain();
  // Labels use the page's fonts by family name (fonts.ts): say so if the page did not declare them.
  const undeclared = document.fonts ? undeclaredMapFonts(document.fonts) : [];
  if (undeclared.length) console.warn(`map labels fall back to a system font: no @font-face for ${undeclared.join(', ')}`);
  const map = new maplibregl.Map({
    container: options.container,
    style,
    ...(options.camera
      ? { center: [options.camera.lng, options.camera.lat] as [number, number], zoom: options.camera.zoom }
      : { bounds: FOCUS_BOUNDS, fitBoundsOptions: { padding: 16 } }),
    minZoom: 2.5,
    maxZoom: 9, // Natural Earth 1:10m is generalised by 1–3 km (GEODATA.md).
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    attributionControl: false,
    cooperativeGestures: options.cooperativeGestures,
    ...(options.locale || options.uiStrings ? { locale: { ...options.locale, ...(options.uiStrings ? mapLocale(options.uiStrings) : {}) } } : {}),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // Place symbols are drawn in code (icons.ts) on demand: no sprite sheet to fetch.
  map.setMissingStyleImageResolver((id: string) => {
    // The transparent boxes labels keep out of (keepout.ts), one image per size.
    const box = keepoutImageSize(id);
    if (box) {
      if (!map.hasImage(id)) { const k = keepoutImage(box); map.addImage(id, k.image, { pixelRatio: k.pixelRatio }); }
      return;
    }
    const kind = id.startsWith('place-') ? id.slice('place-'.length) : null;
    const spec = kind ? PLACE_ICONS[kind as keyof typeof PLACE_ICONS] : undefined;
    if (!spec || map.hasImage(id)) return;
    const pixelRatio = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
    map.addImage(id, drawIcon({ ...spec, shape: spec.shape as IconShape, pixelRatio }), { pixelRatio });
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  const scale = new maplibregl.ScaleControl({ unit: 'metric', maxWidth: SCALE_MAX_WIDTH_PX });
  map.addControl(scale, 'bottom-right');
  // Our own credits control (MapLibre's starts unfolded over a phone's map): attributionControl is false above.
  map.addControl(new CreditsControl(options.attribution, options.creditsLabels), 'bottom-right');

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(new Error(e.error?.message ?? 'map error')));
  });

  // The map's edges and furniture as boxes labels keep out of (keepout.ts): rebuilt when the camera
  // stops or the map resizes, and when the map is idle if a piece of furniture moved (the edge
  // buttons over the map come and go with the events beyond it).
  const container = map.getContainer();
  let frameKey = '';
  let moreFurniture: (() => readonly Element[]) | null = null;
  // One console note per map when its label placement cannot be read, not one per frame.
  let warnedUnreadable = false;
  const updateFrame = (always: boolean) => {
    const origin = container.getBoundingClientRect();
    const furniture = [...(container.parentElement ?? container).querySelectorAll(FURNITURE), ...(moreFurniture?.() ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height };
    }).filter((b) => b.w > 0 && b.h > 0 && b.x < origin.width && b.y < origin.height && b.x + b.w > 0 && b.y + b.h > 0);
    const key = JSON.stringify([container.clientWidth, container.clientHeight, furniture]);
    if (!always && key === frameKey) return;
    frameKey = key;
    const source = map.getSource(KEEPOUT_FRAME_SOURCE) as maplibregl.GeoJSONSource | undefined;
    source?.setData(frameKeepouts(container.clientWidth, container.clientHeight, furniture, (x, y) => map.unproject([x, y])));
  };
  updateFrame(true);
  map.on('moveend', () => updateFrame(true));
  map.on('resize', () => updateFrame(true));
  map.on('idle', () => updateFrame(false));

  await yieldToMain();
  // Rivers, relief, roads and water names: fetched once the map is drawn and the page is idle
  // (issue 18), never holding up the first paint or competing with the opening frame's requests.
  const applyContext = (name: (typeof CONTEXT_FILES)[number], data: GeoJSON.FeatureCollection) => {
    const source = map.getSource(SOURCE[name]) as maplibregl.GeoJSONSource | undefined;
    source?.setData(data);
  };
  const idle = whenPageIdle();
  const context = idle.then(() => loadContextLayers(CONTEXT_FILES.filter((name) => name !== 'land'), applyContext));
  // The coarse land beyond the detailed countries: only once the view reaches past their box (issue 18).
  let land: Promise<void> | null = null;
  const landInView = () => {
    const b = map.getBounds();
    const [w, s, e, n] = DETAIL_BOX;
    return b.getWest() < w + DETAIL_BOX_SEAM || b.getSouth() < s + DETAIL_BOX_SEAM || b.getEast() > e - DETAIL_BOX_SEAM || b.getNorth() > n - DETAIL_BOX_SEAM;
  };
  const loadLandIfInView = () => {
    if (land || !landInView()) return;
    map.off('move', loadLandIfInView);
    land = loadContextLayers(['land'], applyContext);
  };
  map.on('move', loadLandIfInView);
  loadLandIfInView();

  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const eventLayer = new EventLayer({
    cursor: 0, mode: 0, windowDays: 180, newest: -1e9, emphasisDays: 31, selected: -1,
    appearFrom: -1e9, appearStart: -Infinity, appearMs: 650, size: EVENT_MARKER_PX,
  });
  map.addLayer(eventLayer);
  const controller = createMapController(map as unknown as MapLike, options.geography, eventLayer, {
    reducedMotion,
    ...(options.cameraHeld ? { held: options.cameraHeld } : {}),
    ...(options.wideIsStory ? { wideIsStory: true } : {}),
    schedule: (work) => { requestAnimationFrame(work); },
  });
  // The provinces the first view does not draw (issue 18), likewise in idle time; their validity dates count too.
  const provinces = idle.then(() => options.geography.allProvinces?.()).then(
    (all) => { if (all) controller.setAllProvinces(all); },
    (e: unknown) => console.warn(`provinces beyond the first view not drawn: ${errorText(e)}`),
  );
  const project = (lon: number, lat: number) => map.project([lon, lat]);
  // A finger needs a 44 px target (issue 13); a mouse a symbol's own size.
  const HIT_RADIUS = window.matchMedia?.('(pointer: coarse)').matches ? HIT_RADIUS_PX.touch : HIT_RADIUS_PX.mouse;
  let hovered: string | null = null;
  map.on('mousemove', (e) => {
    const hit = controller.hitTest(project, e.point.x, e.point.y, HIT_RADIUS);
    const id = hit?.event.id ?? null;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id !== hovered || id) options.onHoverEvent?.(id ? { id, x: e.point.x, y: e.point.y } : null);
    hovered = id;
  });
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    // Only moves the reader made: the first framing is not a camera worth writing into the link.
    if (!e.originalEvent) return;
    const c = map.getCenter();
    options.onCameraChange?.({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
  });
  map.on('mouseout', () => { hovered = null; options.onHoverEvent?.(null); });
  map.on('click', (e) => {
    const hit = controller.hitTest(project, e.point.x, e.point.y, HIT_RADIUS + 4);
    options.onSelectEvent?.(hit?.event.id ?? null);
  });
  let snapshots: Promise<void> = Promise.resolve();
  const takeSnapshot = async (width: number, height: number): Promise<HTMLCanvasElement> => {
    const container = map.getContainer();
    const cw = Math.max(1, container.clientWidth);
    const ch = Math.max(1, container.clientHeight);
    const before = map.getPixelRatio();
    // A snapshot waits for what loads after the first paint: the context layers, the other
    // provinces and, for a view past the detailed box, the coarse land.
    loadLandIfInView();
    await Promise.all([context, provinces, land]);
    map.setPixelRatio(Math.min(4, Math.max(width / cw, height / ch)));
    try {
      // Idle: every tile re-rendered at the new ratio (or, if the map never settles, what it has after 10 s).
      await new Promise<void>((resolve) => {
        const timer = window.setTimeout(resolve, 10_000);
        map.once('idle', () => { window.clearTimeout(timer); resolve(); });
        map.triggerRepaint();
      });
      // The drawing buffer is only readable in the frame that drew it (no preserveDrawingBuffer).
      return await new Promise<HTMLCanvasElement>((resolve) => {
        map.once('render', () => {
          const src = map.getCanvas();
          const out = document.createElement('canvas');
          out.width = width;
          out.height = height;
          const ctx = out.getContext('2d');
          const scale = Math.max(width / src.width, height / src.height);
          const sw = width / scale;
          const sh = height / scale;
          ctx?.drawImage(src, (src.width - sw) / 2, (src.height - sh) / 2, sw, sh, 0, 0, width, height);
          resolve(out);
        });
        map.triggerRepaint();
      });
    } finally {
      map.setPixelRatio(before);
    }
  };
  return {
    controller,
    onIdle(cb) { map.on('idle', cb); return () => { map.off('idle', cb); }; },
    setScaleWidth(px) {
      scale.options.maxWidth = px ?? SCALE_MAX_WIDTH_PX;
      // setUnit is the control's public way to redraw with its options.
      scale.setUnit(scale.options.unit ?? 'metric');
    },
    setFurniture(find) { moreFurniture = find; updateFrame(true); },
    placedLabelBoxes() { return placedBoxes(map); },
    labelBoxes() {
      // The boxes MapLibre placed (placedBoxes.ts); none where its placement cannot be read (a console note).
      const placed = placedBoxes(map);
      if (!placed) { if (!warnedUnreadable) console.warn('map label boxes unreadable: count chips and the story card do not step round names'); warnedUnreadable = true; return []; }
      return placed.filter((b) => LABEL_LAYERS.includes(b.layer)).map(({ x, y, w, h }) => ({ x, y, w, h }));
    },
    renderedIds(layers, litOnly = false) {
      const present = layers.filter((l) => map.getLayer(l));
      // litOnly: the features the controller lit (feature-state), e.g. a briefing's legend card naming the glow (issue 15).
      const ids = map.queryRenderedFeatures({ layers: present }).filter((f) => !litOnly || f.state?.lit === true).map((f) => String(f.properties?.id ?? f.id));
      return [...new Set(ids)].sort();
    },
    whenIdle() {
      return new Promise((resolve) => {
        map.once('idle', () => resolve());
        // `idle` registered after the map is already idle never fires (TOOLCHAIN.md).
        map.triggerRepaint();
      });
    },
    resize() { map.resize(); },
    wheel(e) { return forwardWheel(map.getCanvas(), e); },
    project(lon, lat) { const p = map.project([lon, lat]); return { x: p.x, y: p.y }; },
    onMove(cb) { map.on('move', cb); map.on('resize', cb); return () => { map.off('move', cb); map.off('resize', cb); }; },
    camera() { const c = map.getCenter(); return { zoom: map.getZoom(), lat: c.lat, lng: c.lng }; },
    setTheme(dark) {
      eventLayer.state.dark = dark ? 1 : 0;
      map.triggerRepaint();
      for (const [layer, property, value] of themedPaint(style, dark)) {
        if (map.getLayer(layer)) map.setPaintProperty(layer, property as never, value as never);
      }
    },
    flyTo(camera, animate, padding) {
      const options = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom, padding: padding ?? NO_PADDING };
      if (animate) map.flyTo({ ...options, duration: 1600, essential: false }); else map.jumpTo(options);
    },
    setUiStrings(strings) {
      // MapLibre reads its locale when it builds each control; a later language change
      // renames what is already on screen (the map is never re-created for a language).
      const root = map.getContainer();
      const name = (selector: string, text: string, attrs: readonly string[]) => {
        const el = root.querySelector(selector);
        if (el) for (const a of attrs) el.setAttribute(a, text);
      };
      name('.maplibregl-ctrl-zoom-in', strings.zoomIn, ['title', 'aria-label']);
      name('.maplibregl-ctrl-zoom-out', strings.zoomOut, ['title', 'aria-label']);
      name('canvas.maplibregl-canvas', strings.canvas, ['aria-label']);
    },
    setLanguage(lang) {
      for (const [layer, field] of Object.entries(languageFields(lang))) {
        if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', field);
      }
    },
    size() {
      const c = map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    },
    captureFrames(width, height, draw) {
      const container = map.getContainer();
      const before = map.getPixelRatio();
      map.setPixelRatio(Math.min(4, Math.max(width / Math.max(1, container.clientWidth), height / Math.max(1, container.clientHeight))));
      const onRender = () => draw(map.getCanvas());
      map.on('render', onRender);
      map.triggerRepaint();
      return () => { map.off('render', onRender); map.setPixelRatio(before); };
    },
    snapshot(width, height) {
      // One at a time: each raises the pixel ratio and must put back the screen's own.
      const run = snapshots.then(() => takeSnapshot(width, height));
      snapshots = run.then(() => undefined, () => undefined);
      return run;
    },
  };
}

/**
 * Fetches data/<context file>.geojson relative to the page (through `fetch`,
 * so the single-file build's inlined copies answer) and hands each checked
 * collection to `apply`. A file that fails leaves its layer empty: context,
 * not story, so the map goes on without it (the console says why).
 */
async function loadContextLayers(names: readonly (typeof CONTEXT_FILES)[number][], apply: (name: (typeof CONTEXT_FILES)[number], data: GeoJSON.FeatureCollection) => void): Promise<void> {
  await Promise.all(names.map(async (name) => {
    try {
      const res = await fetch(new URL(`data/${name}.geojson`, document.baseURI).href);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      apply(name, checkCollection(await res.json()).value);
    } catch (e) {
      console.warn(`data/${name}.geojson not drawn: ${errorText(e)}`);
    }
  }));
}
