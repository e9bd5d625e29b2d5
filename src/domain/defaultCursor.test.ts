import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber as d, type DayNumber } from './dayNumber.ts';
import { dayAtInstant, defaultCursor } from './defaultCursor.ts';
import { timeEvents } from './timeline.ts';

const timed = (...dates: string[]) => timeEvents(dates.map((date, i) => makeEvent({ id: `e${i}`, date })));

describe('defaultCursor', () => {
  it.each<[string, string[], DayNumber, DayNumber | null]>([
    ['no events', [], d(2026, 12, 5), null],
    ['the latest event, not the end of its year or of the span', ['2022-06-01', '2024', '2026-02-05'], d(2026, 12, 5), d(2026, 2, 5)],
    ['an event dated today counts', ['2024-01-01', '2026-12-05'], d(2026, 12, 5), d(2026, 12, 5)],
    ['a planned event after today is skipped', ['2024-01-01', '2025-03-10', '2027-01-15'], d(2026, 12, 5), d(2025, 3, 10)],
    ['a year-only event of this year opens on its first possible day', ['2024-01-01', '2026'], d(2026, 12, 5), d(2026, 1, 1)],
    ['a month-only event opens on its first day', ['2024-01-01', '2026-02'], d(2026, 12, 5), d(2026, 2, 1)],
    ['a span that has begun opens on its first day', ['2024-01-01', '2026-12-01/2026-12-20'], d(2026, 12, 5), d(2026, 12, 1)],
    ['everything after today: the first event', ['2027-05-01', '2028'], d(2026, 12, 5), d(2027, 5, 1)],
  ])('%s', (_name, dates, today, expected) => {
    expect(defaultCursor(timed(...dates), today)).toBe(expected);
  });

  it('depends on today', () => {
    const events = timed('2024-01-01', '2025-03-10', '2026-02-05');
    expect(defaultCursor(events, d(2025, 12, 31))).toBe(d(2025, 3, 10));
    expect(defaultCursor(events, d(2026, 2, 4))).toBe(d(2025, 3, 10));
    expect(defaultCursor(events, d(2026, 2, 5))).toBe(d(2026, 2, 5));
  });
});

describe('dayAtInstant', () => {
  it('is the day in Vietnam and Laos (UTC+7), not in UTC', () => {
    expect(dayAtInstant(Date.UTC(2026, 11, 4, 16, 59))).toBe(d(2026, 12, 4));
    expect(dayAtInstant(Date.UTC(2026, 11, 4, 17, 0))).toBe(d(2026, 12, 5));
    expect(dayAtInstant(Date.UTC(2026, 11, 4, 17, 0), 0)).toBe(d(2026, 12, 4));
  });
});
