import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { EventsFetch } from '../data/loadEvents';
import type { LoadedGeography } from '../data/loadGeography';
import type { GeoCollection, GeoProperties } from '../domain/geography';
import { createViewerStore } from '../store/viewerStore';
import type { LivePollerDeps } from './livePoller';

// loadRecord's own decisions (issue 17: no test in src/app reached them): notices, the
// data URL, search names, the geography events are placed on, and the live poller's
// replies. Geography, fetching, parsing and polling are stand-ins.

const geo = vi.hoisted(() => ({ result: null as unknown as LoadedGeography }));
const events = vi.hoisted(() => ({ replies: [] as EventsFetch[], calls: [] as Array<{ url: string; headers?: Record<string, string> }> }));
const poller = vi.hoisted(() => ({ deps: null as LivePollerDeps | null }));
vi.mock('../data/loadGeography', async (original) => ({
  ...(await original<typeof import('../data/loadGeography')>()),
  loadGeography: vi.fn(async () => geo.result),
}));
vi.mock('../data/loadEvents', async (original) => ({
  ...(await original<typeof import('../data/loadEvents')>()),
  fetchEvents: vi.fn(async (url: string, options: { headers?: Record<string, string>; parse: (t: string, o: object) => Promise<unknown> }) => {
    events.calls.push({ url, ...(options.headers ? { headers: options.headers } : {}) });
    await options.parse('[]', {});
    const next = events.replies.shift();
    if (!next) throw new Error('no reply left');
    return next;
  }),
}));
vi.mock('../data/parseEventsOffMainThread', () => ({
  startEventsWorkerEarly: vi.fn(),
  parseEventsOffMainThread: vi.fn(async (_text: string, options: { fingerprints?: boolean }) => ({ value: [], problems: [], via: 'main-thread', ...(options.fingerprints ? { prints: [7] } : {}) })),
}));
vi.mock('./livePoller', () => ({
  startLivePoller: vi.fn((deps: LivePollerDeps) => { poller.deps = deps; return { stop: () => {} }; }),
}));

const { loadRecord, LIVE_NOTICE_ID } = await import('./loadRecord');
const { startEventsWorkerEarly } = await import('../data/parseEventsOffMainThread');
const { loadGeography } = await import('../data/loadGeography');

const props = (id: string, over: Partial<GeoProperties> = {}): GeoProperties => ({ id, kind: 'province', name: id, name_en: id, source: 't', ...over });
const fc = (ps: GeoProperties[]): GeoCollection => ({ type: 'FeatureCollection', features: ps.map((p) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [0, 0] } })) });
const PAGE = 'https://example.org/map/index.html';

function geography(over: { provinces?: GeoProperties[]; laterProvinces?: GeoProperties[]; allProvinces?: () => Promise<GeoCollection>; problems?: LoadedGeography['problems']; places?: GeoProperties[] } = {}): LoadedGeography {
  const provinces = over.provinces ?? [props('vn-quang-tri')];
  const places = over.places ?? [];
  return {
    value: {
      countries: fc([]), borders: fc([]), places: fc(places), provinces: fc(provinces),
      ...(over.allProvinces ? { allProvinces: over.allProvinces } : {}),
    },
    problems: over.problems ?? [],
    loaded: ['countries', 'provinces', 'borders', 'places'],
    known: { countries: [], provinces: [...provinces, ...(over.laterProvinces ?? [])], borders: [], places },
  };
}
const reply = (over: Partial<EventsFetch> = {}): EventsFetch => ({ value: [], problems: [], outcome: 'loaded', status: 200, etag: null, lastModified: null, ...over });
const problem = { code: 'unknown-id', path: 'x', file: 'events.json', line: 1, params: {} } as unknown as EventsFetch['problems'][number];

beforeEach(() => { events.replies = []; events.calls = []; poller.deps = null; });
afterEach(() => { vi.clearAllMocks(); });

