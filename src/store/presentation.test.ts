import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber as d } from '../domain/dayNumber';
import { applyStep, eventSteps, initialStep, moveStep, presentCommand, sceneSteps } from './presentation';
import { createViewerStore } from './viewerStore';

const EVENTS = [
  makeEvent({ id: 'b', date: '2024-03-01', type: 'agreement', countries: ['VN', 'CN'] }),
  makeEvent({ id: 'a', date: '2024-01-10', type: 'joint-patrol' }),
  makeEvent({ id: 'c', date: '2024-06', type: 'exchange' }),
];

const store = () => {
  const s = createViewerStore({ mode: 'present', lang: 'en' });
  s.getState().setEvents(EVENTS);
  return s;
};

describe('a presentation of the record', () => {
  it('has one step per filtered event, in date order, at each event\'s start', () => {
    const s = store();
    expect(eventSteps(s.getState().filtered)).toEqual([
      { eventId: 'a', cursor: d(2024, 1, 10) },
      { eventId: 'b', cursor: d(2024, 3, 1) },
      { eventId: 'c', cursor: d(2024, 6, 1) },
    ]);
    s.getState().setFilters({ types: ['agreement'] });
    expect(eventSteps(s.getState().filtered).map((x) => x.eventId)).toEqual(['b']);
  });

  it('opens on the selected event, else on the first', () => {
    const steps = eventSteps(store().getState().filtered);
    expect(initialStep(steps, 'c')).toBe(2);
    expect(initialStep(steps, null)).toBe(0);
    expect(initialStep(steps, 'not-there')).toBe(0);
    expect(initialStep([], 'a')).toBe(-1);
  });

  it('applying a step sets filters, display, date and selection', () => {
    const s = store();
    applyStep(s, { eventId: 'b', cursor: d(2024, 3, 1), filters: { pairs: ['VN-CN'] }, display: { mode: 'window', windowMonths: 3 } });
    const st = s.getState();
    expect(st.selectedId).toBe('b');
    expect(st.cursor).toBe(d(2024, 3, 1));
    expect(st.filters.pairs).toEqual(['VN-CN']);
    expect(st.display).toEqual({ mode: 'window', windowMonths: 3 });
    expect(st.filtered.map((e) => e.event.id)).toEqual(['b']);
  });

  it('a step reaches subscribers as one change, never half applied (issue 17)', () => {
    const s = store();
    const seen: Array<[string | null, number, string]> = [];
    s.subscribe((st) => seen.push([st.selectedId, st.cursor, st.filters.pairs.join()]));
    applyStep(s, { eventId: 'b', cursor: d(2024, 3, 1), filters: { pairs: ['VN-CN'] }, display: { mode: 'window', windowMonths: 3 } });
    expect(seen).toEqual([['b', d(2024, 3, 1), 'VN-CN']]);
  });

  it('a step without filters or display keeps them, and its date is clamped to the span', () => {
    const s = store();
    s.getState().setFilters({ types: ['agreement'] });
    s.getState().setDisplay({ mode: 'in-force' });
    const { filtered, filters, display } = s.getState();
    applyStep(s, { eventId: null, cursor: d(2030, 1, 1) });
    const st = s.getState();
    expect(st.filtered).toBe(filtered);
    expect(st.filters).toBe(filters);
    expect(st.display).toBe(display);
    expect(st.cursor).toBe(st.span?.end);
    applyStep(s, { eventId: 'a', cursor: d(2000, 1, 1), display: { mode: 'in-force', windowMonths: 12 } });
    expect(s.getState().cursor).toBe(s.getState().span?.start);
    expect(s.getState().display).toEqual({ mode: 'in-force', windowMonths: 12 });
    expect(s.getState().selectedId).toBe('a');
  });

  it('records which step is shown with the step, in the same change, and forgets it on leaving (issue 15/17)', () => {
    const s = store();
    expect(s.getState().presentIndex).toBe(-1);
    const seen: Array<[number, string | null]> = [];
    s.subscribe((st) => seen.push([st.presentIndex, st.selectedId]));
    applyStep(s, { eventId: 'b', cursor: d(2024, 3, 1) }, 1);
    expect(s.getState().presentIndex).toBe(1);
    // One change: the index and the step's selection arrive together.
    expect(seen).toEqual([[1, 'b']]);
    // A step shown without its index (a live reload re-applying it) keeps the index.
    applyStep(s, { eventId: 'a', cursor: d(2024, 1, 1) });
    expect(s.getState().presentIndex).toBe(1);
    s.getState().setMode('explore');
    expect(s.getState().presentIndex).toBe(-1);
  });

  it('leaving the presentation stops playback', () => {
    const s = store();
    s.getState().setPlaying(true);
    s.getState().setMode('explore');
    expect(s.getState()).toMatchObject({ mode: 'explore', playing: false });
  });
});

