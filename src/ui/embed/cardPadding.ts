/** A box on screen (CSS px), as getBoundingClientRect gives it. */
export interface Box { left: number; top: number; right: number; bottom: number }

/** The part of the map a camera should leave free, on each side (CSS px). */
export interface CoveredPadding { top: number; right: number; bottom: number; left: number }

/** Room kept between the selected symbol and the card's edge. */
export const CARD_GAP_PX = 12;

/**
 * How much of the map the embed's event card covers, as camera padding
 * (issue 14 review: the card hid the selected symbol, at 680 px its right
 * half and at 320 px 60% of the map). A card against the map's right edge
 * (the 680 px frame) pads the right; a sheet along the bottom (a narrow
 * frame) pads the bottom. Nothing when the card does not overlap the map,
 * or covers it so much that no free strip of `minFree` px would remain (the
 * camera then stays where the reader left it).
 */
export function cardPadding(card: Box, map: Box, minFree = 48): CoveredPadding | null {
  const w = map.right - map.left, h = map.bottom - map.top;
  const overlapX = Math.min(card.right, map.right) - Math.max(card.left, map.left);
  const overlapY = Math.min(card.bottom, map.bottom) - Math.max(card.top, map.top);
  if (!(w > 0 && h > 0) || overlapX <= 0 || overlapY <= 0) return null;
  // A sheet spans (nearly) the map's width: it covers the bottom. Otherwise the card's side.
  const spansWidth = overlapX >= w * 0.8;
  if (spansWidth) {
    const bottom = Math.round(map.bottom - Math.max(card.top, map.top) + CARD_GAP_PX);
    return h - bottom >= minFree ? { top: 0, right: 0, bottom, left: 0 } : null;
  }
  const onRight = card.left - map.left > map.right - card.right;
  const side = Math.round(onRight ? map.right - Math.max(card.left, map.left) + CARD_GAP_PX : Math.min(card.right, map.right) - map.left + CARD_GAP_PX);
  if (w - side < minFree) return null;
  return onRight ? { top: 0, right: side, bottom: 0, left: 0 } : { top: 0, right: 0, bottom: 0, left: side };
}

/**
 * The padding grown by how far the symbol is drawn from its place (a crowd's
 * symbols are spread around it, by up to tens of pixels): the camera brings
 * the place in, so the symbol lands in the free part too. `dx, dy` is the
 * symbol less its place, in CSS px. The padding as given when the free part
 * would be under `minFree` px.
 */
export function withSpread(p: CoveredPadding, dx: number, dy: number, w: number, h: number, minFree = 48): CoveredPadding {
  const r = CARD_GAP_PX;
  const grown = {
    top: p.top + Math.max(0, -dy) + r, right: p.right + Math.max(0, dx) + r,
    bottom: p.bottom + Math.max(0, dy) + r, left: p.left + Math.max(0, -dx) + r,
  };
  return w - grown.left - grown.right >= minFree && h - grown.top - grown.bottom >= minFree ? grown : p;
}

/**
 * How far down from the map's top the controls over it reach (the legend's button, the
 * "n events to the north" arrow), in CSS px from the map's top: a symbol panned there would
 * sit under them (issue 14 journalist review: Khe Sanh, panned above the 350 px sheet, under
 * the north arrow). Only what starts in the map's upper third counts.
 */
export function topCover(boxes: readonly Box[], map: Box): number {
  const h = map.bottom - map.top;
  let top = 0;
  for (const b of boxes) {
    if (b.bottom <= b.top || b.right <= b.left || b.top - map.top > h / 3 || b.bottom <= map.top) continue;
    if (b.right <= map.left || b.left >= map.right) continue;
    top = Math.max(top, Math.round(b.bottom - map.top));
  }
  return top;
}
