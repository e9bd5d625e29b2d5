import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Geography } from '../domain/geography';
import { countryLabelFeatures, countryOutlines, FAR_ZOOM, focusLabelPoints, languageFields, NEAR_ZOOM } from './basemapData';
import { dash, palette } from './palette';
import { KEEPOUT_FRAME_SOURCE, KEEPOUT_SYMBOLS_SOURCE, keepoutLayers } from './keepout';
import { placesWithSameNameFlag } from '../domain/sameNameLabels';

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

/**
 * The box the detailed countries are clipped to (CLIP_BOX in
 * scripts/build-geo.mjs): data/land.geojson draws nothing within it but a
 * tenth of a degree along its edges, so the map fetches that file (45 kB
 * gzip) only once its view reaches past the box (issue 18: not in a first
 * load that stays on the border region). layers.test.ts checks the file.
 */
export const DETAIL_BOX: readonly [number, number, number, number] = [88, 4, 130, 46];
/** What of data/land.geojson is drawn within DETAIL_BOX: its hole is this much smaller on each side. */
export const DETAIL_BOX_SEAM = 0.1;

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

export function buildSources(geo: Geography): Record<string, SourceSpecification> {
  const labels = countryLabelFeatures();
  const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  return {
    ...Object.fromEntries(CONTEXT_FILES.map((name) => [SOURCE[name], empty()])),
    [SOURCE.countries]: { type: 'geojson', data: geo.countries, promoteId: 'id' },
    [SOURCE.countryLines]: { type: 'geojson', data: countryOutlines(geo.countries) },
    [SOURCE.provinces]: { type: 'geojson', data: geo.provinces, promoteId: 'id' },
    [SOURCE.borders]: { type: 'geojson', data: geo.borders, promoteId: 'id' },
    [SOURCE.places]: { type: 'geojson', data: placesWithSameNameFlag(geo.places, geo.provinces), promoteId: 'id' },
    [SOURCE.countryLabels]: { type: 'geojson', data: labels },
    [SOURCE.eventLinks]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    [SOURCE.provinceLabels]: { type: 'geojson', data: focusLabelPoints(geo) },
    // What labels keep out of (keepout.ts): filled by the controller and by createMap.
    [KEEPOUT_SYMBOLS_SOURCE]: empty(),
    [KEEPOUT_FRAME_SOURCE]: empty(),
  };
}

/**
 * Where a country's name may go round its point, in order (ems): on it, then just off it, then
 * further off on the side that stays in the country, so that a name under an event group's ring
 * or at the map's edge moves rather than vanish (keepout.ts; CHINA under the Vietnam–China ring,
 * CAMBODIA cut by the bottom edge: session 8 reviews). Far off on every side, LAOS went out to sea.
 */
const NEAR_ANCHORS = ['center', [0, 0], 'bottom', [0, -0.8], 'top', [0, 0.8], 'left', [0.8, 0], 'right', [-0.8, 0]];
const COUNTRY_ANCHORS: ExpressionSpecification = ['match', ['get', 'id'],
  'CN', ['literal', [...NEAR_ANCHORS, 'bottom-left', [0.8, -1.5], 'bottom-left', [-0.6, -1.6], 'top-left', [-0.6, 1.4], 'top-left', [-0.5, 2.6], 'bottom', [0, -2.5], 'right', [-3, 0], 'bottom-right', [-1.5, -2], 'left', [3, 0], 'bottom', [0, -4], 'right', [-5.5, 0]]],
  'LA', ['literal', [...NEAR_ANCHORS, 'right', [-1.8, 0], 'top', [0, 1.8], 'top-right', [-1.2, 1.4], 'top-right', [-2.2, 1.2], 'top-right', [-3, 1.6], 'bottom-right', [-1.2, -1.4], 'top', [0, 3]]],
  'KH', ['literal', [...NEAR_ANCHORS, 'bottom', [0, -1.8], 'bottom', [0, -2.8]]],
  ['literal', NEAR_ANCHORS]];

/** A place's name 0.9 em off its point: below, left, right, above (`sides` says which, in that order). */
const PLACE_OFFSETS = { top: [0, 0.9], right: [-0.9, 0], left: [0.9, 0], bottom: [0, -0.9] } as const;
const placeSides = (...sides: Array<keyof typeof PLACE_OFFSETS>) => ['literal', sides.flatMap((side) => [side, [...PLACE_OFFSETS[side]]])];
/**
 * Where a place's name may go (below first: event symbols spread upwards from it). A place a few
 * kilometres from a border leaves out the side across it: Khe Sanh, with Laos to its west, is not
 * written leftwards (anchor `right`), nor Samouay, with Vietnam to its east, rightwards (`left`).
 */
