// Relief bands for the Annamite range and the hills around it, from the
// elevation texture Marble ships for its "Atlas" map (Debian marble-qt-data:
// maps/earth/srtm, credited by Marble to NASA JPL's SRTM30, public domain).
// Level 3 of that texture is 16×8 greyscale JPEG tiles of 675 px: 1/30° a
// pixel (~3.7 km), equirectangular, row 0 at 90°N. Grey 127 is sea level and
// higher greys are higher ground (not linearly: Vientiane, ~170 m, reads 128;
// the Bolaven plateau, ~1,000–1,300 m, 178; the Tibetan plateau 230), so the
// bands are relative ("higher ground"), and data/SOURCES.md says so.

const TILE = 675;
const PX_PER_DEG = 30;

/** Grey thresholds of the bands, lowest first (rough heights, for the record only). */
export const RELIEF_BANDS = [
  { band: 1, grey: 150, roughly: 'about 500–600 m' },
  { band: 2, grey: 172, roughly: 'about 1,000 m' },
  { band: 3, grey: 195, roughly: 'about 1,800–2,000 m' },
];

/**
 * @param {{ decode: (buf: Uint8Array, opts: object) => { width: number, height: number, data: Uint8Array } }} jpeg jpeg-js
 * @param {(row: number, col: number) => Uint8Array} readTile bytes of level-3 tile (row, col)
 * @param {[number, number, number, number]} box
 * @returns {{ width: number, height: number, values: Float64Array, west: number, north: number }}
 */
export function elevationGrid(jpeg, readTile, box) {
  const [w, s, e, n] = box;
  const x0 = Math.round((w + 180) * PX_PER_DEG);
  const x1 = Math.round((e + 180) * PX_PER_DEG);
  const y0 = Math.round((90 - n) * PX_PER_DEG);
  const y1 = Math.round((90 - s) * PX_PER_DEG);
  const width = x1 - x0;
  const height = y1 - y0;
  const values = new Float64Array(width * height);
  const tiles = new Map();
  const tileAt = (row, col) => {
    const key = `${row}/${col}`;
    if (!tiles.has(key)) tiles.set(key, jpeg.decode(readTile(row, col), { useTArray: true, formatAsRGBA: true }));
    return tiles.get(key);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gx = x0 + x;
      const gy = y0 + y;
      const t = tileAt(Math.floor(gy / TILE), Math.floor(gx / TILE));
      values[y * width + x] = t.data[((gy % TILE) * TILE + (gx % TILE)) * 4];
    }
  }
  return { width, height, values: boxBlur(values, width, height), west: w, north: n };
}

/** 3×3 mean, twice: smooths JPEG noise so the bands have fewer, rounder edges. */
function boxBlur(src, width, height) {
  let a = src;
  for (let pass = 0; pass < 2; pass++) {
    const b = new Float64Array(a.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let sum = 0;
        let k = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const yy = y + dy;
            const xx = x + dx;
            if (yy < 0 || yy >= height || xx < 0 || xx >= width) continue;
            sum += a[yy * width + xx];
            k++;
          }
        }
        b[y * width + x] = sum / k;
      }
    }
    a = b;
  }
  return a;
}

/**
 * @param {ReturnType<typeof elevationGrid>} grid
 * @param {(grid: ReturnType<typeof elevationGrid>, grey: number) => number[][][][]} contour MultiPolygon coordinates in pixel space
 * @param {(ring: number[][], tolerance: number) => number[][]} simplify
 * @param {(ring: number[][], decimals: number) => number[][]} round
 */
export function buildRelief(grid, contour, simplify, round, decimals) {
  const toLonLat = ([x, y]) => [grid.west + x / PX_PER_DEG, grid.north - y / PX_PER_DEG];
  const ringArea = (r) => {
    let a = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]);
    return Math.abs(a / 2);
  };
  return RELIEF_BANDS.map(({ band, grey, roughly }) => {
    const polygons = [];
    for (const poly of contour(grid, grey)) {
      const [outer, ...holes] = poly.map((ring) => round(simplify(ring.map(toLonLat), 0.03), decimals));
      // Specks under ~0.04 square degrees (~20 km across) are noise at this scale.
      if (!outer || outer.length < 4 || ringArea(outer) < 0.04) continue;
      polygons.push([outer, ...holes.filter((h) => h.length >= 4 && ringArea(h) >= 0.02)]);
    }
    return {
      type: 'Feature',
      properties: {
        id: `relief-${band}`, kind: 'relief', band, name: `relief ${band}`, name_en: `Higher ground, band ${band} (${roughly}, approximate)`,
        source: 'srtm30 elevation texture (marble-qt-data)', approximate: true,
      },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    };
  });
}
