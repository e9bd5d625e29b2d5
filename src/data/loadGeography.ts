import type { GeoCollection, Geography } from '../domain/geography';

export interface GeoProblem { file: string; reason: string }

export const GEO_FILES = ['countries', 'provinces', 'borders', 'places'] as const;
export type GeoFile = (typeof GEO_FILES)[number];

const empty = (): GeoCollection => ({ type: 'FeatureCollection', features: [] });

/**
 * Checks that a parsed value is a FeatureCollection whose features carry the
 * properties every layer reads; returns the good features and one reason per
 * rejected one. Never throws, never mutates its input.
 */
export function checkCollection(value: unknown): { value: GeoCollection; rejected: string[] } {
  const rejected: string[] = [];
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return { value: empty(), rejected: ['not a GeoJSON FeatureCollection'] };
  }
  const features: GeoCollection['features'] = [];
  value.features.forEach((f: unknown, i: number) => {
    if (!isObject(f) || f.type !== 'Feature' || !isObject(f.geometry) || !isObject(f.properties)) {
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

/** Fetches data/*.geojson relative to `base`; a failed file leaves its layer empty and says why. */
export async function loadGeography(
  base: string,
  fetchFn: typeof fetch = fetch,
): Promise<{ value: Geography; problems: GeoProblem[]; loaded: GeoFile[] }> {
  const problems: GeoProblem[] = [];
  const loaded: GeoFile[] = [];
  const load = async (name: GeoFile): Promise<GeoCollection> => {
    const file = `data/${name}.geojson`;
    try {
      const res = await fetchFn(new URL(file, base).href);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const checked = checkCollection(await res.json());
      for (const reason of checked.rejected) problems.push({ file, reason });
      loaded.push(name);
      return checked.value;
    } catch (e) {
      problems.push({ file, reason: e instanceof Error ? e.message : String(e) });
      return empty();
    }
  };
  const [countries, provinces, borders, places] = await Promise.all(GEO_FILES.map(load));
  return { value: { countries: countries!, provinces: provinces!, borders: borders!, places: places! }, problems, loaded: GEO_FILES.filter((f) => loaded.includes(f)) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
