import { describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import { dayNumber } from '../domain/dayNumber';
import type { MapHandle } from '../map';
import { followLanguage, onMapReadyWith, reportUnknownEvent, storeFromLink } from './boot';

const pick = (asked: string | undefined) => asked ?? 'fr';

describe('storeFromLink', () => {
  it('opens the view the link gives: mode, date, display, filters, event and camera', () => {
    const camera = { zoom: 7, lat: 16.5, lng: 106.6 };
    const store = storeFromLink({
      mode: 'present', lang: 'vi', cursor: dayNumber(2024, 5, 6), display: 'window', windowMonths: 12,
      types: ['twinning'], pairs: ['VN-CN'], query: 'Khe', event: 'e1', camera,
    }, [], pick);
    expect(store.getState()).toMatchObject({
      mode: 'present', lang: 'vi', cursor: dayNumber(2024, 5, 6), display: { mode: 'window', windowMonths: 12 },
      filters: { types: ['twinning'], pairs: ['VN-CN'], query: 'Khe' }, selectedId: 'e1', camera, notices: [],
    });
  });

  it('takes the defaults for what the link leaves out, the language from the reader\'s browser', () => {
    const asked = vi.fn(pick);
    const store = storeFromLink({}, [], asked);
    expect(asked).toHaveBeenCalledWith(undefined);
    expect(store.getState()).toMatchObject({
      mode: 'explore', lang: 'fr', display: { mode: 'cumulative', windowMonths: 6 },
      filters: { types: [], pairs: [], query: '' }, selectedId: null, camera: null,
    });
  });

  it('keeps a window length with the default mode, and the default length with a window', () => {
    expect(storeFromLink({ windowMonths: 3 }, [], pick).getState().display).toEqual({ mode: 'cumulative', windowMonths: 3 });
    expect(storeFromLink({ display: 'window' }, [], pick).getState().display).toEqual({ mode: 'window', windowMonths: 6 });
  });

  it('says what it could not use, as param=value lines', () => {
    const store = storeFromLink({}, [{ param: 'date', value: 'soon' }, { param: 'window', value: '5' }], pick);
    expect(store.getState().notices).toEqual([{ id: 'link', kind: 'link-ignored', file: '', count: 2, details: ['date=soon', 'window=5'] }]);
  });
});

describe('reportUnknownEvent', () => {
  const events = [makeEvent({ id: 'a', date: '2024-01-01' })];
  it('adds an event id the data does not have to the link notice', () => {
    const store = storeFromLink({}, [{ param: 'date', value: 'soon' }], pick);
    reportUnknownEvent(store, 'zz', [{ param: 'date', value: 'soon' }], events);
    expect(store.getState().notices).toEqual([{ id: 'link', kind: 'link-ignored', file: '', count: 2, details: ['date=soon', 'event=zz'] }]);
  });
  it('says nothing of an event the data has, or of no event', () => {
    const store = storeFromLink({}, [], pick);
    reportUnknownEvent(store, 'a', [], events);
    reportUnknownEvent(store, undefined, [], events);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('followLanguage', () => {
  it('sets the page language now and on each change, until unsubscribed', () => {
    const store = storeFromLink({ lang: 'vi' }, [], pick);
    const root = { lang: '' };
    const off = followLanguage(store, root);
    expect(root.lang).toBe('vi');
    store.getState().setLang('en');
    expect(root.lang).toBe('en');
    off();
    store.getState().setLang('fr');
    expect(root.lang).toBe('en');
  });
});

describe('onMapReadyWith', () => {
  const handle = { id: 'map' } as unknown as MapHandle;
  const anchors = { id: 'anchors' } as unknown as AnchorIndex;
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('connects the map once anchors and events are in, in a deferred task, and disconnects on cleanup', async () => {
    const disconnect = vi.fn();
    const connect = vi.fn(() => disconnect);
    const deferred: Array<() => void> = [];
    let events!: (v: unknown) => void;
    const ready = onMapReadyWith({ connect, anchors: Promise.resolve(anchors), events: new Promise((r) => { events = r; }), defer: (run) => deferred.push(run) });
    const cleanup = ready(handle);
    await flush();
    expect(deferred).toHaveLength(0);
    events([]);
    await flush();
    expect(connect).not.toHaveBeenCalled();
    expect(deferred).toHaveLength(1);
    deferred[0]!();
    expect(connect).toHaveBeenCalledWith(handle, anchors);
    cleanup();
    expect(disconnect).toHaveBeenCalledTimes(1);
  });

  it('connects nothing when the map went before the deferred task ran', async () => {
    const connect = vi.fn(() => () => {});
    const deferred: Array<() => void> = [];
    const cleanup = onMapReadyWith({ connect, anchors: Promise.resolve(anchors), events: Promise.resolve([]), defer: (run) => deferred.push(run) })(handle);
    await flush();
    cleanup();
    deferred[0]!();
    expect(connect).not.toHaveBeenCalled();
  });

  it('defers with a timer by default', async () => {
    vi.useFakeTimers();
    try {
      const connect = vi.fn(() => () => {});
      onMapReadyWith({ connect, anchors: Promise.resolve(anchors), events: Promise.resolve([]) })(handle);
      await vi.advanceTimersByTimeAsync(0);
      expect(connect).toHaveBeenCalledTimes(1);
    } finally { vi.useRealTimers(); }
  });

  it('attaches an embed\'s map and detaches it on cleanup; not once the map is gone', async () => {
    const detach = vi.fn();
    const attachMap = vi.fn(() => detach);
    const deps = { connect: () => () => {}, anchors: new Promise<AnchorIndex>(() => {}), events: Promise.resolve([]), embed: Promise.resolve({ attachMap }) };
    const cleanup = onMapReadyWith(deps)(handle);
    await flush();
    expect(attachMap).toHaveBeenCalledWith(handle);
    cleanup();
    expect(detach).toHaveBeenCalledTimes(1);
    const early = onMapReadyWith(deps)(handle);
    early();
    await flush();
    expect(attachMap).toHaveBeenCalledTimes(1);
  });
});
