import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { AnchorIndex } from '../domain/anchors';
import { dayNumber } from '../domain/dayNumber';
import { MARKER_SPACING } from '../domain/markerSpread';
import type { GeoCollection, Geography } from '../domain/geography';
import { timeEvents } from '../domain/timeline';
import { createFakeMap } from './fakeMap';
import type { EventLayerState } from './eventLayer';
import type { EventBuffers } from './eventBuffers';
import { createMapController, linkLines, type EventLayerLike } from './mapController';
import { grow } from '../domain/storyFraming';
import { KEEPOUT_SYMBOL_LIMIT } from './keepout';

const fc = (): GeoCollection => ({ type: 'FeatureCollection', features: [] });
const geo: Geography = { countries: fc(), provinces: fc(), borders: fc(), places: fc() };
const anchors: AnchorIndex = {
  anchorsOf: (e) => [...e.links.places, ...e.links.districts].map((id, i) => ({ id, lon: 106 + i, lat: 16 + i })),
};
const placed = (places: string[], districts: string[] = []) => ({ places, provinces: ['vn-quang-tri-2025'], districts, borders: [] });

function fakeLayer() {
  const state: EventLayerState = {
    cursor: 0, mode: 0, windowDays: 0, newest: -1e9, emphasisDays: 31, selected: -1,
    appearFrom: -1e9, appearStart: -Infinity, appearMs: 600, size: 10,
  };
  const calls: { buffers: EventBuffers[]; masks: Float32Array[] } = { buffers: [], masks: [] };
  const layer: EventLayerLike = {
    state,
    setBuffers: (b, m) => { calls.buffers.push(b); calls.masks.push(m); },
    setMask: (m) => { calls.masks.push(m); },
  };
  return { layer, calls };
}

const events = timeEvents([
  makeEvent({ id: 'meeting', date: '2022-06-01/2022-06-04', links: placed(['place-khe-sanh']) }),
  makeEvent({ id: 'twinning', type: 'twinning', date: '2026-01-15', links: placed(['place-khe-sanh'], ['district-la-sepon', 'district-la-nong']) }),
]);
const cumulative = { mode: 'cumulative' as const, windowMonths: 6 };

