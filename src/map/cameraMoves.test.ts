// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GeoCollection } from '../domain/geography';
import { addPadding, CONTEXT_PADDING_PX, COVERED_TOP_MAX, createCameraMoves, CREDITS_ROOM_PX, END_LABEL_PX, withEndLabels, FOLLOW_MS, FOCUS_BOUNDS, FOCUS_MIN_WIDTH_PX, FOLLOW_ROOM_PX, FRAME_MAX_ZOOM, REGION_BOUNDS } from './cameraMoves';
import { createFakeMap } from './fakeMap';

// The camera moves on their own (issue 17: split from mapController.ts), on a fake
// whose 800×600 px screen shows 100–108° E, 14–20° N (100 px a degree).
function screenMap(w = 800, h = 600) {
  const map = createFakeMap([]);
  map.unproject = ([x, y]) => ({ lng: 100 + x / 100, lat: 20 - y / 100 });
  map.getContainer = () => ({ clientWidth: w, clientHeight: h });
  return map;
}
const noBorders = { borders: { type: 'FeatureCollection', features: [] } as GeoCollection };
const vnLa = {
  borders: {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[104, 16], [106, 18]] }, properties: { id: 'border-vn-la', kind: 'border', name: 'b', name_en: 'b', source: 't', countries: ['VN', 'LA'] } }],
  } as GeoCollection,
};
const at = (points: Record<string, Array<[number, number]>>) => (ids: readonly string[]) => ids.flatMap((id) => points[id] ?? []);
const fitOf = (map: ReturnType<typeof screenMap>, i = 0) => map.callsOf('fitBounds')[i] as [unknown, Record<string, unknown>];

describe('addPadding', () => {
  it('grows each side, and the bottom by the credits\' room too', () => {
    expect(addPadding({ top: 10, right: 0, bottom: 5, left: 2 }, 40, 800, 600)).toEqual({ top: 50, right: 40, bottom: 45 + CREDITS_ROOM_PX, left: 42 });
  });
  it('keeps the padding as it was when the grown one would leave the map 20 px or less', () => {
    const p = { top: 0, right: 0, bottom: 0, left: 0 };
    expect(addPadding(p, 40, 100, 600)).toBe(p);
    expect(addPadding(p, 40, 101, 600)).not.toBe(p);
    expect(addPadding(p, 40, 800, 100 + CREDITS_ROOM_PX)).toBe(p);
    expect(addPadding(p, 40, 800, 101 + CREDITS_ROOM_PX)).not.toBe(p);
  });
});

describe('fitRegion', () => {
  it('frames the region with 16 px, without animation unless asked, never under reduced motion', () => {
    const map = screenMap();
    const moves = createCameraMoves(map, noBorders, at({}));
    moves.fitRegion();
    moves.fitRegion({ animate: true, padding: { top: 1, right: 2, bottom: 3, left: 4 } });
    expect(map.callsOf('fitBounds')).toEqual([
      [REGION_BOUNDS, { padding: 16, animate: false }],
      [REGION_BOUNDS, { padding: { top: 1, right: 2, bottom: 3, left: 4 }, animate: true }],
    ]);
    const reduced = screenMap();
    createCameraMoves(reduced, noBorders, at({}), { reducedMotion: true }).fitRegion({ animate: true });
    expect(fitOf(reduced)[1]).toMatchObject({ animate: false });
  });
});

