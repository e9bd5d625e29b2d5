import type { DatePrecision } from './calendarDate.ts';
import { civilDate, dayNumber, daysInMonth, type DayNumber } from './dayNumber.ts';
import type { TimedEvent } from './timeline.ts';

/**
 * How many events each month holds, for the timeline's density strip
 * (issues 4 and 13). Events known to the day (a day, or a span of days
 * both ends known) are points, counted in the month they start. Events
 * known only to a month, a year, or any coarser range between an earliest
 * and a latest possible day are not points: drawing them as a bar, or as a
 * block as tall as the busiest month, would claim a precision (or a burst of
 * activity) the source does not give. They come back as ranges, from their
 * earliest to their latest possible day (TimedEvent's `start` and `end`),
 * to be drawn low and hatched: "somewhere in this span".
 */

/** Precisions the strip draws as points; every other one (today month and year) is a vague range. */
export const EXACT_PRECISIONS: readonly DatePrecision[] = ['day', 'span'];

/** Whether an event's date is only known to lie somewhere between its start and end. */
export function isVagueDate(e: { readonly precision: DatePrecision }): boolean {
  return !EXACT_PRECISIONS.includes(e.precision);
}

/** A month with at least one point event. */
export interface MonthBin {
  /** `year × 12 + (month − 1)`: consecutive months are consecutive integers. */
  readonly month: number;
  /** First and last day of the month. */
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly count: number;
}

/** Events sharing one vague date (a whole month or year, or a range of possible days). */
export interface DensitySpan {
  /** Earliest and latest possible day, both included. */
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly precision: DatePrecision;
  readonly count: number;
  /** Row to draw it in, from 0: ranges that share a day go in different rows, so none hides another. */
  readonly lane: number;
}

export interface Density {
  /** Non-empty months only, in time order. */
  readonly months: readonly MonthBin[];
  /** Sorted by start, then end. */
  readonly spans: readonly DensitySpan[];
  /** Rows the spans need (0 without spans). */
  readonly lanes: number;
  /** The first month with the highest count, or null when there are no point events. */
  readonly busiest: MonthBin | null;
  /** Events counted in `months`, and in `spans`. */
  readonly pointCount: number;
  readonly spanCount: number;
}

export function monthKey(day: DayNumber): number {
  const { year, month } = civilDate(day);
  return year * 12 + month - 1;
}

function monthBounds(key: number): { start: DayNumber; end: DayNumber } {
  const year = Math.floor(key / 12);
  const month = key - year * 12 + 1;
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

export function density(events: readonly TimedEvent[]): Density {
  const perMonth = new Map<number, number>();
  const perSpan = new Map<string, { start: DayNumber; end: DayNumber; precision: DatePrecision; count: number }>();
  let pointCount = 0;
  let spanCount = 0;
  for (const e of events) {
    if (!isVagueDate(e)) {
      const key = monthKey(e.start);
      perMonth.set(key, (perMonth.get(key) ?? 0) + 1);
      pointCount++;
    } else {
      const id = `${e.start}/${e.end}/${e.precision}`;
      const span = perSpan.get(id);
      if (span) span.count++;
      else perSpan.set(id, { start: e.start, end: e.end, precision: e.precision, count: 1 });
      spanCount++;
    }
  }
  const months: MonthBin[] = [...perMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, count]) => ({ month, ...monthBounds(month), count }));
  let busiest: MonthBin | null = null;
  for (const m of months) if (!busiest || m.count > busiest.count) busiest = m;
  // Greedy interval colouring: each range takes the first row whose last range ended before it starts.
  const laneEnds: DayNumber[] = [];
  const spans = [...perSpan.values()].sort((a, b) => a.start - b.start || a.end - b.end).map((span) => {
    let lane = laneEnds.findIndex((end) => end < span.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    return { ...span, lane };
  });
  return { months, spans, lanes: laneEnds.length, busiest, pointCount, spanCount };
}