describe('map controller and events', () => {
  it('builds buffers once and turns a step into uniforms, not GeoJSON', () => {
    const map = createFakeMap(['event-links']);
    const { layer, calls } = fakeLayer();
    const c = createMapController(map, geo, layer, { now: () => 1000 });
    c.setEvents(events, anchors);
    expect(calls.buffers).toHaveLength(1);
    c.setTime(dayNumber(2022, 6, 2), cumulative);
    const setDataBefore = map.callsOf('setData').length;
    // The same symbols drawn: no GeoJSON at all (the labels' keepout boxes change only with them, keepout.ts).
    c.setTime(dayNumber(2023, 1, 1), cumulative);
    expect(layer.state.cursor).toBe(dayNumber(2023, 1, 1));
    expect(layer.state.newest).toBe(dayNumber(2022, 6, 1));
    expect(map.callsOf('setData')).toHaveLength(setDataBefore);
    expect(calls.buffers).toHaveLength(1);
  });

  it('gives the labels a keepout box per drawn symbol, rebuilt only when the drawn set or the size changes', () => {
    const map = createFakeMap(['event-links']);
    const { layer } = fakeLayer();
    const c = createMapController(map, geo, layer, { now: () => 1000 });
    c.setEvents(events, anchors);
    c.setMarkerSize(15);
    const keepouts = () => map.callsOf('setData').filter(([id]) => id === 'keepout-symbols').map(([, d]) => d as { features: Array<{ properties: { image: string; offset: number[] } }> });
    c.setTime(dayNumber(2022, 6, 2), cumulative);
    const one = keepouts().at(-1)!;
    // The meeting at Khe Sanh: one box of the symbol's size (15 px) and a 3 px margin, rounded up to 4 px cells.
    expect(one.features.map((f) => f.properties.image)).toEqual(['keepout-24x24']);
    const n = keepouts().length;
    c.setTime(dayNumber(2023, 1, 1), cumulative);
    expect(keepouts()).toHaveLength(n);
    // The twinning comes in: a second symbol at Khe Sanh, spread above the first (markerSpread), with its own box.
    c.setTime(dayNumber(2026, 2, 1), cumulative);
    const two = keepouts().at(-1)!;
    expect(two.features).toHaveLength(2);
    expect(two.features.map((f) => f.properties.offset[1]! < 0)).toContain(true);
    c.setMarkerSize(30);
    expect(keepouts().at(-1)!.features[0]!.properties.image).toBe('keepout-36x36');
  });

  it('gives no symbol a keepout box past KEEPOUT_SYMBOL_LIMIT drawn symbols (a large record)', () => {
    const map = createFakeMap(['event-links']);
    const { layer } = fakeLayer();
    const c = createMapController(map, geo, layer, { now: () => 1000 });
    const many = timeEvents(Array.from({ length: KEEPOUT_SYMBOL_LIMIT + 1 }, (_, i) => makeEvent({ id: `e${i}`, date: '2024-01-01', links: placed([`place-${i}`]) })));
    // Each at a place of its own, so no two share a box.
    const apart: AnchorIndex = { anchorsOf: (e) => [{ id: e.id, lon: 100 + Number(e.id.slice(1)) * 0.05, lat: 16 }] };
    c.setEvents(many, apart);
    const keepouts = () => map.callsOf('setData').filter(([id]) => id === 'keepout-symbols').map(([, d]) => d as { features: unknown[] });
    c.setTime(dayNumber(2023, 1, 1), cumulative);
    c.setTime(dayNumber(2024, 6, 1), cumulative);
    expect(keepouts().at(-1)?.features ?? []).toHaveLength(0);
    // At the limit itself every drawn symbol still has its box.
    const c2map = createFakeMap(['event-links']);
    const c2 = createMapController(c2map, geo, fakeLayer().layer, { now: () => 1000 });
    c2.setEvents(many.slice(0, KEEPOUT_SYMBOL_LIMIT), apart);
    c2.setTime(dayNumber(2024, 6, 1), cumulative);
    const last = c2map.callsOf('setData').filter(([id]) => id === 'keepout-symbols').at(-1)?.[1] as { features: unknown[] } | undefined;
    expect(last?.features).toHaveLength(KEEPOUT_SYMBOL_LIMIT);
  });

  it('starts the appearance effect when a newer event comes into view, not when going back', () => {
    const map = createFakeMap([]);
    const { layer } = fakeLayer();
    let t = 0;
    const c = createMapController(map, geo, layer, { now: () => t });
    c.setEvents(events, anchors);
    c.setTime(dayNumber(2022, 6, 10), cumulative);
    t = 5000;
    c.setTime(dayNumber(2026, 1, 15), cumulative);
    expect(layer.state.appearStart).toBe(5000);
    expect(layer.state.appearFrom).toBe(dayNumber(2022, 6, 1));
    c.setTime(dayNumber(2023, 1, 1), cumulative);
    expect(layer.state.appearStart).toBe(-Infinity);
  });

  it('does not animate under reduced motion', () => {
    const { layer } = fakeLayer();
    const c = createMapController(createFakeMap([]), geo, layer, { reducedMotion: true, now: () => 42 });
    c.setEvents(events, anchors);
    c.setTime(dayNumber(2022, 1, 1), cumulative);
    c.setTime(dayNumber(2026, 2, 1), cumulative);
    expect(layer.state.appearStart).toBe(-Infinity);
  });

  it('lights what the emphasised event links, and only changes feature-state when that changes', () => {
    const map = createFakeMap(['event-links']);
    const c = createMapController(map, geo, fakeLayer().layer);
    c.setEvents(events, anchors);
    c.setTime(dayNumber(2026, 1, 20), cumulative);
    const lit = map.callsOf('setFeatureState').filter((a) => (a[1] as { lit: boolean }).lit);
    expect(lit.map((a) => (a[0] as { id: string }).id)).toEqual(expect.arrayContaining(['vn-quang-tri-2025', 'place-khe-sanh', 'district-la-sepon']));
    const n = map.callsOf('setFeatureState').length;
    c.setTime(dayNumber(2026, 1, 21), cumulative);
    expect(map.callsOf('setFeatureState')).toHaveLength(n);
    expect(JSON.stringify(map.callsOf('setFilter').at(-1))).toContain('twinning');
  });

  it('lights only the selected event when asked (a briefing, issue 15 review), the group again after', () => {
    const map = createFakeMap(['event-links']);
    const c = createMapController(map, geo, fakeLayer().layer);
    c.setEvents(events, anchors);
    c.setSelected('meeting');
    c.setLitSelectedOnly(true);
    // The twinning is the newest event at the cursor (emphasised); only the selected meeting is lit.
    c.setTime(dayNumber(2026, 1, 20), cumulative);
    const litNow = () => {
      const state = new Map<string, boolean>();
      for (const a of map.callsOf('setFeatureState')) state.set((a[0] as { id: string }).id, (a[1] as { lit: boolean }).lit);
      return [...state].filter(([, on]) => on).map(([id]) => id).sort();
    };
    expect(litNow()).toEqual(['place-khe-sanh', 'vn-quang-tri-2025']);
    expect(JSON.stringify(map.callsOf('setFilter').at(-1))).not.toContain('twinning');
    c.setLitSelectedOnly(false);
    expect(litNow()).toEqual(expect.arrayContaining(['district-la-sepon']));
  });

  it('lights once for many steps made before the next frame', () => {
    const map = createFakeMap(['event-links']);
    const queue: Array<() => void> = [];
    const c = createMapController(map, geo, fakeLayer().layer, { schedule: (w) => queue.push(w) });
    c.setEvents(events, anchors);
    for (let day = 1; day <= 20; day++) c.setTime(dayNumber(2026, 1, day), cumulative);
    expect(queue).toHaveLength(1);
    expect(map.callsOf('setFeatureState')).toHaveLength(0);
    queue.shift()!();
    const lit = map.callsOf('setFeatureState').filter((a) => (a[1] as { lit: boolean }).lit).map((a) => (a[0] as { id: string }).id);
    expect(lit).toContain('place-khe-sanh');
  });

  it('rewrites the filter mask only when the filtered list changes', () => {
    const { layer, calls } = fakeLayer();
    const c = createMapController(createFakeMap([]), geo, layer);
    c.setEvents(events, anchors);
    expect(c.setFiltered(events)).toBe(false);
    const onlyTwinning = events.filter((e) => e.event.type === 'twinning');
    expect(c.setFiltered(onlyTwinning)).toBe(true);
    expect([...calls.masks.at(-1)!]).toEqual([0, 1]);
  });

  it('hit-tests the visible event nearest the pointer, by the same rule as the GPU', () => {
    const { layer } = fakeLayer();
    const c = createMapController(createFakeMap([]), geo, layer);
    c.setEvents(events, anchors);
    const project = (lon: number, lat: number) => ({ x: lon * 100, y: lat * 100 });
    c.setTime(dayNumber(2022, 6, 10), cumulative);
    expect(c.hitTest(project, 10600, 1600, 12)?.event.id).toBe('meeting');
    // Khe Sanh's twinning is not visible before its date.
    expect(c.hitTest(project, 10600 + 1, 1600, 12)?.event.id).toBe('meeting');
    c.setTime(dayNumber(2026, 2, 1), cumulative);
    // Both sit at Khe Sanh; the later one is spread one spacing straight above the centre (screen y up).
    const hit = c.hitTest(project, 10600, 1600 - 10 * MARKER_SPACING, 4);
    expect(hit?.event.id).toBe('twinning');
    expect(c.visibleIds()).toEqual(['meeting', 'twinning']);
  });

  it('gives screen points of visible events for the keyboard overlay, or null for a crowd', () => {
    const { layer } = fakeLayer();
    const c = createMapController(createFakeMap([]), geo, layer);
    c.setEvents(events, anchors);
    const project = (lon: number, lat: number) => ({ x: lon * 100, y: lat * 100 });
    c.setTime(dayNumber(2022, 6, 10), cumulative);
    expect(c.visiblePoints(project, 10)).toEqual([{ id: 'meeting', x: 10600, y: 1600, anchor: 'place-khe-sanh', ax: 10600, ay: 1600, approximate: false }]);
    c.setTime(dayNumber(2026, 2, 1), cumulative);
    expect(c.visiblePoints(project, 10)?.map((p) => p.id)).toEqual(['meeting', 'twinning']);
    expect(c.visiblePoints(project, 1)).toBeNull();
  });

  it('says which points stand on a border for want of a named place, and the point they spread around', () => {
    const { layer } = fakeLayer();
    const c = createMapController(createFakeMap([]), geo, layer);
    const onBorder = { id: 'border-vn-la', lon: 104, lat: 19 };
    const pairAnchors: AnchorIndex = {
      anchorsOf: () => [onBorder],
      placementOf: () => ({ basis: 'country-pair', anchors: [onBorder], borders: ['border-vn-la'], approximate: true }),
    };
    const two = timeEvents([makeEvent({ id: 'a', date: '2022-06-01' }), makeEvent({ id: 'b', date: '2022-06-02' })]);
    c.setEvents(two, pairAnchors);
    c.setTime(dayNumber(2023, 1, 1), cumulative);
    const points = c.visiblePoints((lon, lat) => ({ x: lon * 100, y: lat * 100 }), 10) ?? [];
    expect(points.map((p) => [p.id, p.anchor, p.ax, p.ay, p.approximate])).toEqual([['a', 'border-vn-la', 10400, 1900, true], ['b', 'border-vn-la', 10400, 1900, true]]);
    // The second is spread away from the point; the anchor stays the point itself.
    expect(points[1]?.y).not.toBe(1900);
  });

  it('selects by id and marks the selected index for the GPU', () => {
    const { layer } = fakeLayer();
    const c = createMapController(createFakeMap([]), geo, layer);
    c.setEvents(events, anchors);
    expect(c.setSelected('twinning')).toBe(true);
    expect(layer.state.selected).toBe(1);
    expect(c.setSelected('twinning')).toBe(false);
    c.setSelected(null);
    expect(layer.state.selected).toBe(-1);
  });
});