describe('follow', () => {
  const far = { khe: [[106.7, 16.6]] as Array<[number, number]>, hanoi: [[105.8, 21.0]] as Array<[number, number]>, two: [[101, 15], [107, 22]] as Array<[number, number]> };

  it('moves nothing for events without points, or on a map with no size', () => {
    const map = screenMap();
    expect(createCameraMoves(map, noBorders, at(far)).follow(['none'])).toBe(false);
    const flat = screenMap(0, 600);
    expect(createCameraMoves(flat, noBorders, at(far)).follow(['hanoi'])).toBe(false);
    const thin = screenMap(800, 0);
    expect(createCameraMoves(thin, noBorders, at(far)).follow(['hanoi'])).toBe(false);
    expect([...map.callsOf('fitBounds'), ...flat.callsOf('fitBounds'), ...thin.callsOf('fitBounds')]).toEqual([]);
  });

  it('moves nothing when the padding leaves no room to see', () => {
    const map = screenMap();
    const moves = createCameraMoves(map, noBorders, at(far));
    expect(moves.follow(['hanoi'], { padding: { top: 300, right: 0, bottom: 300, left: 0 } })).toBe(false);
    expect(moves.follow(['hanoi'], { padding: { top: 0, right: 400, bottom: 0, left: 400 } })).toBe(false);
    expect(map.callsOf('fitBounds')).toEqual([]);
  });

  it('brings places out of view in, in FOLLOW_MS, not essential; jumps when asked or under reduced motion', () => {
    const map = screenMap();
    const moves = createCameraMoves(map, noBorders, at(far));
    expect(moves.follow(['two'])).toBe(true);
    expect(fitOf(map)[1]).toEqual({ padding: { top: 0, right: 0, bottom: 0, left: 0 }, animate: true, duration: FOLLOW_MS, essential: false });
    expect(moves.follow(['two'], { animate: false })).toBe(true);
    expect(fitOf(map, 1)[1]).toEqual({ padding: { top: 0, right: 0, bottom: 0, left: 0 }, animate: false });
    const reduced = screenMap();
    createCameraMoves(reduced, noBorders, at(far), { reducedMotion: true }).follow(['two']);
    expect(fitOf(reduced)[1]).toEqual({ padding: { top: 0, right: 0, bottom: 0, left: 0 }, animate: false });
  });

  it('all (an edge pill): every point comes in with room round it, however far it zooms out', () => {
    // 15° N to 45° N: more than 1.5 zoom levels out of this screen's 14–20° N.
    const spread = { spread: [[101, 15], [104, 45]] as Array<[number, number]> };
    const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    /** The room left north of the northern point (the side it pushed out), as a share of the framed height. */
    const room = (map: ReturnType<typeof screenMap>) => {
      const [[, s], [, n]] = fitOf(map)[0] as [[number, number], [number, number]];
      return (merc(n) - merc(45)) / (merc(n) - merc(s));
    };
    // Without it: the same scale as before, centred; the margin is the old view's, a sliver of the new one.
    const panned = screenMap();
    expect(createCameraMoves(panned, noBorders, at(spread)).follow(['spread'])).toBe(true);
    expect(room(panned)).toBeLessThan(0.05);
    const all = screenMap();
    expect(createCameraMoves(all, noBorders, at(spread)).follow(['spread'], { all: true })).toBe(true);
    expect(room(all)).toBeGreaterThan(0.1);
  });

  it('storyOnly (Play): a place far beyond the story region is not followed; one in it still is', () => {
    const beijing = { beijing: [[116.4, 39.9]] as Array<[number, number]>, both: [[116.4, 39.9], [105.8, 23.2]] as Array<[number, number]> };
    const map = screenMap();
    const moves = createCameraMoves(map, noBorders, at({ ...far, ...beijing }));
    expect(moves.follow(['beijing'], { storyOnly: true })).toBe(false);
    expect(map.callsOf('fitBounds')).toEqual([]);
    // Hanoi lies in the region, off this screen: followed. With Beijing beside it, only Hanoi's point counts.
    expect(moves.follow(['both'], { storyOnly: true })).toBe(true);
    const [[w, s], [e, n]] = fitOf(map)[0] as [[number, number], [number, number]];
    expect(e).toBeLessThan(112);
    expect(n).toBeLessThan(26);
    expect(Number.isFinite(w) && Number.isFinite(s)).toBe(true);
    // Without it (a selection, a step), Beijing is brought in.
    expect(moves.follow(['beijing'])).toBe(true);
  });

  it('from a wide frame (1.6 times the region) the explorer zooms in on the story; the embed (wideIsStory) keeps its locator frame', () => {
    const wide = screenMap(1450, 950); // 100–114.5° E, 10.5–20° N
    expect(createCameraMoves(wide, noBorders, at(far)).follow(['khe'])).toBe(true);
    expect(fitOf(wide)[1]).toMatchObject({ maxZoom: FRAME_MAX_ZOOM });
    const embed = screenMap(1450, 950);
    expect(createCameraMoves(embed, noBorders, at(far), { wideIsStory: true }).follow(['khe'])).toBe(false);
    expect(embed.callsOf('fitBounds')).toEqual([]);
  });

  it('a chosen event in the wide opening frame stays where it is; far away, it is brought in', () => {
    // Session 15 review: choosing the Vientiane meeting in the opening view zoomed to Quảng Trị, star in a corner.
    const wide = screenMap(1450, 950); // 100–114.5° E, 10.5–20° N
    const moves = createCameraMoves(wide, noBorders, at({ ...far, vientiane: [[102.6, 17.97]] }));
    expect(moves.follow(['vientiane'], { chosen: true })).toBe(false);
    expect(moves.follow(['khe'], { chosen: true })).toBe(false);
    expect(wide.callsOf('fitBounds')).toEqual([]);
    // A view far off the story (its centre outside the region) still comes back for it.
    const off = screenMap(1450, 950);
    off.unproject = ([x, y]) => ({ lng: 110 + x / 100, lat: 40 - y / 100 }); // 110–124.5° E, 30.5–40° N
    expect(createCameraMoves(off, noBorders, at({ vientiane: [[102.6, 17.97]] })).follow(['vientiane'], { chosen: true })).toBe(true);
  });

  it('a lone place is framed with its context: the padding grown, the zoom capped', () => {
    const map = screenMap();
    createCameraMoves(map, noBorders, at(far)).follow(['hanoi'], { padding: { top: 10, right: 0, bottom: 0, left: 0 } });
    const opts = fitOf(map)[1];
    // 60 px: a symbol spread on a border's ring stays whole (issue 13 review: 40 px cut it at the top edge).
    expect(FOLLOW_ROOM_PX).toBeGreaterThanOrEqual(60);
    expect(opts.padding).toEqual({ top: 10 + FOLLOW_ROOM_PX, right: FOLLOW_ROOM_PX, bottom: FOLLOW_ROOM_PX + CREDITS_ROOM_PX, left: FOLLOW_ROOM_PX });
    expect(opts.maxZoom).toBe(6);
  });

  it('an event at two places that share a point is a lone place; at two points it is not', () => {
    const map = screenMap();
    const moves = createCameraMoves(map, noBorders, at({ same: [[105.8, 21], [105.8, 21]], near: [[105.8, 21], [105.8, 21.1]] }));
    moves.follow(['same']);
    moves.follow(['near']);
    expect(fitOf(map, 0)[1]).toHaveProperty('maxZoom', 6);
    expect(fitOf(map, 1)[1]).not.toHaveProperty('maxZoom');
  });
});

