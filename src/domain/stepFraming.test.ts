// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import type { BorderEvent } from './event.ts';
import { eventBounds } from './eventBounds.ts';
import type { GeoCollection, Geography } from './geography.ts';
import { freeArea, growAtMost, mercatorAspect, stepFrame, summaryFrame } from './stepFraming.ts';
import { CONTEXT_MAX_ZOOM, grow } from './storyFraming.ts';

const line = (id: string, countries: string[], coordinates: number[][]) =>
  ({ type: 'Feature', properties: { id, kind: 'border', name: id, name_en: id, source: 't', countries }, geometry: { type: 'LineString', coordinates } });
const BORDERS = {
  type: 'FeatureCollection',
  features: [
    line('border-vn-cn', ['VN', 'CN'], [[102.1, 22.4], [105, 23.4], [108, 21.5]]),
    line('border-vn-la', ['VN', 'LA'], [[102, 22], [107.6, 14.7]]),
    line('border-la-cn', ['LA', 'CN'], [[101, 21], [102, 22.4]]),
  ],
} as unknown as GeoCollection;

describe('stepFrame (issue 15: a point event keeps its context)', () => {
  const props = (id: string, kind: string) => ({ id, kind, name: id, name_en: id, source: 't' });
  const point = (id: string, coordinates: [number, number]) => ({ type: 'Feature' as const, properties: props(id, 'town'), geometry: { type: 'Point' as const, coordinates } });
  const geo: Geography = {
    countries: { type: 'FeatureCollection', features: [] },
    places: { type: 'FeatureCollection', features: [point('place-ha-noi', [105.85, 21.03]), point('place-beijing', [116.4, 39.9]), point('place-near', [105.86, 21.04])] },
    provinces: { type: 'FeatureCollection', features: [{
      type: 'Feature', properties: props('prov', 'province'),
      geometry: { type: 'Polygon', coordinates: [[[104, 14], [108, 14], [108, 18], [104, 18], [104, 14]]] },
    }] },
    borders: BORDERS,
  };
  const event = (countries: string[], l: Partial<BorderEvent['links']>) =>
    makeEvent({ id: 'e', countries, links: { places: [], provinces: [], districts: [], borders: [], ...l } });

  it('frames a place of a Vietnam–Laos event with the nearest point of the Vietnam–Laos border, no closer than zoom 6', () => {
    const frame = stepFrame(event(['VN', 'LA'], { places: ['place-ha-noi'] }), geo);
    expect(frame?.maxZoom).toBe(CONTEXT_MAX_ZOOM);
    // The VN–LA line runs from (102, 22) to (107.6, 14.7): its nearest vertex to Hà Nội is (102, 22), not the VN–CN border's.
    expect(frame?.bounds).toEqual(grow([102, 21.03, 105.85, 22]));
  });

  it('frames Beijing with the whole Vietnam–China border it is about, grown by at most a degree', () => {
    const frame = stepFrame(event(['VN', 'CN'], { places: ['place-beijing'] }), geo);
    // Beijing is far (18° and more) from that border: the border's three vertices and Beijing, 1° margin each way.
    expect(frame?.bounds).toEqual([101.1, 20.5, 117.4, 40.9]);
    expect(frame?.maxZoom).toBe(CONTEXT_MAX_ZOOM);
    // Tighter than the 15 % margin, which added 2.5° above Beijing and below the border.
    const [, s, , n] = frame?.bounds ?? [0, 0, 0, 0];
    const [, s0, , n0] = grow([102.1, 21.5, 116.4, 39.9]);
    expect(n - s).toBeLessThan(n0 - s0 - 3);
  });

  it('growAtMost: the 15 % margin of a small frame, at most `most` degrees of a large one', () => {
    expect(growAtMost([105, 21, 106, 22], 1)).toEqual(grow([105, 21, 106, 22]));
    expect(growAtMost([100, 20, 120, 40], 1)).toEqual([99, 19, 121, 41]);
  });

  it('places a few hundred metres apart count as one point', () => {
    const frame = stepFrame(event(['VN', 'LA'], { places: ['place-ha-noi', 'place-near'] }), geo);
    expect(frame?.maxZoom).toBe(CONTEXT_MAX_ZOOM);
  });

  it('an event of neither pair uses any story border: for Beijing, the nearest one (VN–CN), whole', () => {
    const frame = stepFrame(event(['VN', 'TH'], { places: ['place-beijing'] }), geo);
    expect(frame?.bounds).toEqual([101.1, 20.5, 117.4, 40.9]);
  });

  it('an event spread over provinces keeps its linked geography (eventBounds), with no zoom cap of its own', () => {
    const e = event(['VN', 'LA'], { places: ['place-ha-noi'], provinces: ['prov'] });
    expect(stepFrame(e, geo)).toEqual({ bounds: eventBounds(e, geo) });
  });

  it('an event linked to nothing on the map: null (the caller frames the region)', () => {
    expect(stepFrame(event(['VN', 'LA'], {}), geo)).toBeNull();
    expect(stepFrame(event(['VN', 'LA'], { places: ['nowhere'] }), geo)).toBeNull();
  });
});