describe('linkLines', () => {
  it('links the first place of a twinning to each of the others', () => {
    const lines = linkLines(events, anchors);
    expect(lines.features).toHaveLength(2);
    expect(lines.features.every((f) => f.properties.eventId === 'twinning')).toBe(true);
  });
});

describe('camera follow', () => {
  // A fake whose screen maps to 100–108° E, 14–20° N (800×600 px, 100 px a degree).
  const geoMap = () => {
    const map = createFakeMap([]);
    map.unproject = ([x, y]) => ({ lng: 100 + x / 100, lat: 20 - y / 100 });
    return map;
  };
  const far = timeEvents([
    makeEvent({ id: 'near', date: '2024-01-01', links: placed(['place-khe-sanh']) }),
    makeEvent({ id: 'beijing', date: '2024-02-01', links: placed(['place-beijing']) }),
  ]);
  const where: AnchorIndex = { anchorsOf: (e) => (e.links.places[0] === 'place-beijing' ? [{ id: 'b', lon: 116.4, lat: 39.9 }] : [{ id: 'k', lon: 106.7, lat: 16.6 }]) };

  it('leaves the camera alone when the event is in view', () => {
    const map = geoMap();
    const c = createMapController(map, geo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.follow(['near'])).toBe(false);
    expect(map.callsOf('fitBounds')).toHaveLength(0);
  });

  // The Vietnam–China border, for the story frames (storyFraming.ts).
  const borderGeo: Geography = {
    ...geo,
    borders: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[102.1, 22.4], [105, 23.4], [108, 21.5]] }, properties: { id: 'border-vn-cn', kind: 'border', name: 'b', name_en: 'b', source: 't', countries: ['VN', 'CN'] } }] },
  };

  it('frames a lone far place (Beijing) with the Vietnam–China border, never closer than zoom 6, in about a second', () => {
    const map = geoMap();
    const c = createMapController(map, borderGeo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.follow(['beijing'])).toBe(true);
    const [bounds, opts] = map.callsOf('fitBounds')[0] as [[[number, number], [number, number]], Record<string, unknown>];
    const [w, south, e, n] = grow([102.1, 21.5, 116.4, 39.9]);
    expect(bounds).toEqual([[w, south], [e, n]]);
    expect(opts).toMatchObject({ animate: true, duration: 1000, maxZoom: 6 });
  });

  it('events at several places: cameraFollow\'s move, not a lone place\'s frame', () => {
    const map = geoMap();
    map.unproject = ([x, y]) => ({ lng: 110 + x / 100, lat: 30 - y / 100 });
    const c = createMapController(map, borderGeo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.follow(['near', 'beijing'])).toBe(true);
    const [bounds, opts] = map.callsOf('fitBounds')[0] as [[[number, number], [number, number]], Record<string, unknown>];
    expect(bounds[0][0]).toBeLessThan(106.7);
    expect(bounds[1][0]).toBeGreaterThan(116.4);
    expect(bounds[0][0]).not.toBe(102.1);
    expect(opts).not.toHaveProperty('maxZoom');
  });

  it('a locator map (wideIsStory, the embed) keeps its wide frame of the region on a step; the explorer zooms in on the story', () => {
    const wide = () => {
      const map = geoMap();
      map.getContainer = () => ({ clientWidth: 1450, clientHeight: 950 }); // 100–114.5° E, 10.5–20° N
      return map;
    };
    const explorer = wide();
    const e = createMapController(explorer, borderGeo, fakeLayer().layer);
    e.setEvents(far, where);
    expect(e.follow(['near'])).toBe(true);
    const embed = wide();
    const c = createMapController(embed, borderGeo, fakeLayer().layer, { wideIsStory: true });
    c.setEvents(far, where);
    expect(c.follow(['near'])).toBe(false);
    expect(embed.callsOf('fitBounds')).toHaveLength(0);
  });

  it('keeps the followed event out from under a covered top (the caption card)', () => {
    // Khe Sanh at 106.7° E 16.6° N is 340 px from the top: in view, unless the top 400 px are covered.
    const map = geoMap();
    const c = createMapController(map, borderGeo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.follow(['near'], { padding: { top: 100, right: 0, bottom: 0, left: 0 } })).toBe(false);
    expect(c.follow(['near'], { padding: { top: 400, right: 0, bottom: 0, left: 0 } })).toBe(true);
    const opts = map.callsOf('fitBounds')[0]?.[1] as { padding: { top: number } };
    expect(opts.padding.top).toBeGreaterThanOrEqual(400);
  });

  it('frames one border with its events, and tells whether events are in view', () => {
    const map = geoMap();
    const c = createMapController(map, borderGeo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.anyInView(['near'])).toBe(true);
    expect(c.anyInView(['beijing'])).toBe(false);
    expect(c.anyInView(['near', 'beijing'])).toBe(true);
    c.framePair('VN-CN', ['near', 'beijing']);
    const [bounds, opts] = map.callsOf('fitBounds')[0] as [[[number, number], [number, number]], Record<string, unknown>];
    // The border and its near event; Beijing, far off the border, is left to camera follow.
    expect(bounds).toEqual([[102.1, 16.6], [108, 23.4]]);
    expect(opts).toMatchObject({ animate: true, duration: 1000 });
    c.framePair('VN-CN', ['near'], { animate: false });
    expect(map.callsOf('fitBounds')[1]?.[1]).toMatchObject({ animate: false });
    const reduced = geoMap();
    const r = createMapController(reduced, borderGeo, fakeLayer().layer, { reducedMotion: true });
    r.setEvents(far, where);
    r.framePair('VN-CN', []);
    expect(reduced.callsOf('fitBounds')[0]).toEqual([[[102.1, 21.5], [108, 23.4]], expect.objectContaining({ animate: false })]);
  });

  it('jumps under reduced motion, and does nothing for an unknown id', () => {
    const map = geoMap();
    const c = createMapController(map, geo, fakeLayer().layer, { reducedMotion: true });
    c.setEvents(far, where);
    expect(c.follow(['nowhere'])).toBe(false);
    expect(c.follow(['beijing'])).toBe(true);
    expect(map.callsOf('fitBounds')[0]?.[1]).toMatchObject({ animate: false });
  });
});

