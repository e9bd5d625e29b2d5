import { buildGeoIndex } from '../data/geoIndex';
import { type EventsFetch, fetchEvents, type FetchLike } from '../data/loadEvents';
import { GEO_FILES, LATER_PROVINCES_FILE, loadGeography } from '../data/loadGeography';
import { parseEventsOffMainThread, startEventsWorkerEarly } from '../data/parseEventsOffMainThread';
import type { BorderEvent } from '../domain/event';
import type { Geography, GeoProperties } from '../domain/geography';
import type { Problem } from '../data/problems';
import type { ViewerStore } from '../store/viewerStore';
import { resolveDataUrl } from './dataUrl';
import { startLivePoller, type LivePoller, type LiveStatus } from './livePoller';
import { errorText } from '../domain/errorText';

/** A place's names: its local form, the English one the data carries, and the established name per language (see nameIn). */
export type PlaceNames = Pick<GeoProperties, 'name' | 'name_en' | 'label_en' | 'label_fr' | 'label_vi'>;

/**
 * Loads the geography, then the events checked against it, into the store.
 * Whatever fails becomes a dismissible notice; every valid event is shown.
 * With `liveSeconds` the events file is then followed (issue 5, see livePoller).
 */
export function loadRecord(store: ViewerStore, pageUrl: string, dataParam: string | null, liveSeconds?: number): {
  geography: Promise<Geography>;
  /** The geography events are placed on (see below): the first view's, or with every province's outline. */
  placement: Promise<Geography>;
  events: Promise<BorderEvent[]>;
  names: Promise<Map<string, PlaceNames>>;
  live: Promise<LivePoller | null>;
} {
  // The events worker's script loads while the geography does (issue 18), not after the file.
  startEventsWorkerEarly();
  const notify = (file: string, problems: readonly Problem[]) => {
    // A newer file's problems replace the old file's notice; a clean one clears it.
    if (problems.length === 0) { store.getState().dismissNotice(`problems:${file}`); return; }
    store.getState().addNotice({
      id: `problems:${file}`, kind: 'problems', file, count: problems.length, details: [], problems,
    });
  };
  const geoLoad = loadGeography(pageUrl).then((result) => {
    for (const p of result.problems) {
      store.getState().addNotice({ id: `geo:${p.file}:${p.reason}`, kind: 'geo-failed', file: p.file, count: 1, details: [], reason: p.reason });
    }
    return result;
  });
  const geography = geoLoad.then((r) => r.value);
  // Names of every feature, those whose outline comes later included (search, the panel).
  const names = geoLoad.then(({ known }) => {
    const map = new Map<string, PlaceNames>();
    for (const layer of GEO_FILES) {
      for (const { id, name, name_en, label_en, label_fr, label_vi } of known[layer]) {
        map.set(id, { name, name_en, ...(label_en ? { label_en } : {}), ...(label_fr ? { label_fr } : {}), ...(label_vi ? { label_vi } : {}) });
      }
    }
    return map;
  });
  const events = Promise.all([geoLoad, names]).then(async ([{ known, loaded }, nameMap]) => {
    // Only layers that loaded go into the index: links to a missing layer are not checked,
    // rather than all reported as unknown ids. Properties suffice: ids, kinds, validity dates.
    const index = buildGeoIndex(loaded.map((layer) => ({ layer, data: { type: 'FeatureCollection', features: known[layer].map((properties) => ({ type: 'Feature', properties, geometry: null })) } })));
    const target = resolveDataUrl(dataParam, pageUrl);
    if (!target.ok) {
      store.getState().addNotice({ id: 'data-param', kind: 'data-refused', file: (dataParam ?? '').slice(0, 80), count: 1, details: [target.reason] });
    }
    const fallback = resolveDataUrl(null, pageUrl);
    const href = target.ok ? target.url : fallback.ok ? fallback.url : '';
    const file = new URL(href).pathname.split('/').pop() ?? href;
    const placeNames = (id: string) => {
      const n = nameMap.get(id);
      // Search finds a place by any of its names: Viangchan, Vientiane, Viêng Chăn.
      return n ? [...new Set([n.name, n.name_en, n.label_en, n.label_fr, n.label_vi].filter((x): x is string => !!x))] : [];
    };
    // Parsed in a worker, so a big file leaves the page responsive (issue 8). A live file's
    // events come with their fingerprints, computed there too, for the store to tell what a
    // reload changed; fetchEvents passes on only events and problems, so they are kept here.
    const fingerprints = liveSeconds !== undefined;
    const fetchParsed = async (headers?: Record<string, string>): Promise<EventsFetch & { prints?: readonly number[] }> => {
      let prints: readonly number[] | undefined;
      const fetched = await fetchEvents(href, {
        fetch: browserFetch, geo: index.value, ...(headers ? { headers } : {}),
        parse: async (text, options) => {
          const parsed = await parseEventsOffMainThread(text, { ...options, fingerprints });
          prints = parsed.prints;
          return parsed;
        },
      });
      return prints ? { ...fetched, prints } : fetched;
    };
    const first = await fetchParsed();
    notify(file, first.problems);
    store.getState().setEvents(first.value, placeNames, first.prints);
    if (liveSeconds === undefined) return { value: first.value, poller: null };
    const poller = startLivePoller({
      intervalMs: liveSeconds * 1000,
      onStatus: (status) => reportLiveStatus(store, file, status),
      initial: { etag: first.etag, lastModified: first.lastModified },
      clock: { now: () => Date.now(), setTimeout: (run, ms) => window.setTimeout(run, ms), clearTimeout: (h) => window.clearTimeout(h as number) },
      visibility: {
        hidden: () => document.visibilityState === 'hidden',
        onChange: (listener) => {
          document.addEventListener('visibilitychange', listener);
          return () => document.removeEventListener('visibilitychange', listener);
        },
      },
      fetch: async (headers) => {
        const next = await fetchParsed(headers);
        // A failed poll keeps what the reader sees; the poller backs off.
        if (next.outcome !== 'loaded') return { kind: next.outcome };
        notify(file, next.problems);
        // A file caught half-written parses to nothing: say so, but keep the events on screen.
        if (next.value.length === 0 && next.problems.length > 0) return { kind: 'failed' };
        store.getState().setEvents(next.value, placeNames, next.prints);
        return { kind: 'changed', etag: next.etag, lastModified: next.lastModified };
      },
    });
    return { value: first.value, poller };
  });
  const eventList = events.then((e) => e.value);
  // Where events are drawn: the first view's geography, unless an event is placed by a
  // province whose outline comes later (or a live file may bring one): then all of them.
  const placement = Promise.all([geography, eventList]).then(async ([geo, list]) => {
    const drawn = new Set(geo.provinces.features.map((f) => f.properties.id));
    const needsMore = liveSeconds !== undefined || list.some((e) => e.links.provinces.some((id) => !drawn.has(id)));
    if (!needsMore || !geo.allProvinces) return geo;
    try {
      return { ...geo, provinces: await geo.allProvinces() };
    } catch (e) {
      const reason = errorText(e);
      store.getState().addNotice({ id: `geo:${LATER_PROVINCES_FILE}:${reason}`, kind: 'geo-failed', file: LATER_PROVINCES_FILE, count: 1, details: [], reason });
      return geo;
    }
  });
  return { geography, placement, events: eventList, names, live: events.then((e) => e.poller) };
}

/** Failed polls in a row before the reader is told: one miss is often a blip, not worth a notice. */
export const LIVE_FAILURES_BEFORE_NOTICE = 2;
export const LIVE_NOTICE_ID = 'live-failed';

/**
 * Says, with a dismissible notice, that updates of a live file could not be
 * fetched and when the next try is due; clears it once a poll succeeds
 * (issue 5). A notice the reader dismissed stays dismissed until polling
 * has recovered and failed again.
 */
export function reportLiveStatus(store: ViewerStore, file: string, { failures, nextPollAt }: LiveStatus): void {
  const shown = store.getState().notices.some((n) => n.id === LIVE_NOTICE_ID);
  if (failures === 0) {
    if (shown) store.getState().dismissNotice(LIVE_NOTICE_ID);
    return;
  }
  if (failures < LIVE_FAILURES_BEFORE_NOTICE || (failures > LIVE_FAILURES_BEFORE_NOTICE && !shown)) return;
  store.getState().addNotice({ id: LIVE_NOTICE_ID, kind: 'live-failed', file, count: failures, details: [], retryAt: nextPollAt });
}

const browserFetch: FetchLike = (url, init) => fetch(url, init);
