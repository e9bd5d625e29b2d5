import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import { dayNumber } from '../domain/dayNumber';
import type { GeoCollection } from '../domain/geography';
import { isVisible } from '../domain/timeline';
import type { MapHandle } from '../map';
import { createFakeMap } from '../map/fakeMap';
import { createMapController, type EventLayerLike } from '../map/mapController';
import { createViewerStore } from '../store/viewerStore';
import { connectMap } from './connectMap';

// Issue 17: dropping `display` from what tells the map to redraw survived the
// unit tests. Here the real controller runs on the fake map, and what it says
// is drawn is compared with the domain after each change in the store.

const fc = (): GeoCollection => ({ type: 'FeatureCollection', features: [] });
const anchors: AnchorIndex = { anchorsOf: (e) => [{ id: e.id, lon: 106, lat: 16 }] };

function connected() {
  const store = createViewerStore({ mode: 'explore', lang: 'en' });
  store.getState().setEvents([
    makeEvent({ id: 'old-meeting', date: '2022-03-01' }),
    makeEvent({ id: 'accord', type: 'agreement', date: '2023-05-10', inForce: { from: '2023-06-01', until: '2024-12-31' } }),
    makeEvent({ id: 'recent', date: '2025-08-01' }),
  ]);
  const layer: EventLayerLike = {
    state: { cursor: 0, mode: 0, windowDays: 0, newest: -1e9, emphasisDays: 31, selected: -1, appearFrom: -1e9, appearStart: -Infinity, appearMs: 600, size: 10 },
    setBuffers: () => {}, setMask: () => {},
  };
  const controller = createMapController(createFakeMap([]), { countries: fc(), provinces: fc(), borders: fc(), places: fc() }, layer);
  const off = connectMap(store, { controller } as unknown as MapHandle, anchors);
  const expected = () => {
    const s = store.getState();
    return s.filtered.filter((e) => isVisible(e, s.cursor, s.display)).map((e) => e.event.id);
  };
  return { store, controller, off, expected };
}

describe('connectMap keeps what the map draws equal to what the store says', () => {
  it('redraws when only the display mode or window changes', () => {
    const { store, controller, off, expected } = connected();
    store.getState().setCursor(dayNumber(2025, 9, 1));
    expect(controller.visibleIds()).toEqual(['old-meeting', 'accord', 'recent']);
    store.getState().setDisplay({ mode: 'window', windowMonths: 3 });
    expect(controller.visibleIds()).toEqual(['recent']);
    expect(controller.visibleIds()).toEqual(expected());
    store.getState().setDisplay({ mode: 'in-force' });
    expect(controller.visibleIds()).toEqual([]);
    store.getState().setCursor(dayNumber(2024, 3, 1));
    expect(controller.visibleIds()).toEqual(['accord']);
    store.getState().setDisplay({ mode: 'window', windowMonths: 3 });
    expect(controller.visibleIds()).toEqual([]);
    // Only the window's length changes.
    store.getState().setDisplay({ windowMonths: 12 });
    expect(controller.visibleIds()).toEqual(['accord']);
    expect(controller.visibleIds()).toEqual(expected());
    off();
  });

  it('redraws on cursor, filter and data changes, and stops when disconnected', () => {
    const { store, controller, off, expected } = connected();
    store.getState().setCursor(dayNumber(2022, 4, 1));
    expect(controller.visibleIds()).toEqual(['old-meeting']);
    store.getState().setFilters({ types: ['agreement'] });
    store.getState().setCursor(dayNumber(2024, 1, 1));
    expect(controller.visibleIds()).toEqual(expected());
    expect(controller.visibleIds()).toEqual(['accord']);
    store.getState().setEvents([makeEvent({ id: 'new-agreement', type: 'agreement', date: '2023-01-01' })]);
    expect(controller.visibleIds()).toEqual(expected());
    expect(controller.visibleIds()).toEqual(['new-agreement']);
    off();
    store.getState().setFilters({ types: [] });
    expect(controller.visibleIds()).toEqual(['new-agreement']);
  });
});
