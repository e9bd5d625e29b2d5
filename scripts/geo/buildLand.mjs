// The coarse land beyond the detailed data (design review of present mode):
// zoomed out (the Beijing step, Play reaching Beijing, a reader at the
// minimum zoom) the camera shows far more than CLIP_BOX, where the detailed
// countries stop, and land ended there in straight lines. Natural Earth
// 1:110m (world-atlas countries-110m.json, the same source as the detailed
// countries), the whole world (renderWorldCopies is off, so the camera never
// shows past ±180°) minus CLIP_BOX, where the 1:10m countries are drawn
// instead (1:110m coasts there would spill into the sea beside the 1:10m
// ones). Fetched once the map is drawn, like the other context layers.
import { feature, mesh } from 'topojson-client';
import { difference, intersection } from 'polyclip-ts';
import { roundLine } from './simplifyLine.mjs';

const SOURCE = 'natural-earth-110m (world-atlas countries-110m)';
const ANTARCTICA = '010';

/** Cuts a line to its parts outside a box (segments with a point inside are dropped at that point). */
export function clipLineOutsideBox(pts, [w, s, e, n]) {
  const inside = ([x, y]) => x > w && x < e && y > s && y < n;
  const parts = [];
  let cur = [];
  for (const p of pts) {
    if (!inside(p)) cur.push(p);
    else if (cur.length) { parts.push(cur); cur = []; }
  }
  if (cur.length) parts.push(cur);
  return parts.filter((part) => part.length >= 2);
}

/** Whether a ring or line jumps across the antimeridian (a step of more than 180° in longitude). */
const wraps = (pts) => pts.some((p, i) => i > 0 && Math.abs(p[0] - pts[i - 1][0]) > 180);

/** Splits a line where it jumps across the antimeridian. */
const splitAtAntimeridian = (pts) => {
  const parts = [[pts[0]]];
  for (let i = 1; i < pts.length; i++) {
    if (Math.abs(pts[i][0] - pts[i - 1][0]) > 180) parts.push([]);
    parts[parts.length - 1].push(pts[i]);
  }
  return parts.filter((part) => part.length >= 2);
};

const roundRing = (ring, decimals) => {
  const r = roundLine(ring, decimals);
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) r.push(a);
  return r;
};

/**
 * @param {object} topo world-atlas countries-110m topology
 * @param {[number, number, number, number]} box where the detailed countries are drawn
 * @param {number} decimals
 * @param {string[]} focusNumeric ISO numeric ids of the focus countries (countryTable's `numeric`)
 * @returns {import('geojson').Feature[]} the land of the context and of the focus countries, and one line of coasts and borders, both outside `box`
 */
export function buildLand(topo, box, decimals, focusNumeric) {
  const [w, s, e, n] = box;
  // Antarctica is left out: south of the reach of this map's stories, and its ring runs to the
  // pole, which Web Mercator cannot draw.
  const countries = feature(topo, topo.objects.countries).features.filter((f) => f.id !== ANTARCTICA);
  // The hole is a tenth of a degree smaller than the box: the coarse land runs just under the
  // detailed countries' edge, so no hairline of sea shows along the seam.
  const [hw, hs, he, hn] = [w + 0.1, s + 0.1, e - 0.1, n - 0.1];
  const hole = [[[hw, hs], [he, hs], [he, hn], [hw, hn], [hw, hs]]];
  const world = [[[-180, -85], [180, -85], [180, 85], [-180, 85], [-180, -85]]];
  const landOf = (features) => {
    // Latitudes kept within Web Mercator's ±85°.
    // A part that crosses the antimeridian (Russia, Fiji, Antarctica) jumps from 180 to -180: it is
    // unwrapped (west longitudes + 360), added again 360° west, and the whole cut to ±180.
    const polys = features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
      .map((rings) => rings.map((ring) => ring.map(([x, y]) => [x, Math.max(-85, Math.min(85, y))])))
      .flatMap((rings) => {
        if (!rings.some(wraps)) return [rings];
        const east = rings.map((ring) => ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]));
        return [east, east.map((ring) => ring.map(([x, y]) => [x - 360, y]))];
      });
    return difference(intersection(polys, world), hole)
      .map((rings) => rings.map((ring) => roundRing(ring, decimals)).filter((ring) => ring.length >= 4))
      .filter((rings) => rings.length > 0);
  };
  // The focus countries keep their own fill beyond the box too (China north of 46°N, west of 88°E).
  const isFocus = (f) => focusNumeric.includes(String(f.id));
  const kept = { ...topo.objects.countries, geometries: topo.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA) };
  const lines = mesh(topo, kept).coordinates
    .flatMap(splitAtAntimeridian)
    .flatMap((line) => clipLineOutsideBox(line, box))
    .map((line) => roundLine(line, decimals))
    .filter((line) => line.length >= 2);
  const props = (id, kind, focus = false) => ({ id, kind, name: 'land', name_en: 'land', ...(focus ? { focus } : {}), source: SOURCE });
  return [
    { type: 'Feature', properties: props('land-beyond', 'land'), geometry: { type: 'MultiPolygon', coordinates: landOf(countries.filter((f) => !isFocus(f))) } },
    { type: 'Feature', properties: props('land-beyond-focus', 'land', true), geometry: { type: 'MultiPolygon', coordinates: landOf(countries.filter(isFocus)) } },
    { type: 'Feature', properties: props('land-beyond-lines', 'land-line'), geometry: { type: 'MultiLineString', coordinates: lines } },
  ];
}
