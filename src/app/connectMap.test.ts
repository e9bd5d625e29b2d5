import { describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber } from '../domain/dayNumber';
import type { MapController, MapHandle } from '../map';
import { createViewerStore } from '../store/viewerStore';
import { connectMap } from './connectMap';

function fakeHandle() {
  const controller = {
    setProvinceDate: vi.fn(), setCountryNames: vi.fn(), setEvents: vi.fn(), setFiltered: vi.fn(), setTime: vi.fn(),
    setSelected: vi.fn(), hitTest: vi.fn(), visibleIds: vi.fn(), visiblePoints: vi.fn(), fitRegion: vi.fn(), follow: vi.fn(), frame: vi.fn(), clearPadding: vi.fn(), setMarkerSize: vi.fn(), setProjector: vi.fn(), destroy: vi.fn(),
  } satisfies Record<keyof MapController, unknown>;
  const handle = { controller, renderedIds: vi.fn(), whenIdle: vi.fn(), resize: vi.fn(), project: vi.fn(), onMove: vi.fn() } as unknown as MapHandle;
  return { handle, controller };
}

describe('connectMap', () => {
  it('feeds the map plain values, and a step only as setTime and setProvinceDate', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2025-08-01' })]);
    const { handle, controller } = fakeHandle();
    const off = connectMap(store, handle, { anchorsOf: () => [] });
    expect(controller.setEvents).toHaveBeenCalledTimes(1);
    store.getState().setCursor(dayNumber(2024, 6, 1));
    expect(controller.setTime).toHaveBeenLastCalledWith(dayNumber(2024, 6, 1), store.getState().display);
    expect(controller.setProvinceDate).toHaveBeenLastCalledWith('2024-06-01');
    expect(controller.setEvents).toHaveBeenCalledTimes(1);
    expect(controller.setFiltered).toHaveBeenCalledTimes(1);
    store.getState().setFilters({ types: ['twinning'] });
    expect(controller.setFiltered).toHaveBeenCalledTimes(2);
    store.getState().select('b');
    expect(controller.setSelected).toHaveBeenLastCalledWith('b');
    off();
    store.getState().setCursor(dayNumber(2024, 7, 1));
    expect(controller.setTime).not.toHaveBeenLastCalledWith(dayNumber(2024, 7, 1), expect.anything());
  });
});

describe('connectMap and the camera', () => {
  it('brings a selected event in, from the link without a flight, and the newest event while playing', () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en', selectedId: 'a' });
    store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' }), makeEvent({ id: 'b', date: '2025-08-01' })]);
    const { handle, controller } = fakeHandle();
    connectMap(store, handle, { anchorsOf: () => [] });
    expect(controller.follow).toHaveBeenLastCalledWith(['a'], { animate: false });
    store.getState().select('b');
    expect(controller.follow).toHaveBeenLastCalledWith(['b']);
    store.getState().select(null);
    controller.follow.mockClear();
    store.getState().setCursor(dayNumber(2024, 6, 1));
    expect(controller.follow).not.toHaveBeenCalled(); // a scrub: the reader's camera stays
    store.getState().setPlaying(true);
    store.getState().setCursor(dayNumber(2025, 8, 2));
    expect(controller.follow).toHaveBeenLastCalledWith(['b']);
  });

  it('leaves the presentation\'s camera to its scenes', () => {
    const store = createViewerStore({ mode: 'present', lang: 'en', selectedId: 'a' });
    store.getState().setEvents([makeEvent({ id: 'a', date: '2024-01-01' })]);
    const { handle, controller } = fakeHandle();
    connectMap(store, handle, { anchorsOf: () => [] });
    store.getState().select(null);
    store.getState().select('a');
    expect(controller.follow).not.toHaveBeenCalled();
  });
});
