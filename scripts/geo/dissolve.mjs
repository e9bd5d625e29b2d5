// Dissolves a (multi)polygon into valid, non-overlapping parts with polyclip
// (the engine inside @turf/union): union(A, A) = A, and polyclip resolves
// along the way the zero-width bridges left by box clipping and the islands
// that line simplification pushed into the mainland.
import { union } from '@turf/union';
import { featureCollection, polygon } from '@turf/helpers';

/**
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} geom
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon | null}
 */
export function dissolve(geom) {
  const parts = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  if (parts.length === 0) return null;
  const polys = parts.map((rings) => polygon(rings));
  const merged = union(featureCollection(polys.length === 1 ? [polys[0], polys[0]] : polys));
  return merged ? merged.geometry : null;
}
