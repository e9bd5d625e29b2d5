import type { FilterSpecification, LngLatBoundsLike } from 'maplibre-gl';
import type { GeoJSON } from 'geojson';

/**
 * The part of maplibre-gl's Map the controller uses. The real Map satisfies
 * it; tests pass a small fake that records calls (HOUSE_STYLE: test the
 * controller against a fake map).
 */
export interface MapLike {
  getLayer(id: string): unknown;
  setFilter(layerId: string, filter: FilterSpecification | null): unknown;
  setLayoutProperty(layerId: string, name: string, value: unknown): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
  getSource(id: string): { setData(data: GeoJSON): unknown } | undefined;
  setFeatureState(feature: { source: string; id: string | number }, state: Record<string, unknown>): unknown;
  removeFeatureState(feature: { source: string; id?: string | number }, key?: string): unknown;
  fitBounds(bounds: LngLatBoundsLike, options?: Record<string, unknown>): unknown;
  flyTo(options: Record<string, unknown>): unknown;
  jumpTo(options: Record<string, unknown>): unknown;
  getPadding(): { top: number; right: number; bottom: number; left: number };
  getContainer(): { clientWidth: number; clientHeight: number };
  unproject(point: [number, number]): { lng: number; lat: number };
  triggerRepaint(): void;
  remove(): void;
}
