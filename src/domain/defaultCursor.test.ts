// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { dayNumber as d, type DayNumber } from './dayNumber.ts';
import { dayAtInstant, defaultCursor } from './defaultCursor.ts';
import { timeEvents, type TimedEvent } from './timeline.ts';

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

describe('defaultCursor with an event from the link', () => {
  const events = timed('2021-12-10', '2024-01-01', '2026-02-05');
  it.each<[string, string | null, readonly TimedEvent[] | undefined, DayNumber]>([
    ['no event: the latest', null, undefined, d(2026, 2, 5)],
    ['a known event: its first day', 'e0', undefined, d(2021, 12, 10)],
    ['an unknown id: the latest', 'nope', undefined, d(2026, 2, 5)],
  ])('%s', (_name, selected, _all, expected) => {
    expect(defaultCursor(events, d(2026, 12, 5), selected)).toBe(expected);
  });
  it('looks the event up among all events, not only the shown ones', () => {
    const shown = events.slice(1);
    expect(defaultCursor(shown, d(2026, 12, 5), 'e0', events)).toBe(d(2021, 12, 10));
    expect(defaultCursor(shown, d(2026, 12, 5), 'e0')).toBe(d(2026, 2, 5));
  });
  it('a month-only event opens on its first day', () => {
    expect(defaultCursor(timed('2021-12', '2026-02-05'), d(2026, 12, 5), 'e0')).toBe(d(2021, 12, 1));
  });
});

describe('dayAtInstant', () => {
  it('is the day in Vietnam and Laos (UTC+7), not in UTC', () => {
    expect(dayAtInstant(Date.UTC(2026, 11, 4, 16, 59))).toBe(d(2026, 12, 4));
    expect(dayAtInstant(Date.UTC(2026, 11, 4, 17, 0))).toBe(d(2026, 12, 5));
    expect(dayAtInstant(Date.UTC(2026, 11, 4, 17, 0), 0)).toBe(d(2026, 12, 4));
  });
});