export const PLACE_ANCHORS = ['match', ['get', 'id'],
  'place-khe-sanh', placeSides('top', 'left', 'bottom'),
  'district-la-samouay', placeSides('top', 'right', 'bottom'),
  placeSides('top', 'right', 'left', 'bottom')] as unknown as ExpressionSpecification;

/**
 * The country names' paint: a halo wide enough to knock the border lines out under the letters
 * (session 14 analyst review: VIỆT NAM read as crossed by the Vietnam–Laos line at 1024×768; where
 * Vietnam is narrower than its name, no point keeps it off every line), drawn whole, not at 0.8.
 */
const COUNTRY_LABEL_PAINT = { 'text-color': palette.countryLabel, 'text-halo-color': palette.labelHalo, 'text-halo-width': 3, 'text-opacity': 0.9 } as const;

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
      // Light (issue 13 review: at 0.14 / 0.2 / 0.26 the highlands were the darkest surface in the north, above the story's lines).
      paint: { 'fill-color': palette.relief, 'fill-opacity': ['match', ['get', 'band'], 1, 0.09, 2, 0.13, 0.17] },
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
        // A place beside a border never takes the side across it (session 15 review: "Khe Sanh" was written in Laos).
        'text-variable-anchor-offset': PLACE_ANCHORS,
        'text-justify': 'auto',
        'symbol-sort-key': ['coalesce', ['get', 'rank'], 5],
        'text-optional': true,
      },
      paint: { 'text-color': palette.label, 'text-halo-color': palette.labelHalo, 'text-halo-width': 1.5 },
    },
    // Labels are placed last layer first (MapLibre): focus provinces, then countries, then places, then lines;
    // none may overlap another (issue 15 review), so the lower ranks give way (places keep their icons).
    {
      id: 'country-label', type: 'symbol', source: SOURCE.countryLabels, maxzoom: NEAR_ZOOM,
      filter: ['all', ['!=', ['get', 'near'], true], ['!=', ['get', 'range'], 'far']],
      layout: {
        'text-field': ['step', ['zoom'], ['match', ['get', 'range'], 'mid', '', ['get', 'name']], FAR_ZOOM, ['get', 'name']], 'text-font': textFontBold, 'text-size': 15, 'text-letter-spacing': 0.18,
        'text-variable-anchor-offset': COUNTRY_ANCHORS },
      paint: COUNTRY_LABEL_PAINT,
    },
    {
      id: 'country-label-near', type: 'symbol', source: SOURCE.countryLabels, minzoom: NEAR_ZOOM, maxzoom: 8.5, filter: ['==', ['get', 'near'], true],
      // Placed before the places (reader3: town names hid LAOS and VIỆT NAM), never over them (issue 15 review: drawn
      // with allow-overlap after the places, CHINE and LAOS ran through Lạng Sơn and Dongxing).
      layout: { 'text-field': ['get', 'name'], 'text-font': textFontBold, 'text-size': 14, 'text-letter-spacing': 0.18, 'text-allow-overlap': false,
        'text-variable-anchor-offset': COUNTRY_ANCHORS },
      paint: COUNTRY_LABEL_PAINT,
    },
    {
      // Zoomed out (below FAR_ZOOM): China, Laos and Vietnam named before the places' labels are placed.
      id: 'country-label-far', type: 'symbol', source: SOURCE.countryLabels, maxzoom: FAR_ZOOM, filter: ['==', ['get', 'range'], 'far'],
      layout: { 'text-field': ['get', 'name'], 'text-font': textFontBold, 'text-size': 13, 'text-letter-spacing': 0.18 },
      paint: COUNTRY_LABEL_PAINT,
    },
    {
      // Last, so it is placed first: the focus provinces are always labelled.
      // From zoom 3: below it the three provinces are a few pixels wide, and their names, taking any anchor,
      // pushed VIETNAM off the map at the minimum zoom (land-beyond.spec, session 9).
      id: 'focus-label', type: 'symbol', source: SOURCE.provinceLabels, filter: focusProvinces(provinceDate), minzoom: 3,
      // Moved off an event symbol or the map's edge rather than dropped (keepout.ts, session 8 reviews).
      layout: { 'text-field': fields['focus-label']!, 'text-font': textFontBold, 'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 9, 17], 'text-allow-overlap': false,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'], 'text-radial-offset': 0.7 },
      paint: { 'text-color': palette.focusLine, 'text-halo-color': palette.labelHalo, 'text-halo-width': 2 },
    },
    // Last of all, so placed before every label: the event symbols, group rings, edges and furniture.
    ...keepoutLayers(),
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
