// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clearOfFrame, countryAt, leader, nameBox, strays } from './insetNames';

describe('clearOfFrame (issue 15, session 11 review: inset names on the extent frame\u2019s line)', () => {
  const frame = { x: 40, y: 80, width: 90, height: 50 };
  it('keeps a name clear of the frame where it is', () => {
    expect(clearOfFrame(100, 40, 'CHINA', 14, frame, 200, 200)).toEqual([100, 40]);
    expect(clearOfFrame(100, 40, 'CHINA', 14, null, 200, 200)).toEqual([100, 40]);
  });
  it('keeps a name wholly inside the frame', () => {
    expect(clearOfFrame(85, 110, 'LAOS', 14, frame, 200, 200)).toEqual([85, 110]);
  });
  it('moves a name across the frame\u2019s bottom edge below it', () => {
    const [, y] = clearOfFrame(80, 132, 'LAOS', 14, frame, 200, 200);
    expect(y - 14 * 1.05).toBeGreaterThanOrEqual(130);
  });
  it('moves it above the frame when there is no room below', () => {
    const [, y] = clearOfFrame(80, 132, 'LAOS', 14, frame, 200, 140);
    expect(y + 14 * 0.35).toBeLessThanOrEqual(80);
  });
  it('moves it beside the frame when there is no room below or above (VIETNAM by a tall frame)', () => {
    const tall = { x: 40, y: 5, width: 60, height: 130 };
    const [x] = clearOfFrame(95, 132, 'VIETNAM', 14, tall, 200, 140);
    expect(x - (7 * 14 * 0.7 + 4) / 2).toBeGreaterThanOrEqual(100);
  });
  it('never moves a name over another country: VIỆT NAM stays by its anchor rather than go above the frame, over China', () => {
    // China over the top half of a 200 × 140 picture; the frame leaves room for the name above it only.
    const china = [{ id: 'CN', rings: [[[0, 0], [200, 0], [200, 70], [0, 70]] as Array<[number, number]>] }];
    const ownGround = (x: number, y: number) => { const at = countryAt(china, x, y); return at === null || at === 'VN'; };
    expect(clearOfFrame(80, 132, 'VIỆT NAM', 14, frame, 200, 140, ownGround)).toEqual([80, 132]);
    // LAOS's own ground is wherever China is not: the same place above the frame is taken when it is clear of China.
    const low = [{ id: 'CN', rings: [[[0, 0], [200, 0], [200, 20], [0, 20]] as Array<[number, number]>] }];
    const [, y] = clearOfFrame(80, 132, 'LAOS', 14, frame, 200, 140, (x, yy) => { const at = countryAt(low, x, yy); return at === null || at === 'LA'; });
    expect(y + 14 * 0.35).toBeLessThanOrEqual(80);
  });
  it('never runs into a name already drawn where another place is clear: slid beside it if need be (session 14: "LAOSVIETNAM")', () => {
    // LAOS drawn left of a small frame; VIETNAM's anchor beside it, on the frame's line.
    const small = { x: 90, y: 60, width: 30, height: 20 };
    const laos = nameBox(60, 75, 'LAOS', 14);
    const [px, py] = clearOfFrame(110, 75, 'VIETNAM', 14, small, 200, 140, () => true, [laos]);
    const b = nameBox(px, py, 'VIETNAM', 14);
    expect(b.x >= laos.x + laos.width || b.x + b.width <= laos.x || b.y >= laos.y + laos.height || b.y + b.height <= laos.y).toBe(true);
    // Where only a slide clears it: below the frame, beside LAOS, not on it.
    const wide = { x: 10, y: 10, width: 180, height: 100 };
    const under = nameBox(40, 126, 'LAOS', 14);
    const [sx, sy] = clearOfFrame(60, 108, 'CHINA', 14, wide, 200, 140, () => true, [under]);
    expect(sy).toBeCloseTo(110 + 14 * 1.05 + 2, 5); // just below the frame
    expect(nameBox(sx, sy, 'CHINA', 14).x).toBeGreaterThanOrEqual(under.x + under.width);
    // With no clear place at all, by its anchor as before: a name is never dropped.
    expect(clearOfFrame(60, 75, 'LAOS', 14, small, 120, 90, () => true, [nameBox(60, 75, 'LAOS', 14), nameBox(60, 40, 'CHINA', 14)])).toEqual([60, 75]);
  });
  it('countryAt: even–odd over a country\'s rings (a hole is no country), null over the sea', () => {
    const ring = (x0: number, y0: number, x1: number, y1: number): Array<[number, number]> => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
    const countries = [{ id: 'LA', rings: [ring(0, 0, 100, 100), ring(40, 40, 60, 60)] }, { id: 'VN', rings: [ring(100, 0, 150, 100)] }];
    expect(countryAt(countries, 20, 20)).toBe('LA');
    expect(countryAt(countries, 50, 50)).toBeNull();
    expect(countryAt(countries, 120, 50)).toBe('VN');
    expect(countryAt(countries, 180, 50)).toBeNull();
  });
});

describe('strays and leader (session 15: LAOS over Thailand and Cambodia in the briefing\u2019s inset)', () => {
  // Thailand on the left half of a 200 × 100 picture, Laos a sliver in the middle, the sea to the right.
  const th = { id: 'TH', rings: [[[0, 0], [90, 0], [90, 100], [0, 100]] as Array<[number, number]>] };
  const la = { id: 'LA', rings: [[[90, 0], [100, 0], [100, 100], [90, 100]] as Array<[number, number]>] };
  const at = (x: number, y: number) => countryAt([th, la], x, y);
  it('says a name strays when three of nine points along it lie over a neighbour, not two', () => {
    expect(strays({ x: 40, y: 40, width: 60, height: 14 }, 'LA', at)).toBe(true); // 5 of 9 over Thailand
    expect(strays({ x: 62, y: 40, width: 90, height: 14 }, 'LA', at)).toBe(true); // 3 of 9 over Thailand (67, 77, 87)
    expect(strays({ x: 72, y: 40, width: 90, height: 14 }, 'LA', at)).toBe(false); // 2 of 9 (77, 87)
    expect(strays({ x: 80, y: 40, width: 100, height: 14 }, 'LA', at)).toBe(false); // one end over Thailand, the rest over Laos and the sea
    expect(strays({ x: 110, y: 40, width: 60, height: 14 }, 'LA', at)).toBe(false); // over the sea
    expect(strays({ x: 10, y: 40, width: 60, height: 14 }, 'TH', at)).toBe(false); // over its own
  });
  it('draws a leader from the box\u2019s nearest point, 2 units out, to the heart; none when the heart is in or at the box', () => {
    const b = { x: 40, y: 40, width: 40, height: 14 };
    expect(leader(b, [95, 47])).toEqual([82, 47, 95, 47]); // from the right edge
    const up = leader(b, [60, 10])!;
    expect(up[0]).toBe(60);
    expect(up[1]).toBe(38);
    expect(up.slice(2)).toEqual([60, 10]);
    expect(leader(b, [60, 45])).toBeNull();
    expect(leader(b, [81, 45])).toBeNull();
  });
});
