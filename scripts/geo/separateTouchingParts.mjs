// After rounding, an islet can end up touching the coast at one vertex (two
// points ~100 m apart rounded onto one). That is valid in the OGC model but
// @turf/boolean-valid, which the tests use, rejects a multipolygon whose
// parts touch. The smaller part's shared vertex moves one rounding step into
// that part (the first grid neighbour whose two new edges touch no other
// part); a part for which no step works is dropped and reported.
import { ringArea } from './roundGeometry.mjs';

const key = (p) => `${p[0]},${p[1]}`;

/** orientation of the triangle a b c, in grid units to stay exact */
function orient(a, b, c, f) {
  const v =
    Math.round((b[0] - a[0]) * f) * Math.round((c[1] - a[1]) * f) - Math.round((b[1] - a[1]) * f) * Math.round((c[0] - a[0]) * f);
  return Math.sign(v);
}

/** Do closed segments ab and cd share any point? */
function segmentsMeet(a, b, c, d, f) {
  const o1 = orient(a, b, c, f);
  const o2 = orient(a, b, d, f);
  const o3 = orient(c, d, a, f);
  const o4 = orient(c, d, b, f);
  const within = (p, q, r) => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && within(a, b, c)) || (o2 === 0 && within(a, b, d)) || (o3 === 0 && within(c, d, a)) || (o4 === 0 && within(c, d, b));
}

/** Strictly inside a closed ring (even-odd). */
function insideRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * @param {number[][]} outer the smaller part's closed outer ring
 * @param {number} at index of the shared vertex (not the closing one)
 * @param {number[][][]} others outer rings of the parts already kept
 * @param {number} f scale of the rounding grid (1000 for 3 decimals)
 */
function nudge(outer, at, others, f) {
  const n = outer.length - 1;
  const prev = outer[(at - 1 + n) % n];
  const next = outer[(at + 1) % n];
  const v = outer[at];
  const step = 1 / f;
  const candidates = [];
  for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) if (dx || dy) candidates.push([Math.round((v[0] + dx * step) * f) / f, Math.round((v[1] + dy * step) * f) / f]);
  const mid = [(prev[0] + next[0]) / 2, (prev[1] + next[1]) / 2];
  candidates.sort((a, b) => (a[0] - mid[0]) ** 2 + (a[1] - mid[1]) ** 2 - ((b[0] - mid[0]) ** 2 + (b[1] - mid[1]) ** 2));
  for (const c of candidates) {
    if (!insideRing(c, outer)) continue;
    const clear = others.every((ring) => {
      for (let i = 0; i + 1 < ring.length; i++) {
        if (segmentsMeet(prev, c, ring[i], ring[i + 1], f) || segmentsMeet(c, next, ring[i], ring[i + 1], f)) return false;
      }
      return true;
    });
    if (clear) {
      const moved = outer.slice(0, -1);
      moved[at] = c;
      return [...moved, moved[0]];
    }
  }
  return null;
}

/**
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon | null} geom
 * @param {number} decimals the rounding the geometry already has
 * @returns {{ geometry: import('geojson').Polygon | import('geojson').MultiPolygon | null, dropped: number[][] }}
 */
export function separateTouchingParts(geom, decimals) {
  if (!geom || geom.type === 'Polygon') return { geometry: geom, dropped: [] };
  const f = 10 ** decimals;
  const parts = [...geom.coordinates].sort((a, b) => Math.abs(ringArea(b[0])) - Math.abs(ringArea(a[0])));
  const taken = new Set();
  const out = [];
  const dropped = [];
  for (const rings of parts) {
    let outer = rings[0];
    for (let i = 0; outer && i < outer.length - 1; i++) {
      if (taken.has(key(outer[i]))) outer = nudge(outer, i, out.map((p) => p[0]), f);
    }
    if (!outer) {
      dropped.push(rings[0][0]);
      continue;
    }
    for (const ring of [outer, ...rings.slice(1)]) for (const p of ring) taken.add(key(p));
    out.push([outer, ...rings.slice(1)]);
  }
  if (out.length === 0) return { geometry: null, dropped };
  return { geometry: out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out }, dropped };
}
