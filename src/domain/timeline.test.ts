import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber as d, type DayNumber } from './dayNumber.ts';
import type { BorderEvent } from './event.ts';
import {
  countryPairs, foldForSearch, isVisible, lastStartingBy, matchesFilters, NO_FILTERS, newestStart, searchText,
  stepCursor, timeEvents, timelineSpan, visibilityAt, windowDays,
  type DisplaySettings, type EventFilters, type TimedEvent,
} from './timeline.ts';

const event = (id: string, date: string, extra: Partial<BorderEvent> = {}): BorderEvent => makeEvent({ ...extra, id, date });

const timed = (e: BorderEvent): TimedEvent => {
  const [t] = timeEvents([e]);
  if (!t) throw new Error(`fixture ${e.id} has a bad date`);
  return t;
};

const CUMULATIVE: DisplaySettings = { mode: 'cumulative', windowMonths: 6 };
const WINDOW6: DisplaySettings = { mode: 'window', windowMonths: 6 };
const WINDOW3: DisplaySettings = { mode: 'window', windowMonths: 3 };
const IN_FORCE: DisplaySettings = { mode: 'in-force', windowMonths: 6 };

const day = timed(event('day', '2024-03-15'));
const span = timed(event('span', '2024-03-10/2024-03-20'));
const month = timed(event('month', '2024-03'));
const year = timed(event('year', '2024'));
const planned = timed(event('planned', '2024-06-01', { status: 'planned' }));
const agreement = timed(event('agreement', '2024-01-10', { type: 'agreement', inForce: { from: '2024-02', until: '2024-12-31' } }));
const untilMonth = timed(event('until-month', '2024-01-10', { type: 'agreement', inForce: { from: '2024-01-10', until: '2024-06' } }));
const twinning = timed(event('twinning', '2023-05-01', { type: 'twinning', inForce: { from: '2023-05-01' } }));
const retroactive = timed(event('retroactive', '2024-03-01', { type: 'agreement', inForce: { from: '2024-01-01' } }));

describe('isVisible', () => {
  const w6 = windowDays(6);
  const w3 = windowDays(3);
  it.each<[string, TimedEvent, DayNumber, DisplaySettings, boolean]>([
    ['day, the day before', day, d(2024, 3, 14), CUMULATIVE, false],
    ['day, on the day', day, d(2024, 3, 15), CUMULATIVE, true],
    ['day, years later', day, d(2030, 1, 1), CUMULATIVE, true],
    ['span, before it starts', span, d(2024, 3, 9), CUMULATIVE, false],
    ['span, on its first day', span, d(2024, 3, 10), CUMULATIVE, true],
    ['month, the last day before', month, d(2024, 2, 29), CUMULATIVE, false],
    ['month, its first day', month, d(2024, 3, 1), CUMULATIVE, true],
    ['year, the last day before', year, d(2023, 12, 31), CUMULATIVE, false],
    ['year, its first day', year, d(2024, 1, 1), CUMULATIVE, true],
    ['planned, the day before its date', planned, d(2024, 5, 31), CUMULATIVE, false],
    ['planned, on its date', planned, d(2024, 6, 1), CUMULATIVE, true],
    ['planned, in a window, the day before', planned, d(2024, 5, 31), WINDOW6, false],
    ['planned, in force mode, never without inForce', planned, d(2024, 6, 1), IN_FORCE, false],

    ['window 6, day at the far edge', day, d(2024, 3, 15) + w6, WINDOW6, true],
    ['window 6, day one past the edge', day, d(2024, 3, 15) + w6 + 1, WINDOW6, false],
    ['window 6, span measured from its end', span, d(2024, 3, 20) + w6, WINDOW6, true],
    ['window 6, span one past', span, d(2024, 3, 20) + w6 + 1, WINDOW6, false],
    ['window 6, month measured from its last day', month, d(2024, 3, 31) + w6, WINDOW6, true],
    ['window 6, month one past', month, d(2024, 3, 31) + w6 + 1, WINDOW6, false],
    ['window 6, year still in the window in mid 2025', year, d(2025, 6, 1), WINDOW6, true],
    ['window 6, year gone by 2025-07-03', year, d(2024, 12, 31) + w6 + 1, WINDOW6, false],
    ['window 3, day at the edge', day, d(2024, 3, 15) + w3, WINDOW3, true],
    ['window 3, day one past', day, d(2024, 3, 15) + w3 + 1, WINDOW3, false],
    ['window, not before the start', day, d(2024, 3, 14), WINDOW6, false],

    ['in force, signed but not yet in force', agreement, d(2024, 1, 31), IN_FORCE, false],
    ['in force, first day of the month it starts', agreement, d(2024, 2, 1), IN_FORCE, true],
    ['in force, last day', agreement, d(2024, 12, 31), IN_FORCE, true],
    ['in force, the day after it ends', agreement, d(2025, 1, 1), IN_FORCE, false],
    ['in force, until a month runs to its last day', untilMonth, d(2024, 6, 30), IN_FORCE, true],
    ['in force, until a month, the day after', untilMonth, d(2024, 7, 1), IN_FORCE, false],
    ['in force, open-ended stays', twinning, d(2035, 1, 1), IN_FORCE, true],
    ['in force, without inForce never shows', day, d(2024, 4, 1), IN_FORCE, false],
    ['in force, a retroactive date still waits for the event', retroactive, d(2024, 2, 1), IN_FORCE, false],
    ['in force, retroactive, from the event date', retroactive, d(2024, 3, 1), IN_FORCE, true],
  ])('%s', (_name, e, cursor, display, expected) => {
    expect(isVisible(e, cursor, display)).toBe(expected);
  });
});

