import type { DayNumber } from './dayNumber.ts';
import { lastStartingBy, type TimedEvent } from './timeline.ts';

/**
 * Where the timeline opens when the link gives no `date` (issue 13): on the
 * latest dated event that has started by today, so the reader lands on the
 * newest news, never on an empty stretch after it or in the future. The
 * cursor sits on the event's first possible day: that is when `isVisible`
 * shows it, and where Next/Previous land too.
 *
 * `events` are the events shown (the filtered ones, sorted by start): a link
 * that asks for agreements opens on the latest agreement, not on a newer
 * event of another type that the filter hides (in "only the last months"
 * mode that newer date could leave nothing of what was asked for on screen).
 * The caller falls back to every event when the filter shows none.
 *
 * When every event lies after today (only plans), the first one is the
 * nearest to today that the slider can reach. Null without events.
 *
 * A link that names an event (`?event=ID`) and no date opens on that event's
 * first day instead (issue 13 review), so the shared event is on the map at
 * the cursor; `selected` is looked up in `all` (every event, the filter may
 * hide it), and an unknown id falls back to the rule above.
 */
export function defaultCursor(
  events: readonly TimedEvent[], today: DayNumber, selected: string | null = null, all: readonly TimedEvent[] = events,
): DayNumber | null {
  const chosen = selected === null ? undefined : all.find((e) => e.event.id === selected);
  if (chosen) return chosen.start;
  const latest = events[lastStartingBy(events, today)] ?? events[0];
  return latest ? latest.start : null;
}

/** Vietnam and Laos keep UTC+7 all year, without daylight saving. */
export const INDOCHINA_UTC_OFFSET_MINUTES = 7 * 60;

/**
 * The calendar day in Vietnam and Laos at an instant (ms since the epoch):
 * "today" for the record, whatever the reader's time zone. Pure arithmetic,
 * no `Date`, so a test passes the instant it wants.
 */
export function dayAtInstant(epochMs: number, offsetMinutes = INDOCHINA_UTC_OFFSET_MINUTES): DayNumber {
  return Math.floor((epochMs + offsetMinutes * 60_000) / 86_400_000);
}
