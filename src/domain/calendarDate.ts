import { type DayNumber, dayNumber, daysInMonth } from './dayNumber.ts';

/**
 * The date of an event as the source gives it, never claiming more or less
 * than the text (issue 16). Event dates are written in a subset of the
 * Extended Date/Time Format (EDTF, ISO 8601-2, Library of Congress):
 *
 * - `YYYY`, `YYYY-MM`, `YYYY-MM-DD`: a year, a month, a day;
 * - any of those followed by `~` (approximate), `?` (uncertain) or `%` (both);
 * - `A/B`, an interval: both ends days (`2022-06-01/2022-06-04`) is a span
 *   of days, every one of them (a visit); coarser ends (`2024-01/2024-08`)
 *   mean some time between the start of A and the end of B;
 * - `../B` or `/B`, `A/..` or `A/`: an open (`..`) or unknown (empty) end;
 *   not both ends;
 * - `[A..B]`: one of the days (months, years) from A to B, EDTF's "one of a
 *   set" (talks held on 1 or 2 June).
 *
 * The `edtf` package (Library of Congress grammar) is the reference: a
 * test checks that every form accepted here parses there to the same ends.
 * It is not shipped: 13.4 kB gzipped (with nearley, esbuild-minified,
 * measured 5 December 2026) would break the own-code budget
 * (scripts/check-budgets.mjs: 78.6 of 86 kB used, issue 18's target 60),
 * for a grammar of which this subset needs a few regular expressions. Calendar dates only, never
 * instants (HOUSE_STYLE, "Calendar dates").
 */
