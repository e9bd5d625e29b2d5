import { describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber } from '../domain/dayNumber';
import type { MapController, MapHandle } from '../map';
import { createViewerStore } from '../store/viewerStore';
import { connectMap } from './connectMap';

function fakeHandle() {
  const controller = {
    setProvinceDate: vi.fn(),
    setAllProvinces: vi.fn(), setCountryNames: vi.fn(), setEvents: vi.fn(), setFiltered: vi.fn(), setTime: vi.fn(),
    setSelected: vi.fn(), hitTest: vi.fn(), visibleIds: vi.fn(), visiblePoints: vi.fn(), fitRegion: vi.fn(), follow: vi.fn(), framePair: vi.fn(), frameOpening: vi.fn(), panPoint: vi.fn(), anyInView: vi.fn(() => true), frame: vi.fn(), clearPadding: vi.fn(), cameraHeld: vi.fn(() => false), setMarkerSize: vi.fn(), setProjector: vi.fn(), setLitSelectedOnly: vi.fn(), destroy: vi.fn(),
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
    expect(controller.follow).toHaveBeenLastCalledWith(['a'], { animate: false, chosen: true });
    store.getState().select('b');
    expect(controller.follow).toHaveBeenLastCalledWith(['b'], { chosen: true });
    store.getState().select(null);
    controller.follow.mockClear();
    store.getState().setCursor(dayNumber(2024, 6, 1));
    expect(controller.follow).not.toHaveBeenCalled(); // a scrub: the reader's camera stays
    store.getState().setPlaying(true);
    store.getState().setCursor(dayNumber(2025, 8, 2));
    expect(controller.follow).toHaveBeenLastCalledWith(['b'], expect.anything());
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

describe('connectMap: the issue 13 review', () => {
  // A link's camera (kept as it is) is the store's cameraHeld, applied by the map's moves: cameraMoves.test.ts.
  it('a link filtered to one border opens on that border without a flight', () => {
    const open = (pairs: ('VN-CN' | 'VN-LA')[]) => {
      const store = createViewerStore({ mode: 'explore', lang: 'en', filters: { types: [], pairs, query: '' } });
      store.getState().setEvents([
        makeEvent({ id: 'la', date: '2024-01-01', countries: ['VN', 'LA'] }),
        makeEvent({ id: 'cn', date: '2025-08-01', countries: ['VN', 'CN'] }),
      ]);
      const { handle, controller } = fakeHandle();
      controller.visibleIds.mockImplementation(() => store.getState().filtered.map((e) => e.event.id));
      connectMap(store, handle, { anchorsOf: () => [] }, () => 0);
      return controller;
    };
    expect(open(['VN-CN']).framePair).toHaveBeenCalledWith('VN-CN', ['cn'], { animate: false });
    expect(open(['VN-CN', 'VN-LA']).framePair).not.toHaveBeenCalled();
    expect(open([]).framePair).not.toHaveBeenCalled();
  });

  it('with no camera, event or border in the link, opens on the story: the focus provinces, alone on a desktop (issue 13\'s two scales)', () => {
    const open = (selectedId?: string, pairs: ('VN-CN' | 'VN-LA')[] = []) => {
      const store = createViewerStore({ mode: 'explore', lang: 'en', filters: { types: [], pairs, query: '' }, ...(selectedId ? { selectedId } : {}) });
      store.getState().setEvents([makeEvent({ id: 'la', date: '2024-01-01', countries: ['VN', 'LA'] }), makeEvent({ id: 'cn', date: '2025-08-01', countries: ['VN', 'CN'] })]);
      const { handle, controller } = fakeHandle();
      controller.visibleIds.mockImplementation(() => store.getState().filtered.map((e) => e.event.id));
      connectMap(store, handle, { anchorsOf: () => [] }, () => 0);
      return controller;
    };
    expect(open().frameOpening).toHaveBeenCalledWith(['la', 'cn'], { focus: true });
    expect(open('la').frameOpening).not.toHaveBeenCalled();
    expect(open(undefined, ['VN-CN']).frameOpening).not.toHaveBeenCalled();
  });

  const load = () => {
    const store = createViewerStore({ mode: 'explore', lang: 'en' });
    store.getState().setEvents([
      makeEvent({ id: 'la', date: '2024-01-01', countries: ['VN', 'LA'] }),
      makeEvent({ id: 'cn', date: '2025-08-01', countries: ['VN', 'CN'] }),
    ]);
    const { handle, controller } = fakeHandle();
    controller.visibleIds.mockImplementation(() => store.getState().filtered.map((e) => e.event.id));
    connectMap(store, handle, { anchorsOf: () => [] }, () => 120);
    return { store, controller };
  };

  it('ticking one border frames it with its visible events; two borders or the same again do not move the camera', () => {
    const { store, controller } = load();
    store.getState().setFilters({ pairs: ['VN-CN'] });
    expect(controller.framePair).toHaveBeenLastCalledWith('VN-CN', ['cn']);
    store.getState().setFilters({ pairs: ['VN-CN', 'VN-LA'] });
    expect(controller.framePair).toHaveBeenCalledTimes(1);
    store.getState().setFilters({ pairs: ['VN-LA'] });
    expect(controller.framePair).toHaveBeenLastCalledWith('VN-LA', ['la']);
    store.getState().setFilters({ types: ['twinning'] });
    expect(controller.framePair).toHaveBeenCalledTimes(2);
  });

  it('clearing the borders moves the camera only when nothing shown is in view', () => {
    const { store, controller } = load();
    store.getState().setFilters({ pairs: ['VN-CN'] });
    controller.anyInView.mockReturnValue(true);
    store.getState().setFilters({ pairs: [] });
    expect(controller.anyInView).toHaveBeenLastCalledWith(['la', 'cn']);
    expect(controller.fitRegion).not.toHaveBeenCalled();
    store.getState().setFilters({ pairs: ['VN-CN'] });
    controller.anyInView.mockReturnValue(false);
    store.getState().setFilters({ pairs: [] });
    expect(controller.fitRegion).toHaveBeenCalledWith({ animate: true });
  });

  it('an event followed during Play is kept below the caption card (top padding)', () => {
    const { store, controller } = load();
    store.getState().setCursor(dayNumber(2024, 6, 1));
    store.getState().setPlaying(true);
    store.getState().setCursor(dayNumber(2025, 8, 2));
    // Play follows only what lies in the story region (session 9 reader review: it flew out to Beijing).
    expect(controller.follow).toHaveBeenLastCalledWith(['cn'], { padding: { top: 120, right: 0, bottom: 0, left: 0 }, storyOnly: true });
  });

  it('a step (not playing) follows wherever the event is', () => {
    const { store, controller } = load();
    store.getState().setCursor(dayNumber(2024, 6, 1));
    store.getState().setCursor(dayNumber(2025, 8, 1)); // lands on the event's day: a step
    expect(controller.follow).toHaveBeenLastCalledWith(['cn'], { padding: { top: 120, right: 0, bottom: 0, left: 0 } });
  });
});
