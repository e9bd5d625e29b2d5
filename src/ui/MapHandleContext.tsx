import { createContext, useContext } from 'react';
import type { MapHandle } from '../map';

/**
 * The live map, for the UI that reads it whole (issue 14: the Share dialog's
 * "Download image" takes a snapshot of it). Null until the map is drawn, and
 * in tests without a map. App provides it; nothing else should need it.
 */
export const MapHandleContext = createContext<MapHandle | null>(null);

export function useMapHandle(): MapHandle | null {
  return useContext(MapHandleContext);
}
