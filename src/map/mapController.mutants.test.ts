import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import { dayNumber } from '../domain/dayNumber';
import type { GeoCollection, Geography } from '../domain/geography';
import { DISPLAY_MODES, isVisible, timeEvents, type DisplaySettings, type TimedEvent } from '../domain/timeline';
import { createFakeMap } from './fakeMap';
import { createMapController, type EventLayerLike } from './mapController';

// Issue 17: the hit test ignoring visibility, or ignoring the filters, survived
// the unit tests. A click must never select what is not drawn: each event sits
// alone on its own spot here, and a click on that spot must find it exactly
// when the domain says it is visible and it passes the filters.

const fc = (): GeoCollection => ({ type: 'FeatureCollection', features: [] });
const geo: Geography = { countries: fc(), provinces: fc(), borders: fc(), places: fc() };
const raw = [
  makeEvent({ id: 'meeting-2022', date: '2022-06-01/2022-06-04' }),
  makeEvent({ id: 'agreement-2023', type: 'agreement', date: '2023-05-10', inForce: { from: '2023-06-01', until: '2024-12-31' } }),
  makeEvent({ id: 'agreement-open', type: 'agreement', date: '2024-02-01', inForce: { from: '2024-02-01' } }),
  makeEvent({ id: 'twinning-2025', type: 'twinning', date: '2025-03-15' }),
  makeEvent({ id: 'month-2025', date: '2025-07' }),
  makeEvent({ id: 'exchange-2026', date: '2026-01-15' }),
];
const events = timeEvents(raw);
// Each event at its own spot, 1° apart; one pixel per 1/100°.
const spot = new Map(events.map((e, i) => [e.event.id, { lon: 100 + i, lat: 15 }]));
const anchors: AnchorIndex = { anchorsOf: (e) => [{ id: `at-${e.id}`, ...spot.get(e.id)! }] };
const project = (lon: number, lat: number) => ({ x: lon * 100, y: lat * 100 });

function controller() {
  const layer: EventLayerLike = {
    state: { cursor: 0, mode: 0, windowDays: 0, newest: -1e9, emphasisDays: 31, selected: -1, appearFrom: -1e9, appearStart: -Infinity, appearMs: 600, size: 10 },
    setBuffers: () => {}, setMask: () => {},
  };
  const c = createMapController(createFakeMap([]), geo, layer);
  c.setEvents(events, anchors);
  return c;
}
const clickOn = (c: ReturnType<typeof controller>, id: string) => {
  const p = spot.get(id)!;
  const { x, y } = project(p.lon, p.lat);
  return c.hitTest(project, x, y, 8)?.event.id ?? null;
};

const cursors = [dayNumber(2022, 6, 2), dayNumber(2023, 7, 1), dayNumber(2024, 6, 1), dayNumber(2025, 3, 15), dayNumber(2025, 8, 1), dayNumber(2026, 2, 1), dayNumber(2027, 6, 1)];
const displays: DisplaySettings[] = DISPLAY_MODES.flatMap((mode) => [3, 12].map((windowMonths) => ({ mode, windowMonths })));
const filterSets: Array<[string, (e: TimedEvent) => boolean]> = [
  ['no filter', () => true],
  ['agreements only', (e) => e.event.type === 'agreement'],
  ['no agreements', (e) => e.event.type !== 'agreement'],
];

describe('the hit test finds only what is drawn', () => {
  it.each(filterSets)('matches the domain at every cursor and display mode (%s)', (_name, pass) => {
    const c = controller();
    const filtered = events.filter(pass);
    c.setFiltered(filtered);
    let hits = 0, misses = 0;
    for (const cursor of cursors) {
      for (const display of displays) {
        c.setTime(cursor, display);
        for (const e of events) {
          const drawn = pass(e) && isVisible(e, cursor, display);
          const where = `${e.event.id} at day ${cursor}, ${display.mode}/${display.windowMonths}`;
          expect(clickOn(c, e.event.id), where).toBe(drawn ? e.event.id : null);
          if (drawn) hits++; else misses++;
        }
        expect(c.visibleIds().sort()).toEqual(events.filter((e) => pass(e) && isVisible(e, cursor, display)).map((e) => e.event.id).sort());
      }
    }
    // The grid really tries both answers.
    expect(hits).toBeGreaterThan(5);
    expect(misses).toBeGreaterThan(5);
  });

  it('never picks a hidden event over nothing, even when it is the only one near', () => {
    const c = controller();
    c.setTime(dayNumber(2022, 1, 1), { mode: 'cumulative', windowMonths: 6 });
    expect(clickOn(c, 'exchange-2026')).toBeNull();
    c.setTime(dayNumber(2026, 2, 1), { mode: 'cumulative', windowMonths: 6 });
    expect(clickOn(c, 'exchange-2026')).toBe('exchange-2026');
    c.setFiltered(events.filter((e) => e.event.id !== 'exchange-2026'));
    expect(clickOn(c, 'exchange-2026')).toBeNull();
  });
});
