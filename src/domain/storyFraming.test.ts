// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Bounds } from './eventBounds.ts';
import type { GeoCollection } from './geography.ts';
import { awayFromStory, toAspect, CONTEXT_MAX_ZOOM, contextFrame, grow, inStoryRegion, nearBorder, openingFrame, pairBorderBounds, pairFilterMove, unionBounds, type PairFilterMove } from './storyFraming.ts';
import type { CountryPair } from './timeline.ts';

describe('pairFilterMove', () => {
  it.each<[string, CountryPair[], CountryPair[], PairFilterMove]>([
    ['ticking one border frames it', [], ['VN-CN'], { kind: 'frame', pair: 'VN-CN' }],
    ['the other one alone', [], ['VN-LA'], { kind: 'frame', pair: 'VN-LA' }],
    ['unticking one of two leaves one: framed', ['VN-LA', 'VN-CN'], ['VN-LA'], { kind: 'frame', pair: 'VN-LA' }],
    ['both ticked: nothing', ['VN-CN'], ['VN-CN', 'VN-LA'], { kind: 'none' }],
    ['cleared', ['VN-CN'], [], { kind: 'cleared' }],
    ['unchanged', ['VN-CN'], ['VN-CN'], { kind: 'none' }],
    ['nothing to nothing', [], [], { kind: 'none' }],
  ])('%s', (_n, prev, next, expected) => {
    expect(pairFilterMove(prev, next)).toEqual(expected);
  });
});

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

describe('pairBorderBounds', () => {
  it.each<[CountryPair, Bounds]>([
    ['VN-CN', [102.1, 21.5, 108, 23.4]],
    ['VN-LA', [102, 14.7, 107.6, 22]],
  ])('%s: the bounds of that border only', (pair, expected) => {
    expect(pairBorderBounds(BORDERS, pair)).toEqual(expected);
  });
  it('no such border: null', () => {
    expect(pairBorderBounds({ type: 'FeatureCollection', features: [] }, 'VN-CN')).toBeNull();
  });
});

describe('unionBounds', () => {
  it.each<[string, Array<Bounds | null>, Array<[number, number]>, Bounds | null]>([
    ['a box and a point outside it', [[100, 10, 102, 12]], [[105, 20]], [100, 10, 105, 20]],
    ['two boxes', [[100, 10, 102, 12], [101, 11, 104, 13]], [], [100, 10, 104, 13]],
    ['non-finite points skipped', [null], [[NaN, 1], [1, 2]], [1, 2, 1, 2]],
    ['nothing', [null], [], null],
  ])('%s', (_n, boxes, points, expected) => {
    expect(unionBounds(boxes, points)).toEqual(expected);
  });
});

describe('contextFrame: a lone place with the nearest story frame, never closer than zoom 6', () => {
  const VN_CN: Bounds = [102.1, 21.5, 108, 23.4];
  const FOCUS: Bounds = [103.9, 14.95, 108.1, 18.4];
  it.each<[string, [number, number], Bounds]>([
    ['Beijing: with the Vietnam–China border', [116.4, 39.9], [102.1, 21.5, 116.4, 39.9]],
    ['Nanning (China): with the Vietnam–China border', [108.3, 22.8], [102.1, 21.5, 108.3, 23.4]],
    ['Hà Nội: with the Vietnam–China border', [105.8, 21.0], [102.1, 21.0, 108, 23.4]],
    ['Vientiane (Laos): with the focus provinces', [102.6, 17.97], [102.6, 14.95, 108.1, 18.4]],
    ['Huế (Vietnam, by the focus region): the focus provinces', [107.6, 16.46], FOCUS],
  ])('%s', (_n, point, expected) => {
    const frame = contextFrame(point, [VN_CN, FOCUS]);
    expect(frame.maxZoom).toBe(CONTEXT_MAX_ZOOM);
    frame.bounds.forEach((v, i) => expect(v).toBeCloseTo(grow(expected)[i]!, 9));
  });
  it('without frames: the place alone, at most zoom 6', () => {
    expect(contextFrame([116.4, 39.9], [])).toEqual({ bounds: [116.15, 39.65, 116.65, 40.15], maxZoom: 6 });
  });

  it.each<[string, Bounds, Bounds]>([
    ['grows by 15 % of the size on each side', [100, 10, 110, 20], [98.5, 8.5, 111.5, 21.5]],
    ['at least a quarter degree each way', [100, 10, 100, 10], [99.75, 9.75, 100.25, 10.25]],
  ])('grow: %s', (_n, b, expected) => {
    grow(b).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));
  });
});

