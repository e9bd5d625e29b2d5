import { describe, expect, it } from 'vitest';
import type { Bounds } from './eventBounds.ts';
import type { GeoCollection } from './geography.ts';
import { awayFromStory, CONTEXT_MAX_ZOOM, contextFrame, grow, inStoryRegion, nearBorder, openingFrame, pairBorderBounds, pairFilterMove, unionBounds, type PairFilterMove } from './storyFraming.ts';
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
  it('every point must be in the region (within the reach)', () => {
    expect(inStoryRegion([[106.7, 16.6], [105.2, 23.3]], REGION)).toBe(true);
    expect(inStoryRegion([[106.7, 16.6], [116.4, 39.9]], REGION)).toBe(false);
    expect(inStoryRegion([], REGION)).toBe(false);
  });
});