export const DATE_PRECISIONS = ['day', 'span', 'month', 'year', 'interval'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The precision of one written date (an end of an interval). */
export type UnitPrecision = 'day' | 'month' | 'year';

/** One written date: its first and last day. */
export interface DateUnit {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly precision: UnitPrecision;
  readonly approximate?: true;
  readonly uncertain?: true;
}

/** An end of an interval: a date, open (`..`, the thing goes on) or unknown (left empty). */
export type IntervalEnd = DateUnit | 'open' | 'unknown';

/**
 * A parsed date: the first and last day it may mean, both included.
 * `start` is −Infinity when the start is open or unknown, `end` +Infinity
 * when the end is; `eventDayRange` resolves those against the article.
 */
export interface CalendarDate {
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly precision: DatePrecision;
  readonly approximate?: true;
  readonly uncertain?: true;
  /** The two ends as written, for intervals (`interval` and `span`). */
  readonly from?: IntervalEnd;
  readonly to?: IntervalEnd;
}

export type CalendarDateError = 'date-format' | 'date-impossible' | 'date-end-before-start';

export type CalendarDateResult =
  | { readonly ok: true; readonly value: CalendarDate }
  | { readonly ok: false; readonly error: CalendarDateError };

export interface ParseCalendarDateOptions {
  /**
   * Accept the EDTF forms beyond a plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
   * (intervals, qualifiers, open ends, one-of ranges). Default true (event
   * dates); `inForce` bounds, article dates and geography validity say false.
   */
  readonly allowSpan?: boolean;
}

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
const ONE_OF = /^\[([^[\]]+)\.\.([^[\]]+)\]$/;

type UnitResult = { readonly ok: true; readonly value: DateUnit } | { readonly ok: false; readonly error: CalendarDateError };

export function parseCalendarDate(text: string, options: ParseCalendarDateOptions = {}): CalendarDateResult {
  const edtf = options.allowSpan !== false;
  const oneOf = ONE_OF.exec(text);
  if (oneOf) {
    if (!edtf) return { ok: false, error: 'date-format' };
    const from = parseUnit(oneOf[1] ?? '', false);
    const to = parseUnit(oneOf[2] ?? '', false);
    if (!from.ok) return from;
    if (!to.ok) return to;
    if (to.value.start <= from.value.start) return { ok: false, error: 'date-end-before-start' };
    return { ok: true, value: { start: from.value.start, end: to.value.end, precision: 'interval', from: from.value, to: to.value } };
  }
  const slash = text.indexOf('/');
  if (slash < 0) {
    const unit = parseUnit(text, edtf);
    return unit.ok ? { ok: true, value: unit.value } : unit;
  }
  if (!edtf) return { ok: false, error: 'date-format' };
  const from = parseEnd(text.slice(0, slash));
  const to = parseEnd(text.slice(slash + 1));
  if (!from.ok) return from;
  if (!to.ok) return to;
  if (typeof from.value === 'string' && typeof to.value === 'string') return { ok: false, error: 'date-format' };
  if (typeof from.value !== 'string' && typeof to.value !== 'string') {
    // A one-day "span" is a day: say so with the day form, so precision stays meaningful.
    if (to.value.start <= from.value.start) return { ok: false, error: 'date-end-before-start' };
  }
  const start = typeof from.value === 'string' ? Number.NEGATIVE_INFINITY : from.value.start;
  const end = typeof to.value === 'string' ? Number.POSITIVE_INFINITY : to.value.end;
  const plainDays = [from.value, to.value].every((u) => typeof u !== 'string' && u.precision === 'day' && !u.approximate && !u.uncertain);
  return { ok: true, value: { start, end, precision: plainDays ? 'span' : 'interval', from: from.value, to: to.value } };
}

function parseEnd(text: string): { readonly ok: true; readonly value: IntervalEnd } | { readonly ok: false; readonly error: CalendarDateError } {
  if (text === '..') return { ok: true, value: 'open' };
  if (text === '') return { ok: true, value: 'unknown' };
  return parseUnit(text, true);
}

function parseUnit(text: string, qualifiers: boolean): UnitResult {
  const match = SINGLE.exec(text);
  if (!match || (match[4] !== undefined && !qualifiers)) return { ok: false, error: 'date-format' };
  const year = Number(match[1]);
  const monthText = match[2];
  const dayText = match[3];
  const q = match[4];
  const flags = { ...(q === '~' || q === '%' ? { approximate: true as const } : {}), ...(q === '?' || q === '%' ? { uncertain: true as const } : {}) };
  if (monthText === undefined) {
    return { ok: true, value: { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year', ...flags } };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, error: 'date-impossible' };
  const lastDay = daysInMonth(year, month);
  if (dayText === undefined) {
    return { ok: true, value: { start: dayNumber(year, month, 1), end: dayNumber(year, month, lastDay), precision: 'month', ...flags } };
  }
  const day = Number(dayText);
  if (day < 1 || day > lastDay) return { ok: false, error: 'date-impossible' };
  const n = dayNumber(year, month, day);
  return { ok: true, value: { start: n, end: n, precision: 'day', ...flags } };
}

/** Whether two day ranges (ends included) share at least one day. */
export function rangesOverlap(
  a: { readonly start: DayNumber; readonly end: DayNumber },
  b: { readonly start: DayNumber; readonly end: DayNumber },
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The days an event may occupy, read against its article (issue 16): a held
 * event happened by the article's date, so an open or unknown end stops
 * there; a planned one is announced by it, so an open or unknown start
 * begins there. `earliest` is null when nothing bounds the start (a held
 * event dated `../2024-08`: "August 2024 at the latest"); `latest` is null
 * when nothing bounds the end (a planned `2026-03/..`).
 */
export function eventDayRange(
  date: CalendarDate,
  status: 'held' | 'planned',
  article: { readonly start: DayNumber; readonly end: DayNumber } | null,
): { earliest: DayNumber | null; latest: DayNumber | null } {
  let earliest: DayNumber | null = Number.isFinite(date.start) ? date.start : null;
  let latest: DayNumber | null = Number.isFinite(date.end) ? date.end : null;
  if (article && status === 'held' && latest === null) latest = article.end;
  if (article && status === 'planned' && earliest === null) earliest = article.start;
  return { earliest, latest };
}
