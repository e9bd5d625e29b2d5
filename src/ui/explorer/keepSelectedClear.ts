import type { Box, CoveredPadding } from '../embed/cardPadding';

/** Room kept between the selected symbol and the map's edges or what covers the map, in CSS px. */
export const CLEAR_MARGIN_PX = 40;

/**
 * The strip of the map a cover takes, as camera padding: of the four strips from a map edge that
 * contain the cover, the narrowest (a card at the top takes the top, a sheet the bottom, a pill in
 * a corner whichever is thinner). Null when it does not overlap the map.
 */
export function coverStrip(cover: Box, map: Box): CoveredPadding | null {
  const l = Math.max(cover.left, map.left), r = Math.min(cover.right, map.right);
  const t = Math.max(cover.top, map.top), b = Math.min(cover.bottom, map.bottom);
  if (r <= l || b <= t) return null;
  const strips: CoveredPadding[] = [
    { top: b - map.top, right: 0, bottom: 0, left: 0 },
    { top: 0, right: 0, bottom: map.bottom - t, left: 0 },
    { top: 0, right: 0, bottom: 0, left: r - map.left },
    { top: 0, right: map.right - l, bottom: 0, left: 0 },
  ];
  const size = (p: CoveredPadding) => p.top + p.right + p.bottom + p.left;
  return strips.reduce((a, s) => (size(s) < size(a) ? s : a));
}

/**
 * Where the selected symbol should be drawn so that nothing covers it (issue 13, session 8 review:
 * a row chosen in the list could leave its symbol at the map's edge, under the caption card, the
 * phone's sheet or the edge pills), in the map's own pixels; null when it is clear already.
 * The free part is the map less `margin` on each side and less each cover's strip (coverStrip).
 * The symbol moves the least it must: it is clamped into the free part, not centred. Null too
 * when no free part is left (the camera then stays where the reader left it).
 */
export function clearTarget(
  symbol: { x: number; y: number }, map: Box, covers: readonly Box[], margin = CLEAR_MARGIN_PX,
): { x: number; y: number } | null {
  const w = map.right - map.left, h = map.bottom - map.top;
  const pad: CoveredPadding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const c of covers) {
    const p = coverStrip(c, map);
    if (!p) continue;
    pad.top = Math.max(pad.top, p.top); pad.right = Math.max(pad.right, p.right);
    pad.bottom = Math.max(pad.bottom, p.bottom); pad.left = Math.max(pad.left, p.left);
  }
  const left = pad.left + margin, right = w - pad.right - margin, top = pad.top + margin, bottom = h - pad.bottom - margin;
  if (!(right > left && bottom > top)) return null;
  const x = Math.min(right, Math.max(left, symbol.x)), y = Math.min(bottom, Math.max(top, symbol.y));
  return x === symbol.x && y === symbol.y ? null : { x, y };
}
