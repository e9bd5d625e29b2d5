import type { Locale } from 'date-fns';
import { parseCalendarDate, type CalendarDate, type DatePrecision, type DateUnit, type IntervalEnd } from '../domain/calendarDate';
import { civilDate, type DayNumber } from '../domain/dayNumber';
import { languagePack } from './catalogues';
import type { CoreKey, MessageKey } from './locales/en';
import { formatMessage } from './translate';

/**
 * Dates in words, in the reader's language, keeping the precision the
 * source gives (issue 4): a day, a span of days, a month or a year. The
 * patterns live in each catalogue (`date.format.*`), so adding a language
 * stays adding one file.
 *
 * Calendar dates only (HOUSE_STYLE): day numbers are turned into civil
 * year/month/day and formatted from those, so the result is the same in
 * every time zone. No `Date` instant is ever made.
 */

type Pattern = 'day' | 'dayMonth' | 'dayOfMonth' | 'month' | 'monthOnly' | 'year';

/**
 * `long` says months in words ("4 December 2023"); `short` is the table's
 * compact form (issue 13 review: rows 73–110 px tall): "4 Dec 2023",
 * "4 déc. 2023", "4/12/2023", from the catalogues' `date.short.*` patterns.
 */
export type DateStyle = 'long' | 'short';

/**
 * Formats a civil day by a catalogue pattern, with the language's date-fns
 * locale for month names and ordinals. The patterns use a small subset of
 * date-fns `format`'s tokens: `d`, `do`, `M`, `MMM`, `MMMM`, `LLL`, `LLLL`, `yyyy` and
 * 'quoted text'. date-fns' own `format` (and its table of every token)
 * would weigh more than all the app's date code; i18n.test.ts checks that
 * every catalogue sticks to this subset.
 */
export function formatPattern(day: DayNumber, pattern: string, locale: Locale): string {
  const { year, month, day: d } = civilDate(day);
  let parts = tokenize(pattern);
  // A locale may adjust tokens, as date-fns' format lets it: French writes "1er juin"
  // but "15 juin" (its preprocessor turns `do` into `d` except on the first).
  const pre = (locale.localize as { preprocessor?: (date: Date, parts: DatePart[]) => DatePart[] }).preprocessor;
  if (pre) {
    const date = new Date(2000, 0, 1);
    date.setFullYear(year, month - 1, d);
    parts = pre(date, parts);
  }
  const monthIndex = (month - 1) as Parameters<Locale['localize']['month']>[0];
  let out = '';
  for (const { isToken, value } of parts) {
    if (!isToken) { out += value; continue; }
    switch (value) {
      case 'd': out += String(d); break;
      case 'do': out += String(locale.localize.ordinalNumber(d, { unit: 'date' })); break;
      case 'M': out += String(month); break;
      case 'MMMM': out += locale.localize.month(monthIndex, { width: 'wide', context: 'formatting' }); break;
      case 'MMM': out += locale.localize.month(monthIndex, { width: 'abbreviated', context: 'formatting' }); break;
      case 'LLL': out += locale.localize.month(monthIndex, { width: 'abbreviated', context: 'standalone' }); break;
      case 'LLLL': out += locale.localize.month(monthIndex, { width: 'wide', context: 'standalone' }); break;
      case 'yyyy': out += String(year).padStart(4, '0'); break;
      default: throw new Error(`unsupported date token "${value}" in "${pattern}"`);
    }
  }
  return out;
}

/** A piece of a pattern, in the shape date-fns locales' preprocessors take. */
export interface DatePart { isToken: boolean; value: string }

/** Splits a pattern into tokens (letter runs; `do` is one) and literal text (quoted text unquoted, `''` a quote). */
export function tokenize(pattern: string): DatePart[] {
  const parts: DatePart[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] ?? '';
    if (c === "'") {
      const close = pattern.indexOf("'", i + 1);
      const end = close < 0 ? pattern.length : close;
      parts.push({ isToken: false, value: end === i + 1 ? "'" : pattern.slice(i + 1, end) });
      i = end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      if (c === 'd' && pattern[j] === 'o') j++;
      parts.push({ isToken: true, value: pattern.slice(i, j) });
      i = j;
    } else {
      parts.push({ isToken: false, value: c });
      i++;
    }
  }
  return parts;
}

function formatAs(day: DayNumber, pattern: Pattern, lang: string, style: DateStyle = 'long'): string {
  const pack = languagePack(lang);
  const key = style === 'short' && pattern !== 'dayOfMonth' && pattern !== 'year' ? `date.short.${pattern}` as const : `date.format.${pattern}` as const;
  return formatPattern(day, pack.messages[key], pack.dateLocale);
}

