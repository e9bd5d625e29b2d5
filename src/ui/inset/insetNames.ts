/** A box in the inset's SVG units. */
export interface UnitBox { x: number; y: number; width: number; height: number }

/** A country name's box: `x` its middle (text-anchor middle), `y` its baseline, `units` its size. */
function nameBox(x: number, y: number, text: string, units: number): UnitBox {
  const w = text.length * units * 0.68 + 4;
  return { x: x - w / 2, y: y - units * 0.8, width: w, height: units };
}

/** Whether a box lies across a frame's outline: it overlaps the frame without lying wholly inside or outside it. */
function onOutline(b: UnitBox, f: UnitBox): boolean {
  const overlaps = b.x < f.x + f.width && b.x + b.width > f.x && b.y < f.y + f.height && b.y + b.height > f.y;
  const inside = b.x >= f.x && b.x + b.width <= f.x + f.width && b.y >= f.y && b.y + b.height <= f.y + f.height;
  return overlaps && !inside;
}

/**
 * A name's baseline moved off the extent frame's line (issue 15, session 11 review: LAOS and VIETNAM sat on
 * the frame's edge): where it is if clear, else just below the frame, else just above it, whichever first
 * stays whole in a picture `height` units tall; where it was when neither does.
 */
export function clearOfFrame(x: number, y: number, text: string, units: number, frame: UnitBox | null, height: number): number {
  if (!frame) return y;
  const below = frame.y + frame.height + units * 0.8 + 3, above = frame.y - units * 0.2 - 3;
  for (const at of [y, below, above]) {
    const b = nameBox(x, at, text, units);
    if (b.y >= 0 && b.y + b.height <= height && !onOutline(b, frame)) return at;
  }
  return y;
}