describe('nearBorder (a border framed with its nearby events)', () => {
  const vnCn: Bounds = [102.1, 21.5, 108, 23.4];
  it.each([
    ['on the border', [105.2, 23.3], true],
    ['Hanoi, within the reach', [105.85, 21.03], true],
    ['just inside the reach', [102.1 - 5, 21.5], true],
    ['just past it', [102.1 - 5.01, 21.5], false],
    ['Beijing, far north', [116.4, 39.9], false],
  ] as const)('%s', (_n, point, expected) => {
    expect(nearBorder(point, vnCn)).toBe(expected);
  });
  it('takes every point when there is no border', () => {
    expect(nearBorder([116.4, 39.9], null)).toBe(true);
  });
});

describe('openingFrame: the focus provinces with the events shown in the story region', () => {
  const FOCUS: Bounds = [103.9, 14.95, 108.1, 18.4];
  const REGION: Bounds = [100.6, 14.2, 109.6, 23.7];
  it('takes in the Vietnam–China border, Hà Nội and Vientiane, and leaves Beijing out', () => {
    const points: Array<[number, number]> = [[103.97, 19.23], [105.84, 21.02], [116.4, 39.91], [105.24, 23.33], [106.74, 16.63], [102.6, 17.97]];
    expect(openingFrame(FOCUS, REGION, points)).toEqual([102.6, 14.95, 108.1, 23.33]);
  });
  it('is the focus provinces when every point is inside them, or none is near the region', () => {
    expect(openingFrame(FOCUS, REGION, [[106.74, 16.63]])).toEqual(FOCUS);
    expect(openingFrame(FOCUS, REGION, [[116.4, 39.91], [NaN, 20]])).toEqual(FOCUS);
    expect(openingFrame(FOCUS, REGION, [])).toEqual(FOCUS);
  });
  it('keeps a point just beyond the region (within the reach), not one further out', () => {
    expect(openingFrame(FOCUS, REGION, [[110.4, 16]])[2]).toBe(110.4);
    expect(openingFrame(FOCUS, REGION, [[110.7, 16]])[2]).toBe(108.1);
    expect(openingFrame(FOCUS, REGION, [[110.7, 16]], 2)[2]).toBe(110.7);
  });
});

describe('awayFromStory and inStoryRegion', () => {
  const REGION: Bounds = [100.6, 14.2, 109.6, 23.7];
  it('a view on the story is not away; one zoomed out to Beijing or centred off the region is', () => {
    expect(awayFromStory([102, 14, 110, 24], REGION)).toBe(false);
    expect(awayFromStory([100, 14, 124, 46], REGION)).toBe(true);
    expect(awayFromStory([110, 15, 118, 22], REGION)).toBe(true);
    expect(awayFromStory([100, 14, 113, 24], REGION)).toBe(false);
    expect(awayFromStory([100, 14, 114, 24], REGION)).toBe(true);
  });
  it('toAspect grows the region to a view\'s shape, about its centre (session 11: a wide embed frame of both borders is not away)', () => {
    expect(toAspect([100, 10, 110, 20], 2)).toEqual([95, 10, 115, 20]);
    expect(toAspect([100, 10, 110, 20], 0.5)).toEqual([100, 5, 110, 25]);
    expect(toAspect([100, 10, 110, 20], 1)).toEqual([100, 10, 110, 20]);
    expect(toAspect([100, 10, 110, 20], Number.NaN)).toEqual([100, 10, 110, 20]);
    // A 680 × 448 map framing the region by its height: 20° wide, away from the bare region, not from its shape.
    expect(awayFromStory([95.1, 14.2, 115.1, 23.7], REGION)).toBe(true);
    expect(awayFromStory([95.1, 14.2, 115.1, 23.7], toAspect(REGION, 20 / 9.5))).toBe(false);
  });
  it('every point must be in the region (within the reach)', () => {
    expect(inStoryRegion([[106.7, 16.6], [105.2, 23.3]], REGION)).toBe(true);
    expect(inStoryRegion([[106.7, 16.6], [116.4, 39.9]], REGION)).toBe(false);
    expect(inStoryRegion([], REGION)).toBe(false);
  });
});