function message(key: CoreKey, lang: string, params: Record<string, string>): string {
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

/**
 * A dated thing (a TimedEvent or a parsed CalendarDate) in words, at its own
 * precision. An interval needs its written ends (`from`, `to`: a parsed
 * CalendarDate has them); without them it is said from its first to its last day.
 */
export function formatCalendarDate(
  date: Pick<CalendarDate, 'start' | 'end' | 'precision'> & Partial<Pick<CalendarDate, 'from' | 'to' | 'approximate' | 'uncertain'>>,
  lang: string,
  style: DateStyle = 'long',
): string {
  switch (date.precision) {
    case 'day':
    case 'month':
    case 'year':
      return qualified(formatAs(date.start, date.precision, lang, style), date, lang);
    case 'span':
      return formatSpan(date.start, date.end, lang, style);
    case 'interval':
      return date.from !== undefined && date.to !== undefined
        ? formatInterval(date.from, date.to, lang, style)
        : formatInterval({ start: date.start, end: date.start, precision: 'day' }, { start: date.end, end: date.end, precision: 'day' }, lang, style);
  }
}

/** "about August 2024", "August 2024 (uncertain)": EDTF's `~`, `?` and `%` in words. */
function qualified(text: string, unit: { readonly approximate?: true; readonly uncertain?: true }, lang: string): string {
  let out = text;
  if (unit.approximate) out = message('date.approximate', lang, { date: out });
  if (unit.uncertain) out = message('date.uncertain', lang, { date: out });
  return out;
}

function formatUnit(unit: DateUnit, lang: string, style: DateStyle = 'long'): string {
  return qualified(formatAs(unit.start, unit.precision, lang, style), unit, lang);
}

/**
 * "between January and August 2024", "entre janvier et août 2024", "trong
 * khoảng từ tháng 1 đến tháng 8 năm 2024"; "August 2024 at the latest" for an
 * open or unknown start, "January 2024 or later" for an open or unknown end.
 * The year is said once when both ends share it and neither is qualified.
 */
export function formatInterval(from: IntervalEnd, to: IntervalEnd, lang: string, style: DateStyle = 'long'): string {
  if (typeof from === 'string' && typeof to === 'string') return '';
  if (typeof from === 'string') return message('date.atTheLatest', lang, { to: formatUnit(to as DateUnit, lang, style) });
  if (typeof to === 'string') return message('date.orLater', lang, { from: formatUnit(from, lang, style) });
  const a = civilDate(from.start);
  const b = civilDate(to.start);
  const plain = !from.approximate && !from.uncertain;
  let fromText = formatUnit(from, lang, style);
  if (plain && a.year === b.year && from.precision === to.precision) {
    if (from.precision === 'month') fromText = formatAs(from.start, 'monthOnly', lang, style);
    else if (from.precision === 'day') fromText = formatAs(from.start, a.month === b.month ? 'dayOfMonth' : 'dayMonth', lang, style);
  }
  // French puts the article before a day: "entre le 1er et le 2 juin 2022" (issue 15).
  const le = (unit: DateUnit, text: string) => (/^fr\b/.test(lang) && unit.precision === 'day' && !unit.approximate ? `le ${text}` : text);
  return message('date.between', lang, { from: le(from, fromText), to: le(to, formatUnit(to, lang, style)) });
}

/** "1–4 June 2022", "30 June – 2 July 2022", "30 December 2021 – 2 January 2022". */
export function formatSpan(start: DayNumber, end: DayNumber, lang: string, style: DateStyle = 'long'): string {
  if (start === end) return formatAs(start, 'day', lang, style);
  const a = civilDate(start);
  const b = civilDate(end);
  const to = formatAs(end, 'day', lang, style);
  if (a.year === b.year && a.month === b.month) {
    return message('date.range.days', lang, { from: formatAs(start, 'dayOfMonth', lang, style), to });
  }
  const from = formatAs(start, a.year === b.year ? 'dayMonth' : 'day', lang, style);
  return message('date.range', lang, { from, to });
}

/**
 * A date string as the data gives it (any EDTF form of calendarDate.ts), in words; the text itself when it does not parse, so nothing is
 * hidden from the reader.
 */
export function formatDateText(text: string, lang: string, style: DateStyle = 'long'): string {
  const parsed = parseCalendarDate(text);
  return parsed.ok ? formatCalendarDate(parsed.value, lang, style) : text;
}

/** The catalogue key of a precision's label ("exact day", "month only", …). */
export const PRECISION_KEYS: Readonly<Record<DatePrecision, MessageKey>> = {
  day: 'precision.day',
  span: 'precision.span',
  month: 'precision.month',
  year: 'precision.year',
  interval: 'precision.interval',
};
