/** Where the story caption card can sit on the map, in order of preference (reader3). */
export const CAPTION_PLACES = ['top', 'bottom-left', 'bottom-right', 'top-left'] as const;
export type CaptionPlace = (typeof CAPTION_PLACES)[number];

/** The card's margin from the map's edges, and the room kept at the bottom for the credits and the scale bar, in CSS px. */
export const CAPTION_MARGIN_PX = 10;
export const CAPTION_BOTTOM_PX = 40;

export interface Box { x: number; y: number; w: number; h: number }

/** The box the card takes at a place, on a map of `mapW`×`mapH` CSS px (storyCaption.css places it so). */
export function placeBox(place: CaptionPlace, mapW: number, mapH: number, cardW: number, cardH: number, top = CAPTION_MARGIN_PX): Box {
  const m = CAPTION_MARGIN_PX;
  switch (place) {
    case 'top': return { x: (mapW - cardW) / 2, y: top, w: cardW, h: cardH };
    case 'top-left': return { x: m, y: top, w: cardW, h: cardH };
    case 'bottom-left': return { x: m, y: mapH - CAPTION_BOTTOM_PX - cardH, w: cardW, h: cardH };
    case 'bottom-right': return { x: mapW - m - cardW, y: mapH - CAPTION_BOTTOM_PX - cardH, w: cardW, h: cardH };
  }
}

/**
 * Where the card hides no drawn symbol (reader3, issue 13 review: at 5 Feb 2026
 * it covered the ring of 13 events): the first place, in CAPTION_PLACES order,
 * whose box (grown by `radius`, a symbol's half) holds no symbol; else the one
 * holding fewest. `current` wins ties, so the card does not jump about.
 */
export function chooseCaptionPlace(
  mapW: number, mapH: number, cardW: number, cardH: number, points: ReadonlyArray<{ x: number; y: number }>,
  radius: number, current: CaptionPlace = 'top', top = CAPTION_MARGIN_PX,
): CaptionPlace {
  const covered = (place: CaptionPlace) => {
    const b = placeBox(place, mapW, mapH, cardW, cardH, top);
    return points.filter((p) => p.x >= b.x - radius && p.x <= b.x + b.w + radius && p.y >= b.y - radius && p.y <= b.y + b.h + radius).length;
  };
  const counts = new Map(CAPTION_PLACES.map((p) => [p, covered(p)] as const));
  if (counts.get(current) === 0) return current;
  let best: CaptionPlace = current, fewest = counts.get(current) ?? Infinity;
  for (const p of CAPTION_PLACES) {
    const n = counts.get(p) ?? Infinity;
    if (n < fewest) { best = p; fewest = n; }
  }
  return best;
}
