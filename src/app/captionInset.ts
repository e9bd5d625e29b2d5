/** What a story caption card covers when it is not on screen yet: its usual height and top margin, in CSS pixels. */
export const CAPTION_RESERVE_PX = 96;

/**
 * How much of the map's top the story caption card covers, in CSS pixels
 * (issue 13 review: the card hid the event the camera had just brought in).
 * The camera follows an event exactly when the card shows it, often before
 * React has drawn the card: then its usual height is reserved. Measured
 * against the card's layer, which spans the map's top edge.
 */
export function captionInset(doc: Pick<Document, 'querySelector'>): number {
  const card = doc.querySelector('.story-caption');
  const layer = card?.closest('.story-caption-layer');
  if (!card || !layer) return CAPTION_RESERVE_PX;
  // Placed at the bottom, clear of the symbols (reader3): the top is free.
  if (layer.getAttribute('data-place')?.startsWith('bottom')) return 0;
  const covered = card.getBoundingClientRect().bottom - layer.getBoundingClientRect().top;
  return Number.isFinite(covered) && covered > 0 ? Math.ceil(covered) + 8 : CAPTION_RESERVE_PX;
}
