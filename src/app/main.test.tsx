import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import type { BorderEvent } from '../domain/event';
import type { LanguagePack } from '../i18n/catalogues';
import type { ViewerStore } from '../store/viewerStore';

// main.tsx is the page's entry: it reads the link, starts the record's loads and renders
// the app (issue 17: 103 of src/app's mutants were reached by no test). Here it runs in
// jsdom with its neighbours stood in for: what it hands them, and what it renders, are checked.

const h = vi.hoisted(() => ({
  appProps: [] as Record<string, unknown>[],
  loadRecord: vi.fn(),
  loadLanguage: vi.fn(),
  loadExplorerChrome: vi.fn(),
  startEmbed: vi.fn(),
  loadScript: vi.fn(),
  connectMap: vi.fn(),
  attachPlayback: vi.fn(),
  syncUrl: vi.fn(),
}));

vi.mock('../ui/App', () => ({
  App: (props: Record<string, unknown>) => { h.appProps.push(props); return <p>app</p>; },
}));
vi.mock('./loadRecord', () => ({ loadRecord: h.loadRecord }));
vi.mock('../i18n/catalogues', async (original) => ({ ...(await original<object>()), loadLanguage: h.loadLanguage }));
vi.mock('../ui/loadExplorerChrome', () => ({ loadExplorerChrome: h.loadExplorerChrome }));
vi.mock('../ui/embed/EmbedChrome', () => ({ kind: 'embed chrome' }));
vi.mock('./embed/startEmbed', () => ({ startEmbed: h.startEmbed }));
vi.mock('./loadScript', () => ({ loadScript: h.loadScript }));
vi.mock('./connectMap', () => ({ connectMap: h.connectMap }));
vi.mock('../store/playback', () => ({ attachPlayback: h.attachPlayback }));
vi.mock('./urlSync', async (original) => ({ ...(await original<object>()), syncUrl: h.syncUrl }));

const EXPLORER_CHROME = { kind: 'explorer chrome' };
const none = () => ({ type: 'FeatureCollection', features: [] });
const EMPTY_GEOGRAPHY = { countries: none(), provinces: none(), borders: none(), places: none() };
const pack = (code: string) => ({ code }) as unknown as LanguagePack;
let events: BorderEvent[];
let resolveEvents: (e: BorderEvent[]) => void;

beforeEach(() => {
  h.appProps.length = 0;
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.lang = '';
  events = [makeEvent({ id: 'e1' })];
  const eventsIn = new Promise<BorderEvent[]>((r) => { resolveEvents = r; });
  h.loadRecord.mockReset().mockImplementation(() => ({
    geography: Promise.resolve('geography'), placement: Promise.resolve(EMPTY_GEOGRAPHY),
    events: eventsIn, names: Promise.resolve('names'), live: Promise.resolve(null),
  }));
  h.loadLanguage.mockReset().mockImplementation((code: string) => Promise.resolve(pack(code)));
  h.loadExplorerChrome.mockReset().mockResolvedValue(EXPLORER_CHROME);
  h.startEmbed.mockReset();
  h.loadScript.mockReset().mockResolvedValue([]);
  h.connectMap.mockReset().mockReturnValue(() => undefined);
  h.attachPlayback.mockReset();
  h.syncUrl.mockReset().mockReturnValue({ subscribe: () => undefined });
});

afterEach(() => { window.history.replaceState(null, '', '/'); });

/** Runs main.tsx afresh on a page at `search` and waits for the app to render (or the page to give up). */
async function boot(search: string, { rendered = true } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  await import('./main');
  if (rendered) await vi.waitFor(() => expect(h.appProps.length).toBeGreaterThan(0));
  else await vi.waitFor(() => expect(document.getElementById('root')?.textContent).not.toBe(''));
  return h.appProps[h.appProps.length - 1] ?? {};
}

/** The n-th call's arguments of a stand-in (the first by default); fails when there was none. */
function callOf(fn: { mock: { calls: unknown[][] } }, n = 0): unknown[] {
  const call = fn.mock.calls[n];
  if (!call) throw new Error('not called');
  return call;
}
const storeOf = (): ViewerStore => callOf(h.loadRecord)[0] as ViewerStore;

