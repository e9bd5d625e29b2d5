/**
 * What the map's overlays say about the drawn symbols (issue 13 review):
 * which symbols fan around a border's point for want of a named place, and
 * which lie beyond the map's edges. Plain screen geometry, no React.
 */
import { sharedArea, type Box } from '../../domain/boxes';
import type { VisiblePoint } from '../../map';

/** The country pair a border id stands for (`border-vn-la` → `VN-LA`), or null for any other id. */
export function pairOfBorder(anchor: string): string | null {
  const m = /^border-([a-z]{2})-([a-z]{2})$/.exec(anchor);
  return m ? `${m[1]}-${m[2]}`.toUpperCase() : null;
}

export interface PairGroup {
  readonly anchor: string;
  readonly pair: string;
  /** The border's point on screen (the ring's centre). */
  readonly x: number;
  readonly y: number;
  /** How far the ring reaches from its centre, in CSS px: the badge sits below it. */
  readonly reach: number;
  /** The events there, in the order drawn (oldest first). */
  readonly ids: readonly string[];
}

/** Symbols drawn at a border's point because their text names no place, one group per border. */
export function pairGroups(points: readonly VisiblePoint[]): PairGroup[] {
  const groups = new Map<string, { anchor: string; pair: string; x: number; y: number; reach: number; ids: string[] }>();
  for (const p of points) {
    const pair = p.approximate ? pairOfBorder(p.anchor) : null;
    if (!pair) continue;
    let g = groups.get(p.anchor);
    if (!g) { g = { anchor: p.anchor, pair, x: p.ax, y: p.ay, reach: 0, ids: [] }; groups.set(p.anchor, g); }
    g.ids.push(p.id);
    g.reach = Math.max(g.reach, Math.hypot(p.x - p.ax, p.y - p.ay));
  }
  return [...groups.values()];
}

/** Room between a group's outermost symbol and its ring, in CSS px. */
export const GROUP_RING_GAP = 5;

/** The overlay's symbols (EventMarkers) and an export's rings (groupRings.ts) read at most this many visible events; beyond, the keyboard reaches them through the table. */
export const OVERLAY_MARKER_LIMIT = 60;

/**
 * One dashed ring round each border's group (issue 13, session 8 review: thirteen symbols, each in
 * its own dashed ring, read as a tangle): centred on the border's point, reaching `gap` px past the
 * outermost symbol (`half`, a symbol's half size). The GPU layer draws those symbols without rings.
 */
export function groupRings(groups: readonly PairGroup[], half: number, gap = GROUP_RING_GAP): Array<{ anchor: string; x: number; y: number; r: number }> {
  return groups.map((g) => ({ anchor: g.anchor, x: g.x, y: g.y, r: Math.round(g.reach + half + gap) }));
}

export type Edge = 'north' | 'south' | 'east' | 'west';
/** The arrow that points past each edge (the edge pills and the story card's off-map line). */
export const EDGE_ARROWS: Readonly<Record<Edge, string>> = { north: '\u2191', south: '\u2193', east: '\u2192', west: '\u2190' };

export interface OffscreenGroup {
  readonly edge: Edge;
  readonly ids: readonly string[];
  /**
   * The nearest, and those within `reach` of the map's size beyond it: the
   * marker the keyboard lands on once the pill brought its events in, and
   * whether the edge is far from the story (Beijing is ~1,500 km north of
   * the border's point: the pill then opens a callout listing these).
   */
  readonly targets: readonly string[];
  /** Where along that edge they lie (x for north and south, y for east and west), clamped into [lo, hi]. */
  readonly along: number;
}

/**
 * Visible events whose symbols fall outside a w×h map, grouped by the edge
 * they lie beyond (a corner goes to the edge it is farthest past). `inset`
 * px inside each edge counts as outside too: a symbol there is half cut.
 * An event counts once, by its first symbol.
 */
export function offscreenGroups(points: readonly VisiblePoint[], w: number, h: number, inset = 6, reach = 0.6): OffscreenGroup[] {
  const byEdge = new Map<Edge, { ids: string[]; sum: number; past: number[] }>();
  const seen = new Set<string>();
  for (const p of points) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const past: Array<[Edge, number]> = [
      ['north', inset - p.y], ['south', p.y - (h - inset)], ['west', inset - p.x], ['east', p.x - (w - inset)],
    ];
    const [edge, by] = past.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (!(by > 0)) continue;
    const g = byEdge.get(edge) ?? { ids: [], sum: 0, past: [] };
    g.ids.push(p.id);
    g.past.push(by);
    g.sum += edge === 'north' || edge === 'south' ? p.x : p.y;
    byEdge.set(edge, g);
  }
  const order: Edge[] = ['north', 'east', 'south', 'west'];
  return order.flatMap((edge) => {
    const g = byEdge.get(edge);
    if (!g) return [];
    const span = edge === 'north' || edge === 'south' ? w : h;
    const depth = edge === 'north' || edge === 'south' ? h : w;
    const nearest = Math.min(...g.past);
    const targets = g.ids.filter((_, i) => (g.past[i] ?? Infinity) <= nearest + reach * depth);
    return [{ edge, ids: g.ids, targets, along: Math.min(span, Math.max(0, g.sum / g.ids.length)) }];
  });
}

