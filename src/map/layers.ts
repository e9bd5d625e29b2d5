import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import { largestRingCentroid } from '../domain/anchors';
import { labelsByName, withSameNameLabels } from '../domain/sameNameLabels';
import type { GeoProperties, Geography } from '../domain/geography';
import { dash, palette } from './palette';

/** Font stack names: with no `glyphs` URL MapLibre draws them from `font-faces` or local fonts. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
/** Water names are set in italic (DESIGN.md, locator conventions). */
export const FONT_ITALIC = 'Noto Sans Italic';

export interface StyleOptions {
  /** Absolute URLs of the bundled font files (woff2), so labels look the same offline everywhere. */
  fonts?: { regular: FontFile[]; bold: FontFile[]; italic: FontFile[] };
  /** The reader's language: picks place, water and road names (label_<lang>, else the local name). */
  lang?: string;
  /** ISO calendar date the provinces are drawn for (Quảng Trị changed on 2025-07-01). */
  provinceDate: string;
}

export interface FontFile { url: string; unicodeRange: string[] }

export const SOURCE = {
  countries: 'countries',
  /** The countries' outlines without the edges of the box they are clipped to (countryOutlines). */
  countryLines: 'country-lines',
  /** The coarse land beyond the detailed countries (data/land.geojson). */
  land: 'land',
  provinces: 'provinces',
  borders: 'borders',
  places: 'places',
  countryLabels: 'country-labels',
  eventLinks: 'event-links',
  provinceLabels: 'province-labels',
  relief: 'relief',
  rivers: 'rivers',
  roads: 'roads',
  water: 'water',
} as const;

/**
 * The context layers' files (data/<name>.geojson), fetched after the map is
 * drawn: their sources start empty, so they never hold up the first paint.
 */
export const CONTEXT_FILES = ['land', 'relief', 'rivers', 'roads', 'water'] as const;

/** A feature's name in the reader's language where one is established (label_<lang>), else `fallback`. */
export function labelField(lang: string, fallback: 'name' | 'name_en' = 'name'): ExpressionSpecification {
  return ['coalesce', ['get', `label_${lang}`], ['get', fallback]];
}

/** From this zoom on, border gates are named (their diamond is drawn at every zoom). */
export const GATE_LABEL_ZOOM = 7.6;

/**
 * The places' label: a border gate's name waits for GATE_LABEL_ZOOM (issue 13 review: at the
 * default view "Lao Bảo – Dansavanh" sat over Khe Sanh's event symbols, its twinning lines and
 * the border, a few kilometres from the town; its diamond still marks the crossing).
 */
export function placeLabelField(lang: string): ExpressionSpecification {
  return ['step', ['zoom'], ['case', ['==', ['get', 'kind'], 'border-gate'], '', labelField(lang)], GATE_LABEL_ZOOM, labelField(lang)];
}

/** The text-field of every label layer that changes with the reader's language. */
export function languageFields(lang: string): Record<string, ExpressionSpecification> {
  return {
    'places-symbol': placeLabelField(lang),
    'water-label': labelField(lang, 'name_en'),
    'river-label': labelField(lang, 'name_en'),
    'road-label': labelField(lang),
    'focus-label': labelField(lang),
  };
}

/**
 * Country name positions, placed by hand: a polygon label is drawn once per
 * tile by MapLibre, which repeats China's name across tiles. `near` points
 * name the countries around the focus provinces when the map is zoomed on
 * them (from NEAR_ZOOM on), so every default view names its countries.
 * China's point sits low enough that its name is not cut by a phone's top edge.
 */
