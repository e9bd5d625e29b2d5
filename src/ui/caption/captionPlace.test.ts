import { describe, expect, it } from 'vitest';
import { chooseCaptionPlace, placeBox } from './captionPlace';

describe('the story caption card hides no symbol (reader3)', () => {
  // A 1080×676 map, a 360×80 card: at the top it spans x 360–720, y 10–90.
  const ring = Array.from({ length: 13 }, (_, i) => ({ x: 540 + 30 * Math.cos(i), y: 60 + 30 * Math.sin(i) }));

  it('stays at the top when nothing is under it', () => {
    expect(chooseCaptionPlace(1080, 676, 360, 80, [{ x: 540, y: 400 }], 10)).toBe('top');
  });

  it('moves off a ring of symbols under the top, to the first free place', () => {
    expect(chooseCaptionPlace(1080, 676, 360, 80, ring, 10)).toBe('bottom-left');
    const bottomLeft = placeBox('bottom-left', 1080, 676, 360, 80);
    const crowd = [...ring, { x: bottomLeft.x + 20, y: bottomLeft.y + 20 }];
    expect(chooseCaptionPlace(1080, 676, 360, 80, crowd, 10)).toBe('bottom-right');
  });

  it('keeps its place while it is free, and takes the fewest covered when none is free', () => {
    expect(chooseCaptionPlace(1080, 676, 360, 80, ring, 10, 'bottom-right')).toBe('bottom-right');
    const everywhere = (['top', 'bottom-left', 'bottom-right', 'top-left'] as const).flatMap((p, i) => {
      const b = placeBox(p, 1080, 676, 360, 80);
      return Array.from({ length: [4, 3, 1, 2][i] ?? 0 }, () => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 }));
    });
    expect(chooseCaptionPlace(1080, 676, 360, 80, everywhere, 10)).toBe('bottom-right');
  });
});
