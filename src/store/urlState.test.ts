import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumber } from '../domain/dayNumber';
import { EVENT_TYPES } from '../domain/event';
import { COUNTRY_PAIRS, DISPLAY_MODES } from '../domain/timeline';
import { EMBED_CONTROLS, EMBED_THEMES, parseUrlState, parseViewMessage, serializeUrlState, readFlag, type UrlState } from './urlState';
import { WINDOW_MONTHS } from '../domain/viewLimits';

const langs = ['en', 'fr', 'vi'];

describe('parseUrlState', () => {
  it('reads a full link', () => {
    const { state, rejected } = parseUrlState(
      '?date=2026-01-15&event=2026-01-15-khe-sanh-lao-districts-twinning&types=twinning,agreement&pairs=VN-LA&mode=embed&display=window&window=12&lang=vi&data=x.json&q=Khe',
      '#map=7.5/16.62/106.73', langs);
    expect(rejected).toEqual([]);
    expect(state).toEqual({
      cursor: dayNumber(2026, 1, 15), event: '2026-01-15-khe-sanh-lao-districts-twinning', types: ['twinning', 'agreement'],
      pairs: ['VN-LA'], mode: 'embed', display: 'window', windowMonths: 12, lang: 'vi', data: 'x.json', query: 'Khe',
      camera: { zoom: 7.5, lat: 16.62, lng: 106.73 },
    });
  });

  it.each([
    ['date', '2026-02-30'], ['date', '2026-13-01'], ['date', '2026'], ['date', '<script>alert(1)</script>'],
    ['event', 'Not A Slug'], ['event', '../../etc'], ['mode', 'admin'], ['display', 'all'], ['window', '7'],
    ['lang', 'de'], ['types', 'picnic'], ['pairs', 'VN-TH'], ['date', '\u202e2026-01-15'],
  ])('rejects %s=%s and keeps the rest of the link', (param, value) => {
    const { state, rejected } = parseUrlState(`?lang=en&${param}=${encodeURIComponent(value)}`, '', langs);
    expect(state.lang).toBe('en');
    expect(rejected.map((r) => r.param)).toEqual([param]);
  });

  it('keeps the good types of a mixed list and says what it dropped', () => {
    const { state, rejected } = parseUrlState('?types=twinning,picnic,twinning', '', langs);
    expect(state.types).toEqual(['twinning']);
    expect(rejected).toEqual([{ param: 'types', value: 'twinning,picnic,twinning' }]);
  });

  it.each(['#map=99/0/0', '#map=5/91/0', '#map=5/0/181', '#map=a/b/c', '#map=5/1', '#map=1e3/0/0'])('rejects camera %s', (hash) => {
    const { state, rejected } = parseUrlState('', hash, langs);
    expect(state.camera).toBeUndefined();
    expect(rejected[0]?.param).toBe('map');
  });

  it('cuts megabyte values short in what it reports', () => {
    const { rejected } = parseUrlState(`?date=${'9'.repeat(1_000_000)}`, '', langs);
    expect(rejected[0]?.value.length).toBeLessThan(70);
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (search, hash) => {
      const { state, rejected } = parseUrlState(search, hash, langs);
      expect(typeof state).toBe('object');
      expect(Array.isArray(rejected)).toBe(true);
    }), { numRuns: 500 });
  });
});

describe('live', () => {
  it.each([
    ['?live', 60], ['?live=', 60], ['?live=1', 60], ['?live=true', 60], ['?live=90', 90],
    ['?live=5', 30], ['?live=30', 30], ['?live=3600', 3600], ['?live=86400', 3600], ['?live=0', undefined], ['', undefined],
  ])('%s → %s seconds', (search, seconds) => {
    const { state, rejected } = parseUrlState(search, '', langs);
    expect(state.live).toBe(seconds);
    expect(rejected).toEqual([]);
  });

  it.each(['fast', '-5', '1.5', '1e3', '99999999'])('rejects live=%s and keeps the rest', (value) => {
    const { state, rejected } = parseUrlState(`?lang=fr&live=${value}`, '', langs);
    expect(state).toEqual({ lang: 'fr' });
    expect(rejected).toEqual([{ param: 'live', value }]);
  });
});

