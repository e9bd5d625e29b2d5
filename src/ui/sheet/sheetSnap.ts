/**
 * The heights a phone's event sheet settles at (issue 13 review: draggable between collapsed,
 * half and full): the head row only (the map above almost whole), 45% and 92% of the screen.
 */
export const SNAPS = ['peek', 'half', 'full'] as const;
export type Snap = (typeof SNAPS)[number];

/** Each snap's height for a screen `vh` px tall (the CSS in app.css draws the same). */
export function snapHeight(snap: Snap, vh: number): number {
  return snap === 'peek' ? Math.min(120, vh * 0.2) : snap === 'half' ? vh * 0.45 : vh * 0.92;
}

/** The snap nearest to a dragged height. */
export function nearestSnap(height: number, vh: number): Snap {
  let best: Snap = 'half', bestD = Infinity;
  for (const s of SNAPS) {
    const d = Math.abs(snapHeight(s, vh) - height);
    if (d < bestD) { bestD = d; best = s; }
  }
  return best;
}
