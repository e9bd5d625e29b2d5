import type { Position } from 'geojson';
import type { BorderEvent } from './event.ts';
import type { GeoCollection, Geography } from './geography.ts';

/** Where an event is drawn: one point per linked place or district, else its provinces, else its borders. */
export interface Anchor { readonly id: string; readonly lon: number; readonly lat: number }

export interface AnchorIndex { anchorsOf(event: BorderEvent): Anchor[] }

/**
 * Builds, once per geography, the point each geography id is drawn at:
 * places and districts at their coordinates, a province at the centroid of
 * its largest ring, a border line at the vertex halfway along it.
 */
export function buildAnchorIndex(geo: Geography): AnchorIndex {
  const points = new Map<string, Anchor>();
  const add = (fc: GeoCollection, pick: (coords: Position[][]) => Position | null) => {
    for (const f of fc.features) {
      const at = pick(ringsOf(f.geometry));
      if (at && Number.isFinite(at[0]) && Number.isFinite(at[1])) points.set(f.properties.id, { id: f.properties.id, lon: at[0] ?? 0, lat: at[1] ?? 0 });
    }
  };
  add(geo.places, (rings) => rings[0]?.[0] ?? null);
  add(geo.provinces, largestRingCentroid);
  add(geo.borders, halfwayVertex);
  return {
    anchorsOf(event) {
      const pick = (ids: readonly string[]) => ids.map((id) => points.get(id)).filter((a): a is Anchor => a !== undefined);
      const direct = pick([...event.links.places, ...event.links.districts]);
      if (direct.length > 0) return direct;
      const provinces = pick(event.links.provinces);
      if (provinces.length > 0) return provinces;
      return pick(event.links.borders);
    },
  };
}

/** Every coordinate list of a geometry, as rings/lines (a Point is one ring of one position). */
function ringsOf(g: GeoCollection['features'][number]['geometry']): Position[][] {
  switch (g.type) {
    case 'Point': return [[g.coordinates]];
    case 'MultiPoint': case 'LineString': return [g.coordinates];
    case 'MultiLineString': case 'Polygon': return g.coordinates;
    case 'MultiPolygon': return g.coordinates.flat();
    default: return [];
  }
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    a += xj * yi - xi * yj;
  }
  return a / 2;
}

export function largestRingCentroid(rings: Position[][]): Position | null {
  let best: Position[] | null = null, bestArea = 0;
  for (const r of rings) { const a = Math.abs(ringArea(r)); if (a > bestArea) { bestArea = a; best = r; } }
  if (!best) return null;
  let cx = 0, cy = 0, a2 = 0;
  for (let i = 0, j = best.length - 1; i < best.length; j = i++) {
    const [xi = 0, yi = 0] = best[i] ?? [];
    const [xj = 0, yj = 0] = best[j] ?? [];
    const cross = xj * yi - xi * yj;
    cx += (xj + xi) * cross; cy += (yj + yi) * cross; a2 += cross;
  }
  return a2 === 0 ? null : [cx / (3 * a2), cy / (3 * a2)];
}

export function halfwayVertex(lines: Position[][]): Position | null {
  const all = lines.flat();
  return all[Math.floor(all.length / 2)] ?? null;
}
