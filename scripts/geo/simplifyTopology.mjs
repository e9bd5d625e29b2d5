// Douglas-Peucker on the arcs of a TopoJSON topology. Each arc is shared by
// the countries on both sides, so simplifying arcs (never their end points)
// keeps neighbouring outlines and the border lines drawn from them in step:
// no gaps, no slivers. Returns a new topology with absolute coordinates.

/**
 * @param {number[]} p @param {number[]} a @param {number[]} b
 * @returns {number} squared distance from p to segment ab, in degrees²
 */
function segDist2(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t = dx === 0 && dy === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy);
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** @param {number[][]} pts @param {number} tolerance */
function douglasPeucker(pts, tolerance) {
  if (pts.length <= 2 || tolerance <= 0) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(pts[i], pts[first], pts[last]);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index !== -1 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return pts.filter((_, i) => keep[i] === 1);
}

/** @param {number[][]} arc @param {number} tolerance */
function simplifyArc(arc, tolerance) {
  const closed = arc.length > 3 && arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
  if (!closed) return douglasPeucker(arc, tolerance);
  // A closed arc (an island): split at the vertex farthest from the start.
  let far = 1;
  let farD = -1;
  for (let i = 1; i < arc.length - 1; i++) {
    const d = (arc[i][0] - arc[0][0]) ** 2 + (arc[i][1] - arc[0][1]) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  }
  const out = [...douglasPeucker(arc.slice(0, far + 1), tolerance), ...douglasPeucker(arc.slice(far), tolerance).slice(1)];
  return out.length >= 4 ? out : arc;
}

/** @param {import('topojson-specification').Topology} topo */
function absoluteArcs(topo) {
  if (!topo.transform) return topo.arcs.map((arc) => arc.map((p) => [p[0], p[1]]));
  const { scale, translate } = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0];
      y += p[1];
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

/** Arc indices used by each geometry of a GeometryCollection object. */
export function arcsOf(geometry) {
  const found = new Set();
  const walk = (a) => (typeof a === 'number' ? found.add(a < 0 ? ~a : a) : a.forEach(walk));
  if (geometry.arcs) walk(geometry.arcs);
  return found;
}

/**
 * @param {import('topojson-specification').Topology} topo
 * @param {(arcIndex: number) => number} toleranceOf tolerance in degrees for each arc
 */
export function simplifyTopology(topo, toleranceOf) {
  const arcs = absoluteArcs(topo).map((arc, i) => simplifyArc(arc, toleranceOf(i)));
  const { transform: _transform, ...rest } = topo;
  return { ...rest, arcs };
}