/**
 * Where along its edge an arrow goes so that it covers no symbol in view (a button over the
 * map hides what the canvas draws under it): the preferred spot, else the nearest clear one,
 * trying every `step` px each way within [lo, hi]. `half` is half the button's length along
 * the edge, `depth` how far it reaches into the map from the edge (with `gap` from the edge).
 */
export function clearSpot(
  edge: Edge, preferred: number, lo: number, hi: number, half: number, depth: number,
  symbols: ReadonlyArray<{ x: number; y: number }>, w: number, h: number, gap = 8, step = 24, radius = 12,
): number {
  const covers = (at: number) => symbols.some((p) => {
    const along = edge === 'north' || edge === 'south' ? p.x : p.y;
    const across = edge === 'north' ? p.y : edge === 'south' ? h - p.y : edge === 'west' ? p.x : w - p.x;
    return Math.abs(along - at) < half + radius && across < gap + depth + radius;
  });
  const start = Math.min(hi, Math.max(lo, preferred));
  for (let k = 0; k <= (hi - lo) / step + 1; k++) {
    for (const at of k === 0 ? [start] : [start - k * step, start + k * step]) {
      if (at >= lo && at <= hi && !covers(at)) return at;
    }
  }
  return start;
}

/** A box on screen, in the map's CSS px. */
export type { Box } from '../../domain/boxes';

/**
 * The count chip's height and least width (app.css `.pair-badge-button`): two lines, "13 events"
 * over "place not named" (session 14 reviews: "13 events" alone read as thirteen events at the
 * ring's centre, a located place). A drawn symbol's half size. CSS px.
 */
export const CHIP = 34;
export const SYMBOL_HALF = 9;

/**
 * Where each pair's count chip goes (session 7 review: the "13 · no place named" pill covered Lào Cai,
 * Vientiane and Hà Nội): the centre of its own ring when the ring leaves room there, else just
 * outside the ring, below first, then above, beside, on a diagonal; the first spot that meets no
 * drawn symbol, no `avoid` box (labels, controls, cards) and no chip already placed, inside the map.
 * When none is clear, the spot that hides least: the area it shares with them, a symbol's or a
 * chip's counting four times a label's (session 15: the two-line chip fell back to its ring's
 * centre over its symbols when a place dot took 3 px below). Returns the chips' centres, in the
 * groups' order.
 */
export function chipSpots(
  groups: readonly PairGroup[], symbols: ReadonlyArray<{ x: number; y: number }>, w: number, h: number,
  avoid: readonly Box[] = [], chip = CHIP, half = SYMBOL_HALF, edge = 4,
  /** Each chip's width when wider than tall (session 9: "13 events", not a bare "13"); `chip` otherwise. */
  widths: readonly number[] = [],
): Array<{ x: number; y: number }> {
  const r = chip / 2;
  const placed: Box[] = [];
  const symbolBoxes: Box[] = symbols.map((s) => ({ x: s.x - half, y: s.y - half, w: 2 * half, h: 2 * half }));
  return groups.map((g, i) => {
    const cw = Math.max(chip, widths[i] ?? chip), rw = cw / 2;
    const out = g.reach + half + r + 3, outX = g.reach + half + rw + 3;
    const around: Array<[number, number]> = [[0, 1], [0, -1], [1, 0], [-1, 0], [0.71, 0.71], [-0.71, 0.71], [0.71, -0.71], [-0.71, -0.71]];
    // Then below and above again, slid half a chip sideways (session 15: the two-line chip, wider, met Lào Cai's name below).
    const slid: Array<[number, number]> = [[rw, out], [-rw, out], [rw, -out], [-rw, -out]];
    const candidates = [[g.x, g.y] as [number, number], ...around.map(([dx, dy]) => [g.x + dx * outX, g.y + dy * out] as [number, number]),
      ...slid.map(([dx, dy]) => [g.x + dx, g.y + dy] as [number, number])];
    const hides = ([x, y]: [number, number]) => {
      const box = { x: x - rw, y: y - r, w: cw, h: chip };
      if (box.x < edge || box.y < edge || box.x + cw > w - edge || box.y + chip > h - edge) return Infinity;
      const area = (b: Box) => sharedArea(box, b);
      return [...symbolBoxes, ...placed].reduce((n, b) => n + 4 * area(b), 0) + avoid.reduce((n, b) => n + area(b), 0);
    };
    let best: [number, number] | undefined, least = Infinity;
    for (const c of candidates) {
      const n = hides(c);
      if (n < least) { best = c; least = n; }
      if (n === 0) break;
    }
    const [x, y] = best ?? [Math.max(rw + edge, Math.min(g.x, w - rw - edge)), Math.max(r + edge, Math.min(g.y, h - r - edge))];
    placed.push({ x: x - rw, y: y - r, w: cw, h: chip });
    return { x, y };
  });
}

/**
 * A count chip's width for its two lines ("13 events" at 14 px, about 6.6 px a character;
 * "place not named" at 11 px, about 5.6), with its padding.
 */
export function chipWidth(words: string, why = ''): number {
  return Math.max(CHIP, Math.round(Math.max(words.length * 6.6, why.length * 6.1) + 16));
}
