// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseUrlState } from './urlState';

// Issue 17: dropping the 80-character limit on an event id in a link survived.

const id = (n: number) => `e${'-a'.repeat((n - 1) / 2)}`.padEnd(n, 'b');

describe('an event id in a link', () => {
  it('is kept up to 80 characters and rejected beyond, even when well-formed', () => {
    expect(id(80)).toHaveLength(80);
    expect(id(81)).toHaveLength(81);
    expect(parseUrlState(`?event=${id(80)}`, '', ['en']).state.event).toBe(id(80));
    const long = parseUrlState(`?event=${id(81)}`, '', ['en']);
    expect(long.state.event).toBeUndefined();
    expect(long.rejected.map((r) => r.param)).toEqual(['event']);
  });
});