describe('keys and moves', () => {
  it.each([
    ['ArrowRight', 'next'], ['PageDown', 'next'], [' ', 'next'], ['ArrowDown', 'next'],
    ['ArrowLeft', 'previous'], ['PageUp', 'previous'], ['ArrowUp', 'previous'],
    ['n', 'next'], ['N', 'next'], ['p', 'previous'], ['P', 'previous'],
    ['Home', 'first'], ['End', 'last'], ['Escape', 'exit'],
    ['b', 'blackout'], ['B', 'blackout'], ['.', 'blackout'], ['f', 'fullscreen'], ['a', 'autoplay'], ['x', null], ['Tab', null],
  ])('%j means %s', (key, command) => {
    expect(presentCommand(key)).toBe(command);
  });

  it('stops at either end', () => {
    expect(moveStep(0, 3, 'previous')).toBe(0);
    expect(moveStep(2, 3, 'next')).toBe(2);
    expect(moveStep(1, 3, 'next')).toBe(2);
    expect(moveStep(1, 3, 'first')).toBe(0);
    expect(moveStep(0, 3, 'last')).toBe(2);
    expect(moveStep(0, 0, 'next')).toBe(-1);
  });
});

describe('a briefing script as steps', () => {
  it('makes each scene a whole view, at its date or its event\'s first day', () => {
    const s = store();
    const steps = sceneSteps([
      { index: 0, event: 'b', types: ['agreement'], caption: { fr: 'Un', en: 'One', vi: 'Một' }, seconds: 12 },
      { index: 1, cursor: d(2024, 5, 1), display: 'window', windowMonths: 3, camera: { zoom: 6, lat: 16, lng: 106 } },
      { index: 2, event: 'gone' },
      { index: 3, event: 'c', cursor: d(2024, 7, 1) },
    ], s.getState().events, 6);
    expect(steps).toEqual([
      { eventId: 'b', cursor: d(2024, 3, 1), filters: { types: ['agreement'], pairs: [], query: '' }, display: { mode: 'cumulative', windowMonths: 6 }, caption: { fr: 'Un', en: 'One', vi: 'Một' }, seconds: 12 },
      { eventId: null, cursor: d(2024, 5, 1), filters: { types: [], pairs: [], query: '' }, display: { mode: 'window', windowMonths: 3 }, camera: { zoom: 6, lat: 16, lng: 106 } },
      { eventId: 'c', cursor: d(2024, 7, 1), filters: { types: [], pairs: [], query: '' }, display: { mode: 'cumulative', windowMonths: 6 } },
    ]);
    // Applying the second scene after the first clears the first one's filter.
    applyStep(s, steps[0]!);
    expect(s.getState().filtered.map((e) => e.event.id)).toEqual(['b']);
    applyStep(s, steps[1]!);
    expect(s.getState().filtered).toHaveLength(3);
    expect(s.getState().selectedId).toBeNull();
  });
});
