import type { TimedEvent } from './timeline.ts';

/** An event dated to one known day (not a month, a year, a span, nor an open "by that day"). */
const exactDay = (e: TimedEvent): boolean => e.earliest !== null && e.earliest === e.latest;

/**
 * Which of the events a step or a playback move brought into view the story
 * caption names (issue 13's reader review: the 5 February 2026 step, eleven
 * events, named a planned deputy-ministers' dialogue instead of Tô Lâm's
 * state visit). Among the events with the latest start (the newest):
 * 1. one that happened (`held`) before one only announced (`planned`);
 * 2. one dated to its day before one dated to a month, a year or a span;
 * 3. the last given (the timeline's order: start, end, id), as before.
 * Undefined when there are none.
 */
export function captionChoice(entered: readonly TimedEvent[]): TimedEvent | undefined {
  let best: TimedEvent | undefined;
  let bestKey: readonly number[] = [];
  for (const [i, e] of entered.entries()) {
    const key = [-e.start, e.event.status === 'held' ? 0 : 1, exactDay(e) ? 0 : 1, -i];
    const diff = key.findIndex((k, i) => k !== bestKey[i]);
    if (best === undefined || (diff >= 0 && (key[diff] ?? 0) < (bestKey[diff] ?? 0))) { best = e; bestKey = key; }
  }
  return best;
}
