/** A box in the inset's SVG units. */
export interface UnitBox { x: number; y: number; width: number; height: number }

/** A country name's box: `x` its middle (text-anchor middle), `y` its baseline, `units` its size. */
export function nameBox(x: number, y: number, text: string, units: number): UnitBox {
  // As the browser boxes SVG text: the font's ascent over the baseline, its descent under it (about 1.4 em in all).
  const w = text.length * units * 0.7 + 4;
  return { x: x - w / 2, y: y - units * 1.05, width: w, height: units * 1.4 };
}

/** Whether a box lies across a frame's outline: it overlaps the frame without lying wholly inside or outside it. */
function onOutline(b: UnitBox, f: UnitBox): boolean {
  const overlaps = b.x < f.x + f.width && b.x + b.width > f.x && b.y < f.y + f.height && b.y + b.height > f.y;
  const inside = b.x >= f.x && b.x + b.width <= f.x + f.width && b.y >= f.y && b.y + b.height <= f.y + f.height;
  return overlaps && !inside;
}

/** Whether two boxes overlap, or come within `gap` units of each other. */
function meets(a: UnitBox, b: UnitBox, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * A name's place moved off the extent frame's line (issue 15, session 11 review: LAOS and VIETNAM sat on
 * the frame's edge): where it is if clear, else just below the frame, just above it, right of it or left of
 * it, whichever first stays whole in a `width`×`height` picture and whose middle `fits` says is the name's
 * own ground; where it was when none does. [x, baseline].
 * `fits` (session 13: in Vietnamese at 1024 × 768, VIỆT NAM found room only above the frame, over China):
 * by default every place fits; LocatorInset passes "over this country or over no other" (countryAt).
 * `taken` are the names already drawn (session 14 review: at 1024 × 768 on a zoomed-in step, LAOS moved
 * left of the tiny frame and ran into VIETNAM: "LAOSVIETNAM"): a place meeting one of them is not taken,
 * and the places are also tried slid sideways clear of them.
 */
export function clearOfFrame(
  x: number, y: number, text: string, units: number, frame: UnitBox | null, width: number, height: number,
  fits: (x: number, y: number) => boolean = () => true, taken: readonly UnitBox[] = [],
): [number, number] {
  const free = (b: UnitBox) => !taken.some((t) => meets(b, t, units * 0.2));
  if (!frame) return [x, y];
  const half = nameBox(0, 0, text, units).width / 2;
  const below = frame.y + frame.height + units * 1.05 + 2, above = frame.y - units * 0.35 - 2;
  const right = frame.x + frame.width + half + 3, left = frame.x - half - 3;
  const gap = units * 0.2;
  const places: Array<readonly [number, number]> = [[x, y], [x, below], [x, above], [right, y], [left, y]];
  // Each place slid sideways clear of every name already drawn, after the place itself.
  const slid = places.flatMap(([, ay]) => taken.flatMap((t) => [[t.x + t.width + gap + half, ay], [t.x - gap - half, ay]] as const));
  for (const [ax, ay] of [...places, ...slid]) {
    const b = nameBox(ax, ay, text, units);
    const moved = ax !== x || ay !== y;
    if (b.x >= 0 && b.x + b.width <= width && b.y >= 0 && b.y + b.height <= height && !onOutline(b, frame)
      && (!moved || fits(ax, ay - units * 0.35)) && free(b)) return [ax, ay];
  }
  // Nowhere clear: by its anchor still (a name is never dropped: the briefing names its countries).
  return [x, y];
}

/** Rings in the picture's units, by country. */
export type ProjectedCountry = { id: string; rings: ReadonlyArray<ReadonlyArray<readonly [number, number]>> };

/** The country whose rings hold this point (even–odd over all its rings), or null over the sea. */
export function countryAt(countries: readonly ProjectedCountry[], x: number, y: number): string | null {
  for (const c of countries) {
    let inside = false;
    for (const ring of c.rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!, [xj, yj] = ring[j]!;
        if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    if (inside) return c.id;
  }
  return null;
}

/**
 * Whether a name's box strays over another country: of nine points along its middle row, three or more
 * over a country not `own` (`at` gives the country under a point, null over the sea). One end over a
 * neighbour is a name beside its coast (VIETNAM over the Gulf of Tonkin, its V on Guangxi).
 */
export function strays(b: UnitBox, own: string, at: (x: number, y: number) => string | null): boolean {
  const y = b.y + b.height / 2;
  let n = 0;
  for (let i = 0; i < 9; i++) { const c = at(b.x + (b.width * (i + 0.5)) / 9, y); if (c !== null && c !== own) n++; }
  return n >= 3;
}

/**
 * A leader from a name to its country (session 15, analyst review: at 1024 × 768 LAOS sat over Thailand
 * and Cambodia, VIETNAM over China's coast; a small country's name cannot fit in it at the inset's
 * scale): from the point of the name's box nearest `heart` (a point inside the country), 2 units out,
 * to the heart. Null when the heart is inside the box already.
 */
export function leader(b: UnitBox, [hx, hy]: readonly [number, number]): [number, number, number, number] | null {
  const nx = Math.max(b.x, Math.min(hx, b.x + b.width)), ny = Math.max(b.y, Math.min(hy, b.y + b.height));
  const d = Math.hypot(hx - nx, hy - ny);
  if (d < 3) return null;
  return [nx + ((hx - nx) / d) * 2, ny + ((hy - ny) / d) * 2, hx, hy];
}
