import type { DatePrecision } from './calendarDate.ts';
import { civilDate, dayNumber, daysInMonth, type DayNumber } from './dayNumber.ts';
import type { TimedEvent } from './timeline.ts';

/**
 * How many events each month holds, for the timeline's density strip
 * (issue 4). Events dated to a day or a span of days are points, counted in
 * the month they start. Events dated only to a month or a year are not
 * points: drawing them on their first day would claim a precision the
 * source does not give, so they come back as spans to be drawn as bands.
 */

/** A month with at least one point event. */
export interface MonthBin {
  /** `year × 12 + (month − 1)`: consecutive months are consecutive integers. */
  readonly month: number;
  /** First and last day of the month. */
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly count: number;
}

/** Events sharing one vague date (a whole month or year). */
export interface DensitySpan {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly precision: Exclude<DatePrecision, 'day' | 'span'>;
  readonly count: number;
}

export interface Density {
  /** Non-empty months only, in time order. */
  readonly months: readonly MonthBin[];
  /** Sorted by start, then end. */
  readonly spans: readonly DensitySpan[];
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
  const perSpan = new Map<string, { start: DayNumber; end: DayNumber; precision: DensitySpan['precision']; count: number }>();
  let pointCount = 0;
  let spanCount = 0;
  for (const e of events) {
    if (e.precision === 'day' || e.precision === 'span') {
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
  const spans = [...perSpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return { months, spans, busiest, pointCount, spanCount };
}