describe('framePair', () => {
  it('does nothing for a pair without a border or events', () => {
    const map = screenMap();
    createCameraMoves(map, noBorders, at({})).framePair('VN-CN', []);
    expect(map.callsOf('fitBounds')).toEqual([]);
  });

  it('frames the border with its near events, the padding grown, never closer than FRAME_MAX_ZOOM', () => {
    const map = screenMap();
    createCameraMoves(map, vnLa, at({ near: [[103.5, 17]] })).framePair('VN-LA', ['near'], { padding: { top: 5, right: 0, bottom: 0, left: 0 } });
    expect(map.callsOf('fitBounds')[0]).toEqual([[[103.5, 16], [106, 18]], {
      // The border's end names get room at the left and right (session 8 journalist review: "Móng Cái" cut at 320 px).
      padding: { top: 45, right: CONTEXT_PADDING_PX + END_LABEL_PX, bottom: CONTEXT_PADDING_PX + CREDITS_ROOM_PX, left: CONTEXT_PADDING_PX + END_LABEL_PX },
      maxZoom: FRAME_MAX_ZOOM, animate: true, duration: FOLLOW_MS, essential: false,
    }]);
  });

  it('keeps the end names\' room only while half the width stays free', () => {
    const p = { top: 0, right: 40, bottom: 0, left: 40 };
    expect(withEndLabels(p, 320)).toEqual({ top: 0, right: 40 + END_LABEL_PX, bottom: 0, left: 40 + END_LABEL_PX });
    expect(withEndLabels(p, 4 * (40 + END_LABEL_PX) - 1)).toEqual(p);
  });

  it('jumps without a duration when not animated', () => {
    const map = screenMap();
    createCameraMoves(map, vnLa, at({})).framePair('VN-LA', [], { animate: false });
    expect(fitOf(map)[1]).toEqual({ padding: expect.any(Object), maxZoom: FRAME_MAX_ZOOM, animate: false });
  });
});