export const COUNTRY_LABELS: ReadonlyArray<{ id: string; name: string; lon: number; lat: number; near?: true; range?: 'far' | 'mid' }> = [
  // South of Hanoi: near it, the capital's label and symbols hid the country's name.
  // `mid`: only from FAR_ZOOM on; below it the `far` points name these three (design review:
  // at the Beijing framing, zoom 3.5–4.2, the capitals' and towns' labels took their places).
  { id: 'VN', name: 'VIỆT NAM', lon: 105.25, lat: 19.95, range: 'mid' },
  { id: 'LA', name: 'LAOS', lon: 103.1, lat: 19.25, range: 'mid' },
  { id: 'CN', name: 'CHINA / 中国', lon: 106.9, lat: 23.55, range: 'mid' },
  { id: 'CN', name: 'CHINA / 中国', lon: 104.5, lat: 33.5, range: 'far' },
  { id: 'LA', name: 'LAOS', lon: 104.2, lat: 18.9, range: 'far' },
  { id: 'VN', name: 'VIỆT NAM', lon: 108.4, lat: 13.4, range: 'far' },
  { id: 'TH', name: 'THAILAND', lon: 101.9, lat: 16.3 },
  { id: 'KH', name: 'CAMBODIA', lon: 105.0, lat: 12.9 },
  { id: 'VN', name: 'VIỆT NAM', lon: 107.75, lat: 15.55, near: true },
  { id: 'LA', name: 'LAOS', lon: 105.45, lat: 17.75, near: true },
  { id: 'TH', name: 'THAILAND', lon: 104.0, lat: 16.1, near: true },
  { id: 'KH', name: 'CAMBODIA', lon: 106.0, lat: 13.75, near: true },
  // The Vietnam–China border's own frame (a `pairs=VN-CN` view) names China. (A northern
  // VIỆT NAM here covered the Vietnam–Laos pair's events on a phone's zoomed-out view.)
  { id: 'CN', name: 'CHINA / 中国', lon: 106.9, lat: 23.55, near: true },
];

/** Below this zoom the `far` country labels replace the `mid` ones (design review: no CHINA at the Beijing framing). */
export const FAR_ZOOM = 4.6;

/** From this zoom on, the `near` country labels replace the regional ones. */
export const NEAR_ZOOM = 5.5; // a 390 px phone frames the focus provinces at about zoom 5.8

/** The country-label source's features, names given by language (the controller calls it too). */
export function countryLabelFeatures(names: Readonly<Record<string, string>> = {}): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: COUNTRY_LABELS.map((c) => ({
      type: 'Feature' as const,
      properties: { id: c.id, name: names[c.id] ?? c.name, near: c.near === true, range: c.range ?? 'all' },
      geometry: { type: 'Point' as const, coordinates: [c.lon, c.lat] },
    })),
  };
}

/**
 * The countries' outlines as lines, less the segments that run along the
 * edge of the box the data is clipped to (the countries' overall extent):
 * drawn as polygon outlines, those edges were straight lines across Myanmar,
 * China or Japan once the coarse land beyond the box filled in around them.
 */
export function countryOutlines(countries: Geography['countries']): FeatureCollection<MultiLineString> {
  const rings = countries.features.flatMap((f) => {
    const g = f.geometry;
    return g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
  });
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring as number[][]) {
      w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
    }
  }
  const onEdge = (a: number[], b: number[]) =>
    (a[0] === w && b[0] === w) || (a[0] === e && b[0] === e) || (a[1] === s && b[1] === s) || (a[1] === n && b[1] === n);
  const lines: number[][][] = [];
  for (const ring of rings as number[][][]) {
    let cur: number[][] = [];
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i]!;
      if (cur.length && onEdge(cur[cur.length - 1]!, p)) {
        if (cur.length >= 2) lines.push(cur);
        cur = [];
      }
      cur.push(p);
    }
    if (cur.length >= 2) lines.push(cur);
  }
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } }] };
}

/** Whether a feature with these validity dates exists on `date` (all ISO, inclusive). */
export function validOnFilter(date: string): ExpressionSpecification {
  return [
    'all',
    ['any', ['!', ['has', 'validFrom']], ['<=', ['get', 'validFrom'], date]],
    ['any', ['!', ['has', 'validTo']], ['>=', ['get', 'validTo'], date]],
  ];
}

const focusProvinces = (date: string): FilterSpecification => ['all', ['==', ['get', 'focus'], true], validOnFilter(date)];
const otherProvinces = (date: string): FilterSpecification => ['all', ['!=', ['get', 'focus'], true], validOnFilter(date)];

