import { afterEach, describe, expect, it } from 'vitest';
import { parseCalendarDate, rangesOverlap } from './calendarDate.ts';
import { dayToIso } from './dayNumber.ts';

const iso = (text: string, allowSpan = true) => {
  const result = parseCalendarDate(text, { allowSpan });
  return result.ok
    ? { start: dayToIso(result.value.start), end: dayToIso(result.value.end), precision: result.value.precision }
    : { error: result.error };
};

describe('parseCalendarDate: forms and precision', () => {
  it.each([
    ['2026-01-15', '2026-01-15', '2026-01-15', 'day'],
    ['2022-06-01/2022-06-04', '2022-06-01', '2022-06-04', 'span'],
    ['2025-12-30/2026-01-02', '2025-12-30', '2026-01-02', 'span'],
    ['2021-12', '2021-12-01', '2021-12-31', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2025-02', '2025-02-01', '2025-02-28', 'month'],
    ['2100-02', '2100-02-01', '2100-02-28', 'month'],
    ['2000-02', '2000-02-01', '2000-02-29', 'month'],
    ['2026-04', '2026-04-01', '2026-04-30', 'month'],
    ['2026', '2026-01-01', '2026-12-31', 'year'],
    ['2024', '2024-01-01', '2024-12-31', 'year'],
    ['2024-02-29', '2024-02-29', '2024-02-29', 'day'],
  ])('%s is %s..%s (%s)', (text, start, end, precision) => {
    expect(iso(text)).toEqual({ start, end, precision });
  });

  it('gives day numbers: a year holds 365 or 366 days, ends included', () => {
    const year = (text: string) => {
      const r = parseCalendarDate(text);
      return r.ok ? r.value.end - r.value.start + 1 : NaN;
    };
    expect(year('2025')).toBe(365);
    expect(year('2024')).toBe(366);
    expect(year('2022-06-01/2022-06-04')).toBe(4);
  });
});

describe('parseCalendarDate: invalid dates', () => {
  it.each([
    ['2026-02-30', 'date-impossible'],
    ['2025-02-29', 'date-impossible'],
    ['1900-02-29', 'date-impossible'],
    ['2026-13', 'date-impossible'],
    ['2026-00', 'date-impossible'],
    ['2026-01-00', 'date-impossible'],
    ['2026-04-31', 'date-impossible'],
    ['2026-01-32', 'date-impossible'],
    ['2026-01-20/2026-01-15', 'date-end-before-start'],
    ['2026-01-15/2026-01-15', 'date-end-before-start'],
    ['2026-02-30/2026-03-02', 'date-impossible'],
    ['2026-01-15/2026-02-30', 'date-impossible'],
    ['', 'date-format'],
    ['26', 'date-format'],
    ['2026-1-5', 'date-format'],
    ['2026/01/15', 'date-format'],
    ['15/01/2026', 'date-format'],
    ['2026-01-15T00:00:00Z', 'date-format'],
    [' 2026', 'date-format'],
    ['2026-01/2026-02', 'date-format'],
    ['٢٠٢٦', 'date-format'],
    ['2026-01-15/', 'date-format'],
  ])('%j is %s', (text, error) => expect(iso(text)).toEqual({ error }));

  it('refuses spans where only single dates are allowed (inForce, article dates)', () => {
    expect(iso('2022-06-01/2022-06-04', false)).toEqual({ error: 'date-format' });
    expect(iso('2022-06', false)).toEqual({ start: '2022-06-01', end: '2022-06-30', precision: 'month' });
  });
});

describe('rangesOverlap', () => {
  it.each([
    [[1, 5], [5, 9], true],
    [[1, 5], [6, 9], false],
    [[6, 9], [1, 5], false],
    [[1, 9], [3, 4], true],
  ] as const)('%j and %j: %s', ([as, ae], [bs, be], expected) => {
    expect(rangesOverlap({ start: as, end: ae }, { start: bs, end: be })).toBe(expected);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });
  const samples = ['2026-01-15', '2022-06-01/2022-06-04', '2021-12', '2024', '2024-02-29', '2025-06-30', '2025-07-01'];
  const run = () => samples.map((text) => parseCalendarDate(text)).map((r) => (r.ok ? [r.value.start, r.value.end, r.value.precision] : r.error));

  it('gives identical day numbers in zones a day apart', () => {
    const results = new Map<string, unknown>();
    const offsets = new Set<number>();
    for (const zone of ['Asia/Bangkok', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'UTC']) {
      process.env.TZ = zone;
      // Proves the zone switch took effect, so this test could fail if the code read local time.
      offsets.add(new Date(2026, 0, 15).getTimezoneOffset());
      results.set(zone, run());
    }
    expect(offsets.size).toBeGreaterThan(3);
    const [first, ...rest] = [...results.values()];
    for (const result of rest) expect(result).toEqual(first);
    expect(first).toEqual([
      [20468, 20468, 'day'],
      [19144, 19147, 'span'],
      [18962, 18992, 'month'],
      [19723, 20088, 'year'],
      [19782, 19782, 'day'],
      [20269, 20269, 'day'],
      [20270, 20270, 'day'],
    ]);
  });
});
