import type { Geography } from '../domain/geography';
import { COUNTRY_LABELS, DATED_LAYERS, SOURCE } from './layers';
import type { MapLike } from './mapLike';

export interface CameraPadding { top: number; right: number; bottom: number; left: number }

/** West, south, east, north: frames the VN–CN border down to southern Laos. */
export const REGION_BOUNDS: [number, number, number, number] = [100.6, 14.2, 109.6, 23.7];

export interface MapController {
  /** Draws provinces as they were on this ISO date. Cheap when the answer did not change. */
  setProvinceDate(date: string): boolean;
  /** Country labels in the reader's language. */
  setCountryNames(names: Readonly<Record<string, string>>): boolean;
  fitRegion(options?: { padding?: CameraPadding; animate?: boolean }): void;
  destroy(): void;
}

/**
 * Validity boundaries of dated features (e.g. Quảng Trị before and after
 * 2025-07-01): the set of features valid on a date only changes at these.
 */
export function validityKey(geo: Geography, date: string): string {
  const valid: string[] = [];
  for (const f of geo.provinces.features) {
    const { validFrom, validTo, id } = f.properties;
    if (validFrom === undefined && validTo === undefined) continue;
    if ((validFrom === undefined || validFrom <= date) && (validTo === undefined || validTo >= date)) valid.push(id);
  }
  return valid.join(',');
}

export function createMapController(map: MapLike, geo: Geography): MapController {
  let provinceKey: string | null = null;
  let countryNamesKey: string | null = null;

  return {
    setProvinceDate(date) {
      const key = validityKey(geo, date);
      if (key === provinceKey) return false;
      provinceKey = key;
      for (const [layerId, filterFor] of Object.entries(DATED_LAYERS)) {
        if (map.getLayer(layerId)) map.setFilter(layerId, filterFor(date));
      }
      return true;
    },
    setCountryNames(names) {
      const key = JSON.stringify(names);
      if (key === countryNamesKey) return false;
      countryNamesKey = key;
      map.getSource(SOURCE.countryLabels)?.setData({
        type: 'FeatureCollection',
        features: COUNTRY_LABELS.map((c) => ({
          type: 'Feature',
          properties: { id: c.id, name: names[c.id] ?? c.name },
          geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
        })),
      });
      return true;
    },
    fitRegion(options = {}) {
      map.fitBounds(REGION_BOUNDS, { padding: options.padding ?? 16, animate: options.animate ?? false });
    },
    destroy() {
      map.remove();
    },
  };
}
