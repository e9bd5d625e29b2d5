import { describe, expect, it, vi } from 'vitest';
import { dayNumber } from '../../domain/dayNumber';
import { createViewerStore } from '../../store/viewerStore';
import { FIXTURES, MEETING, PATROL } from '../../ui/events/testing';
import { hostApi } from './hostApi';

/** A frame's window: its parent, and the message listener hostApi adds. */
function frame() {
  const told: unknown[] = [];
  const parent = { postMessage: (data: unknown, origin: string) => told.push({ data, origin }) };
  let listener: ((e: MessageEvent) => void) | null = null;
  const win = {
    parent,
    addEventListener: (_: string, l: (e: MessageEvent) => void) => { listener = l; },
    removeEventListener: () => { listener = null; },
  } as unknown as Window;
  const send = (data: unknown, source: unknown = parent) => listener?.({ data, source } as MessageEvent);
  return { win, parent, send, told, listening: () => listener !== null };
}

function setup(loaded = true) {
  const store = createViewerStore({ mode: 'embed', lang: 'en', today: () => dayNumber(2026, 1, 1) });
  if (loaded) store.getState().setEvents(FIXTURES);
  let resolve: () => void = () => undefined;
  const ready = loaded ? Promise.resolve() : new Promise<void>((r) => { resolve = r; });
  const deps = { languages: ['en', 'fr', 'vi'], ready, moveCamera: vi.fn(), setTheme: vi.fn() };
  const f = frame();
  const stop = hostApi(f.win, store, deps);
  return { store, deps, ...f, stop, load: () => { store.getState().setEvents(FIXTURES); resolve(); } };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('hostApi (issue 14)', () => {
  it('tells its parent it listens, once the listener is in (the article re-sends its theme then)', () => {
    const { told, listening } = setup(false);
    expect(listening()).toBe(true);
    expect(told).toEqual([{ data: { type: 'border-map:ready' }, origin: '*' }]);
  });

  it('applies a view from the parent: filters, display, date, selection and camera', async () => {
    const { store, deps, send } = setup();
    await tick();
    send({ type: 'border-map:view', view: { date: '2024-03-02', event: MEETING.id, types: 'high-level-meeting', q: '', display: 'window', window: '12', camera: '7/16.6/106.7' } });
    const s = store.getState();
    expect(s.cursor).toBe(dayNumber(2024, 3, 2));
    expect(s.selectedId).toBe(MEETING.id);
    expect(s.filters.types).toEqual(['high-level-meeting']);
    expect(s.display).toEqual({ mode: 'window', windowMonths: 12 });
    expect(deps.moveCamera).toHaveBeenCalledWith({ zoom: 7, lat: 16.6, lng: 106.7 });
    // The view's camera is held for its event: the embed's card does not pan away from it.
    expect(s.cameraHeld).toBe(true);
  });

  it('an event alone moves the timeline to it; event "" clears the selection; types "" clears the filter', async () => {
    const { store, send } = setup();
    await tick();
    send({ type: 'border-map:view', view: { event: PATROL.id, types: 'joint-patrol' } });
    expect(store.getState().cursor).toBe(dayNumber(2024, 1, 15));
    expect(store.getState().selectedId).toBe(PATROL.id);
    // No camera in the view: the card may bring the symbol into view.
    expect(store.getState().cameraHeld).toBe(false);
    send({ type: 'border-map:view', view: { event: '', types: '' } });
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters.types).toEqual([]);
  });

  it.each([
    ['from another window', { type: 'border-map:view', view: { date: '2024-03-02' } }, {}],
    ['with a bad date', { type: 'border-map:view', view: { date: '2024-02-30', event: MEETING.id } }, undefined],
    ['with an event not in the data', { type: 'border-map:view', view: { date: '2024-03-02', event: 'no-such-event' } }, undefined],
    ['with a key a view has not', { type: 'border-map:view', view: { date: '2024-03-02', mode: 'present' } }, undefined],
    ['with a view as a string', { type: 'border-map:view', view: 'date=2024-03-02' }, undefined],
    ['of another type', { type: 'border-map:state', view: { date: '2024-03-02' } }, undefined],
    ['as a bare string', 'border-map:play', undefined],
  ])('changes nothing for a message %s', async (_, message, source) => {
    const { store, deps, send } = setup();
    await tick();
    const before = store.getState();
    send(message, source);
    const after = store.getState();
    expect([after.cursor, after.selectedId, after.filters, after.display, after.playing]).toEqual([before.cursor, before.selectedId, before.filters, before.display, before.playing]);
    expect(deps.moveCamera).not.toHaveBeenCalled();
  });

  it('keeps the latest view until the events are in', async () => {
    const { store, send, load } = setup(false);
    send({ type: 'border-map:view', view: { date: '2024-01-15' } });
    send({ type: 'border-map:view', view: { date: '2024-03-02', event: MEETING.id } });
    load();
    await tick();
    expect(store.getState().cursor).toBe(dayNumber(2024, 3, 2));
    expect(store.getState().selectedId).toBe(MEETING.id);
  });

  it('plays, pauses (a view pauses too) and switches the theme to a valid one only', async () => {
    const { store, deps, send } = setup();
    await tick();
    send({ type: 'border-map:play' });
    expect(store.getState().playing).toBe(true);
    send({ type: 'border-map:view', view: { date: '2024-01-15' } });
    expect(store.getState().playing).toBe(false);
    send({ type: 'border-map:play' });
    send({ type: 'border-map:pause' });
    expect(store.getState().playing).toBe(false);
    send({ type: 'border-map:theme', theme: 'black' });
    send({ type: 'border-map:theme', theme: 'dark' });
    expect(deps.setTheme).toHaveBeenCalledTimes(1);
    expect(deps.setTheme).toHaveBeenCalledWith('dark');
  });

  it('does not listen outside a frame, and stops when told', () => {
    const store = createViewerStore({ mode: 'embed', lang: 'en' });
    const f = frame();
    (f.win as { parent: unknown }).parent = f.win;
    hostApi(f.win, store, { languages: ['en'], ready: Promise.resolve(), moveCamera: vi.fn(), setTheme: vi.fn() });
    expect(f.listening()).toBe(false);
    const g = setup();
    expect(g.listening()).toBe(true);
    g.stop();
    expect(g.listening()).toBe(false);
  });
});
