import type { BorderEvent, EventType } from './event.ts';
import { eventDayRange, parseCalendarDate, type DatePrecision, type IntervalEnd } from './calendarDate.ts';
import type { DayNumber } from './dayNumber.ts';

/**
 * What the timeline shows at a cursor (issue 4):
 * - `cumulative`: everything up to the cursor, the newest emphasised, older faded (default);
 * - `window`: only what happened in the last N months;
 * - `in-force`: lasting things (twinnings, regulations, agreements) from the day they take effect until they end.
 */
export const DISPLAY_MODES = ['cumulative', 'window', 'in-force'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/**
 * An event placed on the time axis. Sorted arrays of these are what the timeline works on.
 *
 * `earliest` and `latest` are the first and last day the event may have
 * happened on (or may happen on), as the source bounds them, read against
 * its article (`eventDayRange`): draw vague dates (intervals, months, years)
 * as a range between them. Either is null when the source gives no bound on
 * that side (a held agreement dated `../2024-08`, "August 2024 at the latest").
 * `start` and `end` are what the timeline places the event by: `earliest`
 * and `latest`, or, where one is null, the other.
 */
export interface TimedEvent {
  readonly event: BorderEvent;
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly earliest: DayNumber | null;
  readonly latest: DayNumber | null;
  readonly precision: DatePrecision;
  readonly approximate?: true;
  readonly uncertain?: true;
  /** An interval's ends as written (so it can be said in words: "between January and August 2024"). */
  readonly from?: IntervalEnd;
  readonly to?: IntervalEnd;
  /** First and last day in force, for lasting things; `forceUntil` undefined = still in force. */
  readonly forceFrom?: DayNumber;
  readonly forceUntil?: DayNumber;
}

/** Events within this many days of the newest visible one are emphasised. */
export const EMPHASIS_DAYS = 31;

/** Places events on the axis, sorted by start then id; events whose date does not parse are left out (the validator reports them). */
export function timeEvents(events: readonly BorderEvent[]): TimedEvent[] {
  const out: TimedEvent[] = [];
  for (const event of events) {
    const date = parseCalendarDate(event.date);
    if (!date.ok) continue;
    const article = parseCalendarDate(event.source.date, { allowSpan: false });
    const { earliest, latest } = eventDayRange(date.value, event.status, article.ok ? article.value : null);
    const start = earliest ?? latest;
    const end = latest ?? earliest;
    if (start === null || end === null) continue;
    const from = event.inForce ? parseCalendarDate(event.inForce.from, { allowSpan: false }) : null;
    const until = event.inForce?.until ? parseCalendarDate(event.inForce.until, { allowSpan: false }) : null;
    out.push({
      event,
      start,
      end,
      earliest,
      latest,
      precision: date.value.precision,
      ...(date.value.approximate ? { approximate: true as const } : {}),
      ...(date.value.uncertain ? { uncertain: true as const } : {}),
      ...(date.value.from !== undefined ? { from: date.value.from } : {}),
      ...(date.value.to !== undefined ? { to: date.value.to } : {}),
      ...(from?.ok ? { forceFrom: from.value.start } : {}),
      ...(until?.ok ? { forceUntil: until.value.end } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
}

export interface DisplaySettings {
  readonly mode: DisplayMode;
  /** Length of the moving window, in months (`window` mode). */
  readonly windowMonths: number;
}

/** Average month length: a window of N months is N × 30.44 days, so it moves smoothly with the cursor. */
export const windowDays = (months: number): number => Math.round(months * 30.44);

export type Visibility = 'hidden' | 'faded' | 'emphasised';

/**
 * Whether an event shows at the cursor at all, regardless of emphasis.
 *
 * Vague dates (issue 16): an event is never shown before its earliest
 * possible day (`start`; its latest, when the source gives no earliest), and
 * never as happening after its latest:
 * - `cumulative`: from `start` on, as something that has happened (or, when
 *   planned, been announced) by the cursor; it stays, as the past does.
 * - `window`: from `start` until the window has passed its latest possible
 *   day (`end`): within the last N months it may have happened, so it shows.
 * - `in-force`: its `inForce` period, and not before `start` either (a plan
 *   in force from January but known to exist only by its article's day
 *   shows from that day).
 * Between `start` and `end` the event may or may not have happened yet; the
 * timeline draws that stretch hatched (from `earliest` to `latest`), not as
 * an event happening throughout.
 */
export function isVisible(e: TimedEvent, cursor: DayNumber, display: DisplaySettings): boolean {
  if (e.start > cursor) return false;
  switch (display.mode) {
    case 'cumulative': return true;
    case 'window': return e.end >= cursor - windowDays(display.windowMonths);
    case 'in-force':
      return e.forceFrom !== undefined && e.forceFrom <= cursor && (e.forceUntil === undefined || cursor <= e.forceUntil);
  }
}

/**
 * The start of the newest event visible at the cursor, or null: everything
 * within EMPHASIS_DAYS of it is emphasised. `events` must be sorted by start.
 */
export function newestStart(events: readonly TimedEvent[], cursor: DayNumber, display: DisplaySettings): DayNumber | null {
  for (let i = lastStartingBy(events, cursor); i >= 0; i--) {
    const e = events[i];
    if (e && isVisible(e, cursor, display)) return e.start;
  }
  return null;
}

export function visibilityAt(e: TimedEvent, cursor: DayNumber, display: DisplaySettings, newest: DayNumber | null): Visibility {
  if (!isVisible(e, cursor, display)) return 'hidden';
  return newest !== null && e.start >= newest - EMPHASIS_DAYS ? 'emphasised' : 'faded';
}

/** Index of the last event with start ≤ cursor (binary search), −1 when none. */
export function lastStartingBy(events: readonly TimedEvent[], cursor: DayNumber): number {
  let lo = 0, hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((events[mid]?.start ?? Infinity) <= cursor) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/**
 * The cursor after stepping to the next (+1) or previous (−1) event date, or
 * null at either end. `events` must be sorted by start.
 */
export function stepCursor(events: readonly TimedEvent[], cursor: DayNumber, direction: 1 | -1): DayNumber | null {
  if (direction === 1) {
    const next = events[lastStartingBy(events, cursor) + 1];
    return next ? next.start : null;
  }
  for (let i = lastStartingBy(events, cursor); i >= 0; i--) {
    const s = events[i]?.start;
    if (s !== undefined && s < cursor) return s;
  }
  return null;
}

/** The span the slider covers: from the first event's start to the last event's end. */
export function timelineSpan(events: readonly TimedEvent[]): { start: DayNumber; end: DayNumber } | null {
  if (events.length === 0) return null;
  let start = Infinity, end = -Infinity;
  for (const e of events) { start = Math.min(start, e.start); end = Math.max(end, e.end); }
  return { start, end };
}

export type CountryPair = 'VN-LA' | 'VN-CN';
export const COUNTRY_PAIRS: readonly CountryPair[] = ['VN-LA', 'VN-CN'];

export interface EventFilters {
  /** Empty = every type. */
  readonly types: readonly EventType[];
  /** Empty = every pair. */
  readonly pairs: readonly CountryPair[];
  readonly query: string;
}

export const NO_FILTERS: EventFilters = { types: [], pairs: [], query: '' };

export function countryPairs(countries: readonly string[]): CountryPair[] {
  return COUNTRY_PAIRS.filter((pair) => pair.split('-').every((c) => countries.includes(c)));
}

/** Lowercase, without diacritics, so "quang tri" finds "Quảng Trị" and "Đồng" finds "dong". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** The text a search runs over: titles in every language, actors, and the names of linked places. */
export function searchText(event: BorderEvent, placeNames: (id: string) => readonly string[]): string {
  const parts: string[] = [...Object.values(event.title)];
  for (const a of event.actors) parts.push(a.name, a.title ?? '');
  for (const ids of Object.values(event.links)) for (const id of ids) parts.push(...placeNames(id));
  return foldForSearch(parts.join(' \u0000 '));
}

export function matchesFilters(event: BorderEvent, folded: string, filters: EventFilters, words: readonly string[] = searchWords(filters.query)): boolean {
  if (filters.types.length > 0 && !filters.types.includes(event.type)) return false;
  if (filters.pairs.length > 0 && !countryPairs(event.countries).some((p) => filters.pairs.includes(p))) return false;
  return words.every((w) => folded.includes(w));
}

/** The words of a search, folded as the events' text is (filtering folds the query once, not once per event). */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}
