// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLayers } from './layers';
import { PROJECTOR_SCALE, projectorProperties, scaleOutputs } from './projector';

// The projector theme (briefing mode, issues 6 and 15): lines heavier and labels larger than
// on a screen, derived from the screen's own layers.

describe('scaleOutputs', () => {
  it('scales a number, to two decimals', () => {
    expect(scaleOutputs(2, 1.5)).toBe(3);
    expect(scaleOutputs(1, 1 / 3)).toBe(0.33);
    expect(scaleOutputs(0.8, 1.7)).toBe(1.36);
  });

  it('leaves what is neither a number nor an expression alone', () => {
    expect(scaleOutputs('red', 2)).toBe('red');
    expect(scaleOutputs(null, 2)).toBeNull();
  });

  it('scales the outputs of an interpolation, never its zoom stops or input', () => {
    expect(scaleOutputs(['interpolate', ['linear'], ['zoom'], 4, 1, 8, 2.5], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 4, 2, 8, 5]);
  });

  it('scales every arm of a match and its fallback, never the values it matches', () => {
    expect(scaleOutputs(['match', ['get', 'rank'], 1, 10, 2, 8, 6], 1.5)).toEqual(['match', ['get', 'rank'], 1, 15, 2, 12, 9]);
  });

  it('scales the outputs of a case and its fallback, never its conditions', () => {
    expect(scaleOutputs(['case', ['has', 'big'], 3, 2], 2)).toEqual(['case', ['has', 'big'], 6, 4]);
    expect(scaleOutputs(['case', 5, 3, 2], 2)).toEqual(['case', 5, 6, 4]);
  });

  it('scales nested expressions (an interpolation whose stop is a match)', () => {
    expect(scaleOutputs(['interpolate', ['linear'], ['zoom'], 4, ['match', ['get', 'k'], 'a', 1, 2]], 3))
      .toEqual(['interpolate', ['linear'], ['zoom'], 4, ['match', ['get', 'k'], 'a', 3, 6]]);
  });

  it('leaves any other expression as it is', () => {
    const step = ['step', ['zoom'], 1, 6, 2];
    expect(scaleOutputs(step, 2)).toBe(step);
  });
});

describe('projectorProperties', () => {
  const props = projectorProperties();
  const layers = new Map(buildLayers('2000-01-01').map((l) => [l.id, l as { paint?: Record<string, unknown>; layout?: Record<string, unknown> }]));
  const find = (layer: string, prop: string) => props.find((p) => p.layer === layer && p.prop === prop);

  it('takes each value from the screen\'s layers, and scales it by the kind of property', () => {
    expect(props.length).toBeGreaterThan(10);
    for (const p of props) expect(p.normal).toEqual(layers.get(p.layer)?.[p.kind]?.[p.prop]);
    // Some widths are 0 in some states (a hidden line): most are not.
    const changed = props.filter((p) => JSON.stringify(p.projector) !== JSON.stringify(p.normal));
    expect(changed.length).toBeGreaterThan(props.length * 0.8);
    const border = find('border-vn-cn', 'line-width');
    expect(border).toMatchObject({ kind: 'paint' });
    expect(border?.projector).toEqual(scaleOutputs(border?.normal, PROJECTOR_SCALE.line));
    const place = find('places-symbol', 'text-size');
    expect(place).toMatchObject({ kind: 'layout' });
    expect(place?.projector).toEqual(scaleOutputs(place?.normal, PROJECTOR_SCALE.text));
    const river = find('river-label', 'text-size');
    expect(river).toMatchObject({ kind: 'layout' });
    expect(river?.projector).toEqual(scaleOutputs(river?.normal, PROJECTOR_SCALE.minorText));
    const dot = find('place-lit', 'circle-radius');
    expect(dot?.projector).toEqual(scaleOutputs(dot?.normal, PROJECTOR_SCALE.line));
    expect(find('place-lit', 'circle-stroke-width')).toBeDefined();
  });

  it('draws lines heavier and labels larger on a projector', () => {
    expect(PROJECTOR_SCALE.line).toBeGreaterThan(1);
    expect(PROJECTOR_SCALE.text).toBeGreaterThan(1);
    expect(PROJECTOR_SCALE.minorText).toBeGreaterThan(1);
  });
});
