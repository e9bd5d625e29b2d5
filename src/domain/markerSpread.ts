/**
 * Where the symbols of events drawn at one point go, so that none hides
 * another (issue 13). One rule, shared by the GPU layer that draws them and
 * the hit test that finds them under the pointer.
 */

/** Distance between neighbouring symbols' centres, in symbol sizes: a gap clear of each one's outline and dashed ring. */
export const MARKER_SPACING = 1.5;

/** The pointer finds a symbol within this many CSS px of its centre: 14 for a mouse, 22 (a 44 px target) for a finger. */
export const HIT_RADIUS_PX = { mouse: 14, touch: 22 } as const;

/**
 * Offset of the slot-th event at a point, in spacing units, screen axes
 * (x right, y down): slot 0 at the centre, then rings of 6, 12, 18… slots,
 * each ring filled from the top down (right before left): the place's label,
 * set below its point (layers.ts), stays clear of the first three rings'
 * upper halves, so a place with up to four events keeps its label in view.
 */
export function spreadOffset(slot: number): [number, number] {
  if (slot <= 0) return [0, 0];
  let ring = 1, first = 1;
  while (slot >= first + 6 * ring) { first += 6 * ring; ring++; }
  const positions = ringPositions(ring);
  return positions[slot - first] ?? [0, 0];
}

const rings = new Map<number, Array<[number, number]>>();
function ringPositions(ring: number): Array<[number, number]> {
  let out = rings.get(ring);
  if (!out) {
    const n = 6 * ring;
    out = Array.from({ length: n }, (_, k): [number, number] => {
      const angle = (k / n) * Math.PI * 2 - Math.PI / 2;
      return [Math.cos(angle) * ring, Math.sin(angle) * ring];
    });
    // Top first, then right before left; rounded so that mirror images tie exactly.
    const r = (v: number) => Math.round(v * 1e6);
    out.sort((a, b) => r(a[1]) - r(b[1]) || r(b[0]) - r(a[0]));
    rings.set(ring, out);
  }
  return out;
}

/** The same offset in CSS pixels for symbols of `sizePx`. */
export function spreadPx(offset: readonly [number, number] | readonly number[], sizePx: number): [number, number] {
  const s = sizePx * MARKER_SPACING;
  return [(offset[0] ?? 0) * s, (offset[1] ?? 0) * s];
}
