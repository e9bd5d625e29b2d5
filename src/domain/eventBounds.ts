import { bbox } from '@turf/bbox';
import { featureCollection } from '@turf/helpers';
import type { BorderEvent } from './event.ts';
import type { GeoCollection, Geography } from './geography.ts';

/** West, south, east, north in degrees. */
export type Bounds = [number, number, number, number];

/** A single place is framed with this much around it, so the camera keeps some context (a border, a neighbouring province). */
export const MIN_SPAN_DEGREES = 3;

/**
 * What the camera should show for an event (issue 6): the bounds of every
 * feature it links (places, districts, provinces, borders), computed with
 * turf, widened to at least MIN_SPAN_DEGREES. An event linked to nothing
 * on the map gives null: the caller frames the whole region rather than
 * inventing a place.
 */
export function eventBounds(event: BorderEvent, geo: Geography): Bounds | null {
  const b = linkedBounds(event, geo);
  return b ? widen(b, MIN_SPAN_DEGREES) : null;
}

/** The bounds of every feature the event links, as drawn (a single place gives a box of no size); null when it links nothing on the map. */
export function linkedBounds(event: BorderEvent, geo: Geography): Bounds | null {
  const ids = new Set([...event.links.places, ...event.links.districts, ...event.links.provinces, ...event.links.borders]);
  if (ids.size === 0) return null;
  const pick = (fc: GeoCollection) => fc.features.filter((f) => ids.has(f.properties.id));
  const features = [...pick(geo.places), ...pick(geo.provinces), ...pick(geo.borders)];
  if (features.length === 0) return null;
  const [w, s, e, n] = bbox(featureCollection(features));
  if (![w, s, e, n].every(Number.isFinite)) return null;
  return [w, s, e, n];
}

/** Grows bounds about their centre to at least `min` degrees each way. */
export function widen([w, s, e, n]: Bounds, min: number): Bounds {
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hw = Math.max(e - w, min) / 2;
  const hh = Math.max(n - s, min) / 2;
  return [cx - hw, Math.max(-85, cy - hh), cx + hw, Math.min(85, cy + hh)];
}
