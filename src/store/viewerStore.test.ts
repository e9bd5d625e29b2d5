import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { eventFingerprint } from '../domain/eventFingerprint';
import { dayNumber as d } from '../domain/dayNumber';
import type { BorderEvent } from '../domain/event';
import { createViewerStore, type ViewerInit } from './viewerStore';

const event = (id: string, date: string, extra: Partial<BorderEvent> = {}): BorderEvent => makeEvent({ ...extra, id, date });

const EVENTS = [
  event('patrol', '2024-01-10', { type: 'joint-patrol', links: { places: ['gate-a'], provinces: [], districts: [], borders: [] } }),
  event('meeting', '2024-03-01', { type: 'high-level-meeting', countries: ['VN', 'CN'] }),
  event('twinning', '2024-03-01', { type: 'twinning' }),
  event('agreement', '2024-06-15', { type: 'agreement', countries: ['VN', 'CN'] }),
];

const fresh = (init: Partial<ViewerInit> = {}) => {
  const store = createViewerStore({ mode: 'explore', lang: 'en', ...init });
  store.getState().setEvents(EVENTS, (id) => (id === 'gate-a' ? ['Cửa khẩu Nậm Cắn'] : []));
  return store;
};
const ids = (store: ReturnType<typeof fresh>) => store.getState().filtered.map((e) => e.event.id);

describe('setEvents', () => {
  it('sorts the events and starts on the latest one, with everything shown', () => {
    const s = fresh().getState();
    expect(s.events.map((e) => e.event.id)).toEqual(['patrol', 'meeting', 'twinning', 'agreement']);
    expect(s.span).toEqual({ start: d(2024, 1, 10), end: d(2024, 6, 15) });
    expect(s.cursor).toBe(d(2024, 6, 15));
  });

  it.each([
    ['inside the span: kept', d(2024, 2, 1), d(2024, 2, 1)],
    ['before the span: clamped to its start', d(2020, 1, 1), d(2024, 1, 10)],
    ['after the span: clamped to its end', d(2030, 1, 1), d(2024, 6, 15)],
  ])('a cursor from a link %s', (_name, cursor, expected) => {
    expect(fresh({ cursor }).getState().cursor).toBe(expected);
  });

  describe('with no date in the link: the latest event shown, never after today (issue 13)', () => {
    const PLANNED = event('plan', '2024-09-01', { status: 'planned' });
    const load = (init: Partial<ViewerInit>, events: BorderEvent[] = [...EVENTS, PLANNED]) => {
      const store = createViewerStore({ mode: 'explore', lang: 'en', ...init });
      store.getState().setEvents(events);
      return store;
    };

    it('opens on the latest event up to today, not at the end of the span', () => {
      const s = load({ today: () => d(2024, 7, 1) }).getState();
      expect(s.span?.end).toBe(d(2024, 9, 1));
      expect(s.cursor).toBe(d(2024, 6, 15));
    });

    it('today is injected: once the planned date has come, it opens there', () => {
      expect(load({ today: () => d(2024, 9, 1) }).getState().cursor).toBe(d(2024, 9, 1));
      expect(load({ today: () => d(2024, 3, 1) }).getState().cursor).toBe(d(2024, 3, 1));
    });

    it('with filters in the link, the latest event among those shown', () => {
      const s = load({ today: () => d(2025, 1, 1), filters: { types: ['twinning'], pairs: [], query: '' } }).getState();
      expect(s.cursor).toBe(d(2024, 3, 1));
    });

    it('with an event and no date in the link, it opens on that event\'s first day', () => {
      expect(load({ today: () => d(2025, 1, 1), selectedId: 'patrol' }).getState().cursor).toBe(d(2024, 1, 10));
      // A date in the link wins over the event.
      expect(load({ today: () => d(2025, 1, 1), selectedId: 'patrol', cursor: d(2024, 3, 1) }).getState().cursor).toBe(d(2024, 3, 1));
      // An unknown event: the latest one.
      expect(load({ today: () => d(2025, 1, 1), selectedId: 'nope' }).getState().cursor).toBe(d(2024, 9, 1));
    });

    it('with filters that match nothing, the latest event of all', () => {
      const s = load({ today: () => d(2025, 1, 1), filters: { types: [], pairs: [], query: 'no such words' } }).getState();
      expect(s.filtered).toEqual([]);
      expect(s.cursor).toBe(d(2024, 9, 1));
    });

    it('a live reload moves a cursor left on the default to the newest event, never after today', () => {
      const store = load({ today: () => d(2024, 12, 1) }, EVENTS);
      expect(store.getState().cursor).toBe(d(2024, 6, 15));
      store.getState().setEvents([...EVENTS, event('news', '2024-11-20'), event('later', '2025-02-01', { status: 'planned' })]);
      expect(store.getState().cursor).toBe(d(2024, 11, 20));
      // And keeps following while the reader leaves it there.
      store.getState().setEvents([...EVENTS, event('news', '2024-11-20'), event('more', '2024-11-30')]);
      expect(store.getState().cursor).toBe(d(2024, 11, 30));
    });

    it('a live reload keeps a cursor the reader moved, and a cursor from a link', () => {
      const moved = load({ today: () => d(2024, 12, 1) }, EVENTS);
      moved.getState().setCursor(d(2024, 3, 1));
      moved.getState().setEvents([...EVENTS, event('news', '2024-11-20')]);
      expect(moved.getState().cursor).toBe(d(2024, 3, 1));
      const linked = load({ today: () => d(2024, 12, 1), cursor: d(2024, 6, 15) }, EVENTS);
      linked.getState().setEvents([...EVENTS, event('news', '2024-11-20')]);
      expect(linked.getState().cursor).toBe(d(2024, 6, 15));
    });

    it('a first load with no events, then a reload with some: the default applies then', () => {
      const store = load({ today: () => d(2024, 12, 1) }, []);
      store.getState().setEvents(EVENTS);
      expect(store.getState().cursor).toBe(d(2024, 6, 15));
    });
  });

  it('with no events, keeps the cursor and has no span', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en', cursor: 42 });
    store.getState().setEvents([]);
    expect(store.getState()).toMatchObject({ cursor: 42, span: null, filtered: [] });
  });

  it.each([
    ['an event that exists is kept', 'meeting', 'meeting'],
    ['an unknown event is dropped', 'no-such-event', null],
  ])('selection: %s', (_name, selectedId, expected) => {
    expect(fresh({ selectedId }).getState().selectedId).toBe(expected);
  });
});

