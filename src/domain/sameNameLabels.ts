import type { GeoProperties } from './geography.ts';

type Named = Pick<GeoProperties, 'name' | 'label_en' | 'label_fr' | 'label_vi'>;
type Labels = Pick<GeoProperties, 'label_en' | 'label_fr' | 'label_vi'>;

/**
 * One spelling per language for a province and its capital (issue 13 review): the data gives
 * the town of Savannakhét its established names (label_en "Savannakhet"…) but not the province
 * of the same local name, so an English reader saw "Savannakhét" on the province and
 * "Savannakhet" on the town. A feature without a label in a language takes the label of a
 * feature with the same local name that has one. Returns the labels to add, by local name.
 */
export function labelsByName(features: Iterable<Named>): Map<string, Labels> {
  const out = new Map<string, Labels>();
  for (const f of features) {
    const { label_en, label_fr, label_vi } = f;
    if (!label_en && !label_fr && !label_vi) continue;
    const had = out.get(f.name) ?? {};
    out.set(f.name, { ...(label_en ? { label_en } : {}), ...(label_fr ? { label_fr } : {}), ...(label_vi ? { label_vi } : {}), ...had });
  }
  return out;
}

/** The feature's own labels, completed from `byName` where it has none in a language. */
export function withSameNameLabels<T extends Named>(f: T, byName: ReadonlyMap<string, Labels>): T {
  const more = byName.get(f.name);
  if (!more) return f;
  return { ...more, ...stripUndefined(f) } as T;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

interface PointLike { properties: { name: string; kind?: string; focus?: boolean } }

/**
 * The places with `sameNameAsProvince: true` where a provincial capital has the local name of a
 * focus province (Salavan, Savannakhét): the map names the town only from a closer zoom, so the
 * default view shows one "Salavan" (session 8 review), the province's. Others unchanged.
 */
export function placesWithSameNameFlag<C extends { features: readonly PointLike[] }>(places: C, provinces: { features: readonly PointLike[] }): C {
  const focus = new Set(provinces.features.filter((f) => f.properties.focus === true).map((f) => f.properties.name));
  if (!places.features.some((f) => f.properties.kind === 'provincial-capital' && focus.has(f.properties.name))) return places;
  return {
    ...places,
    features: places.features.map((f) => (f.properties.kind === 'provincial-capital' && focus.has(f.properties.name)
      ? { ...f, properties: { ...f.properties, sameNameAsProvince: true } }
      : f)),
  };
}
