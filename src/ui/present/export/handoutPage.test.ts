import { describe, expect, it } from 'vitest';
import { projectorProperties } from '../../../map/projector';
import { handoutMapLayout, labelPoints, MIN_MAP_LABEL_PX } from './handoutPage';

/** Every number a text-size expression can output. */
const outputs = (v: unknown): number[] => (typeof v === 'number' ? [v] : Array.isArray(v) ? v.slice(1).flatMap((x, i) => (v[0] === 'interpolate' && i % 2 === 0 && i > 1 ? [] : outputs(x))) : []);

describe('the handout map layout (issue 15: labels printed at 3–5 pt)', () => {
  it('assumes no label smaller than the projector theme really draws', () => {
    const sizes = projectorProperties().filter((p) => p.prop === 'text-size').flatMap((p) => outputs(p.projector));
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_MAP_LABEL_PX);
  });

  it.each([[1920, 1080], [1024, 768], [1280, 720], [3840, 2160]])('lays the map out so that the smallest label prints at 7 pt or more (%i×%i)', (width, height) => {
    const layout = handoutMapLayout({ width, height });
    expect(labelPoints(MIN_MAP_LABEL_PX, layout.width)).toBeGreaterThanOrEqual(7);
    // Not so small that the map loses its places: at least about a laptop's half width.
    expect(layout.width).toBeGreaterThan(900);
    // No taller than the page's 360 pt map (on 511 pt): a 4:3 screen is not cut.
    expect(layout.width / layout.height).toBeGreaterThanOrEqual(511 / 360 - 0.01);
  });

  it('keeps a 16:9 screen in its proportions', () => {
    const layout = handoutMapLayout({ width: 1920, height: 1080 });
    expect(layout.width / layout.height).toBeCloseTo(16 / 9, 2);
  });
});
