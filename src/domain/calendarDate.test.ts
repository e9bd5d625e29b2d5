// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import edtf from 'edtf';
import { eventDayRange, parseCalendarDate, rangesOverlap } from './calendarDate.ts';
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
    ['٢٠٢٦', 'date-format'],
    // EDTF forms outside the subset, or malformed.
    ['/', 'date-format'],
    ['../..', 'date-format'],
    ['../', 'date-format'],
    ['2026-01-15/2026-01-16/2026-01-17', 'date-format'],
    ['2026~?', 'date-format'],
    ['~2026', 'date-format'],
    ['2026-21', 'date-impossible'],
    ['[2026..]', 'date-format'],
    ['[2026-01-01..2026-01-02~]', 'date-format'],
    ['[2026-01-02..2026-01-01]', 'date-end-before-start'],
    ['2024-08/2024-01', 'date-end-before-start'],
    ['2024/2024', 'date-end-before-start'],
    ['2026-02-30/..', 'date-impossible'],
  ])('%j is %s', (text, error) => expect(iso(text)).toEqual({ error }));

  it('refuses spans where only single dates are allowed (inForce, article dates)', () => {
    expect(iso('2022-06-01/2022-06-04', false)).toEqual({ error: 'date-format' });
    for (const text of ['2024-01/2024-08', '../2024-08', '2024~', '2024?', '[2022-06-01..2022-06-02]']) {
      expect(iso(text, false)).toEqual({ error: 'date-format' });
    }
    expect(iso('2022-06', false)).toEqual({ start: '2022-06-01', end: '2022-06-30', precision: 'month' });
  });
});

describe('parseCalendarDate: EDTF forms (issue 16)', () => {
  const full = (text: string) => {
    const r = parseCalendarDate(text);
    if (!r.ok) return { error: r.error };
    const day = (n: number) => (Number.isFinite(n) ? dayToIso(n) : n < 0 ? '-∞' : '+∞');
    return {
      start: day(r.value.start), end: day(r.value.end), precision: r.value.precision,
      ...(r.value.approximate ? { approximate: true } : {}), ...(r.value.uncertain ? { uncertain: true } : {}),
    };
  };
  it.each([
    ['2024-01/2024-08', { start: '2024-01-01', end: '2024-08-31', precision: 'interval' }],
    ['2023/2024-08', { start: '2023-01-01', end: '2024-08-31', precision: 'interval' }],
    ['2026-02-05/2026-12', { start: '2026-02-05', end: '2026-12-31', precision: 'interval' }],
    ['2022-06-01~/2022-06-04', { start: '2022-06-01', end: '2022-06-04', precision: 'interval' }],
    ['../2024-08', { start: '-∞', end: '2024-08-31', precision: 'interval' }],
    ['/2024-08', { start: '-∞', end: '2024-08-31', precision: 'interval' }],
    ['2024-06/..', { start: '2024-06-01', end: '+∞', precision: 'interval' }],
    ['2024-06/', { start: '2024-06-01', end: '+∞', precision: 'interval' }],
    ['2024-08~', { start: '2024-08-01', end: '2024-08-31', precision: 'month', approximate: true }],
    ['2024?', { start: '2024-01-01', end: '2024-12-31', precision: 'year', uncertain: true }],
    ['2024-08-15%', { start: '2024-08-15', end: '2024-08-15', precision: 'day', approximate: true, uncertain: true }],
    ['[2022-06-01..2022-06-02]', { start: '2022-06-01', end: '2022-06-02', precision: 'interval' }],
    ['[2024-01..2024-03]', { start: '2024-01-01', end: '2024-03-31', precision: 'interval' }],
  ])('%s', (text, expected) => expect(full(text)).toEqual(expected));

  it('keeps the written ends of an interval, open and unknown told apart', () => {
    const open = parseCalendarDate('../2024-08');
    const unknown = parseCalendarDate('/2024-08');
    expect(open.ok && open.value.from).toBe('open');
    expect(unknown.ok && unknown.value.from).toBe('unknown');
    const r = parseCalendarDate('2024-01/2024-08');
    expect(r.ok && r.value.to).toEqual({ start: 19936, end: 19966, precision: 'month' });
  });

  // The Library of Congress grammar, as the `edtf` package implements it, is the
  // reference: every form accepted here must mean the same days there.
  it.each([
    '2024', '2024-08', '2024-08-15', '2024-08~', '2024?', '2024-08-15%', '2024-01/2024-08', '2023/2024-08',
    '2022-06-01/2022-06-04', '2026-02-05/2026-12', '../2024-08', '2024-06/..', '2024-06/', '/2024',
    '[2022-06-01..2022-06-02]', '[2024-01..2024-03]', '2024-02-29',
  ])('%s means the same days as in the edtf package', (text) => {
    const ours = parseCalendarDate(text);
    expect(ours.ok).toBe(true);
    if (!ours.ok) return;
    const toDay = (ms: number | null, side: -1 | 1) => (ms === null || !Number.isFinite(ms) ? side * Infinity : Math.floor(ms / 86_400_000));
    const theirs = edtf(text);
    if (text.startsWith('[')) {
      // "One of a set": the package parses it as a Set of one range; its ends are the range's.
      expect(theirs.type).toBe('Set');
      const [a = '', b = ''] = text.slice(1, -1).split('..');
      expect([ours.value.start, ours.value.end]).toEqual([toDay(edtf(a).min, -1), toDay(edtf(b).max, 1)]);
      return;
    }
    expect([ours.value.start, ours.value.end]).toEqual([toDay(theirs.min, -1), toDay(theirs.max, 1)]);
  });

  it.each(['2024-21', '2024-08-15T10:00', '2024-08-15/2024-08-10', '2026-02-30'])('%s, refused here, is not a plain date there either', (text) => {
    expect(parseCalendarDate(text).ok).toBe(false);
    let theirs: { type: string } | null = null;
    try { theirs = edtf(text); } catch { theirs = null; }
    // Either the grammar refuses it too, or it is an EDTF form outside the subset (a season, a time).
    expect(theirs === null || theirs.type !== 'Date' || text.includes('T')).toBe(true);
  });
});

describe('eventDayRange: vague dates read against the article', () => {
  const article = { start: 19936 + 212, end: 19966 + 212 }; // some month
  const range = (text: string, status: 'held' | 'planned') => {
    const r = parseCalendarDate(text);
    if (!r.ok) throw new Error(text);
    return eventDayRange(r.value, status, { start: 100, end: 200 });
  };
  it('ends a held event with an open or unknown end at its article, and leaves an unbounded start unknown', () => {
    expect(range('0000-01-01/..', 'held').latest).toBe(200);
    expect(range('../1970-03', 'held')).toEqual({ earliest: null, latest: 89 });
  });
  it('starts a planned event with an open or unknown start at its article', () => {
    expect(range('/1970-12', 'planned')).toEqual({ earliest: 100, latest: 364 });
    expect(range('1970-06/..', 'planned')).toEqual({ earliest: 151, latest: null });
  });
  it('leaves bounded dates as written', () => {
    expect(range('1970-01/1970-02', 'held')).toEqual({ earliest: 0, latest: 58 });
    expect(article.end - article.start).toBe(30);
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
