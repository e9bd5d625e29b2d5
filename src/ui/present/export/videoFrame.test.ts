import { describe, expect, it } from 'vitest';
import { aspectFor, VIDEO_ASPECTS } from './videoFrame';

describe('the video\u2019s shape (issue 15: a 4:3 projector cut the film)', () => {
  it('follows the screen: 16:9 for wide screens, 4:3 for a projector', () => {
    expect(aspectFor({ width: 1920, height: 1080 })).toBe('16:9');
    expect(aspectFor({ width: 1440, height: 900 })).toBe('16:9');
    expect(aspectFor({ width: 1024, height: 768 })).toBe('4:3');
    expect(aspectFor({ width: 1280, height: 1024 })).toBe('4:3');
  });

  it('is 1080 lines high either way, in the named proportions', () => {
    expect(VIDEO_ASPECTS['16:9']).toEqual({ width: 1920, height: 1080 });
    expect(VIDEO_ASPECTS['4:3']).toEqual({ width: 1440, height: 1080 });
  });
});
