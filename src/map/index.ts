// What the rest of the app may use from the map layer: plain values and a
// lazy mount. Importing this file does not load maplibre-gl.
import type { CreateMapOptions, MapHandle } from './createMap';

export type { MapHandle, CreateMapOptions, MapUiStrings } from './createMap';
export type { MapController, VisiblePoint } from './mapController';
export { palette, dash, EVENT_STYLE, EVENT_MARKER_PX } from './palette';

export async function mountMap(options: CreateMapOptions): Promise<MapHandle> {
  const { createMap } = await import('./createMap');
  return createMap(options);
}

/** True when the error means the browser cannot draw WebGL at all. */
export function isNoWebglError(e: unknown): boolean {
  return e instanceof Error && e.name === 'NoWebglError';
}
