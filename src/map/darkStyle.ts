import type { StyleSpecification } from 'maplibre-gl';
import { darkPalette, palette } from './palette';

/** Each light colour of the basemap and its dark counterpart (palette.ts), lower-cased. */
const SWAPS: ReadonlyMap<string, string> = new Map(
  (Object.keys(darkPalette) as (keyof typeof palette)[]).map((k) => [palette[k].toLowerCase(), darkPalette[k]!]),
);

/** A paint value with every palette colour in it swapped for its dark one (expressions included). */
function recolour(value: unknown): unknown {
  if (typeof value === 'string') return SWAPS.get(value.toLowerCase()) ?? value;
  if (Array.isArray(value)) return value.map(recolour);
  return value;
}

/**
 * The paint properties of the basemap that the theme changes (issue 14),
 * with their value in that theme: the light style's own value, or its dark
 * recolouring. Applied with setPaintProperty (createMap.ts: setTheme), so
 * switching the theme keeps the sources, the camera and the event layer.
 */
export function themedPaint(style: StyleSpecification, dark: boolean): [layer: string, property: string, value: unknown][] {
  const out: [string, string, unknown][] = [];
  for (const layer of style.layers) {
    if (!('paint' in layer) || !layer.paint) continue;
    for (const [property, value] of Object.entries(layer.paint)) {
      const recoloured = recolour(value);
      if (JSON.stringify(recoloured) !== JSON.stringify(value)) out.push([layer.id, property, dark ? recoloured : value]);
    }
  }
  return out;
}