describe('emphasis', () => {
  const events = timeEvents([
    event('a', '2024-01-01'), event('b', '2024-03-01'), event('c', '2024-03-20'), event('d', '2024-03-25'),
  ]);
  const at = (cursor: DayNumber, display: DisplaySettings) => {
    const newest = newestStart(events, cursor, display);
    return Object.fromEntries(events.map((e) => [e.event.id, visibilityAt(e, cursor, display, newest)]));
  };

  it.each<[string, DayNumber, DisplaySettings, Record<string, string>]>([
    ['the newest month is emphasised, older faded', d(2024, 3, 31), CUMULATIVE,
      { a: 'faded', b: 'emphasised', c: 'emphasised', d: 'emphasised' }],
    ['emphasis follows the newest visible event', d(2024, 3, 10), CUMULATIVE,
      { a: 'faded', b: 'emphasised', c: 'hidden', d: 'hidden' }],
    ['exactly EMPHASIS_DAYS before the newest is still emphasised', d(2024, 2, 1), CUMULATIVE,
      { a: 'emphasised', b: 'hidden', c: 'hidden', d: 'hidden' }],
    ['a window hides what left it; emphasis is measured from the newest', d(2024, 3, 1) + windowDays(3), WINDOW3,
      { a: 'hidden', b: 'emphasised', c: 'emphasised', d: 'emphasised' }],
    ['nothing visible before the first event', d(2023, 12, 31), CUMULATIVE,
      { a: 'hidden', b: 'hidden', c: 'hidden', d: 'hidden' }],
  ])('%s', (_name, cursor, display, expected) => {
    expect(at(cursor, display)).toEqual(expected);
  });

  it('newestStart is null when nothing is visible', () => {
    expect(newestStart(events, d(2023, 1, 1), CUMULATIVE)).toBeNull();
    expect(newestStart(events, d(2024, 3, 31), IN_FORCE)).toBeNull();
    expect(newestStart([], d(2024, 3, 31), CUMULATIVE)).toBeNull();
  });

  it('emphasis does not wear off as the cursor moves on without a newer event', () => {
    // d is 2024-03-25; b (2024-03-01) is 24 days before it, a is 84 days before it.
    expect(at(d(2024, 12, 1), CUMULATIVE)).toEqual({ a: 'faded', b: 'emphasised', c: 'emphasised', d: 'emphasised' });
  });
});

