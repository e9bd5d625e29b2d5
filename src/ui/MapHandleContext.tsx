import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { MapHandle } from '../map';

/**
 * The live map (issue 17: one holder of the handle). `MapProvider` holds it,
 * set once when the map is drawn (MapView registers it) and cleared when the
 * map goes; every part of the UI that reads the map (markers, inset, caption,
 * presentation, snapshot) takes it with `useMap()`. Null until the map is
 * drawn, and in tests without a map.
 */
export const MapHandleContext = createContext<MapHandle | null>(null);

type Register = (handle: MapHandle) => () => void;
const MapRegisterContext = createContext<Register | null>(null);

/** The live map, or null until it is drawn. */
export function useMap(): MapHandle | null {
  return useContext(MapHandleContext);
}

/** For MapView only: tells the provider the map is drawn; the returned function, that it went. */
export function useMapRegistration(): Register | null {
  return useContext(MapRegisterContext);
}

/**
 * Holds the map handle for everything below it. `onReady` (the page's wiring:
 * store, embed) is called when the map is drawn, and its cleanup when it goes;
 * the first one given is used, as the map is created once per mount.
 */
export function MapProvider({ onReady, children }: { onReady?: ((handle: MapHandle) => () => void) | undefined; children: ReactNode }) {
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const ready = useRef(onReady);
  const register = useCallback<Register>((h) => {
    setHandle(h);
    const off = ready.current?.(h);
    return () => { setHandle((current) => (current === h ? null : current)); off?.(); };
  }, []);
  return (
    <MapRegisterContext value={register}>
      <MapHandleContext value={handle}>{children}</MapHandleContext>
    </MapRegisterContext>
  );
}