describe('camera follow after an outlier (reader3)', () => {
  const far = timeEvents([
    makeEvent({ id: 'near', date: '2024-01-01', links: placed(['place-khe-sanh']) }),
    makeEvent({ id: 'beijing', date: '2024-02-01', links: placed(['place-beijing']) }),
  ]);
  const where: AnchorIndex = { anchorsOf: (e) => (e.links.places[0] === 'place-beijing' ? [{ id: 'b', lon: 116.4, lat: 39.9 }] : [{ id: 'k', lon: 106.7, lat: 16.6 }]) };
  // A view zoomed out to Beijing: 100–124° E, 14–46° N (800×600 px), Khe Sanh well inside it.
  const wideMap = () => {
    const map = createFakeMap([]);
    map.unproject = ([x, y]) => ({ lng: 100 + (x * 24) / 800, lat: 46 - (y * 32) / 600 });
    return map;
  };

  it('returns to the story region for the next event there, though it is in the wide view', () => {
    const map = wideMap();
    const c = createMapController(map, geo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.follow(['near'])).toBe(true);
    const [bounds] = map.callsOf('fitBounds')[0] as [[[number, number], [number, number]]];
    // The opening frame: the focus provinces (Khe Sanh is inside them), not Beijing.
    expect(bounds).toEqual([[103.9, 14.95], [108.1, 18.4]]);
  });

  it('an outlier itself is still followed by its own frame, and a view on the story is left alone', () => {
    const map = wideMap();
    const c = createMapController(map, geo, fakeLayer().layer);
    c.setEvents(far, where);
    expect(c.follow(['beijing'])).toBe(false); // in the wide view, and not in the story region: stays
    const story = createFakeMap([]);
    story.unproject = ([x, y]) => ({ lng: 100 + x / 100, lat: 20 - y / 100 });
    const s = createMapController(story, geo, fakeLayer().layer);
    s.setEvents(far, where);
    expect(s.follow(['near'])).toBe(false);
  });
});

describe('the opening frame (reader3)', () => {
  it('frames the focus provinces with the events in the story region, without Beijing, as a jump clear of the edges', () => {
    const evs = timeEvents([
      makeEvent({ id: 'hanoi', date: '2024-01-01', links: placed(['place-ha-noi']) }),
      makeEvent({ id: 'beijing', date: '2024-02-01', links: placed(['place-beijing']) }),
    ]);
    const at: AnchorIndex = { anchorsOf: (e) => (e.links.places[0] === 'place-beijing' ? [{ id: 'b', lon: 116.4, lat: 39.9 }] : [{ id: 'h', lon: 105.84, lat: 21.02 }]) };
    const map = createFakeMap([]);
    const c = createMapController(map, geo, fakeLayer().layer);
    c.setEvents(evs, at);
    c.frameOpening(['hanoi', 'beijing']);
    const [bounds, opts] = map.callsOf('fitBounds')[0] as [[[number, number], [number, number]], { animate: boolean; padding: unknown }];
    expect(bounds).toEqual([[103.9, 14.95], [108.1, 21.02]]);
    expect(opts.animate).toBe(false);
    expect(opts.padding).toMatchObject({ top: 92, left: 36 });
  });
});