describe('stepCursor', () => {
  const events = timeEvents([
    event('first', '2024-01-01'), event('same-day-b', '2024-03-01'), event('same-day-a', '2024-03-01'), event('last', '2024-05-01'),
  ]);
  it.each<[string, DayNumber, 1 | -1, DayNumber | null]>([
    ['forward from before the first event', d(2023, 12, 1), 1, d(2024, 1, 1)],
    ['forward from an event', d(2024, 1, 1), 1, d(2024, 3, 1)],
    ['forward from between events', d(2024, 2, 15), 1, d(2024, 3, 1)],
    ['forward over same-day events in one step', d(2024, 3, 1), 1, d(2024, 5, 1)],
    ['forward from the last event: the end', d(2024, 5, 1), 1, null],
    ['forward after the last event: the end', d(2024, 6, 1), 1, null],
    ['back from the last event', d(2024, 5, 1), -1, d(2024, 3, 1)],
    ['back from between events lands on the previous one', d(2024, 4, 1), -1, d(2024, 3, 1)],
    ['back from same-day events', d(2024, 3, 1), -1, d(2024, 1, 1)],
    ['back from the first event: the start', d(2024, 1, 1), -1, null],
    ['back before the first event: the start', d(2023, 1, 1), -1, null],
  ])('%s', (_name, cursor, direction, expected) => {
    expect(stepCursor(events, cursor, direction)).toBe(expected);
  });

  it('returns null on an empty timeline', () => {
    expect(stepCursor([], 0, 1)).toBeNull();
    expect(stepCursor([], 0, -1)).toBeNull();
  });

  it('lastStartingBy finds the last event starting by the cursor', () => {
    expect(lastStartingBy(events, d(2023, 1, 1))).toBe(-1);
    expect(lastStartingBy(events, d(2024, 3, 1))).toBe(2);
    expect(lastStartingBy(events, d(2030, 1, 1))).toBe(3);
  });
});

describe('timeEvents', () => {
  it('sorts by start, then end, then id, and places each at its precision', () => {
    const result = timeEvents([
      event('z', '2024-03-01'),
      event('y', '2024-03'),
      event('b', '2024-03-01'),
      event('s', '2024-02-28/2024-03-02'),
      event('year', '2024'),
    ]);
    expect(result.map((e) => [e.event.id, e.precision])).toEqual([
      ['year', 'year'], ['s', 'span'], ['b', 'day'], ['z', 'day'], ['y', 'month'],
    ]);
    expect(result[1]).toMatchObject({ start: d(2024, 2, 28), end: d(2024, 3, 2) });
  });

  it('leaves out events whose date does not parse, and reads inForce bounds', () => {
    const result = timeEvents([
      event('bad', '2024-13-01'),
      event('ok', '2024-01-10', { inForce: { from: '2024', until: '2025-06' } }),
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ forceFrom: d(2024, 1, 1), forceUntil: d(2025, 6, 30) });
  });

  it('timelineSpan runs from the first start to the latest end', () => {
    const events = timeEvents([event('a', '2024-03-05'), event('year', '2024'), event('b', '2024-06-01')]);
    expect(timelineSpan(events)).toEqual({ start: d(2024, 1, 1), end: d(2024, 12, 31) });
    expect(timelineSpan([])).toBeNull();
  });
});

describe('filters', () => {
  const names: Record<string, readonly string[]> = { 'vn-quang-tri': ['Quảng Trị', 'Quang Tri'], 'gate-dong-dang': ['Đồng Đăng'] };
  const placeNames = (id: string) => names[id] ?? [];
  const events = [
    event('patrol-la', '2024-01-01', {
      type: 'joint-patrol', countries: ['VN', 'LA', 'KH'],
      actors: [{ name: 'Nguyễn Văn An', title: 'commandant de la garde-frontière' }],
      links: { places: [], provinces: ['vn-quang-tri'], districts: [], borders: [] },
    }),
    event('meeting-cn', '2024-02-01', {
      type: 'high-level-meeting', countries: ['VN', 'CN'],
      links: { places: ['gate-dong-dang'], provinces: [], districts: [], borders: [] },
    }),
    event('twinning-la-cn', '2024-03-01', { type: 'twinning', countries: ['LA', 'CN'] }),
  ];
  const matching = (filters: Partial<EventFilters>) =>
    events.filter((e) => matchesFilters(e, searchText(e, placeNames), { ...NO_FILTERS, ...filters })).map((e) => e.id);

  it.each<[string, Partial<EventFilters>, string[]]>([
    ['no filters: everything', {}, ['patrol-la', 'meeting-cn', 'twinning-la-cn']],
    ['one type', { types: ['joint-patrol'] }, ['patrol-la']],
    ['two types', { types: ['joint-patrol', 'twinning'] }, ['patrol-la', 'twinning-la-cn']],
    ['pair VN-LA matches VN-LA-KH', { pairs: ['VN-LA'] }, ['patrol-la']],
    ['pair VN-CN', { pairs: ['VN-CN'] }, ['meeting-cn']],
    ['both pairs leave out a LA-CN event', { pairs: ['VN-LA', 'VN-CN'] }, ['patrol-la', 'meeting-cn']],
    ['search without diacritics finds a place with them', { query: 'quang tri' }, ['patrol-la']],
    ['search with diacritics finds the same', { query: 'Quảng  Trị' }, ['patrol-la']],
    ['đ folds to d', { query: 'dong dang' }, ['meeting-cn']],
    ['an actor name', { query: 'nguyen van an' }, ['patrol-la']],
    ['an actor title, French', { query: 'garde-frontiere' }, ['patrol-la']],
    ['a title in another language', { query: 'tiêu đề twinning' }, ['twinning-la-cn']],
    ['every word must match', { query: 'quang meeting' }, []],
    ['type and search together', { types: ['twinning'], query: 'patrol' }, []],
    ['blank search: everything', { query: '   ' }, ['patrol-la', 'meeting-cn', 'twinning-la-cn']],
  ])('%s', (_name, filters, expected) => {
    expect(matching(filters)).toEqual(expected);
  });

  it.each<[readonly string[], string[]]>([
    [['VN', 'LA'], ['VN-LA']],
    [['LA', 'VN', 'KH'], ['VN-LA']],
    [['VN', 'LA', 'CN'], ['VN-LA', 'VN-CN']],
    [['LA', 'CN'], []],
  ])('countryPairs(%j) = %j', (countries, expected) => {
    expect(countryPairs(countries)).toEqual(expected);
  });

  it('foldForSearch strips marks and lowercases', () => {
    expect(foldForSearch('Đồng Đăng – Lạng Sơn')).toBe('dong dang – lang son');
  });
});

