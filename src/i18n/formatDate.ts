import { format } from 'date-fns';
import { parseCalendarDate, type CalendarDate, type DatePrecision } from '../domain/calendarDate';
import { civilDate, type DayNumber } from '../domain/dayNumber';
import { languagePack } from './catalogues';
import type { MessageKey } from './locales/en';
import { formatMessage } from './translate';

/**
 * Dates in words, in the reader's language, keeping the precision the
 * source gives (issue 4): a day, a span of days, a month or a year. The
 * patterns live in each catalogue (`date.format.*`), so adding a language
 * stays adding one file.
 *
 * Calendar dates only (HOUSE_STYLE): a `Date` is built from the civil
 * year/month/day and formatted from its local fields, so the result is the
 * same in every time zone. No ISO string is ever parsed into an instant.
 */

type Pattern = 'day' | 'dayMonth' | 'dayOfMonth' | 'month' | 'year';

function localDate(day: DayNumber): Date {
  const { year, month, day: d } = civilDate(day);
  const date = new Date(2000, 0, 1);
  // setFullYear, not the constructor: new Date(y, …) maps years 0–99 to 1900–1999.
  date.setFullYear(year, month - 1, d);
  return date;
}

function formatAs(day: DayNumber, pattern: Pattern, lang: string): string {
  const pack = languagePack(lang);
  return format(localDate(day), pack.messages[`date.format.${pattern}` as const], { locale: pack.dateLocale });
}

function message(key: MessageKey, lang: string, params: Record<string, string>): string {
  const pack = languagePack(lang);
  return formatMessage(pack.messages[key], pack.code, params);
}

/** One day in words: "15 January 2026", "1er juin 2022", "15 tháng 1 năm 2026". */
export function formatDay(day: DayNumber, lang: string): string {
  return formatAs(day, 'day', lang);
}

/** The year of a day, as the timeline's ticks label it. */
export function formatYear(day: DayNumber, lang: string): string {
  return formatAs(day, 'year', lang);
}

/** The month of a day: "August 2024", "août 2024", "tháng 8 năm 2024". */
export function formatMonth(day: DayNumber, lang: string): string {
  return formatAs(day, 'month', lang);
}

/** A dated thing (a TimedEvent or a parsed CalendarDate) in words, at its own precision. */
export function formatCalendarDate(date: Pick<CalendarDate, 'start' | 'end' | 'precision'>, lang: string): string {
  switch (date.precision) {
    case 'day': return formatDay(date.start, lang);
    case 'month': return formatMonth(date.start, lang);
    case 'year': return formatYear(date.start, lang);
    case 'span': return formatSpan(date.start, date.end, lang);
  }
}

/** "1–4 June 2022", "30 June – 2 July 2022", "30 December 2021 – 2 January 2022". */
export function formatSpan(start: DayNumber, end: DayNumber, lang: string): string {
  if (start === end) return formatDay(start, lang);
  const a = civilDate(start);
  const b = civilDate(end);
  const to = formatDay(end, lang);
  if (a.year === b.year && a.month === b.month) {
    return message('date.range.days', lang, { from: formatAs(start, 'dayOfMonth', lang), to });
  }
  const from = formatAs(start, a.year === b.year ? 'dayMonth' : 'day', lang);
  return message('date.range', lang, { from, to });
}

/**
 * A date string as the data gives it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a
 * span), in words; the text itself when it does not parse, so nothing is
 * hidden from the reader.
 */
export function formatDateText(text: string, lang: string): string {
  const parsed = parseCalendarDate(text);
  return parsed.ok ? formatCalendarDate(parsed.value, lang) : text;
}

/** The catalogue key of a precision's label ("exact day", "month only", …). */
export const PRECISION_KEYS: Readonly<Record<DatePrecision, MessageKey>> = {
  day: 'precision.day',
  span: 'precision.span',
  month: 'precision.month',
  year: 'precision.year',
};