describe('newSince (a live file reloaded)', () => {
  it('is empty after the first load', () => {
    expect(fresh().getState().newSince.size).toBe(0);
  });

  it('holds events added or changed since the first load, not those merely reordered', () => {
    const store = fresh({ selectedId: 'meeting' });
    store.getState().setCursor(d(2024, 3, 1));
    store.getState().setFilters({ types: ['high-level-meeting', 'twinning', 'agreement'] });
    const reordered = EVENTS.map((e) => Object.fromEntries(Object.entries(e).reverse()) as unknown as BorderEvent).reverse();
    store.getState().setEvents(reordered);
    expect([...store.getState().newSince]).toEqual([]);
    const corrected = { ...EVENTS[1]!, title: { ...EVENTS[1]!.title, fr: 'Rencontre corrigée' } };
    store.getState().setEvents([EVENTS[0]!, corrected, EVENTS[2]!, EVENTS[3]!, event('late', '2024-02-01')]);
    const s = store.getState();
    expect([...s.newSince].sort()).toEqual(['late', 'meeting']);
    // The reader keeps their place, selection and filters.
    expect(s.cursor).toBe(d(2024, 3, 1));
    expect(s.selectedId).toBe('meeting');
    expect(s.filters.types).toEqual(['high-level-meeting', 'twinning', 'agreement']);
  });

  it('compares with the first load, and keeps the same set when nothing new came', () => {
    const store = fresh();
    store.getState().setEvents([...EVENTS, event('late', '2024-02-01')]);
    const first = store.getState().newSince;
    store.getState().setEvents([...EVENTS, event('late', '2024-02-01')]);
    expect(store.getState().newSince).toBe(first);
    store.getState().setEvents(EVENTS);
    expect(store.getState().newSince.size).toBe(0);
  });

  it('ignores the order of keys at every depth, and sees a change at any depth', () => {
    const deepReverse = (value: unknown): unknown => (Array.isArray(value) ? value.map(deepReverse)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, deepReverse(v)])) : value);
    const store = fresh();
    store.getState().setEvents(EVENTS.map((e) => deepReverse(e) as BorderEvent));
    expect(store.getState().newSince.size).toBe(0);
    const movedSource = { ...EVENTS[0]!, source: { ...EVENTS[0]!.source, date: '2026-01-21' } };
    const patrolPlaces = { ...EVENTS[3]!, links: { ...EVENTS[3]!.links, places: ['gate-a'] } };
    store.getState().setEvents([movedSource, EVENTS[1]!, EVENTS[2]!, patrolPlaces].map((e) => deepReverse(e) as BorderEvent));
    expect([...store.getState().newSince].sort()).toEqual(['agreement', 'patrol']);
  });

  it('compares the fingerprints it is given (the worker computes them), computing none of its own', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents(EVENTS, undefined, [1, 2, 3, 4]);
    // The same events with one fingerprint changed: only the fingerprints are compared.
    store.getState().setEvents(EVENTS, undefined, [1, 2, 3, 5]);
    expect([...store.getState().newSince]).toEqual(['agreement']);
    store.getState().setEvents([...EVENTS].reverse(), undefined, [4, 3, 2, 1]);
    expect(store.getState().newSince.size).toBe(0);
  });

  it('agrees with fingerprints computed elsewhere: given at the first load, computed here for a reload, and the other way round', () => {
    const corrected = { ...EVENTS[1]!, title: { ...EVENTS[1]!.title, fr: 'Rencontre corrigée' } };
    const reload = [EVENTS[0]!, corrected, EVENTS[2]!, EVENTS[3]!, event('late', '2024-02-01')];
    const givenFirst = createViewerStore({ mode: 'explore', lang: 'en' });
    givenFirst.getState().setEvents(EVENTS, undefined, EVENTS.map(eventFingerprint));
    givenFirst.getState().setEvents(reload);
    const givenLater = createViewerStore({ mode: 'explore', lang: 'en' });
    givenLater.getState().setEvents(EVENTS);
    givenLater.getState().setEvents(reload, undefined, reload.map(eventFingerprint));
    for (const store of [givenFirst, givenLater]) expect([...store.getState().newSince].sort()).toEqual(['late', 'meeting']);
  });
});

