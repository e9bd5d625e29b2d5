import { buildGeoIndex } from '../data/geoIndex';
import { loadEvents } from '../data/loadEvents';
import { loadGeography } from '../data/loadGeography';
import type { BorderEvent } from '../domain/event';
import type { Geography } from '../domain/geography';
import { formatProblem, type Problem } from '../data/problems';
import type { ViewerStore } from '../store/viewerStore';
import { resolveDataUrl } from './dataUrl';

export interface PlaceNames { name: string; name_en: string }

/**
 * Loads the geography, then the events checked against it, into the store.
 * Whatever fails becomes a dismissible notice; every valid event is shown.
 */
export function loadRecord(store: ViewerStore, pageUrl: string, dataParam: string | null): {
  geography: Promise<Geography>;
  events: Promise<BorderEvent[]>;
  names: Promise<Map<string, PlaceNames>>;
} {
  const notify = (file: string, problems: readonly Problem[]) => {
    if (problems.length === 0) return;
    store.getState().addNotice({
      id: `problems:${file}`, kind: 'problems', file, count: problems.length, details: problems.map(formatProblem),
    });
  };
  const geoLoad = loadGeography(pageUrl).then((result) => {
    for (const p of result.problems) {
      store.getState().addNotice({ id: `geo:${p.file}:${p.reason}`, kind: 'geo-failed', file: p.file, count: 1, details: [], reason: p.reason });
    }
    return result;
  });
  const geography = geoLoad.then((r) => r.value);
  const names = geography.then((geo) => {
    const map = new Map<string, PlaceNames>();
    for (const fc of [geo.countries, geo.provinces, geo.borders, geo.places]) {
      for (const f of fc.features) map.set(f.properties.id, { name: f.properties.name, name_en: f.properties.name_en });
    }
    return map;
  });
  const events = Promise.all([geoLoad, names]).then(async ([{ value: geo, loaded }, nameMap]) => {
    // Only layers that loaded go into the index: links to a missing layer are not checked,
    // rather than all reported as unknown ids.
    const index = buildGeoIndex(loaded.map((layer) => ({ layer, data: geo[layer] })));
    const target = resolveDataUrl(dataParam, pageUrl);
    if (!target.ok) {
      store.getState().addNotice({ id: 'data-param', kind: 'data-refused', file: (dataParam ?? '').slice(0, 80), count: 1, details: [target.reason] });
    }
    const fallback = resolveDataUrl(null, pageUrl);
    const href = target.ok ? target.url : fallback.ok ? fallback.url : '';
    const { value, problems } = await loadEvents(href, { fetch: (u) => fetch(u), geo: index.value });
    notify(new URL(href).pathname.split('/').pop() ?? href, problems);
    store.getState().setEvents(value, (id) => {
      const n = nameMap.get(id);
      return n ? [n.name, n.name_en] : [];
    });
    return value;
  });
  return { geography, events, names };
}