/** Ids of the layers whose filter depends on the province date. */
export const DATED_LAYERS = {
  'provinces-line': otherProvinces,
  'lit-province': validOnFilter,
  'focus-fill': focusProvinces,
  'focus-line': focusProvinces,
  'focus-label': focusProvinces,
} as const;

/**
 * One label point per focus province (the centroid of its largest ring):
 * a polygon label would be placed once per tile, and lost when a tile's
 * piece is small.
 */
export function focusLabelPoints(geo: Geography): FeatureCollection<Point, GeoProperties> {
  const features: FeatureCollection<Point, GeoProperties>['features'] = [];
  // The province takes its capital's established names (issue 13 review: "Savannakhét" province,
  // "Savannakhet" town in English); see sameNameLabels.ts.
  const byName = labelsByName(geo.places.features.map((f) => f.properties));
  for (const f of geo.provinces.features) {
    if (f.properties.focus !== true) continue;
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    const at = largestRingCentroid(rings);
    if (at) features.push({ type: 'Feature', properties: withSameNameLabels(f.properties, byName), geometry: { type: 'Point', coordinates: at } });
  }
  return { type: 'FeatureCollection', features };
}

export function buildSources(geo: Geography): Record<string, SourceSpecification> {
  const labels = countryLabelFeatures();
  const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  return {
    ...Object.fromEntries(CONTEXT_FILES.map((name) => [SOURCE[name], empty()])),
    [SOURCE.countries]: { type: 'geojson', data: geo.countries, promoteId: 'id' },
    [SOURCE.countryLines]: { type: 'geojson', data: countryOutlines(geo.countries) },
    [SOURCE.provinces]: { type: 'geojson', data: geo.provinces, promoteId: 'id' },
    [SOURCE.borders]: { type: 'geojson', data: geo.borders, promoteId: 'id' },
    [SOURCE.places]: { type: 'geojson', data: geo.places, promoteId: 'id' },
    [SOURCE.countryLabels]: { type: 'geojson', data: labels },
    [SOURCE.eventLinks]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    [SOURCE.provinceLabels]: { type: 'geojson', data: focusLabelPoints(geo) },
  };
}

const textFont = [FONT_REGULAR];
const textFontBold = [FONT_BOLD];
const textFontItalic = [FONT_ITALIC];