describe('cursor and step', () => {
  it('setCursor rounds and clamps to the span', () => {
    const store = fresh();
    store.getState().setCursor(d(2024, 2, 1) + 0.4);
    expect(store.getState().cursor).toBe(d(2024, 2, 1));
    store.getState().setCursor(d(1999, 1, 1));
    expect(store.getState().cursor).toBe(d(2024, 1, 10));
  });

  it('steps from event date to event date, same-day events together, false at the ends', () => {
    const store = fresh({ cursor: d(2024, 1, 10) });
    const { step } = store.getState();
    expect(step(-1)).toBe(false);
    expect(step(1)).toBe(true);
    expect(store.getState().cursor).toBe(d(2024, 3, 1));
    expect(step(1)).toBe(true);
    expect(store.getState().cursor).toBe(d(2024, 6, 15));
    expect(step(1)).toBe(false);
    expect(store.getState().cursor).toBe(d(2024, 6, 15));
    expect(step(-1)).toBe(true);
    expect(store.getState().cursor).toBe(d(2024, 3, 1));
  });

  it('steps only over the filtered events', () => {
    const store = fresh({ cursor: d(2024, 1, 10) });
    store.getState().setFilters({ types: ['agreement'] });
    expect(store.getState().step(1)).toBe(true);
    expect(store.getState().cursor).toBe(d(2024, 6, 15));
  });
});

