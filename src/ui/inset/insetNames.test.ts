import { describe, expect, it } from 'vitest';
import { clearOfFrame } from './insetNames';

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
});