describe('serializeUrlState ∘ parseUrlState', () => {
  const arbState: fc.Arbitrary<UrlState> = fc.record({
    cursor: fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2100, 12, 31) }),
    event: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
    types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { minLength: 1 }),
    pairs: fc.uniqueArray(fc.constantFrom(...COUNTRY_PAIRS), { minLength: 1 }),
    query: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0),
    mode: fc.constantFrom('embed' as const, 'present' as const),
    display: fc.constantFrom(...DISPLAY_MODES.filter((d) => d !== 'cumulative')),
    windowMonths: fc.constantFrom(...WINDOW_MONTHS),
    lang: fc.constantFrom(...langs),
    live: fc.integer({ min: 30, max: 3600 }),
    script: fc.stringMatching(/^[a-z0-9]{1,12}\.json$/),
    camera: fc.record({
      zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
      lat: fc.integer({ min: -850000, max: 850000 }).map((n) => n / 10000),
      lng: fc.integer({ min: -1800000, max: 1800000 }).map((n) => n / 10000),
    }),
  }, { requiredKeys: [] });

  it('round-trips every valid state', () => {
    fc.assert(fc.property(arbState, (s) => {
      const expected = { ...s };
      if (expected.display !== 'window') delete expected.windowMonths;
      const { search, hash } = serializeUrlState(s);
      const back = parseUrlState(search, hash, langs);
      expect(back.rejected).toEqual([]);
      expect(back.state).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('keeps a live= it was not told about, and writes the one it is given', () => {
    expect(serializeUrlState({ lang: 'fr' }, new URLSearchParams('live')).search).toBe('?live=&lang=fr');
    expect(serializeUrlState({ live: 120 }, new URLSearchParams('live=30')).search).toBe('?live=120');
  });

  it('keeps parameters it does not own', () => {
    const { search } = serializeUrlState({ lang: 'fr' }, new URLSearchParams('utm_source=x&lang=en'));
    expect(search).toBe('?utm_source=x&lang=fr');
  });
});

describe('embed options (issue 14)', () => {
  it('reads every option of an embed src', () => {
    const { state, rejected } = parseUrlState('?mode=embed&height=480&controls=none&theme=dark&transparent&legend=open', '', langs);
    expect(rejected).toEqual([]);
    expect(state.embed).toEqual({ height: 480, controls: 'none', theme: 'dark', transparent: true, legend: 'open' });
  });

  it('reads Datawrapper\'s `dark` flag as theme=dark, an explicit theme first (session 11 review)', () => {
    for (const q of ['dark', 'dark=1', 'dark=true']) expect(parseUrlState(`?mode=embed&${q}`, '', langs)).toEqual({ state: { mode: 'embed', embed: { theme: 'dark' } }, rejected: [] });
    expect(parseUrlState('?dark=1&theme=light', '', langs).state.embed).toEqual({ theme: 'light' });
    expect(parseUrlState('?theme=auto&dark', '', langs).state.embed).toEqual({ theme: 'auto' });
    expect(parseUrlState('?dark=0', '', langs)).toEqual({ state: {}, rejected: [] });
    expect(parseUrlState('?dark=please', '', langs).rejected).toEqual([{ param: 'dark', value: 'please' }]);
  });

  it('reads `embed`, `embed=1` and `embed=true` as mode=embed; an explicit mode wins; `embed=0` is a clear no; garbage is rejected', () => {
    for (const q of ['embed', 'embed=1', 'embed=true']) expect(parseUrlState(`?${q}`, '', langs)).toEqual({ state: { mode: 'embed' }, rejected: [] });
    expect(parseUrlState('?embed=1&mode=present', '', langs)).toEqual({ state: { mode: 'present' }, rejected: [] });
    expect(parseUrlState('?mode=explore&embed', '', langs)).toEqual({ state: { mode: 'explore' }, rejected: [] });
    for (const q of ['embed=0', 'embed=false']) expect(parseUrlState(`?${q}`, '', langs)).toEqual({ state: {}, rejected: [] });
    expect(parseUrlState('?embed=yes', '', langs)).toEqual({ state: {}, rejected: [{ param: 'embed', value: 'yes' }] });
  });

  it.each([
    ['height', '319'], ['height', '1201'], ['height', '480px'], ['height', '4.5e2'], ['height', '-500'], ['height', ''],
    ['controls', 'all'], ['controls', ''], ['theme', 'black'], ['theme', 'DARK '], ['transparent', 'yes'], ['legend', 'shut'],
  ])('rejects %s=%s and keeps the rest', (param, value) => {
    const { state, rejected } = parseUrlState(`?lang=en&height=600&${param}=${encodeURIComponent(value)}`, '', langs);
    expect(state.lang).toBe('en');
    expect(rejected).toEqual([{ param, value: value.trim() }]);
    if (param !== 'height') expect(state.embed?.height).toBe(600);
  });

  it('takes the bounds of height and a clear "no" for transparent', () => {
    expect(parseUrlState('?height=320', '', langs).state.embed).toEqual({ height: 320 });
    expect(parseUrlState('?height=1200', '', langs).state.embed).toEqual({ height: 1200 });
    expect(parseUrlState('?transparent=0', '', langs)).toEqual({ state: { embed: { transparent: false } }, rejected: [] });
    expect(parseUrlState('?lang=en', '', langs).state.embed).toBeUndefined();
  });

  it('round-trips through serializeUrlState, writing only what differs from the defaults', () => {
    fc.assert(fc.property(fc.record({
      height: fc.integer({ min: 320, max: 1200 }),
      controls: fc.constantFrom(...EMBED_CONTROLS),
      theme: fc.constantFrom(...EMBED_THEMES),
      transparent: fc.boolean(),
      legend: fc.constantFrom('open' as const, 'closed' as const),
    }, { requiredKeys: [] }), (embed) => {
      const { search } = serializeUrlState({ embed });
      const back = parseUrlState(search, '', langs);
      expect(back.rejected).toEqual([]);
      const expected = { ...embed };
      if (expected.controls === 'compact') delete expected.controls;
      if (expected.theme === 'light') delete expected.theme;
      if (!expected.transparent) delete expected.transparent;
      if (expected.legend === 'closed') delete expected.legend;
      expect(back.state.embed ?? {}).toEqual(expected);
    }), { numRuns: 200 });
    expect(serializeUrlState({ embed: { controls: 'compact', theme: 'light', legend: 'closed' } }).search).toBe('');
  });
});

describe('parseViewMessage (the host API, issue 14)', () => {
  it('reads a view as the same keys in a link', () => {
    expect(parseViewMessage({ date: '2026-01-15', event: 'a-b', types: 'twinning', pairs: 'VN-LA', q: 'Khe', display: 'window', window: '12', camera: '7/16.6/106.7' }, langs)).toEqual({
      cursor: dayNumber(2026, 1, 15), event: 'a-b', types: ['twinning'], pairs: ['VN-LA'], query: 'Khe', display: 'window', windowMonths: 12,
      camera: { zoom: 7, lat: 16.6, lng: 106.7 },
    });
    expect(parseViewMessage({}, langs)).toEqual({});
  });

  it.each([
    ['a bad date', { date: '2026-02-30' }],
    ['a date as a number', { date: 20260115 }],
    ['one bad type among good ones', { types: 'twinning,picnic' }],
    ['a key a link has but a view has not', { mode: 'present' }],
    ['the data file', { data: 'evil.json' }],
    ['an unknown key', { date: '2026-01-15', colour: 'red' }],
    ['a camera out of range', { camera: '7/95/106' }],
    ['a camera smuggling more', { camera: '7/16/106&map=1/1/1' }],
    ['a megabyte', { q: 'x'.repeat(1_000_000) }],
    ['an array', ['2026-01-15']],
    ['a string', 'date=2026-01-15'],
    ['null', null],
  ])('refuses %s whole', (_, view) => {
    expect(parseViewMessage(view, langs)).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (view) => { parseViewMessage(view, langs); }), { numRuns: 300 });
  });
});

describe('readFlag', () => {
  it('reads the key alone, 1 and true as yes; 0 and false as a clear no; anything else as neither', () => {
    for (const v of ['', '1', 'true']) expect(readFlag(v), v).toBe(true);
    for (const v of ['0', 'false']) expect(readFlag(v), v).toBe(false);
    for (const v of ['yes', 'TRUE', '2', ' 1', 'no']) expect(readFlag(v), v).toBeNull();
  });
});
