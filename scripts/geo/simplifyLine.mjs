// Douglas-Peucker on a list of [lon, lat] points (planar, in degrees).

/**
 * @param {number[][]} pts
 * @param {number} tolerance degrees
 * @returns {number[][]}
 */
export function simplifyLine(pts, tolerance) {
  if (pts.length <= 2) return pts.slice();
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = /** @type {[number, number]} */ (stack.pop());
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tolerance * tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      let t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
      t = Math.max(0, Math.min(1, t));
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const d = ex * ex + ey * ey;
      if (d > worstD) { worstD = d; worst = i; }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** Rounds a coordinate list and drops repeated points. */
export function roundLine(pts, decimals) {
  const k = 10 ** decimals;
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x * k) / k, Math.round(y * k) / k];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Cuts a line to the parts inside a box (segments with a point outside are dropped at that point). */
export function clipLineToBox(pts, [w, s, e, n]) {
  const inside = ([x, y]) => x >= w && x <= e && y >= s && y <= n;
  const parts = [];
  let cur = [];
  for (const p of pts) {
    if (inside(p)) cur.push(p);
    else if (cur.length) { parts.push(cur); cur = []; }
  }
  if (cur.length) parts.push(cur);
  return parts.filter((part) => part.length >= 2);
}
