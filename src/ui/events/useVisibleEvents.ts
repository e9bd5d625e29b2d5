import { useShallow } from 'zustand/react/shallow';
import type { DayNumber } from '../../domain/dayNumber';
import { isVisible, lastStartingBy, type DisplaySettings, type TimedEvent } from '../../domain/timeline';
import { useViewer } from '../StoreContext';

/**
 * The newest `limit` events visible at the cursor under the display mode,
 * newest first. `events` sorted by start. Stops as soon as it has `limit`.
 */
export function newestVisible(events: readonly TimedEvent[], cursor: DayNumber, display: DisplaySettings, limit = Infinity): TimedEvent[] {
  const out: TimedEvent[] = [];
  for (let i = lastStartingBy(events, cursor); i >= 0 && out.length < limit; i--) {
    const e = events[i];
    if (e && isVisible(e, cursor, display)) out.push(e);
  }
  return out;
}

/** How many events are visible at the cursor; no allocation, O(log n) when cumulative. */
export function countVisible(events: readonly TimedEvent[], cursor: DayNumber, display: DisplaySettings): number {
  const last = lastStartingBy(events, cursor);
  if (display.mode === 'cumulative') return last + 1;
  let n = 0;
  for (let i = last; i >= 0; i--) {
    const e = events[i];
    if (e && isVisible(e, cursor, display)) n++;
  }
  return n;
}

/**
 * The newest filtered events visible at the cursor, newest first. The array
 * keeps its identity while the cursor moves without changing which events
 * are listed (useShallow compares the elements), so a component reading it
 * re-renders only when that changes, not on every frame of playback.
 */
export function useNewestVisible(limit: number): readonly TimedEvent[] {
  return useViewer(useShallow((s) => newestVisible(s.filtered, s.cursor, s.display, limit)));
}

/** The number of filtered events visible at the cursor (a number: re-renders only when it changes). */
export function useVisibleCount(): number {
  return useViewer((s) => countVisible(s.filtered, s.cursor, s.display));
}