describe('loadRecord', () => {
  it('starts the events worker before the geography has come (issue 18: its script loads meanwhile)', async () => {
    geo.result = geography();
    events.replies = [reply()];
    const r = loadRecord(createViewerStore({ mode: 'explore', lang: 'en' }), PAGE, null);
    expect(startEventsWorkerEarly).toHaveBeenCalledTimes(1);
    expect(vi.mocked(startEventsWorkerEarly).mock.invocationCallOrder[0]).toBeLessThan(vi.mocked(loadGeography).mock.invocationCallOrder[0]!);
    await r.events;
  });

  it('puts the events in the store and says nothing of a clean file fetched from the default address', async () => {
    geo.result = geography();
    events.replies = [reply({ value: [makeEvent({ id: 'a' })] })];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const r = loadRecord(store, PAGE, null);
    expect((await r.events).map((e) => e.id)).toEqual(['a']);
    expect(events.calls).toEqual([{ url: 'https://example.org/map/data/events.json' }]);
    expect(store.getState().events.map((e) => e.event.id)).toEqual(['a']);
    expect(store.getState().notices).toEqual([]);
    expect(await r.live).toBeNull();
  });

  it('turns each geography problem into a notice', async () => {
    geo.result = geography({ problems: [{ file: 'data/first-view.topo.json', reason: 'borders: bad' }] });
    events.replies = [reply()];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    await loadRecord(store, PAGE, null).events;
    expect(store.getState().notices).toEqual([
      { id: 'geo:data/first-view.topo.json:borders: bad', kind: 'geo-failed', file: 'data/first-view.topo.json', count: 1, details: [], reason: 'borders: bad' },
    ]);
  });

  it('reports the file\'s problems under its name', async () => {
    geo.result = geography();
    events.replies = [reply({ value: [makeEvent({ id: 'a' })], problems: [problem] })];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    await loadRecord(store, PAGE, 'more/other.json').events;
    expect(events.calls[0]?.url).toBe('https://example.org/map/more/other.json');
    expect(store.getState().notices).toEqual([{ id: 'problems:other.json', kind: 'problems', file: 'other.json', count: 1, details: [], problems: [problem] }]);
  });

  it('refuses a data address on another site, says why, and loads the default file', async () => {
    geo.result = geography();
    events.replies = [reply()];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const param = `https://evil.example/${'x'.repeat(100)}.json`;
    await loadRecord(store, PAGE, param).events;
    expect(events.calls[0]?.url).toBe('https://example.org/map/data/events.json');
    expect(store.getState().notices).toEqual([{ id: 'data-param', kind: 'data-refused', file: param.slice(0, 80), count: 1, details: ['not on this site'] }]);
  });

  it('gives every name of a place, its later provinces\' included, once each', async () => {
    geo.result = geography({
      places: [props('la-vientiane', { kind: 'city', name: 'Viangchan', name_en: 'Vientiane', label_en: 'Vientiane', label_fr: 'Vientiane', label_vi: 'Viêng Chăn' })],
      laterProvinces: [props('vn-ha-noi', { name: 'Hà Nội', name_en: 'Hanoi' })],
    });
    events.replies = [reply({ value: [makeEvent({ id: 'a', links: { places: ['la-vientiane'], provinces: [], districts: [], borders: [] } }), makeEvent({ id: 'b' })] })];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const r = loadRecord(store, PAGE, null);
    const names = await r.names;
    expect(names.get('la-vientiane')).toEqual({ name: 'Viangchan', name_en: 'Vientiane', label_en: 'Vientiane', label_fr: 'Vientiane', label_vi: 'Viêng Chăn' });
    expect(names.get('vn-ha-noi')).toEqual({ name: 'Hà Nội', name_en: 'Hanoi' });
    // Search finds an event by any of its place's names.
    await r.events;
    for (const q of ['Viêng Chăn', 'Viangchan', 'Vientiane']) {
      store.getState().setFilters({ query: q });
      expect(store.getState().filtered.map((e) => e.event.id)).toEqual(['a']);
    }
  });
});

describe('where events are placed', () => {
  const later = fc([props('vn-quang-tri'), props('vn-ha-noi')]);

  it('on the first view\'s geography when every province an event names is drawn', async () => {
    const allProvinces = vi.fn(async () => later);
    geo.result = geography({ allProvinces });
    events.replies = [reply({ value: [makeEvent({ id: 'a', links: { places: [], provinces: ['vn-quang-tri'], districts: [], borders: [] } })] })];
    const r = loadRecord(createViewerStore({ mode: 'explore', lang: 'en' }), PAGE, null);
    expect(await r.placement).toBe(await r.geography);
    expect(allProvinces).not.toHaveBeenCalled();
  });

  it('with every province when an event names one the first view does not draw', async () => {
    geo.result = geography({ allProvinces: async () => later });
    events.replies = [reply({ value: [makeEvent({ id: 'a', links: { places: [], provinces: ['vn-ha-noi'], districts: [], borders: [] } })] })];
    const r = loadRecord(createViewerStore({ mode: 'explore', lang: 'en' }), PAGE, null);
    const placement = await r.placement;
    expect(placement.provinces).toBe(later);
    expect(placement.places).toBe((await r.geography).places);
  });

  it('with every province when one event names a drawn province and one the first view does not draw', async () => {
    geo.result = geography({ allProvinces: async () => later });
    events.replies = [reply({ value: [
      makeEvent({ id: 'a', links: { places: [], provinces: ['vn-quang-tri', 'vn-ha-noi'], districts: [], borders: [] } }),
      makeEvent({ id: 'b', links: { places: [], provinces: ['vn-quang-tri'], districts: [], borders: [] } }),
    ] })];
    const r = loadRecord(createViewerStore({ mode: 'explore', lang: 'en' }), PAGE, null);
    expect((await r.placement).provinces).toBe(later);
  });

  it('with every province for a live file, which may bring such an event later', async () => {
    geo.result = geography({ allProvinces: async () => later });
    events.replies = [reply()];
    const r = loadRecord(createViewerStore({ mode: 'explore', lang: 'en' }), PAGE, null, 60);
    expect((await r.placement).provinces).toBe(later);
  });

  it('on the first view\'s geography, with a notice, when the other provinces cannot be had', async () => {
    geo.result = geography({ allProvinces: async () => { throw new Error('HTTP 404'); } });
    events.replies = [reply({ value: [makeEvent({ id: 'a', links: { places: [], provinces: ['vn-ha-noi'], districts: [], borders: [] } })] })];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const r = loadRecord(store, PAGE, null);
    expect(await r.placement).toBe(await r.geography);
    expect(store.getState().notices).toEqual([
      { id: 'geo:data/provinces.topo.json:HTTP 404', kind: 'geo-failed', file: 'data/provinces.topo.json', count: 1, details: [], reason: 'HTTP 404' },
    ]);
  });

  it('on the first view\'s geography when there is nothing more to load', async () => {
    geo.result = geography();
    events.replies = [reply({ value: [makeEvent({ id: 'a', links: { places: [], provinces: ['vn-ha-noi'], districts: [], borders: [] } })] })];
    const r = loadRecord(createViewerStore({ mode: 'explore', lang: 'en' }), PAGE, null);
    expect(await r.placement).toBe(await r.geography);
  });
});