export function buildLayers(provinceDate: string, lang = 'en'): LayerSpecification[] {
  const fields = languageFields(lang);
  const isBorder = (id: string): FilterSpecification => ['==', ['get', 'id'], id];
  const focusBorders: FilterSpecification = ['in', ['get', 'id'], ['literal', ['border-vn-cn', 'border-vn-la']]];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': palette.sea } },
    {
      // Beneath the detailed countries: the coarse land the camera shows zoomed out (data/land.geojson).
      id: 'land-beyond', type: 'fill', source: SOURCE.land, filter: ['==', ['get', 'kind'], 'land'],
      paint: { 'fill-color': ['case', ['==', ['get', 'focus'], true], palette.focusLand, palette.land] },
    },
    {
      id: 'land-beyond-line', type: 'line', source: SOURCE.land, filter: ['==', ['get', 'kind'], 'land-line'],
      paint: { 'line-color': palette.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.4] },
    },
    {
      id: 'land', type: 'fill', source: SOURCE.countries,
      paint: { 'fill-color': ['case', ['==', ['get', 'focus'], true], palette.focusLand, palette.land] },
    },
    {
      // Context (DESIGN.md "Hierarchy"): higher ground a shade darker, no outlines. The bands
      // are clipped to the land of Vietnam, Laos, Cambodia and Thailand (scripts/geo/clipRelief.mjs):
      // they end at coasts and borders, never at the edge of their elevation grid.
      id: 'relief', type: 'fill', source: SOURCE.relief,
      paint: { 'fill-color': palette.relief, 'fill-opacity': ['match', ['get', 'band'], 1, 0.14, 2, 0.2, 0.26] },
    },
    {
      id: 'focus-fill', type: 'fill', source: SOURCE.provinces, filter: focusProvinces(provinceDate),
      paint: { 'fill-color': palette.focusFill, 'fill-opacity': 0.75 },
    },
    {
      id: 'provinces-line', type: 'line', source: SOURCE.provinces, filter: otherProvinces(provinceDate),
      paint: { 'line-color': palette.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1] },
    },
    {
      id: 'rivers', type: 'line', source: SOURCE.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.7, 8, 1.8] },
    },
    {
      // Schematic (it joins points on the route): drawn dashed and thin.
      id: 'roads', type: 'line', source: SOURCE.roads,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.road, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 2], 'line-dasharray': [...dash.road] },
    },
    {
      id: 'country-line', type: 'line', source: SOURCE.countryLines,
      paint: { 'line-color': palette.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 8, 1.4] },
    },
    {
      id: 'focus-line', type: 'line', source: SOURCE.provinces, filter: focusProvinces(provinceDate),
      paint: { 'line-color': palette.focusLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2.2] },
    },
    {
      // What the emphasised or selected event links is lit (feature-state `lit`, set by the controller).
      id: 'lit-province', type: 'line', source: SOURCE.provinces, filter: validOnFilter(provinceDate),
      paint: {
        'line-color': palette.lit,
        'line-width': ['case', ['boolean', ['feature-state', 'lit'], false], 2.6, 0],
        'line-opacity': ['case', ['boolean', ['feature-state', 'lit'], false], 0.95, 0],
      },
    },
    {
      id: 'border-lit', type: 'line', source: SOURCE.borders, layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.litGlow,
        'line-width': ['case', ['boolean', ['feature-state', 'lit'], false], 14, 0],
        'line-opacity': ['case', ['boolean', ['feature-state', 'lit'], false], 0.55, 0],
        'line-blur': 3,
      },
    },
    {
      id: 'border-casing', type: 'line', source: SOURCE.borders, filter: focusBorders,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.borderCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 4, 8, 8], 'line-opacity': 0.85 },
    },
    {
      id: 'border-vn-cn', type: 'line', source: SOURCE.borders, filter: isBorder('border-vn-cn'),
      paint: {
        'line-color': palette.borderVnCn,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 8, 4],
        'line-dasharray': [...dash.borderVnCn],
      },
    },
    {
      id: 'border-vn-la', type: 'line', source: SOURCE.borders, filter: isBorder('border-vn-la'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': palette.borderVnLa, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 2, 8, 4] },
    },
    {
      id: 'border-label', type: 'symbol', source: SOURCE.borders, filter: focusBorders, minzoom: 5,
      layout: {
        'symbol-placement': 'line', 'text-field': ['get', 'name_en'], 'text-font': textFont,
        'text-size': 12, 'symbol-spacing': 380, 'text-offset': [0, -1], 'text-letter-spacing': 0.04,
      },
      paint: {
        'text-color': ['match', ['get', 'id'], 'border-vn-cn', palette.borderVnCn, palette.borderVnLa],
        'text-halo-color': palette.labelHalo, 'text-halo-width': 1.6,
      },
    },
    {
      // A twinning draws a link between the twinned places; shown while the event is lit.
      id: 'event-links', type: 'line', source: SOURCE.eventLinks, filter: ['in', ['get', 'eventId'], ['literal', []]],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': palette.link, 'line-width': 2.5, 'line-dasharray': [1, 1.5] },
    },
    {
      id: 'water-label', type: 'symbol', source: SOURCE.water,
      layout: {
        'text-field': fields['water-label']!, 'text-font': textFontItalic,
        'text-size': ['match', ['get', 'kind'], 'sea', 14, 12], 'text-letter-spacing': 0.08, 'text-max-width': 7,
        'symbol-sort-key': ['coalesce', ['get', 'rank'], 5],
      },
      paint: { 'text-color': palette.waterLabel, 'text-halo-color': palette.sea, 'text-halo-width': 1 },
    },
    {
      id: 'river-label', type: 'symbol', source: SOURCE.rivers, minzoom: 5,
      layout: {
        'symbol-placement': 'line', 'text-field': fields['river-label']!, 'text-font': textFontItalic,
        'text-size': 11, 'symbol-spacing': 320, 'text-letter-spacing': 0.04,
      },
      paint: { 'text-color': palette.waterLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'road-label', type: 'symbol', source: SOURCE.roads, minzoom: 6,
      layout: { 'symbol-placement': 'line', 'text-field': fields['road-label']!, 'text-font': textFont, 'text-size': 10, 'symbol-spacing': 400 },
      paint: { 'text-color': palette.roadLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2 },
    },
    {
      id: 'country-label', type: 'symbol', source: SOURCE.countryLabels, maxzoom: NEAR_ZOOM,
      filter: ['all', ['!=', ['get', 'near'], true], ['!=', ['get', 'range'], 'far']],
      layout: {
        'text-field': ['step', ['zoom'], ['match', ['get', 'range'], 'mid', '', ['get', 'name']], FAR_ZOOM, ['get', 'name']], 'text-font': textFontBold, 'text-size': 15, 'text-letter-spacing': 0.18 },
      paint: { 'text-color': palette.countryLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2, 'text-opacity': 0.8 },
    },
    {
      id: 'country-label-near', type: 'symbol', source: SOURCE.countryLabels, minzoom: NEAR_ZOOM, maxzoom: 8.5, filter: ['==', ['get', 'near'], true],
      layout: { 'text-field': ['get', 'name'], 'text-font': textFontBold, 'text-size': 14, 'text-letter-spacing': 0.18 },
      paint: { 'text-color': palette.countryLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2, 'text-opacity': 0.8 },
    },
    {
      // A linked place or district of the emphasised or selected event glows: a filled soft halo,
      // not a ring (issue 13 review: a ring read as the legend's "Hollow: planned").
      id: 'place-lit', type: 'circle', source: SOURCE.places,
      paint: {
        'circle-radius': ['case', ['boolean', ['feature-state', 'lit'], false], 13, 0],
        'circle-color': palette.litGlow,
        'circle-opacity': ['case', ['boolean', ['feature-state', 'lit'], false], 0.55, 0],
        'circle-blur': 0.6,
        'circle-stroke-color': palette.litGlow,
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'lit'], false], 0, 0],
      },
    },
    {
      id: 'places-symbol', type: 'symbol', source: SOURCE.places,
      layout: {
        'icon-image': ['concat', 'place-', ['get', 'kind']],
        'icon-allow-overlap': true,
        'text-field': fields['places-symbol']!,
        'text-font': ['case', ['==', ['get', 'kind'], 'national-capital'], ['literal', textFontBold], ['literal', textFont]],
        'text-size': ['match', ['get', 'kind'], 'national-capital', 14, 12],
        // Below the point first: event symbols spread upwards from it (src/domain/markerSpread.ts, issue 13).
        'text-variable-anchor': ['top', 'right', 'left', 'bottom'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'symbol-sort-key': ['coalesce', ['get', 'rank'], 5],
        'text-optional': true,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5 },
    },
    {
      // Zoomed out (below FAR_ZOOM): China, Laos and Vietnam named before the places' labels are placed.
      id: 'country-label-far', type: 'symbol', source: SOURCE.countryLabels, maxzoom: FAR_ZOOM, filter: ['==', ['get', 'range'], 'far'],
      layout: { 'text-field': ['get', 'name'], 'text-font': textFontBold, 'text-size': 13, 'text-letter-spacing': 0.18 },
      paint: { 'text-color': palette.countryLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.2, 'text-opacity': 0.8 },
    },
    {
      // Last, so it is placed first: the focus provinces are always labelled.
      id: 'focus-label', type: 'symbol', source: SOURCE.provinceLabels, filter: focusProvinces(provinceDate),
      layout: { 'text-field': fields['focus-label']!, 'text-font': textFontBold, 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 17], 'text-allow-overlap': false },
      paint: { 'text-color': palette.focusLine, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
    },
  ];
}

