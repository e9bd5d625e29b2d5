// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate, dayNumber, dayToIso, daysInMonth, isLeapYear } from './dayNumber.ts';

describe('dayNumber', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11017],
    [2021, 12, 1, 18962],
    [2025, 6, 30, 20269],
    [2025, 7, 1, 20270],
    [2026, 1, 15, 20468],
    [2024, 2, 29, 19782],
    [1900, 3, 1, -25508],
    [1, 1, 1, -719162],
  ])('%i-%i-%i is day %i', (year, month, day, expected) => {
    expect(dayNumber(year, month, day)).toBe(expected);
    expect(civilDate(expected)).toEqual({ year, month, day });
  });

  it('agrees with Date.UTC (a UTC reference, independent of the local zone) over four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(d <= daysInMonth(y, m));
        expect(dayNumber(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
      }),
    );
  });

  it('round-trips every day through civilDate', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (n) => {
        const { year, month, day } = civilDate(n);
        expect(dayNumber(year, month, day)).toBe(n);
      }),
    );
  });
});

describe('calendar rules', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%i) is %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
    [2026, 0, 0],
    [2026, 13, 0],
  ])('daysInMonth(%i, %i) is %i', (year, month, days) => expect(daysInMonth(year, month)).toBe(days));
});

describe('dayToIso', () => {
  it.each([
    [0, '1970-01-01'],
    [20468, '2026-01-15'],
    [19782, '2024-02-29'],
    [-719162, '0001-01-01'],
    [dayNumber(0, 1, 1), '0000-01-01'],
    [dayNumber(-1, 12, 31), '-000001-12-31'],
    [dayNumber(10000, 1, 1), '+010000-01-01'],
  ])('day %i is %s', (n, iso) => expect(dayToIso(n)).toBe(iso));
});