describe('main.tsx, the page entry', () => {
  it('builds the store from the link, follows its language on the page and plays it', async () => {
    await boot('?lang=vi&date=2024-05-06&q=Khe');
    const store = storeOf();
    expect(store.getState()).toMatchObject({ lang: 'vi', filters: { query: 'Khe' } });
    expect(document.documentElement.lang).toBe('vi');
    expect(h.attachPlayback).toHaveBeenCalledWith(store);
  });

  it('loads the record from the page\'s address, with the link\'s data file and live period', async () => {
    await boot('?data=other.json&live=60');
    expect(h.loadRecord).toHaveBeenCalledTimes(1);
    expect(callOf(h.loadRecord).slice(1)).toEqual([document.baseURI, 'other.json', 60]);
  });

  it('asks for no data file of its own when the link names none', async () => {
    await boot('');
    expect(callOf(h.loadRecord).slice(1)).toEqual([document.baseURI, null, undefined]);
  });

  it('renders the explorer: the record\'s loads, the explorer\'s panels, no script and no camera', async () => {
    const props = await boot('?lang=en');
    expect(h.loadLanguage).toHaveBeenCalledWith('en');
    expect(await props.geography).toBe('geography');
    expect(await props.names).toBe('names');
    expect(props.chrome).toBe(EXPLORER_CHROME);
    expect(props).not.toHaveProperty('script');
    expect(props).not.toHaveProperty('camera');
    expect(h.loadScript).not.toHaveBeenCalled();
    expect(h.startEmbed).not.toHaveBeenCalled();
    expect(document.getElementById('root')?.textContent).toBe('app');
  });

  it('hands the link\'s camera to the app, and a camera the map reports to the store', async () => {
    const props = await boot('#map=7/16.5/106.6');
    expect(props.camera).toEqual({ zoom: 7, lat: 16.5, lng: 106.6 });
    (props.onCameraChange as (c: unknown) => void)({ zoom: 5, lat: 20, lng: 104 });
    expect(storeOf().getState().camera).toEqual({ zoom: 5, lat: 20, lng: 104 });
  });

  it('loads a briefing script the link names, once, after the events, and hands its steps to the app', async () => {
    const steps = [{ id: 's1' }];
    h.loadScript.mockResolvedValue(steps);
    const props = await boot('?mode=present&script=brief.json');
    await vi.waitFor(() => expect(h.loadScript).toHaveBeenCalledTimes(1));
    const [store, base, param, eventsIn] = callOf(h.loadScript);
    expect([store, base, param]).toEqual([storeOf(), document.baseURI, 'brief.json']);
    resolveEvents(events);
    expect(await eventsIn).toBe(events);
    expect(await props.script).toBe(steps);
  });

  it('renders the briefing without the explorer\'s panels', async () => {
    const props = await boot('?mode=present');
    expect(props).not.toHaveProperty('chrome');
    expect(h.loadExplorerChrome).not.toHaveBeenCalled();
  });

  it('renders without panels when the explorer\'s cannot be had', async () => {
    h.loadExplorerChrome.mockRejectedValue(new Error('offline'));
    const props = await boot('');
    expect(props).not.toHaveProperty('chrome');
    expect(document.getElementById('root')?.textContent).toBe('app');
  });

  it('falls back to the default language when the reader\'s cannot be loaded', async () => {
    h.loadLanguage.mockImplementation((code: string) => (code === 'fr' ? Promise.resolve(pack('fr')) : Promise.reject(new Error('offline'))));
    await boot('?lang=vi');
    expect(h.loadLanguage.mock.calls.map((c) => c[0])).toEqual(['vi', 'fr']);
    expect(storeOf().getState().lang).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('says in three languages that the page cannot load its texts when no language loads', async () => {
    h.loadLanguage.mockRejectedValue(new Error('offline'));
    await boot('', { rendered: false });
    const text = document.getElementById('root')?.textContent ?? '';
    expect(text).toContain('Impossible de charger les textes de la page');
    expect(text).toContain('This page could not load its texts; reload to try again.');
    expect(text).toContain('Không tải được nội dung chữ của trang');
    expect(h.appProps).toHaveLength(0);
  });

  it('follows the address once the events are in, and reports a link\'s event missing from them', async () => {
    await boot('?event=gone&data=d.json');
    expect(h.syncUrl).not.toHaveBeenCalled();
    resolveEvents(events);
    await vi.waitFor(() => expect(h.syncUrl).toHaveBeenCalledTimes(1));
    expect(callOf(h.syncUrl)).toEqual([storeOf(), window, 'd.json']);
    expect(storeOf().getState().notices).toEqual([expect.objectContaining({ kind: 'link-ignored', details: ['event=gone'] })]);
  });

  it('connects the map to the store once the events and their anchors are in', async () => {
    const props = await boot('');
    const handle = { kind: 'map handle' };
    const release = (props.onMapReady as (h: unknown) => () => void)(handle);
    resolveEvents(events);
    await vi.waitFor(() => expect(h.connectMap).toHaveBeenCalledTimes(1));
    const [store, given, anchors] = callOf(h.connectMap) as [ViewerStore, unknown, AnchorIndex];
    expect(store).toBe(storeOf());
    expect(given).toBe(handle);
    expect(anchors.anchorsOf(makeEvent({ id: 'e2' }))).toEqual([]);
    release();
  });

  it('starts an embed with the link\'s options, wraps the app in its provider and attaches its map', async () => {
    const attachMap = vi.fn(() => () => undefined);
    h.startEmbed.mockImplementation(() => ({
      Provider: ({ options, children }: { options: unknown; children: unknown }) => <section data-options={JSON.stringify(options)}>{children as never}</section>,
      ready: Promise.resolve(),
      attachMap,
    }));
    const props = await boot('?mode=embed&height=500&theme=dark');
    expect(h.startEmbed).toHaveBeenCalledTimes(1);
    const [win, deps] = callOf(h.startEmbed) as [Window, { languages: string[]; events: Promise<unknown>; subscribeAddress: unknown }];
    expect(win).toBe(window);
    expect(deps).toMatchObject({ store: storeOf(), options: { height: 500, theme: 'dark' }, root: document.getElementById('root') });
    expect(deps.languages).toEqual(expect.arrayContaining(['en', 'fr', 'vi']));
    expect(typeof deps.subscribeAddress).toBe('function');
    resolveEvents(events);
    expect(await deps.events).toBe(events);
    expect(props.chrome).toEqual(expect.objectContaining({ kind: 'embed chrome' }));
    expect(h.loadExplorerChrome).not.toHaveBeenCalled();
    const section = document.querySelector('#root section');
    expect(section?.getAttribute('data-options')).toBe(JSON.stringify({ height: 500, theme: 'dark' }));
    expect(section?.textContent).toBe('app');
    const handle = { kind: 'map handle' };
    (props.onMapReady as (h: unknown) => () => void)(handle);
    await vi.waitFor(() => expect(attachMap).toHaveBeenCalledWith(handle));
  });

  it('still paints an embed, with the explorer\'s panels and no wrapper, when its own modules cannot be had', async () => {
    h.startEmbed.mockImplementation(() => { throw new Error('chunk failed'); });
    vi.doMock('../ui/embed/EmbedChrome', () => { throw new Error('chunk failed'); });
    try {
      const props = await boot('?mode=embed');
      expect(props.chrome).toBe(EXPLORER_CHROME);
      expect(document.querySelector('#root section')).toBeNull();
      expect(document.getElementById('root')?.textContent).toBe('app');
    } finally {
      vi.doMock('../ui/embed/EmbedChrome', () => ({ kind: 'embed chrome' }));
    }
  });

  it('waits for an embed\'s frame to be ready before it paints', async () => {
    let ready!: () => void;
    h.startEmbed.mockImplementation(() => ({
      Provider: ({ children }: { children: unknown }) => children,
      ready: new Promise<void>((r) => { ready = r; }),
      attachMap: () => () => undefined,
    }));
    window.history.replaceState(null, '', '/?mode=embed');
    vi.resetModules();
    await import('./main');
    await vi.waitFor(() => expect(h.startEmbed).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 20));
    expect(h.appProps).toHaveLength(0);
    ready();
    await vi.waitFor(() => expect(h.appProps.length).toBeGreaterThan(0));
  });

  it('takes the reader\'s one language when the browser lists none', async () => {
    const languages = Object.getOwnPropertyDescriptor(window.navigator, 'languages');
    const language = Object.getOwnPropertyDescriptor(window.navigator, 'language');
    Object.defineProperty(window.navigator, 'languages', { value: undefined, configurable: true });
    Object.defineProperty(window.navigator, 'language', { value: 'vi-VN', configurable: true });
    try {
      await boot('');
      expect(storeOf().getState().lang).toBe('vi');
    } finally {
      if (languages) Object.defineProperty(window.navigator, 'languages', languages); else delete (window.navigator as { languages?: unknown }).languages;
      if (language) Object.defineProperty(window.navigator, 'language', language); else delete (window.navigator as { language?: unknown }).language;
    }
  });
});