export function buildStyle(geo: Geography, options: StyleOptions): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    name: 'border-cooperation',
    sources: buildSources(geo),
    layers: buildLayers(options.provinceDate, options.lang),
  };
  if (options.fonts) {
    style['font-faces'] = {
      [FONT_REGULAR]: options.fonts.regular.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange })),
      [FONT_BOLD]: options.fonts.bold.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange })),
      [FONT_ITALIC]: options.fonts.italic.map((f) => ({ url: f.url, 'unicode-range': f.unicodeRange })),
    };
  }
  return style;
}

/** Place kinds and the icon each is drawn with (shape and colour, never colour alone). */
export const PLACE_ICONS = {
  'national-capital': { shape: 'star', fill: palette.capital, stroke: '#ffffff', size: 16 },
  'provincial-capital': { shape: 'square', fill: palette.town, stroke: '#ffffff', size: 10 },
  town: { shape: 'circle', fill: palette.town, stroke: '#ffffff', size: 9 },
  district: { shape: 'ring', fill: palette.district, stroke: palette.district, size: 11 },
  'border-gate': { shape: 'diamond', fill: palette.gate, stroke: '#ffffff', size: 12 },
} as const;

/** How much larger lines and labels are drawn on a projector (the briefing mode, issue 6). */
export const PROJECTOR_SCALE = { line: 1.7, text: 1.5, minorText: 1.6 } as const;

