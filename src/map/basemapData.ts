// What the basemap draws that is derived from the geography or the reader's
// language rather than styled: label text fields, hand-placed country label
// points, country outlines and the focus provinces' label points. Split out of
// layers.ts, which keeps the sources and the layers' style.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiLineString, Point } from 'geojson';
import { largestRingCentroid } from '../domain/anchors';
import { labelsByName, withSameNameLabels } from '../domain/sameNameLabels';
import type { GeoProperties, Geography } from '../domain/geography';

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
  // A town named like its focus province (Salavan, Savannakhét) waits too: one name at the default view (session 8 review).
  const waits: ExpressionSpecification = ['any', ['==', ['get', 'kind'], 'border-gate'], ['==', ['get', 'sameNameAsProvince'], true]];
  return ['step', ['zoom'], ['case', waits, '', labelField(lang)], GATE_LABEL_ZOOM, labelField(lang)];
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
export const FAR_ZOOM = 4.3;

/** From this zoom on, the `near` country labels replace the regional ones. */
// The opening frame (focus provinces with both borders' events) is drawn at zoom 5.2–5.5 on a
// desktop and about 4.5 on a 390 px phone (reader3): the near names, placed clear of its symbols, from there.
export const NEAR_ZOOM = 4.3;

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
