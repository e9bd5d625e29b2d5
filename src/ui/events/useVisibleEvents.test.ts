import { describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import { timeEvents, type DisplaySettings } from '../../domain/timeline';
import { countVisible, newestVisible } from './useVisibleEvents';
import { AGREEMENT, FIXTURES, MEETING, PATROL, PLANNED_EXCHANGE } from './testing';

const events = timeEvents(FIXTURES);

describe('newestVisible and countVisible', () => {
  it.each<[string, number, DisplaySettings, string[]]>([
    ['cumulative, at the end', d(2024, 10, 4), { mode: 'cumulative', windowMonths: 6 }, [PLANNED_EXCHANGE.id, AGREEMENT.id, MEETING.id, PATROL.id]],
    ['cumulative, before the planned event', d(2024, 9, 30), { mode: 'cumulative', windowMonths: 6 }, [AGREEMENT.id, MEETING.id, PATROL.id]],
    ['window of 3 months', d(2024, 6, 1), { mode: 'window', windowMonths: 3 }, [MEETING.id]],
    ['in force', d(2024, 9, 1), { mode: 'in-force', windowMonths: 6 }, [AGREEMENT.id]],
    ['in force, before it starts', d(2024, 8, 31), { mode: 'in-force', windowMonths: 6 }, []],
  ])('%s', (_name, cursor, display, expected) => {
    expect(newestVisible(events, cursor, display).map((e) => e.event.id)).toEqual(expected);
    expect(countVisible(events, cursor, display)).toBe(expected.length);
  });

  it('stops at the limit, keeping the newest', () => {
    const display: DisplaySettings = { mode: 'cumulative', windowMonths: 6 };
    expect(newestVisible(events, d(2024, 10, 4), display, 2).map((e) => e.event.id)).toEqual([PLANNED_EXCHANGE.id, AGREEMENT.id]);
  });
});
