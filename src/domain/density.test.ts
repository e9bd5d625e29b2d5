// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { density, isVagueDate, monthKey } from './density.ts';
import { dayNumber } from './dayNumber.ts';
import type { BorderEvent } from './event.ts';
import { timeEvents } from './timeline.ts';

const event = (id: string, date: string): BorderEvent => makeEvent({ id, date });

const d = dayNumber;

describe('density', () => {
  it('is empty for no events', () => {
    expect(density([])).toEqual({ months: [], spans: [], lanes: 0, busiest: null, pointCount: 0, spanCount: 0 });
  });

  it.each([
    ['a day counts in its month', ['2024-03-15'], [{ month: monthKey(d(2024, 3, 1)), start: d(2024, 3, 1), end: d(2024, 3, 31), count: 1 }]],
    ['a span counts once, in its start month', ['2024-01-30/2024-02-02'], [{ month: monthKey(d(2024, 1, 1)), start: d(2024, 1, 1), end: d(2024, 1, 31), count: 1 }]],
    ['days in one month add up', ['2024-02-01', '2024-02-29', '2024-02-10'], [{ month: monthKey(d(2024, 2, 1)), start: d(2024, 2, 1), end: d(2024, 2, 29), count: 3 }]],
    ['months come back in order, empty ones left out', ['2025-01-05', '2024-12-31'], [
      { month: monthKey(d(2024, 12, 1)), start: d(2024, 12, 1), end: d(2024, 12, 31), count: 1 },
      { month: monthKey(d(2025, 1, 1)), start: d(2025, 1, 1), end: d(2025, 1, 31), count: 1 },
    ]],
  ])('%s', (_name, dates, months) => {
    const result = density(timeEvents(dates.map((date, i) => event(`e${i}`, date))));
    expect(result.months).toEqual(months);
    expect(result.spans).toEqual([]);
    expect(result.pointCount).toBe(dates.length);
  });

  it('returns month and year dates as spans, grouped, never as points', () => {
    const result = density(timeEvents([
      event('a', '2024-08'), event('b', '2024-08'), event('c', '2024'), event('d', '2024-08-15'),
    ]));
    expect(result.months).toEqual([{ month: monthKey(d(2024, 8, 1)), start: d(2024, 8, 1), end: d(2024, 8, 31), count: 1 }]);
    expect(result.spans).toEqual([
      { start: d(2024, 1, 1), end: d(2024, 12, 31), precision: 'year', count: 1, lane: 0 },
      { start: d(2024, 8, 1), end: d(2024, 8, 31), precision: 'month', count: 2, lane: 1 },
    ]);
    expect(result.lanes).toBe(2);
    expect(result.pointCount).toBe(1);
    expect(result.spanCount).toBe(3);
  });

  it.each<[string, string, boolean]>([
    ['a day', '2024-08-15', false],
    ['a span of days', '2024-08-15/2024-08-17', false],
    ['a month', '2024-08', true],
    ['a year', '2024', true],
  ])('is %s vague? (issue 13)', (_name, date, vague) => {
    const [timed] = timeEvents([event('a', date)]);
    expect(timed && isVagueDate(timed)).toBe(vague);
  });

  it('draws each vague range from its earliest to its latest possible day, in rows that never overlap', () => {
    const result = density(timeEvents([
      event('y22', '2022'), event('m22', '2022-03'), event('m22b', '2022-11'), event('y23', '2023'), event('m23', '2023-02'), event('y24', '2024'),
    ]));
    expect(result.spans.map((s) => [s.start, s.end, s.precision, s.lane])).toEqual([
      [d(2022, 1, 1), d(2022, 12, 31), 'year', 0],
      [d(2022, 3, 1), d(2022, 3, 31), 'month', 1],
      [d(2022, 11, 1), d(2022, 11, 30), 'month', 1],
      [d(2023, 1, 1), d(2023, 12, 31), 'year', 0],
      [d(2023, 2, 1), d(2023, 2, 28), 'month', 1],
      [d(2024, 1, 1), d(2024, 12, 31), 'year', 0],
    ]);
    expect(result.lanes).toBe(2);
    expect(result.months).toEqual([]);
  });

  it('names the first busiest month', () => {
    const result = density(timeEvents([
      event('a', '2024-01-02'), event('b', '2024-01-03'), event('c', '2024-05-01'), event('e', '2024-05-02'), event('f', '2024-06-01'),
    ]));
    expect(result.busiest).toMatchObject({ start: d(2024, 1, 1), count: 2 });
  });

  // Issue 16: a date the source bounds only to an interval (or to one of a few days) is a
  // hatched range from its earliest to its latest possible day, never a point.
  it('draws an interval and a one-of-several-days date as ranges, not as points', () => {
    const result = density(timeEvents([event('between', '2024-01/2024-08'), event('one-of', '[2022-06-01..2022-06-02]'), event('day', '2024-03-15')]));
    expect(result.spans.map((s) => [s.start, s.end, s.precision])).toEqual([
      [d(2022, 6, 1), d(2022, 6, 2), 'interval'],
      [d(2024, 1, 1), d(2024, 8, 31), 'interval'],
    ]);
    expect(result.pointCount).toBe(1);
    expect(result.spanCount).toBe(2);
  });

  it('keys consecutive months by consecutive integers across a year end', () => {
    expect(monthKey(d(2025, 1, 1)) - monthKey(d(2024, 12, 31))).toBe(1);
  });
});
