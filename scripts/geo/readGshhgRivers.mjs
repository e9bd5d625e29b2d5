// Reads GMT's binned GSHHG river file (WDB II rivers; Debian gmt-gshhg-high,
// binned_river_h.nc, netCDF-4 = HDF5, read with jsfive). Layout: the world
// in bins of `Bin_size_in_minutes`, row 0 the northernmost; each bin lists
// its segments; each segment its points as unsigned 16-bit offsets from the
// bin's south-west corner, in units of bin size / 65535. Segments carry no
// names: a river is picked as the chain of segments between two points.

/**
 * @param {{ get: (name: string) => { value: ArrayLike<number> } }} file a jsfive File
 * @param {[number, number, number, number]} box only bins meeting this box are read
 * @returns {Array<{ id: number, level: number, coords: number[][] }>}
 */
export function readGshhgRivers(file, box) {
  const v = (name) => file.get(name).value;
  const size = v('Bin_size_in_minutes')[0] / 60;
  const nx = v('N_bins_in_360_longitude_range')[0];
  const ny = v('N_bins_in_180_degree_latitude_range')[0];
  const firstSeg = v('Id_of_first_segment_in_a_bin');
  const nSeg = v('N_segments_in_a_bin');
  const nPts = v('N_points_for_a_segment');
  const level = v('Hierarchial_level_of_a_segment');
  const firstPt = v('Id_of_first_point_in_a_segment');
  const dx = v('Relative_longitude_from_SW_corner_of_bin');
  const dy = v('Relative_latitude_from_SW_corner_of_bin');
  const [w, s, e, n] = box;
  const out = [];
  for (let row = 0; row < ny; row++) {
    const south = 90 - (row + 1) * size;
    if (south > n || south + size < s) continue;
    for (let col = 0; col < nx; col++) {
      const west = col * size;
      if (west > e || west + size < w) continue;
      const bin = row * nx + col;
      for (let k = 0; k < nSeg[bin]; k++) {
        const seg = firstSeg[bin] + k;
        const coords = [];
        for (let p = 0; p < nPts[seg]; p++) {
          const i = firstPt[seg] + p;
          coords.push([west + ((dx[i] & 0xffff) / 65535) * size, south + ((dy[i] & 0xffff) / 65535) * size]);
        }
        out.push({ id: seg, level: level[seg], coords });
      }
    }
  }
  return out;
}

const km = ([x1, y1], [x2, y2]) => {
  const rad = Math.PI / 180;
  const dLat = (y2 - y1) * rad;
  const dLon = (x2 - x1) * rad * Math.cos(((y1 + y2) / 2) * rad);
  return 6371 * Math.hypot(dLat, dLon);
};

/**
 * The chain of segments joining the segment end nearest `from` to the one
 * nearest `to` (fewest kilometres, segments joined where their ends meet),
 * as one line in order; throws when either end is over `maxKm` away.
 */
export function chainBetween(segments, from, to, maxKm = 3) {
  const nodes = new Map();
  const edges = new Map();
  // Segment ends that meet are stored at the same point, give or take the 16-bit
  // quantisation: ends within 200 m are one node.
  const key = (p) => {
    for (const [k, c] of nodes) if (km(c, p) < 0.2) return k;
    const k = `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
    nodes.set(k, p);
    return k;
  };
  const addEdge = (a, b, seg, forward) => {
    if (!edges.has(a)) edges.set(a, []);
    edges.get(a).push({ to: b, seg, forward });
  };
  for (const seg of segments) {
    if (seg.coords.length < 2) continue;
    const a = key(seg.coords[0]);
    const b = key(seg.coords[seg.coords.length - 1]);
    addEdge(a, b, seg, true);
    addEdge(b, a, seg, false);
  }
  const nearest = (p) => {
    let best = null;
    let bestKm = Infinity;
    for (const [k, c] of nodes) { const d = km(c, p); if (d < bestKm) { best = k; bestKm = d; } }
    if (best === null || bestKm > maxKm) throw new Error(`no GSHHG river segment end within ${maxKm} km of ${p.join(', ')} (${bestKm.toFixed(1)} km)`);
    return best;
  };
  const start = nearest(from);
  const goal = nearest(to);
  // Dijkstra on segment lengths (a few hundred segments: a linear scan is fine).
  const dist = new Map([[start, 0]]);
  const prev = new Map();
  const done = new Set();
  for (;;) {
    let cur = null;
    for (const [k, d] of dist) if (!done.has(k) && (cur === null || d < dist.get(cur))) cur = k;
    if (cur === null) throw new Error(`GSHHG segments do not join ${from.join(', ')} to ${to.join(', ')}`);
    if (cur === goal) break;
    done.add(cur);
    for (const e of edges.get(cur) ?? []) {
      let len = 0;
      for (let i = 1; i < e.seg.coords.length; i++) len += km(e.seg.coords[i - 1], e.seg.coords[i]);
      const d = dist.get(cur) + len;
      if (d < (dist.get(e.to) ?? Infinity)) { dist.set(e.to, d); prev.set(e.to, { from: cur, e }); }
    }
  }
  const steps = [];
  for (let k = goal; k !== start; k = prev.get(k).from) steps.unshift(prev.get(k).e);
  const line = [];
  for (const { seg, forward } of steps) {
    const pts = forward ? seg.coords : [...seg.coords].reverse();
    line.push(...(line.length ? pts.slice(1) : pts));
  }
  return { line, segments: steps.map((s) => s.seg.id), km: dist.get(goal) };
}
