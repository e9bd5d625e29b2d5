/**
 * Map symbols drawn in code as RGBA pixels, so the style needs no sprite
 * sheet from a server. Each shape is rasterised from a signed distance
 * function with a one-pixel antialiased edge and an optional outline.
 * Pure: no canvas, no DOM, so it is unit-testable and runs anywhere.
 */
export type IconShape = 'circle' | 'ring' | 'square' | 'diamond' | 'triangle' | 'star' | 'hexagon' | 'cross';

export interface IconSpec {
  shape: IconShape;
  fill: string; // #rrggbb
  stroke: string; // #rrggbb
  size: number; // css px
  pixelRatio: number;
}

export interface IconImage { width: number; height: number; data: Uint8Array }

export function drawIcon(spec: IconSpec): IconImage {
  const px = Math.max(4, Math.round(spec.size * spec.pixelRatio));
  const data = new Uint8Array(px * px * 4);
  const fill = parseHex(spec.fill);
  const stroke = parseHex(spec.stroke);
  const half = px / 2;
  const strokeWidth = Math.max(1, 1.5 * spec.pixelRatio);
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      // Normalised coordinates in [-1, 1], centre of the pixel.
      const u = (x + 0.5 - half) / half;
      const v = (y + 0.5 - half) / half;
      const d = distance(spec.shape, u, v) * half; // in pixels, negative inside
      const coverage = clamp01(0.5 - d);
      if (coverage <= 0) continue;
      const inner = spec.shape === 'ring' ? 0 : clamp01(0.5 - (d + strokeWidth));
      const rgb = mix(stroke, fill, inner);
      const o = (y * px + x) * 4;
      data[o] = rgb[0];
      data[o + 1] = rgb[1];
      data[o + 2] = rgb[2];
      data[o + 3] = Math.round(255 * coverage);
    }
  }
  return { width: px, height: px, data };
}

const R = 0.86; // leave a margin for the antialiased edge

function distance(shape: IconShape, u: number, v: number): number {
  switch (shape) {
    case 'circle': return Math.hypot(u, v) - R;
    case 'ring': return Math.abs(Math.hypot(u, v) - R * 0.8) - R * 0.18;
    case 'square': return Math.max(Math.abs(u), Math.abs(v)) - R * 0.82;
    case 'diamond': return (Math.abs(u) + Math.abs(v) - R) / Math.SQRT2;
    case 'triangle': return polygonDistance(TRIANGLE, u, v);
    case 'hexagon': return polygonDistance(HEXAGON, u, v);
    case 'cross': {
      const a = Math.abs(u), b = Math.abs(v);
      return Math.min(Math.max(a - R, b - R * 0.34), Math.max(a - R * 0.34, b - R));
    }
    case 'star': return polygonDistance(STAR, u, v);
  }
}

/** Regular polygon or star vertices, screen coordinates (y down), first vertex pointing up. */
function polygonPoints(n: number, outer: number, inner?: number): Array<[number, number]> {
  const pts: Array<[number, number]> = [];
  const count = inner === undefined ? n : n * 2;
  for (let i = 0; i < count; i++) {
    const r = inner === undefined || i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI * 2) / count;
    pts.push([Math.cos(a) * r, Math.sin(a) * r]);
  }
  return pts;
}

const TRIANGLE = polygonPoints(3, R * 1.05).map(([x, y]): [number, number] => [x, y + R * 0.15]);
const HEXAGON = polygonPoints(6, R * 0.95);
const STAR = polygonPoints(5, R * 1.05, R * 0.45);

/** Signed distance to a simple polygon: negative inside (even–odd rule). */
function polygonDistance(pts: ReadonlyArray<readonly [number, number]>, u: number, v: number): number {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i] ?? [0, 0];
    const [xj, yj] = pts[j] ?? [0, 0];
    const ex = xi - xj, ey = yi - yj;
    const t = Math.max(0, Math.min(1, ((u - xj) * ex + (v - yj) * ey) / (ex * ex + ey * ey)));
    d = Math.min(d, Math.hypot(u - (xj + ex * t), v - (yj + ey * t)));
    if ((yi > v) !== (yj > v) && u < ((xj - xi) * (v - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? -d : d;
}

function clamp01(x: number): number { return x < 0 ? 0 : x > 1 ? 1 : x; }

function mix(a: [number, number, number], b: [number, number, number], t: number): [number, number, number] {
  return [Math.round(a[0] + (b[0] - a[0]) * t), Math.round(a[1] + (b[1] - a[1]) * t), Math.round(a[2] + (b[2] - a[2]) * t)];
}

export function parseHex(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [0, 0, 0];
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}
