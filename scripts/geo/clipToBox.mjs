// Clips a polygonal geometry to a lon/lat box, so that the shipped context
// (India, Japan, the Philippines...) stops at the edge of the region the map
// can show instead of carrying whole countries.
//
// Sutherland-Hodgman is exact for a convex clip window but, where a concave
// outline leaves the box and comes back, it joins the pieces with zero-width
// "bridges" along the box edge: pass the result through dissolve.mjs.

/** @typedef {[number, number, number, number]} Box */

/**
 * @param {number[][]} ring closed ring
 * @param {Box} box
 */
function clipRing(ring, box) {
  const [minX, minY, maxX, maxY] = box;
  /** @type {Array<{ inside: (p: number[]) => boolean, cut: (a: number[], b: number[]) => number[] }>} */
  const edges = [
    { inside: (p) => p[0] >= minX, cut: (a, b) => [minX, a[1] + ((b[1] - a[1]) * (minX - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[0] <= maxX, cut: (a, b) => [maxX, a[1] + ((b[1] - a[1]) * (maxX - a[0])) / (b[0] - a[0])] },
    { inside: (p) => p[1] >= minY, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (minY - a[1])) / (b[1] - a[1]), minY] },
    { inside: (p) => p[1] <= maxY, cut: (a, b) => [a[0] + ((b[0] - a[0]) * (maxY - a[1])) / (b[1] - a[1]), maxY] },
  ];
  let pts = ring.slice(0, -1);
  for (const edge of edges) {
    if (pts.length === 0) break;
    const out = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i];
      const prev = pts[(i - 1 + pts.length) % pts.length];
      const curIn = edge.inside(cur);
      if (curIn) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) {
        out.push(edge.cut(prev, cur));
      }
    }
    pts = out;
  }
  return pts.length >= 3 ? [...pts, pts[0]] : null;
}

/** @param {number[][][]} rings @param {Box} box */
function ringBoxRelation(rings, box) {
  let allIn = true;
  let anyIn = false;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of rings[0]) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
    const inside = x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
    allIn &&= inside;
    anyIn ||= inside;
  }
  const overlaps = minX <= box[2] && maxX >= box[0] && minY <= box[3] && maxY >= box[1];
  if (allIn) return 'inside';
  return overlaps || anyIn ? 'crossing' : 'outside';
}

/**
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} geom
 * @param {Box} box
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon | null}
 */
export function clipToBox(geom, box) {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const kept = [];
  for (const rings of polys) {
    const relation = ringBoxRelation(rings, box);
    if (relation === 'inside') kept.push(rings);
    else if (relation === 'crossing') {
      const outer = clipRing(rings[0], box);
      if (!outer) continue;
      const holes = rings.slice(1).map((r) => clipRing(r, box)).filter((r) => r !== null);
      kept.push([outer, ...holes]);
    }
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}
