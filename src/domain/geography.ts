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
}

export type GeoCollection = FeatureCollection<Geometry, GeoProperties>;

export interface Geography {
  countries: GeoCollection;
  provinces: GeoCollection;
  borders: GeoCollection;
  places: GeoCollection;
}
