import { boxesMeet, type Box } from '../../domain/boxes';
/** Where the story caption card can sit on the map, in order of preference (reader3). */
export const CAPTION_PLACES = ['top', 'bottom-left', 'bottom-right', 'top-left'] as const;
export type CaptionPlace = (typeof CAPTION_PLACES)[number];

/** The card's margin from the map's edges, and the room kept at the bottom for the credits and the scale bar, in CSS px. */
export const CAPTION_MARGIN_PX = 10;
export const CAPTION_BOTTOM_PX = 40;

/** Above this share of the map's width the card keeps clear of symbols only, not of the focus provinces. */
export const NARROW_CARD_SHARE = 0.6;

export type { Box } from '../../domain/boxes';

/**
 * The three focus provinces (Quảng Trị as merged in 2025, Savannakhet, Salavan), west, south,
 * east, north: the story's subject, which the card must not cover (issue 13, session 8 review:
 * at 1280×800 the card sat bottom-left over Savannakhet and Salavan).
 */
export const FOCUS_PROVINCES_BOUNDS: readonly [number, number, number, number] = [104.75, 15.29, 107.41, 18.07];

/** The screen box of a lon/lat box, through a projection. */
export function projectBounds([w, s, e, n]: readonly [number, number, number, number], project: (lon: number, lat: number) => { x: number; y: number }): Box {
  const a = project(w, n), b = project(e, s);
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(b.x - a.x), h: Math.abs(b.y - a.y) };
}

/**
 * What one map name under the card weighs against one hidden symbol: names decide only between
 * places that hide as many symbols (session 17, issue 13 review: after Next at 1280 the card sat
 * over "Lào Cai" and five more names while the bottom corners hid none). Counted up to
 * LABEL_COUNT_MAX, so that names together always weigh less than one symbol.
 */
export const LABEL_WEIGHT = 1 / 64;
const LABEL_COUNT_MAX = 63;

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
 * A place over the focus provinces (`focus`, their screen box) comes after every
 * place clear of them, whatever symbols those hide (session 8). Each of `obstacles` (screen boxes
 * of the edge pills, count chips and group rings) the box meets counts as one hidden symbol.
 * Each of `labels` (the map's placed names) it meets counts LABEL_WEIGHT of one.
 */
export function chooseCaptionPlace(
  mapW: number, mapH: number, cardW: number, cardH: number, points: ReadonlyArray<{ x: number; y: number }>,
  radius: number, current: CaptionPlace = 'top', top = CAPTION_MARGIN_PX, focus: Box | null = null,
  obstacles: readonly Box[] = [], labels: readonly Box[] = [],
): CaptionPlace {
  // A card wider than 60% of the map (a phone's) spans it at every place and cannot keep clear of the
  // provinces: there the symbols it hides decide alone (timeline-truth.spec: at 390 px the focus rule
  // put it over five Vietnam–China symbols).
  const avoid = focus && cardW <= mapW * NARROW_CARD_SHARE ? focus : null;
  const covered = (place: CaptionPlace) => {
    const b = placeBox(place, mapW, mapH, cardW, cardH, top);
    const hidden = points.filter((p) => p.x >= b.x - radius && p.x <= b.x + b.w + radius && p.y >= b.y - radius && p.y <= b.y + b.h + radius).length;
    // The map's own controls and marks count as symbols do (session 9): the edge pills ("2 events
    // north ↑"), the count chips and the dashed rings (session 8 review: at 1280 in fr and vi the
    // card hid the north pill and half a chip).
    const blocked = obstacles.filter((o) => boxesMeet(b, o)).length;
    const names = Math.min(LABEL_COUNT_MAX, labels.filter((l) => boxesMeet(b, l)).length) * LABEL_WEIGHT;
    return hidden + blocked + names + (avoid && boxesMeet(b, avoid) ? points.length + obstacles.length + 1 : 0);
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