/** The properties the projector theme scales: lines get heavier, labels larger. */
const PROJECTOR_PROPS: ReadonlyArray<{ layer: string; kind: 'paint' | 'layout'; prop: string; scale: keyof typeof PROJECTOR_SCALE }> = [
  ...['rivers', 'roads', 'provinces-line', 'country-line', 'focus-line', 'lit-province', 'border-lit', 'border-casing', 'border-vn-cn', 'border-vn-la', 'event-links']
    .map((layer) => ({ layer, kind: 'paint' as const, prop: 'line-width', scale: 'line' as const })),
  { layer: 'place-lit', kind: 'paint', prop: 'circle-radius', scale: 'line' },
  { layer: 'place-lit', kind: 'paint', prop: 'circle-stroke-width', scale: 'line' },
  // Place labels reach 18 px (12 × 1.5) and river / road names 16 px
  // (10–11 × 1.6): the 18 px floor of a room's back row (issue 15).
  ...['border-label', 'country-label', 'country-label-near', 'country-label-far', 'water-label', 'places-symbol', 'focus-label']
    .map((layer) => ({ layer, kind: 'layout' as const, prop: 'text-size', scale: 'text' as const })),
  ...['river-label', 'road-label']
    .map((layer) => ({ layer, kind: 'layout' as const, prop: 'text-size', scale: 'minorText' as const })),
];

/**
 * Every property the projector theme changes, with its value on a screen
 * and on a projector. Both come from buildLayers, so the two stay in step.
 */
export function projectorProperties(): Array<{ layer: string; kind: 'paint' | 'layout'; prop: string; normal: unknown; projector: unknown }> {
  const layers = new Map(buildLayers('2000-01-01').map((l) => [l.id, l as { paint?: Record<string, unknown>; layout?: Record<string, unknown> }]));
  return PROJECTOR_PROPS.flatMap(({ layer, kind, prop, scale }) => {
    const normal = layers.get(layer)?.[kind]?.[prop];
    return normal === undefined ? [] : [{ layer, kind, prop, normal, projector: scaleOutputs(normal, PROJECTOR_SCALE[scale]) }];
  });
}

/**
 * Multiplies the values an expression outputs, leaving its inputs alone: a
 * number; the outputs of `interpolate` (not its zoom stops), of `match` and
 * of `case`. `zoom` stays the top-level input, as MapLibre requires.
 */
export function scaleOutputs(value: unknown, k: number): unknown {
  if (typeof value === 'number') return Math.round(value * k * 100) / 100;
  if (!Array.isArray(value)) return value;
  const [op, ...rest] = value as [unknown, ...unknown[]];
  if (op === 'interpolate') {
    const [how, input, ...stops] = rest;
    return [op, how, input, ...stops.map((v, i) => (i % 2 === 1 ? scaleOutputs(v, k) : v))];
  }
  if (op === 'match') {
    const [input, ...arms] = rest;
    return [op, input, ...arms.map((v, i) => (i % 2 === 1 || i === arms.length - 1 ? scaleOutputs(v, k) : v))];
  }
  if (op === 'case') return [op, ...rest.map((v, i) => (i % 2 === 1 || i === rest.length - 1 ? scaleOutputs(v, k) : v))];
  return value;
}
