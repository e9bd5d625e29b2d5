// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain/dayNumber';
import { languagePack } from './catalogues';
import { formatCalendarDate, formatDateText, formatDay, PRECISION_KEYS } from './formatDate';

// The script pins TZ=Asia/Bangkok; these cases pass in any zone because no
// instant is ever parsed (a UTC parse of 2026-01-01 would read 31 Dec in the Americas).
describe('formatDateText', () => {
  it.each([
    ['2026-01-15', 'en', '15 January 2026'],
    ['2026-01-15', 'fr', '15 janvier 2026'],
    ['2026-01-15', 'vi', '15 tháng 1 năm 2026'],
    ['2026-01-01', 'en', '1 January 2026'],
    ['2026-01-01', 'fr', '1er janvier 2026'],
    ['2026-01-01', 'vi', '1 tháng 1 năm 2026'],
    ['2024-12-31', 'fr', '31 décembre 2024'],
    // Vague dates in EDTF (issue 16).
    ['2024-01/2024-08', 'en', 'between January and August 2024'],
    ['2024-01/2024-08', 'fr', 'entre janvier et août 2024'],
    ['2024-01/2024-08', 'vi', 'trong khoảng từ tháng 1 đến tháng 8 năm 2024'],
    ['2023-11/2024-08', 'en', 'between November 2023 and August 2024'],
    ['2023/2024', 'fr', 'entre 2023 et 2024'],
    ['2026-02-05/2026-12', 'en', 'between 5 February 2026 and December 2026'],
    ['[2022-06-01..2022-06-02]', 'en', 'between 1 and 2 June 2022'],
    ['[2022-06-01..2022-06-02]', 'fr', 'entre le 1er et le 2 juin 2022'],
    ['2026-02-05/2026-12', 'fr', 'entre le 5 février 2026 et décembre 2026'],
    ['[2022-06-01..2022-06-02]', 'vi', 'trong khoảng từ 1 đến 2 tháng 6 năm 2022'],
    ['../2024-08', 'en', 'August 2024 at the latest'],
    ['../2024-08', 'fr', 'août 2024 au plus tard'],
    ['/2024-08', 'vi', 'chậm nhất tháng 8 năm 2024'],
    ['2024-06/..', 'en', 'June 2024 or later'],
    ['2024-06/', 'fr', 'juin 2024 ou après'],
    ['2024-08~', 'en', 'about August 2024'],
    ['2024-08~', 'fr', 'vers août 2024'],
    ['2024?', 'vi', '2024 (chưa chắc chắn)'],
    ['2024-08-15%', 'en', 'about 15 August 2024 (uncertain)'],
    ['2024-01~/2024-08', 'en', 'between about January 2024 and August 2024'],
    ['2022-06-01/2022-06-04', 'en', '1–4 June 2022'],
    ['2022-06-01/2022-06-04', 'fr', '1er–4 juin 2022'],
    ['2022-06-01/2022-06-04', 'vi', '1–4 tháng 6 năm 2022'],
    ['2022-06-30/2022-07-02', 'en', '30 June – 2 July 2022'],
    ['2022-06-30/2022-07-02', 'fr', '30 juin – 2 juillet 2022'],
    ['2022-06-30/2022-07-02', 'vi', '30 tháng 6 – 2 tháng 7 năm 2022'],
    ['2021-12-30/2022-01-02', 'en', '30 December 2021 – 2 January 2022'],
    ['2021-12-30/2022-01-02', 'fr', '30 décembre 2021 – 2 janvier 2022'],
    ['2021-12-30/2022-01-02', 'vi', '30 tháng 12 năm 2021 – 2 tháng 1 năm 2022'],
    ['2024-08', 'en', 'August 2024'],
    ['2024-08', 'fr', 'août 2024'],
    ['2024-08', 'vi', 'tháng 8 năm 2024'],
    ['2026', 'en', '2026'],
    ['2026', 'fr', '2026'],
    ['2026', 'vi', '2026'],
    ['2024-02-29', 'en', '29 February 2024'],
    ['not a date', 'en', 'not a date'],
  ])('%s in %s → %s', (text, lang, expected) => {
    expect(formatDateText(text, lang)).toBe(expected);
  });

  it('falls back to French for an unknown language', () => {
    expect(formatDateText('2026-03-02', 'xx')).toBe('2 mars 2026');
  });
});

describe('formatCalendarDate', () => {
  it('formats a TimedEvent-shaped date at its precision', () => {
    const start = dayNumber(2024, 8, 1);
    const end = dayNumber(2024, 8, 31);
    expect(formatCalendarDate({ start, end, precision: 'month' }, 'en')).toBe('August 2024');
    expect(formatCalendarDate({ start, end, precision: 'span' }, 'en')).toBe('1–31 August 2024');
    expect(formatCalendarDate({ start, end: start, precision: 'day' }, 'en')).toBe('1 August 2024');
  });

  it('formats days far from 1970 and before year 100 without drifting', () => {
    expect(formatDay(dayNumber(1901, 3, 1), 'en')).toBe('1 March 1901');
    expect(formatDay(dayNumber(50, 6, 15), 'en')).toBe('15 June 0050');
  });
});

