import { EVENT_TYPES, type EventType } from '../../domain/event';
import { isVisible, type DisplaySettings, type TimedEvent } from '../../domain/timeline';

/** The event types on the map at this cursor, in the legend's order (issue 15: the live legend names only what is shown). */
export function typesOnScreen(filtered: readonly TimedEvent[], cursor: number, display: DisplaySettings): EventType[] {
  const seen = new Set<EventType>();
  for (const e of filtered) {
    if (seen.size === EVENT_TYPES.length) break;
    if (!seen.has(e.event.type) && isVisible(e, cursor, display)) seen.add(e.event.type);
  }
  return EVENT_TYPES.filter((t) => seen.has(t));
}

export type Arrow = '↑' | '↗' | '→' | '↘' | '↓' | '↙' | '←' | '↖';

/** The arrow pointing from the view's centre towards a point outside it (screen y runs down). */
export function arrowTowards(x: number, y: number, width: number, height: number): Arrow {
  const angle = Math.atan2(-(y - height / 2), x - width / 2);
  const arrows: Arrow[] = ['→', '↗', '↑', '↖', '←', '↙', '↓', '↘'];
  const sector = Math.round(angle / (Math.PI / 4));
  return arrows[((sector % 8) + 8) % 8] ?? '→';
}

export interface OffFrame { anchor: string; count: number; arrow: Arrow }

/**
 * Events drawn outside the view (issue 15: the summary scene did not say
 * that the Beijing agreement lay beyond its frame), grouped by the place
 * they stand at, most first; with the direction to look in.
 */
export function offFrame(points: ReadonlyArray<{ id: string; x: number; y: number; anchor: string }>, width: number, height: number): OffFrame[] {
  const groups = new Map<string, { count: number; x: number; y: number }>();
  const seen = new Set<string>();
  for (const p of points) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    if (p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height) continue;
    const g = groups.get(p.anchor);
    if (g) g.count++;
    else groups.set(p.anchor, { count: 1, x: p.x, y: p.y });
  }
  return [...groups].map(([anchor, g]) => ({ anchor, count: g.count, arrow: arrowTowards(g.x, g.y, width, height) }))
    .sort((a, b) => b.count - a.count || a.anchor.localeCompare(b.anchor));
}

/**
 * What the map draws inside its frame (issue 15: the handout's legend listed
 * every type of the whole briefing on each page, and no page said what a
 * dashed ring means): the event types of the symbols in view, in the
 * legend's order, and whether one of them has the dashed ring (placed on a
 * border because its text names no place).
 */
export function legendInFrame(
  points: ReadonlyArray<{ id: string; x: number; y: number; approximate: boolean }>,
  width: number, height: number, typeOf: (id: string) => EventType | undefined,
): { types: EventType[]; dashed: boolean } {
  const seen = new Set<EventType>();
  let dashed = false;
  for (const p of points) {
    if (p.x < 0 || p.x > width || p.y < 0 || p.y > height) continue;
    const type = typeOf(p.id);
    if (type) seen.add(type);
    if (p.approximate) dashed = true;
  }
  return { types: EVENT_TYPES.filter((t) => seen.has(t)), dashed };
}
