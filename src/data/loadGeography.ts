import type { GeoCollection, GeoProperties, Geography } from '../domain/geography';
import { decodeTopology } from './decodeTopology';
import { errorText } from '../domain/errorText';

export interface GeoProblem { file: string; reason: string }

/** The geography's layers (objects of the packed files; data/<layer>.geojson in the repository). */
export const GEO_FILES = ['countries', 'provinces', 'borders', 'places'] as const;
export type GeoFile = (typeof GEO_FILES)[number];

/**
 * Geography in layers (issue 18), made by scripts/geo/packGeography.mjs from
 * data/*.geojson: the first view (countries, borders, places, the focus
 * provinces, and every other province's properties without its outline),
 * then the other provinces' outlines, fetched when first asked for.
 */
export const FIRST_VIEW_FILE = 'data/geography.topo.json';
export const LATER_PROVINCES_FILE = 'data/provinces.topo.json';

const empty = (): GeoCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * Checks that a parsed value is a FeatureCollection whose features carry the
 * properties every layer reads; returns the good features and one reason per
 * rejected one. Never throws, never mutates its input. With `propertiesOnly`,
 * a feature without geometry (null) is kept: it is known, not drawn.
 */
export function checkCollection(value: unknown, options: { propertiesOnly?: boolean } = {}): { value: GeoCollection; rejected: string[] } {
  const rejected: string[] = [];
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return { value: empty(), rejected: ['not a GeoJSON FeatureCollection'] };
  }
  const features: GeoCollection['features'] = [];
  value.features.forEach((f: unknown, i: number) => {
    const geometryOk = isObject(f) && (isObject(f.geometry) || (options.propertiesOnly === true && f.geometry === null));
    if (!isObject(f) || f.type !== 'Feature' || !geometryOk || !isObject(f.properties)) {
      rejected.push(`feature ${i}: not a GeoJSON Feature with geometry and properties`);
      return;
    }
    const p = f.properties;
    if (typeof p.id !== 'string' || typeof p.kind !== 'string' || typeof p.name !== 'string' || typeof p.name_en !== 'string') {
      rejected.push(`feature ${i}: missing id, kind, name or name_en`);
      return;
    }
    features.push(f as unknown as GeoCollection['features'][number]);
  });
  return { value: { type: 'FeatureCollection', features }, rejected };
}

export interface LoadedGeography {
  /** What the first view draws; `allProvinces` fetches the rest of the provinces. */
  value: Geography;
  problems: GeoProblem[];
  /** Layers that were read. */
  loaded: GeoFile[];
  /**
   * Every feature's properties by layer, the provinces whose outlines come
   * later included: the validator checks links, and search finds names,
   * without waiting for those outlines.
   */
  known: Record<GeoFile, GeoProperties[]>;
}

/**
 * Fetches the first view's geography relative to `base`. A file that fails
 * leaves its layers empty and says why; a layer that fails leaves only itself
 * empty. Never throws.
 */
export async function loadGeography(base: string, fetchFn: typeof fetch = fetch): Promise<LoadedGeography> {
  const problems: GeoProblem[] = [];
  const loaded: GeoFile[] = [];
  const layers: Record<GeoFile, GeoCollection> = { countries: empty(), provinces: empty(), borders: empty(), places: empty() };
  const known: Record<GeoFile, GeoProperties[]> = { countries: [], provinces: [], borders: [], places: [] };
  const fetchJson = async (file: string): Promise<unknown> => {
    const res = await fetchFn(new URL(file, base).href);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json();
  };
  let topology: unknown;
  try {
    topology = await fetchJson(FIRST_VIEW_FILE);
  } catch (e) {
    problems.push({ file: FIRST_VIEW_FILE, reason: errorText(e) });
  }
  if (topology !== undefined) {
    for (const layer of GEO_FILES) {
      try {
        const checked = checkCollection({ type: 'FeatureCollection', features: decodeTopology(topology, layer) }, { propertiesOnly: true });
        for (const reason of checked.rejected) problems.push({ file: FIRST_VIEW_FILE, reason: `${layer}: ${reason}` });
        known[layer] = checked.value.features.map((f) => f.properties);
        layers[layer] = { type: 'FeatureCollection', features: checked.value.features.filter((f) => f.geometry !== null) };
        loaded.push(layer);
      } catch (e) {
        problems.push({ file: FIRST_VIEW_FILE, reason: `${layer}: ${errorText(e)}` });
      }
    }
  }
  let later: Promise<GeoCollection> | null = null;
  const allProvinces = (): Promise<GeoCollection> => later ??= fetchJson(LATER_PROVINCES_FILE).then((t) => {
    const drawn = new Set(layers.provinces.features.map((f) => f.properties.id));
    const rest = checkCollection({ type: 'FeatureCollection', features: decodeTopology(t, 'provinces') }).value.features
      .filter((f) => !drawn.has(f.properties.id));
    return { type: 'FeatureCollection', features: [...layers.provinces.features, ...rest] };
  });
  return { value: { ...layers, allProvinces }, problems, loaded, known };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
