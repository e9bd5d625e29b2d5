// Relief bands end where their elevation grid ends (CONTEXT_BOX), and drawn
// as they were they stopped in straight lines across Myanmar and China
// (design review: at 1920 px the view reaches past the box). Clipped to the
// land of the countries that lie wholly inside the box (Guangxi and Yunnan
// reach past it, so China keeps none), the bands end at coasts and borders
// instead, never at a box edge.
import { intersection, union } from 'polyclip-ts';
import { roundLine } from './simplifyLine.mjs';

/** Countries (ids in countries.geojson) whose land keeps its relief. */
export const RELIEF_LAND = ['VN', 'LA', 'KH', 'TH'];

const partsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

const roundRing = (ring, decimals) => {
  const r = roundLine(ring, decimals);
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push(a);
  return r;
};

/**
 * @param {import('geojson').Feature[]} relief the bands as buildRelief made them
 * @param {import('geojson').Feature[]} mask polygons to keep the bands within
 * @param {number} decimals
 */
export function clipRelief(relief, mask, decimals) {
  const land = union(...mask.map((f) => partsOf(f.geometry)));
  return relief.map((f) => {
    const kept = intersection(partsOf(f.geometry), land)
      .map((rings) => rings.map((ring) => roundRing(ring, decimals)).filter((ring) => ring.length >= 4))
      .filter((rings) => rings.length > 0);
    return { ...f, geometry: { type: 'MultiPolygon', coordinates: kept } };
  });
}
