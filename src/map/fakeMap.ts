import type { MapLike } from './mapLike';

export interface FakeCall { method: string; args: unknown[] }

/** A typed stand-in for maplibre-gl's Map that records every call (for controller tests). */
export function createFakeMap(layerIds: string[]): MapLike & { calls: FakeCall[]; callsOf(method: string): unknown[][] } {
  const calls: FakeCall[] = [];
  const layers = new Set(layerIds);
  const record = (method: string) => (...args: unknown[]) => { calls.push({ method, args }); };
  const sources = new Map<string, { setData: (d: unknown) => void }>();
  let padding = { top: 0, right: 0, bottom: 0, left: 0 };
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
    jumpTo(options) {
      calls.push({ method: 'jumpTo', args: [options] });
      const p = options.padding as { top: number; right: number; bottom: number; left: number } | undefined;
      if (p) padding = p;
    },
    getPadding: () => padding,
    getContainer: () => ({ clientWidth: 800, clientHeight: 600 }),
    unproject: ([x, y]) => ({ lng: x, lat: y }),
    triggerRepaint: record('triggerRepaint'),
    remove: record('remove'),
  };
}
