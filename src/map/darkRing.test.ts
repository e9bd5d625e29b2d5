// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DARK_RING_LIGHTEN, FRAGMENT_SHADER } from './eventShaders';
import { parseHex } from './icons';
import { EVENT_STYLE, darkPalette } from './palette';

// Issue 14 journalist review: on the dark theme the dashed "place not named" ring (the symbol's colour
// darkened) all but vanished around blue symbols. There the ring is the colour lightened towards white.
const lum = ([r, g, b]: readonly number[]) => {
  const c = [r!, g!, b!].map((v) => { const x = v / 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
};
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

describe('the dashed ring on the dark ground', () => {
  it('is drawn lightened under u_dark, darkened otherwise', () => {
    expect(FRAGMENT_SHADER).toContain('uniform float u_dark;');
    expect(FRAGMENT_SHADER).toContain(`u_dark > 0.5 ? mix(v_color, vec3(1.0), ${DARK_RING_LIGHTEN.toFixed(2)}) : v_color * 0.7`);
  });

  for (const [type, { color }] of Object.entries(EVENT_STYLE)) {
    it(`${type}: 3:1 or more against every dark ground`, () => {
      // As the shader draws it (8-bit colours, mixed in the 0–1 range).
      const ring = parseHex(color).map((v) => Math.round(255 * ((v / 255) * (1 - DARK_RING_LIGHTEN) + DARK_RING_LIGHTEN)));
      for (const ground of ['land', 'focusLand', 'focusFill', 'sea'] as const) {
        expect(contrast(ring, parseHex(darkPalette[ground]!)), `${type} on ${ground}`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