describe('a live file', () => {
  async function live() {
    geo.result = geography();
    events.replies = [reply({ value: [makeEvent({ id: 'a' })], etag: '"1"', lastModified: 'Mon' })];
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const r = loadRecord(store, PAGE, null, 45);
    await r.live;
    return { store, deps: poller.deps! };
  }

  it('is polled every so many seconds from the first reply\'s validators', async () => {
    const { deps } = await live();
    expect(deps.intervalMs).toBe(45_000);
    expect(deps.initial).toEqual({ etag: '"1"', lastModified: 'Mon' });
  });

  it('a changed file replaces the events and gives its validators; the reply names the poll\'s headers', async () => {
    const { store, deps } = await live();
    events.replies = [reply({ value: [makeEvent({ id: 'a' }), makeEvent({ id: 'b' })], etag: '"2"', lastModified: 'Tue' })];
    expect(await deps.fetch({ 'If-None-Match': '"1"' })).toEqual({ kind: 'changed', etag: '"2"', lastModified: 'Tue' });
    expect(events.calls.at(-1)).toEqual({ url: 'https://example.org/map/data/events.json', headers: { 'If-None-Match': '"1"' } });
    expect(store.getState().events.map((e) => e.event.id)).toEqual(['a', 'b']);
  });

  it('an unchanged or failed poll keeps what the reader sees', async () => {
    const { store, deps } = await live();
    events.replies = [reply({ outcome: 'not-modified' }), reply({ outcome: 'failed', problems: [problem] })];
    expect(await deps.fetch({})).toEqual({ kind: 'not-modified' });
    expect(await deps.fetch({})).toEqual({ kind: 'failed' });
    expect(store.getState().events.map((e) => e.event.id)).toEqual(['a']);
    expect(store.getState().notices).toEqual([]);
  });

  it('a file caught half-written (no events, problems) is a failed poll, its problems said, the events kept', async () => {
    const { store, deps } = await live();
    events.replies = [reply({ problems: [problem] })];
    expect(await deps.fetch({})).toEqual({ kind: 'failed' });
    expect(store.getState().events.map((e) => e.event.id)).toEqual(['a']);
    expect(store.getState().notices.map((n) => n.id)).toEqual(['problems:events.json']);
  });

  it('an empty file without problems is news: the events go', async () => {
    const { store, deps } = await live();
    events.replies = [reply()];
    expect(await deps.fetch({})).toMatchObject({ kind: 'changed' });
    expect(store.getState().events).toEqual([]);
  });

  it('tells the reader when polls keep failing', async () => {
    const { store, deps } = await live();
    deps.onStatus?.({ failures: 2, nextPollAt: 99 });
    expect(store.getState().notices).toEqual([{ id: LIVE_NOTICE_ID, kind: 'live-failed', file: 'events.json', count: 2, details: [], retryAt: 99 }]);
  });

  it('reads the page\'s visibility and clock', async () => {
    const { deps } = await live();
    expect(deps.visibility.hidden()).toBe(document.visibilityState === 'hidden');
    const listener = vi.fn();
    const off = deps.visibility.onChange(listener);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
    const before = Date.now();
    expect(deps.clock.now()).toBeGreaterThanOrEqual(before);
    vi.useFakeTimers();
    try {
      const run = vi.fn();
      const h = deps.clock.setTimeout(run, 100);
      vi.advanceTimersByTime(99);
      expect(run).not.toHaveBeenCalled();
      deps.clock.clearTimeout(h);
      vi.advanceTimersByTime(10);
      expect(run).not.toHaveBeenCalled();
      deps.clock.setTimeout(run, 100);
      vi.advanceTimersByTime(100);
      expect(run).toHaveBeenCalledTimes(1);
    } finally { vi.useRealTimers(); }
  });
});
