import type { FeatureCollection, Geometry } from 'geojson';

/** Properties every feature of data/*.geojson carries (data/SOURCES.md). */
export interface GeoProperties {
  id: string;
  kind: string;
  name: string;
  name_en: string;
  source: string;
  country?: string;
  focus?: boolean;
  rank?: number;
  validFrom?: string;
  validTo?: string;
  approximate?: boolean;
  countries?: string[];
  /** The name readers of a language know, where one is established (Vientiane / Viêng Chăn); else use `name`. */
  label_en?: string;
  label_fr?: string;
  label_vi?: string;
}

/**
 * A feature's name for a reader of `lang`: the established name of that
 * language (label_<lang>) where the data has one, else the local form
 * (`name`, with its diacritics). The map's labels follow the same rule.
 */
export function nameIn(props: Pick<GeoProperties, 'name' | 'label_en' | 'label_fr' | 'label_vi'>, lang: string): string {
  const label = lang === 'en' ? props.label_en : lang === 'fr' ? props.label_fr : lang === 'vi' ? props.label_vi : undefined;
  return label ?? props.name;
}

export type GeoCollection = FeatureCollection<Geometry, GeoProperties>;

export interface Geography {
  countries: GeoCollection;
  provinces: GeoCollection;
  borders: GeoCollection;
  places: GeoCollection;
  /**
   * The whole provinces layer, where `provinces` holds only what the first
   * view draws (issue 18: geography in layers): fetched on the first call,
   * the same promise for every caller. Absent when `provinces` is whole.
   */
  allProvinces?: () => Promise<GeoCollection>;
}