describe('anyInView', () => {
  it('counts a point on the screen\'s edge as in view, and one just past it as not', () => {
    const moves = createCameraMoves(screenMap(), noBorders, at({
      west: [[100, 17]], east: [[108, 17]], north: [[104, 20]], south: [[104, 14]],
      pastWest: [[99.99, 17]], pastEast: [[108.01, 17]], pastNorth: [[104, 20.01]], pastSouth: [[104, 13.99]],
    }));
    for (const id of ['west', 'east', 'north', 'south']) expect(moves.anyInView([id])).toBe(true);
    for (const id of ['pastWest', 'pastEast', 'pastNorth', 'pastSouth']) expect(moves.anyInView([id])).toBe(false);
    expect(moves.anyInView([])).toBe(false);
  });
});

describe('frame', () => {
  it('flies in 1.6 s unless told otherwise, and jumps without a duration', () => {
    const map = screenMap();
    const moves = createCameraMoves(map, noBorders, at({}));
    const padding = { top: 1, right: 1, bottom: 1, left: 1 };
    moves.frame([1, 2, 3, 4], { padding, animate: true });
    moves.frame([1, 2, 3, 4], { padding, animate: true, durationMs: 500 });
    moves.frame(null, { padding, animate: false });
    expect(map.callsOf('fitBounds')).toEqual([
      [[[1, 2], [3, 4]], { padding, maxZoom: FRAME_MAX_ZOOM, animate: true, duration: 1600, essential: false }],
      [[[1, 2], [3, 4]], { padding, maxZoom: FRAME_MAX_ZOOM, animate: true, duration: 500, essential: false }],
      [[[REGION_BOUNDS[0], REGION_BOUNDS[1]], [REGION_BOUNDS[2], REGION_BOUNDS[3]]], { padding, maxZoom: FRAME_MAX_ZOOM, animate: false }],
    ]);
  });
});

describe('a camera set explicitly (issue 17: one rule, cameraHeld)', () => {
  const far = { hanoi: [[105.8, 21.0]] as Array<[number, number]>, khe: [[106.7, 16.6]] as Array<[number, number]> };

  it('while held, no follow, border frame or opening frame moves the camera; once released, they do', () => {
    let held = true;
    const map = screenMap();
    const moves = createCameraMoves(map, vnLa, at(far), { held: () => held });
    expect(moves.cameraHeld()).toBe(true);
    expect(moves.follow(['hanoi'])).toBe(false);
    moves.framePair('VN-LA', ['khe']);
    moves.frameOpening(['khe']);
    expect(map.callsOf('fitBounds')).toEqual([]);
    held = false;
    expect(moves.cameraHeld()).toBe(false);
    expect(moves.follow(['hanoi'])).toBe(true);
    moves.framePair('VN-LA', ['khe']);
    moves.frameOpening(['khe']);
    expect(map.callsOf('fitBounds')).toHaveLength(3);
  });

  it('without the rule, nothing is held', () => {
    const map = screenMap();
    const moves = createCameraMoves(map, vnLa, at(far));
    expect(moves.cameraHeld()).toBe(false);
    expect(moves.follow(['hanoi'])).toBe(true);
  });
});

