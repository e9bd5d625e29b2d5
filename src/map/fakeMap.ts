import type { MapLike } from './mapLike';

export interface FakeCall { method: string; args: unknown[] }

/** A typed stand-in for maplibre-gl's Map that records every call (for controller tests). */
export function createFakeMap(layerIds: string[]): MapLike & { calls: FakeCall[]; callsOf(method: string): unknown[][] } {
  const calls: FakeCall[] = [];
  const layers = new Set(layerIds);
  const record = (method: string) => (...args: unknown[]) => { calls.push({ method, args }); };
  const sources = new Map<string, { setData: (d: unknown) => void }>();
  return {
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    getLayer: (id) => (layers.has(id) ? { id } : undefined),
    setFilter: record('setFilter'),
    setLayoutProperty: record('setLayoutProperty'),
    setPaintProperty: record('setPaintProperty'),
    getSource(id) {
      let s = sources.get(id);
      if (!s) { s = { setData: (d) => calls.push({ method: 'setData', args: [id, d] }) }; sources.set(id, s); }
      return s;
    },
    setFeatureState: record('setFeatureState'),
    removeFeatureState: record('removeFeatureState'),
    fitBounds: record('fitBounds'),
    flyTo: record('flyTo'),
    jumpTo: record('jumpTo'),
    triggerRepaint: record('triggerRepaint'),
    remove: record('remove'),
  };
}