describe('vague dates on the axis (EDTF, issue 16)', () => {
  // makeEvent's article is dated; each case sets its own to read the date against.
  const withArticle = (id: string, date: string, status: 'held' | 'planned', article: string) => {
    const base = makeEvent({ id, date, status });
    return timed({ ...base, source: { ...base.source, date: article } });
  };

  it('places an interval from its earliest to its latest possible day', () => {
    const e = withArticle('between', '2024-01/2024-08', 'held', '2024-08');
    expect([e.start, e.end, e.earliest, e.latest, e.precision]).toEqual([d(2024, 1, 1), d(2024, 8, 31), d(2024, 1, 1), d(2024, 8, 31), 'interval']);
  });

  it('gives a held event with no earliest day no earliest, and places it at its latest', () => {
    const e = withArticle('by-august', '../2024-08', 'held', '2024-08');
    expect([e.start, e.end, e.earliest, e.latest]).toEqual([d(2024, 8, 31), d(2024, 8, 31), null, d(2024, 8, 31)]);
    expect(isVisible(e, d(2024, 8, 30), CUMULATIVE)).toBe(false);
    expect(isVisible(e, d(2024, 8, 31), CUMULATIVE)).toBe(true);
  });

  it('ends a held event with an open end at its article, and starts a planned one with an open start there', () => {
    const held = withArticle('ongoing', '2024-01/..', 'held', '2024-08');
    expect([held.earliest, held.latest]).toEqual([d(2024, 1, 1), d(2024, 8, 31)]);
    const planned = withArticle('announced', '../2026-12', 'planned', '2026-02-05');
    expect([planned.start, planned.earliest, planned.latest]).toEqual([d(2026, 2, 5), d(2026, 2, 5), d(2026, 12, 31)]);
    const open = withArticle('open-ended', '2026-03/..', 'planned', '2026-02-05');
    expect([open.start, open.end, open.earliest, open.latest]).toEqual([d(2026, 3, 1), d(2026, 3, 1), d(2026, 3, 1), null]);
  });

  it('never shows an interval before its earliest day; in a window, never once the window has passed its latest', () => {
    const e = withArticle('between', '2024-01/2024-08', 'held', '2024-08');
    expect(isVisible(e, d(2023, 12, 31), CUMULATIVE)).toBe(false);
    expect(isVisible(e, d(2024, 1, 1), CUMULATIVE)).toBe(true);
    expect(isVisible(e, d(2024, 8, 31) + windowDays(3), WINDOW3)).toBe(true);
    expect(isVisible(e, d(2024, 8, 31) + windowDays(3) + 1, WINDOW3)).toBe(false);
  });

  it('keeps the qualifiers', () => {
    const e = withArticle('about', '2024-03~', 'held', '2024-08');
    expect([e.approximate, e.uncertain, e.precision]).toEqual([true, undefined, 'month']);
  });
});

describe('an interval keeps its written ends on the axis', () => {
  it('carries from and to, open ends included, for the words', () => {
    const e = timed(makeEvent({ id: 'by', date: '../2026-01', status: 'held' }));
    expect(e.from).toBe('open');
    expect(e.to).toEqual({ start: d(2026, 1, 1), end: d(2026, 1, 31), precision: 'month' });
  });
});
