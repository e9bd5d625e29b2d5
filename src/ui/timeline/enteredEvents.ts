import { isVisible, lastStartingBy, type TimedEvent } from '../../domain/timeline';
import type { ViewerState } from '../../store/viewerStore';

/**
 * The visible events a cursor move brought into view, oldest first: what the
 * announcer reads out and the story caption shows (issues 4 and 13).
 */
export function enteredEvents(s: Pick<ViewerState, 'filtered' | 'cursor' | 'display'>, prevCursor: number): TimedEvent[] {
  const last = lastStartingBy(s.filtered, s.cursor);
  // Forward: everything that started since the last position. Backward (a
  // step back, or a loop to the start): the events at the new position.
  let first = last + 1;
  if (s.cursor > prevCursor) first = lastStartingBy(s.filtered, prevCursor) + 1;
  else while (first > 0 && s.filtered[first - 1]?.start === s.cursor) first--;
  return s.filtered.slice(first, last + 1).filter((e) => isVisible(e, s.cursor, s.display));
}
