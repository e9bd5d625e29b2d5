// Rounds coordinates to a fixed number of decimals (3 decimals = ~110 m, below
// what the map shows at its zoom cap) and removes what rounding breaks:
// repeated vertices, collinear vertices (which covers spikes A-B-A), rings
// pinched at one vertex, rings that collapse below a triangle or to zero
// area. Returns null when nothing of the geometry survives.

/** @param {number} v @param {number} f */
const roundTo = (v, f) => {
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** @param {number[][]} ring */
export function ringArea(ring) {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}

const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** @param {number[][]} coords @param {number} f */
function roundLine(coords, f) {
  const out = [];
  for (const p of coords) {
    const q = [roundTo(p[0], f), roundTo(p[1], f)];
    if (out.length === 0 || !same(out[out.length - 1], q)) out.push(q);
  }
  return out;
}

/**
 * Removes every vertex collinear with its neighbours, until none is left:
 * straight-through ones are redundant, and backtracking ones are the spikes
 * and slivers that rounding creates on small islands. Exact, because rounded
 * coordinates are integers once scaled by `f`.
 * @param {number[][]} pts open ring (no closing vertex), modified in place
 * @param {number} f
 */
function dropCollinear(pts, f) {
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length >= 3; ) {
      const prev = pts[(i - 1 + pts.length) % pts.length];
      const cur = pts[i];
      const next = pts[(i + 1) % pts.length];
      const cross =
        Math.round((cur[0] - prev[0]) * f) * Math.round((next[1] - prev[1]) * f) -
        Math.round((cur[1] - prev[1]) * f) * Math.round((next[0] - prev[0]) * f);
      if (cross === 0) {
        pts.splice(i, 1);
        if (same(pts[(i - 1 + pts.length) % pts.length], pts[i % pts.length])) pts.splice(i % pts.length, 1);
        changed = true;
      } else i++;
    }
  }
  return pts;
}

/**
 * Splits an open ring wherever it passes twice through the same vertex (two
 * coast points rounded onto one): each loop becomes a ring of its own.
 * @param {number[][]} pts
 * @returns {number[][][]} open loops
 */
function splitPinches(pts) {
  const loops = [];
  const stack = [];
  const seen = new Map();
  for (const p of pts) {
    const key = `${p[0]},${p[1]}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, stack.length);
      stack.push(p);
      continue;
    }
    const loop = stack.splice(at + 1);
    loops.push([stack[at], ...loop]);
    for (const q of loop) seen.delete(`${q[0]},${q[1]}`);
  }
  loops.push(stack);
  return loops;
}

/**
 * @param {number[][]} ring
 * @param {number} f
 * @returns {number[][][]} closed rings, largest first; the smaller loops of a
 *   pinched ring are kept only when they turn the same way as the largest
 */
function roundRing(ring, f) {
  const pts = roundLine(ring, f);
  if (pts.length > 1 && same(pts[0], pts[pts.length - 1])) pts.pop();
  const rings = splitPinches(dropCollinear(pts, f))
    .map((loop) => dropCollinear(loop, f))
    .filter((loop) => loop.length >= 3)
    .map((loop) => [...loop, loop[0]])
    .filter((r) => ringArea(r) !== 0)
    .sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)));
  if (rings.length === 0) return [];
  const sign = Math.sign(ringArea(rings[0]));
  return rings.filter((r) => Math.sign(ringArea(r)) === sign);
}

/**
 * @param {number[][][]} rings
 * @param {number} f
 * @returns {number[][][][]} polygons (a pinched outer ring gives several)
 */
function roundPolygon(rings, f) {
  const outers = rings[0] ? roundRing(rings[0], f) : [];
  if (outers.length === 0) return [];
  const holes = rings.slice(1).flatMap((r) => roundRing(r, f));
  return [[outers[0], ...holes], ...outers.slice(1).map((r) => [r])];
}

/**
 * @param {import('geojson').Geometry} geom
 * @param {number} decimals
 * @returns {import('geojson').Geometry | null}
 */
export function roundGeometry(geom, decimals) {
  const f = 10 ** decimals;
  switch (geom.type) {
    case 'Point':
      return { type: 'Point', coordinates: [roundTo(geom.coordinates[0], f), roundTo(geom.coordinates[1], f)] };
    case 'LineString': {
      const line = roundLine(geom.coordinates, f);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geom.coordinates.map((l) => roundLine(l, f)).filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const parts = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
      const polys = parts.flatMap((p) => roundPolygon(p, f));
      if (polys.length === 0) return null;
      return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    }
    default:
      throw new Error(`roundGeometry: unsupported geometry type ${geom.type}`);
  }
}