describe('precision labels', () => {
  it.each([
    ['day', 'en', 'exact day'],
    ['month', 'en', 'month only'],
    ['year', 'fr', 'année seulement'],
    ['span', 'vi', 'trong nhiều ngày'],
  ] as const)('%s in %s', (precision, lang, expected) => {
    expect(languagePack(lang).messages[PRECISION_KEYS[precision]]).toBe(expected);
  });
});

describe('short dates (the event table, issue 13 review)', () => {
  it.each([
    ['2023-12-04', 'en', '4 Dec 2023'],
    ['2023-12-04', 'fr', '4 déc. 2023'],
    ['2023-12-04', 'vi', '4/12/2023'],
    ['2022-06-01', 'fr', '1er juin 2022'],
    ['2024-08', 'en', 'Aug 2024'],
    ['2024-08', 'vi', 'tháng 8/2024'],
    ['2024', 'fr', '2024'],
    ['2026-02-05/2026-12', 'en', 'between 5 Feb 2026 and Dec 2026'],
    ['2026-02-05/2026-12', 'fr', 'entre le 5 févr. 2026 et déc. 2026'],
    ['2024-01/2024-08', 'vi', 'trong khoảng từ tháng 1 đến tháng 8/2024'],
    ['../2024-08', 'en', 'Aug 2024 at the latest'],
    ['2022-06-01/2022-06-04', 'en', '1–4 Jun 2022'],
    ['2022-06-30/2022-07-02', 'vi', '30/6 – 2/7/2022'],
    ['2024-08~', 'en', 'about Aug 2024'],
  ])('%s in %s is "%s"', (text, lang, expected) => {
    expect(formatDateText(text, lang, 'short')).toBe(expected);
  });

  it('keeps the long form by default', () => {
    expect(formatDateText('2023-12-04', 'en')).toBe('4 December 2023');
  });
});

describe('date patterns', () => {
  it('every catalogue uses only the tokens the formatter knows', async () => {
    const { languagePacks } = await import('./catalogues');
    const { formatPattern } = await import('./formatDate');
    const { dayNumber } = await import('../domain/dayNumber');
    for (const pack of languagePacks.values()) {
      for (const [key, pattern] of Object.entries(pack.messages)) {
        if (!key.startsWith('date.format.') && !key.startsWith('date.short.')) continue;
        expect(() => formatPattern(dayNumber(2026, 1, 1), pattern, pack.dateLocale), `${pack.code} ${key}`).not.toThrow();
      }
    }
  });

  it('tokenizes quoted text, doubled quotes and ordinals', async () => {
    const { tokenize, formatPattern } = await import('./formatDate');
    const { dayNumber } = await import('../domain/dayNumber');
    const { languagePack } = await import('./catalogues');
    const T = (value: string) => ({ isToken: true, value });
    const L = (value: string) => ({ isToken: false, value });
    expect(tokenize("d 'tháng' M 'năm' yyyy")).toEqual([T('d'), L(' '), L('tháng'), L(' '), T('M'), L(' '), L('năm'), L(' '), T('yyyy')]);
    expect(tokenize("do MMMM ''yy''")).toEqual([T('do'), L(' '), T('MMMM'), L(' '), L("'"), T('yy'), L("'")]);
    const fr = languagePack('fr').dateLocale;
    expect(formatPattern(dayNumber(2022, 6, 1), 'do MMMM yyyy', fr)).toBe('1er juin 2022');
    expect(formatPattern(dayNumber(2022, 6, 2), 'do MMMM yyyy', fr)).toBe('2 juin 2022');
    expect(() => formatPattern(dayNumber(2022, 6, 1), 'EEEE', languagePack('fr').dateLocale)).toThrow(/unsupported/);
  });
});

describe('formatCalendarDate on the timeline\'s events (issue 16)', () => {
  it('says an interval by its written ends, as the panel, table and slides show it', async () => {
    const { timeEvents } = await import('../domain/timeline');
    const { makeEvent } = await import('../../test/unit/makeEvent');
    const [e] = timeEvents([makeEvent({ id: 'e', date: '2024-01/2024-08', status: 'held', source: { article: 'a', headline: 'h', date: '2024-08', language: 'fr', quote: 'q' } })]);
    expect(e && formatCalendarDate(e, 'en')).toBe('between January and August 2024');
    expect(e && formatCalendarDate(e, 'vi')).toBe('trong khoảng từ tháng 1 đến tháng 8 năm 2024');
  });
});
