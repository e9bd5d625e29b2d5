import { type DayNumber, dayNumber, daysInMonth } from './dayNumber.ts';

/**
 * The date of an event as the source gives it, with its precision:
 * `YYYY` (year), `YYYY-MM` (month), `YYYY-MM-DD` (day) or
 * `YYYY-MM-DD/YYYY-MM-DD` (span of days, both ends included).
 * Calendar dates only, never instants (HOUSE_STYLE, "Calendar dates").
 */
export const DATE_PRECISIONS = ['day', 'span', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A parsed date: the first and last day it may mean, both included. */
export interface CalendarDate {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly precision: DatePrecision;
}

export type CalendarDateError = 'date-format' | 'date-impossible' | 'date-end-before-start';

export type CalendarDateResult =
  | { readonly ok: true; readonly value: CalendarDate }
  | { readonly ok: false; readonly error: CalendarDateError };

export interface ParseCalendarDateOptions {
  /** Accept `YYYY-MM-DD/YYYY-MM-DD`. Default true; `inForce` bounds and article dates say false. */
  readonly allowSpan?: boolean;
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const SPAN = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

export function parseCalendarDate(text: string, options: ParseCalendarDateOptions = {}): CalendarDateResult {
  const span = SPAN.exec(text);
  if (span) {
    if (options.allowSpan === false) return { ok: false, error: 'date-format' };
    const from = parseSingle(span[1] ?? '');
    const to = parseSingle(span[2] ?? '');
    if (!from.ok) return from;
    if (!to.ok) return to;
    // A one-day "span" is a day: say so with the day form, so precision stays meaningful.
    if (to.value.start <= from.value.start) return { ok: false, error: 'date-end-before-start' };
    return { ok: true, value: { start: from.value.start, end: to.value.end, precision: 'span' } };
  }
  return parseSingle(text);
}

function parseSingle(text: string): CalendarDateResult {
  const match = SINGLE.exec(text);
  if (!match) return { ok: false, error: 'date-format' };
  const year = Number(match[1]);
  const monthText = match[2];
  const dayText = match[3];
  if (monthText === undefined) {
    return { ok: true, value: { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' } };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, error: 'date-impossible' };
  const lastDay = daysInMonth(year, month);
  if (dayText === undefined) {
    return {
      ok: true,
      value: { start: dayNumber(year, month, 1), end: dayNumber(year, month, lastDay), precision: 'month' },
    };
  }
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return { ok: false, error: 'date-impossible' };
  const n = dayNumber(year, month, day);
  return { ok: true, value: { start: n, end: n, precision: 'day' } };
}

/** Whether two day ranges (ends included) share at least one day. */
export function rangesOverlap(
  a: { readonly start: DayNumber; readonly end: DayNumber },
  b: { readonly start: DayNumber; readonly end: DayNumber },
): boolean {
  return a.start <= b.end && b.start <= a.end;
}
