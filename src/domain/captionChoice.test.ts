// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../test/unit/makeEvent';
import { captionChoice } from './captionChoice';
import { timeEvents } from './timeline';
import type { BorderEvent } from './event';

const ev = (id: string, date: string, status: BorderEvent['status'] = 'held') => makeEvent({ id, date, status });
const choose = (events: BorderEvent[]) => captionChoice(timeEvents(events))?.event.id;

describe('captionChoice (issue 13 review: which of a step’s events the caption names)', () => {
  it('names nothing when nothing came into view', () => {
    expect(captionChoice([])).toBeUndefined();
  });

  it('names the newest: the latest start', () => {
    expect(choose([ev('b', '2024-01-02'), ev('a', '2024-03-01'), ev('c', '2024-02-01')])).toBe('a');
  });

  it('on one day: a held event before a planned one, even sorted after it', () => {
    // Sorted by start, end, id: the planned span (ending in December) comes last, as at(-1) took it.
    expect(choose([ev('z-summit', '2026-02-05'), ev('a-dialogue', '2026-02-05/2026-12', 'planned')])).toBe('z-summit');
    expect(choose([ev('a-dialogue', '2026-02-05/2026-12', 'planned'), ev('z-summit', '2026-02-05')])).toBe('z-summit');
  });

  it('on one day: dated to the day before an open "by that day", then the record’s order', () => {
    expect(choose([ev('a-plan', '../2026-02-05'), ev('b-visit', '2026-02-05')])).toBe('b-visit');
    // Then the timeline's order's last: Tô Lâm's state visit's id sorts after the ministers' meetings of that day.
    expect(choose([ev('2026-02-to-lam-state-visit', '2026-02-05'), ev('2026-02-05-ministers-meet', '2026-02-05')])).toBe('2026-02-to-lam-state-visit');
  });

  it('a planned event alone is still named', () => {
    expect(choose([ev('p', '2026-02-05/2026-12', 'planned')])).toBe('p');
  });

  it('on one day, both dated to the day: the held one, even when the planned one comes last', () => {
    // Sorted by id, the planned one is last: only the status can pick the held one.
    expect(choose([ev('a-held', '2026-02-05'), ev('z-planned', '2026-02-05', 'planned')])).toBe('a-held');
  });

  it('on one start, both held: the one dated to its day before the month it opens, though the month comes last', () => {
    // The month ends later, so the timeline puts it last; only the precision can pick the day.
    expect(choose([ev('day', '2026-02-01'), ev('month', '2026-02')])).toBe('day');
    expect(choose([ev('month', '2026-02'), ev('day', '2026-02-01')])).toBe('day');
  });
});
