import type { TimedEvent } from '../../domain/timeline';

/** The order of timeEvents: start, then end, then id. */
function compare(a: TimedEvent, b: TimedEvent): number {
  return a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

/**
 * The event before (−1) or after (+1) `current` on the filtered timeline, or
 * null at either end. `current` need not be in `events` (it may have been
 * filtered out): its neighbours are then the events around where it would be.
 */
export function neighbour(events: readonly TimedEvent[], current: TimedEvent, direction: 1 | -1): TimedEvent | null {
  const index = events.indexOf(current);
  if (index >= 0) return events[index + direction] ?? null;
  if (direction === 1) return events.find((e) => compare(e, current) > 0) ?? null;
  return events.findLast((e) => compare(e, current) < 0) ?? null;
}
