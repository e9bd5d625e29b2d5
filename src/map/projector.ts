// The projector theme (briefing mode, issue 6): which lines and labels it draws
// heavier and larger, derived from the screen's own layers. Split out of layers.ts.
import { buildLayers } from './layers';

/** How much larger lines and labels are drawn on a projector (the briefing mode, issue 6). */
export const PROJECTOR_SCALE = { line: 1.7, text: 1.5, minorText: 1.6 } as const;

/** The properties the projector theme scales: lines get heavier, labels larger. */
const PROJECTOR_PROPS: ReadonlyArray<{ layer: string; kind: 'paint' | 'layout'; prop: string; scale: keyof typeof PROJECTOR_SCALE }> = [
  ...['rivers', 'roads', 'provinces-line', 'country-line', 'focus-line', 'lit-province', 'border-lit', 'border-casing', 'border-vn-cn', 'border-vn-la', 'event-links']
    .map((layer) => ({ layer, kind: 'paint' as const, prop: 'line-width', scale: 'line' as const })),
  { layer: 'place-lit', kind: 'paint', prop: 'circle-radius', scale: 'line' },
  { layer: 'place-lit', kind: 'paint', prop: 'circle-stroke-width', scale: 'line' },
  // Place labels reach 18 px (12 × 1.5) and river / road names 16 px
  // (10–11 × 1.6): the 18 px floor of a room's back row (issue 15).
  ...['border-label', 'country-label', 'country-label-near', 'country-label-far', 'water-label', 'places-symbol', 'focus-label']
    .map((layer) => ({ layer, kind: 'layout' as const, prop: 'text-size', scale: 'text' as const })),
  ...['river-label', 'road-label']
    .map((layer) => ({ layer, kind: 'layout' as const, prop: 'text-size', scale: 'minorText' as const })),
];

/**
 * Every property the projector theme changes, with its value on a screen
 * and on a projector. Both come from buildLayers, so the two stay in step.
 */
export function projectorProperties(): Array<{ layer: string; kind: 'paint' | 'layout'; prop: string; normal: unknown; projector: unknown }> {
  const layers = new Map(buildLayers('2000-01-01').map((l) => [l.id, l as { paint?: Record<string, unknown>; layout?: Record<string, unknown> }]));
  return PROJECTOR_PROPS.flatMap(({ layer, kind, prop, scale }) => {
    const normal = layers.get(layer)?.[kind]?.[prop];
    return normal === undefined ? [] : [{ layer, kind, prop, normal, projector: scaleOutputs(normal, PROJECTOR_SCALE[scale]) }];
  });
}

/**
 * Multiplies the values an expression outputs, leaving its inputs alone: a
 * number; the outputs of `interpolate` (not its zoom stops), of `match` and
 * of `case`. `zoom` stays the top-level input, as MapLibre requires.
 */
export function scaleOutputs(value: unknown, k: number): unknown {
  if (typeof value === 'number') return Math.round(value * k * 100) / 100;
  if (!Array.isArray(value)) return value;
  const [op, ...rest] = value as [unknown, ...unknown[]];
  if (op === 'interpolate') {
    const [how, input, ...stops] = rest;
    return [op, how, input, ...stops.map((v, i) => (i % 2 === 1 ? scaleOutputs(v, k) : v))];
  }
  if (op === 'match') {
    const [input, ...arms] = rest;
    return [op, input, ...arms.map((v, i) => (i % 2 === 1 || i === arms.length - 1 ? scaleOutputs(v, k) : v))];
  }
  if (op === 'case') return [op, ...rest.map((v, i) => (i % 2 === 1 || i === rest.length - 1 ? scaleOutputs(v, k) : v))];
  return value;
}