// Issue 17: each edge of the framing rules (the folder's mutation run of session 9 left them untested).
describe('storyFraming at its edges', () => {
  const line = (countries: string[], geometry: GeoCollection['features'][number]['geometry']) =>
    ({ type: 'Feature' as const, properties: { id: countries.join('-'), kind: 'border', name: 'b', countries }, geometry });

  it('pairBorderBounds reads multi-part borders, and skips lines of three countries and non-lines', () => {
    const borders = {
      type: 'FeatureCollection',
      features: [
        line(['VN', 'LA'], { type: 'MultiLineString', coordinates: [[[100, 10], [101, 11]], [[104, 14], [105, 12]]] }),
        line(['VN', 'LA', 'KH'], { type: 'LineString', coordinates: [[90, 0], [91, 1]] }),
        line(['VN', 'LA'], { type: 'Point', coordinates: [120, 30] }),
      ],
    } as unknown as GeoCollection;
    expect(pairBorderBounds(borders, 'VN-LA')).toEqual([100, 10, 105, 14]);
  });

  describe('contextFrame picks the nearest frame, longitude scaled by the cosine of the latitude', () => {
    // At 60° N a degree of longitude is half a degree of latitude: 4° east counts as 2, nearer than 3° north.
    const P: [number, number] = [10, 60];
    const pick = (frames: Bounds[]) => {
      const { bounds } = contextFrame(P, frames);
      return frames.findIndex((f) => f[0] >= bounds[0] && f[2] <= bounds[2] && f[1] >= bounds[1] && f[3] <= bounds[3]);
    };
    it.each<[string, Bounds, Bounds, number]>([
      ['east (4° of longitude) before north (3°)', [9, 63, 11, 64], [14, 59, 15, 61], 1],
      ['west (4° of longitude) before south (3°)', [9, 55, 11, 57], [4, 59, 6, 61], 1],
      ['north (1.5°) before east (2 scaled)', [14, 59, 15, 61], [9, 61.5, 11, 62], 1],
      ['south (1.5°) before west (2 scaled)', [4, 59, 6, 61], [9, 58, 11, 58.5], 1],
      ['a frame holding the point before any other', [11.5, 60, 12, 61], [9, 59, 11, 61], 1],
      ['two at the same distance: the first', [12, 59, 13, 61], [7, 59, 8, 61], 0],
    ])('%s', (_name, a, b, expected) => {
      expect(pick([a, b])).toBe(expected);
    });
  });

  it('nearBorder: within the reach on each side, counting the reach line itself', () => {
    const border: Bounds = [100, 10, 110, 20];
    for (const p of [[95, 15], [115, 15], [105, 5], [105, 25]] as const) expect(nearBorder(p, border)).toBe(true);
    for (const p of [[94.9, 15], [115.1, 15], [105, 4.9], [105, 25.1]] as const) expect(nearBorder(p, border)).toBe(false);
  });

  it('openingFrame and inStoryRegion: the reach on each side, counting its line', () => {
    const FOCUS: Bounds = [104, 15, 106, 17];
    const REGION: Bounds = [100, 10, 110, 20];
    const within = [[99, 15], [111, 15], [105, 9], [105, 21]] as const;
    const beyond = [[98.9, 15], [111.1, 15], [105, 8.9], [105, 21.1]] as const;
    for (const p of within) {
      expect(inStoryRegion([p], REGION)).toBe(true);
      expect(openingFrame(FOCUS, REGION, [p])).not.toEqual(FOCUS);
    }
    for (const p of beyond) {
      expect(inStoryRegion([p], REGION)).toBe(false);
      expect(inStoryRegion([[105, 15], p], REGION)).toBe(false);
      expect(openingFrame(FOCUS, REGION, [p])).toEqual(FOCUS);
    }
  });

  it('awayFromStory: a centre on the region’s edge is on the story; past any edge it is away', () => {
    const REGION: Bounds = [100, 10, 110, 20];
    // Views of the region's own size, centred on each edge: on the story.
    for (const v of [[95, 10, 105, 20], [105, 10, 115, 20], [100, 5, 110, 15], [100, 15, 110, 25]] as Bounds[]) expect(awayFromStory(v, REGION)).toBe(false);
    // Centred just past each edge: away.
    for (const v of [[94.9, 10, 104.9, 20], [105.1, 10, 115.1, 20], [100, 4.9, 110, 14.9], [100, 15.1, 110, 25.1]] as Bounds[]) expect(awayFromStory(v, REGION)).toBe(true);
    // Exactly 1.5 times the region's width or height is still on the story; more is away.
    expect(awayFromStory([97.5, 10, 112.5, 20], REGION)).toBe(false);
    expect(awayFromStory([100, 7.5, 110, 22.5], REGION)).toBe(false);
    expect(awayFromStory([100, 7.4, 110, 22.6], REGION)).toBe(true);
  });
});