describe('stepFrame with the focus provinces (issue 15, session 11 review: Hà Nội\u2019s step cut them at the caption)', () => {
  const town = (id: string, coordinates: [number, number]) => ({ type: 'Feature' as const, properties: { id, kind: 'town', name: id, name_en: id, source: 't' }, geometry: { type: 'Point' as const, coordinates } });
  const province = (id: string, country: string, focus: boolean, [w, s, e, n]: number[]) => ({
    type: 'Feature' as const, properties: { id, kind: 'province', name: id, name_en: id, source: 't', country, focus },
    geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
  });
  const geo: Geography = {
    countries: { type: 'FeatureCollection', features: [] },
    places: { type: 'FeatureCollection', features: [town('place-ha-noi', [105.85, 21.03]), town('place-lang-son', [106.76, 21.85]), town('place-far', [100, 25])] },
    provinces: { type: 'FeatureCollection', features: [
      province('savannakhet', 'LA', true, [104.3, 15.8, 106.8, 18.4]), province('quang-tri', 'VN', true, [106.5, 16.3, 107.4, 17.2]),
      province('other', 'VN', false, [100, 10, 101, 11]),
    ] } as unknown as GeoCollection,
    borders: BORDERS,
  };
  const at = (countries: string[], place: string) => makeEvent({ id: 'e', countries, links: { places: [place], provinces: [], districts: [], borders: [] } });

  it('takes in the focus provinces for a place of their own countries near them (Hà Nội, 2.6° north)', () => {
    const frame = stepFrame(at(['VN', 'LA'], 'place-ha-noi'), geo)!;
    expect(frame.bounds).toEqual(grow([102, 15.8, 107.4, 22]));
  });

  it('leaves them out for another pair\u2019s event, or a place far from them', () => {
    expect(stepFrame(at(['VN', 'CN'], 'place-lang-son'), geo)!.bounds[1]).toBeGreaterThan(20);
    expect(stepFrame(at(['VN', 'LA'], 'place-far'), geo)!.bounds[1]).toBeGreaterThan(20);
  });
});