describe('panPoint (issue 14: the embed card keeps its symbol in view)', () => {
  it('moves the centre by the gap between the two points, at the same zoom, in FOLLOW_MS', () => {
    const map = screenMap();
    createCameraMoves(map, noBorders, at({})).panPoint({ x: 500, y: 200 }, { x: 300, y: 350 });
    // The centre (400, 300) moves by (+200, -150) on screen: to (600, 150), 106° E, 18.5° N.
    expect(map.callsOf('flyTo')).toEqual([[{ center: [106, 18.5], duration: FOLLOW_MS, essential: false }]]);
  });
  it('jumps under reduced motion or when asked, and does nothing for a point that is not a number', () => {
    const map = screenMap();
    createCameraMoves(map, noBorders, at({}), { reducedMotion: true }).panPoint({ x: 400, y: 300 }, { x: 300, y: 300 });
    createCameraMoves(map, noBorders, at({})).panPoint({ x: 400, y: 300 }, { x: 400, y: 200 }, { animate: false });
    createCameraMoves(map, noBorders, at({})).panPoint({ x: Number.NaN, y: 300 }, { x: 400, y: 200 });
    expect(map.callsOf('flyTo')).toEqual([]);
    expect(map.callsOf('jumpTo').filter(([o]) => (o as { center?: unknown }).center)).toEqual([[{ center: [105, 17] }], [{ center: [104, 16] }]]);
  });
});

describe('frameOpening with focus (issue 13: the explorer\'s two scales)', () => {
  const points = at({ a: [[104.2, 19.2]], c: [[106.8, 22.9]] });
  it('frames the focus provinces alone on a map FOCUS_MIN_WIDTH_PX wide or more, the whole story on a narrower one', () => {
    const wide = screenMap(FOCUS_MIN_WIDTH_PX, 600);
    createCameraMoves(wide, noBorders, points).frameOpening(['a', 'c'], { focus: true });
    expect(fitOf(wide)[0]).toEqual([[FOCUS_BOUNDS[0], FOCUS_BOUNDS[1]], [FOCUS_BOUNDS[2], FOCUS_BOUNDS[3]]]);
    const phone = screenMap(FOCUS_MIN_WIDTH_PX - 1, 600);
    createCameraMoves(phone, noBorders, points).frameOpening(['a', 'c'], { focus: true });
    expect(fitOf(phone)[0]).toEqual([[103.9, 14.95], [108.1, 22.9]]);
    // Without `focus` (the embed, the inset's button), a wide map frames the whole story too.
    const whole = screenMap(FOCUS_MIN_WIDTH_PX + 200, 600);
    createCameraMoves(whole, noBorders, points).frameOpening(['a', 'c']);
    expect(fitOf(whole)[0]).toEqual([[103.9, 14.95], [108.1, 22.9]]);
  });
});

describe('frameOpening in the embed (issue 14, session 11: both borders, as a locator map)', () => {
  it('frames a short map (680 × 448) on every event in the story region, both borders, and leaves Beijing to its pill', () => {
    const short = screenMap(680, 448);
    createCameraMoves(short, noBorders, at({ a: [[104.2, 19.2]], b: [[116.4, 39.9]], c: [[106.8, 22.9]] })).frameOpening(['a', 'b', 'c']);
    expect(fitOf(short)[0]).toEqual([[103.9, 14.95], [108.1, 22.9]]);
  });
  it('counts its top room from the bottom of a card over the map (the embed\'s open legend), easing when asked', () => {
    const fit = (opts: Parameters<ReturnType<typeof createCameraMoves>['frameOpening']>[1], motion = {}) => {
      const map = screenMap(680, 448);
      createCameraMoves(map, noBorders, at({ a: [[106.7, 16.6]] }), motion).frameOpening(['a'], opts);
      return map.callsOf('fitBounds')[0]?.[1] as { padding: { top: number }; animate: boolean; duration?: number };
    };
    expect(fit({}).padding.top).toBe(92);
    // A 20 px card hides less than the pills' row: the usual room. A 120 px one: 60 px below it.
    expect(fit({ coveredTop: 20 }).padding.top).toBe(92);
    expect(fit({ coveredTop: 120 })).toMatchObject({ padding: { top: 180 }, animate: false });
    // Over more than COVERED_TOP_MAX of the map (a 320 px frame's legend): framed as if uncovered.
    expect(fit({ coveredTop: Math.ceil(448 * COVERED_TOP_MAX) + 1 }).padding.top).toBe(92);
    expect(fit({ coveredTop: 120, animate: true })).toMatchObject({ animate: true, duration: FOLLOW_MS });
    expect(fit({ coveredTop: 120, animate: true }, { reducedMotion: true })).toMatchObject({ animate: false });
  });
});