describe('filters', () => {
  it.each([
    ['a type', { types: ['twinning' as const] }, ['twinning']],
    ['a pair', { pairs: ['VN-CN' as const] }, ['meeting', 'agreement']],
    ['a place name, without diacritics', { query: 'nam can' }, ['patrol']],
    ['a title in any language', { query: 'tieu de meeting' }, ['meeting']],
  ])('%s recomputes filtered', (_name, filters, expected) => {
    const store = fresh();
    store.getState().setFilters(filters);
    expect(ids(store)).toEqual(expected);
  });

  it('merges partial filters and clears them again', () => {
    const store = fresh();
    store.getState().setFilters({ pairs: ['VN-CN'] });
    store.getState().setFilters({ types: ['agreement'] });
    expect(ids(store)).toEqual(['agreement']);
    store.getState().setFilters({ types: [], pairs: [] });
    expect(ids(store)).toHaveLength(4);
  });

  it('folds the search text only once a search needs it, and from the latest events', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    const asked: string[] = [];
    const names = (id: string) => { asked.push(id); return id === 'gate-a' ? ['Cửa khẩu Nậm Cắn'] : []; };
    store.getState().setEvents(EVENTS, names);
    store.getState().setFilters({ types: ['joint-patrol'] });
    // No search yet: no place name was looked up (issue 8: ~0.7 s of a 100k load).
    expect(asked).toEqual([]);
    store.getState().setFilters({ types: [], query: 'nam can' });
    expect(ids(store)).toEqual(['patrol']);
    expect(asked.length).toBeGreaterThan(0);
    // A reload renames nothing but drops the patrol: the search runs over the new events.
    store.getState().setEvents(EVENTS.filter((e) => e.id !== 'patrol'), names);
    expect(ids(store)).toEqual([]);
    store.getState().setEvents(EVENTS, () => []);
    expect(ids(store)).toEqual([]);
  });

  it('does not touch filtered when the cursor moves', () => {
    const store = fresh();
    const before = store.getState().filtered;
    store.getState().setCursor(d(2024, 2, 1));
    expect(store.getState().filtered).toBe(before);
  });
});

describe('display, selection and playback settings', () => {
  it('merges display settings', () => {
    const store = fresh();
    store.getState().setDisplay({ mode: 'window' });
    store.getState().setDisplay({ windowMonths: 12 });
    expect(store.getState().display).toEqual({ mode: 'window', windowMonths: 12 });
  });

  it('selects, plays, sets speed and loop', () => {
    const store = fresh();
    const s = store.getState();
    s.select('meeting');
    s.setPlaying(true);
    s.setSpeed('fast');
    s.setLoop(true);
    expect(store.getState()).toMatchObject({ selectedId: 'meeting', playing: true, speed: 'fast', loop: true });
  });
});

describe('cameraHeld (issue 17: a camera set explicitly is kept until the reader acts)', () => {
  const cam = { zoom: 7, lat: 16.6, lng: 106.7 };
  const loaded = (init: Partial<ViewerInit> = {}) => {
    const store = createViewerStore({ mode: 'embed', lang: 'en', ...init });
    store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2024-06-01' })]);
    return store;
  };

  it('is held from a link with a camera, not from a link with only an event', () => {
    expect(loaded({ camera: cam }).getState().cameraHeld).toBe(true);
    expect(loaded({ selectedId: 'a' }).getState().cameraHeld).toBe(false);
    expect(loaded().getState().cameraHeld).toBe(false);
  });

  it('holdCamera holds and sets the camera; the map reporting where it is does not release it', () => {
    const store = loaded();
    store.getState().holdCamera(cam);
    expect(store.getState()).toMatchObject({ camera: cam, cameraHeld: true });
    store.getState().setCamera({ zoom: 6, lat: 16, lng: 106 });
    expect(store.getState().cameraHeld).toBe(true);
    store.getState().setPlaying(false);
    expect(store.getState().cameraHeld).toBe(true);
  });

  const actions: Array<[string, (s: ReturnType<ReturnType<typeof loaded>['getState']>) => void]> = [
    ['select', (s) => s.select('b')],
    ['select(null)', (s) => s.select(null)],
    ['step', (s) => { s.step(-1); }],
    ['setCursor', (s) => s.setCursor(d(2024, 3, 1))],
    ['setPlaying(true)', (s) => s.setPlaying(true)],
    ['setFilters', (s) => s.setFilters({ query: 'x' })],
    ['setDisplay', (s) => s.setDisplay({ mode: 'cumulative' })],
    ['releaseCamera', (s) => s.releaseCamera()],
  ];
  for (const [name, act] of actions) {
    it(`the reader's ${name} releases it`, () => {
      const store = loaded({ camera: cam });
      act(store.getState());
      expect(store.getState().cameraHeld).toBe(false);
    });
  }
});