describe('summaryFrame (issue 15 review: the in-force summary sat small in an empty frame)', () => {
  const props = (id: string) => ({ id, kind: 'town', name: id, name_en: id, source: 't' });
  const point = (id: string, coordinates: [number, number]) => ({ type: 'Feature' as const, properties: props(id), geometry: { type: 'Point' as const, coordinates } });
  const geo: Geography = {
    countries: { type: 'FeatureCollection', features: [] },
    provinces: { type: 'FeatureCollection', features: [] },
    places: { type: 'FeatureCollection', features: [point('khe-sanh', [106.73, 16.63]), point('ha-noi', [105.85, 21.03]), point('beijing', [116.4, 39.9])] },
    borders: BORDERS,
  };
  const at = (id: string, place: string) => makeEvent({ id, links: { places: [place], provinces: [], districts: [], borders: [] } });

  it('frames the events shown in the story\'s region together, grown, leaving out those beyond it (Beijing)', () => {
    const events = [at('a', 'khe-sanh'), at('b', 'ha-noi'), at('c', 'beijing')];
    const frame = summaryFrame(events, geo)!;
    const both = summaryFrame(events.slice(0, 2), geo);
    expect(frame).toEqual(both);
    // Khe Sanh and Hà Nội inside, Beijing outside; much closer than the whole region (10.5° wide).
    expect(frame[0]).toBeLessThan(105.85);
    expect(frame[2]).toBeGreaterThan(106.73);
    expect(frame[3]).toBeLessThan(30);
    expect(frame[2] - frame[0]).toBeLessThan(6);
  });

  it('frames an event that names no place on its drawn ring, not its whole border (session 11 review: Bangkok in view)', () => {
    const ring = makeEvent({ id: 'd', countries: ['VN', 'LA'], links: { places: [], provinces: [], districts: [], borders: [] } });
    const frame = summaryFrame([at('a', 'khe-sanh'), ring], geo)!;
    // The VN–LA line runs 102–107.6° E, 14.7–22° N; its ring sits halfway along it, inside the Khe Sanh–ring frame.
    expect(frame[2] - frame[0]).toBeLessThan(5);
    expect(frame[3] - frame[1]).toBeLessThan(6);
    expect(frame[3]).toBeLessThan(22);
    expect(frame[1]).toBeGreaterThan(14.7);
  });

  it('null when nothing shown lies in the region (the caller frames the region)', () => {
    expect(summaryFrame([at('c', 'beijing')], geo)).toBeNull();
    expect(summaryFrame([], geo)).toBeNull();
  });
});

describe('freeArea (issue 15: the subject sits where no text box covers it)', () => {
  it('the whole view when nothing covers it', () => {
    expect(freeArea(1000, 800, [], 1)).toEqual({ x: 0, y: 0, w: 1000, h: 800 });
  });
  it('above a caption across the bottom', () => {
    expect(freeArea(1000, 800, [{ x: 20, y: 600, w: 960, h: 180 }], 1)).toEqual({ x: 0, y: 0, w: 1000, h: 600 });
  });
  it('a tall subject goes beside a top-left title; a wide one below it', () => {
    const title = { x: 0, y: 0, w: 600, h: 300 };
    expect(freeArea(1000, 800, [title], 0.5)).toEqual({ x: 600, y: 0, w: 400, h: 800 });
    expect(freeArea(1000, 800, [title], 3)).toEqual({ x: 0, y: 300, w: 1000, h: 500 });
  });
  it('a slide: between the title, the legend and the sources', () => {
    const boxes = [{ x: 48, y: 48, w: 1100, h: 260 }, { x: 48, y: 700, w: 440, h: 300 }, { x: 1000, y: 760, w: 872, h: 240 }, { x: 0, y: 1016, w: 1920, h: 64 }];
    const free = freeArea(1920, 1080, boxes, 1);
    expect(free).toEqual({ x: 1148, y: 0, w: 772, h: 760 });
    for (const b of boxes) {
      const f = free ?? { x: 0, y: 0, w: 0, h: 0 };
      expect(b.x >= f.x + f.w || b.x + b.w <= f.x || b.y >= f.y + f.h || b.y + b.h <= f.y).toBe(true);
    }
  });
  it('boxes partly outside the view are clipped to it; a view covered whole has no free area', () => {
    expect(freeArea(100, 100, [{ x: -50, y: 50, w: 500, h: 500 }], 1)).toEqual({ x: 0, y: 0, w: 100, h: 50 });
    expect(freeArea(100, 100, [{ x: 0, y: 0, w: 100, h: 100 }], 1)).toBeNull();
  });
  it('mercatorAspect: a square of degrees is square at the equator, taller than wide further north', () => {
    expect(mercatorAspect([0, -1, 2, 1])).toBeCloseTo(1, 2);
    expect(mercatorAspect([100, 20, 110, 30])).toBeLessThan(1);
  });
});
