// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_GEO_SOURCES, fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { buildGeoIndex } from './geoIndex.ts';
import { validateEvent } from './validateEvent.ts';
import { validateEvents } from './validateEvents.ts';
import { problemMessage } from './problems.ts';

const VALID = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/events/valid.json'), 'utf8')) as { events: Record<string, unknown>[] }).events[0] ?? {};
const withChanges = (changes: Record<string, unknown>) => ({ ...structuredClone(VALID), ...changes });
const codes = (raw: unknown, geo = fixtureGeo) => validateEvent(raw, { line: 7 }, geo).problems.map((p) => `${p.code} ${p.field}`);

describe('validateEvent', () => {
  it('accepts the valid fixture and returns a fresh copy', () => {
    const result = validateEvent(VALID, { line: 7 }, fixtureGeo);
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual(VALID);
    expect(result.value).not.toBe(VALID);
  });

  it.each([
    ['actor country not among the countries', { actors: [{ name: 'Li Junjie', country: 'CN' }] }, ['country-not-listed actors[0].country']],
    ['actor with an unknown key', { actors: [{ name: 'X', role: 'y' }] }, ['unknown-field actors[0].role']],
    ['actor without name', { actors: [{ title: 'général' }] }, ['required actors[0].name']],
    ['lowercase country', { countries: ['vn', 'LA'] }, ['bad-format countries[0]']],
    ['repeated country', { countries: ['VN', 'VN'] }, ['duplicate-entry countries[1]']],
    ['country not in the geography', { countries: ['VN', 'ZZ'] }, ['unknown-id countries[1]']],
    ['repeated link', { links: { places: ['place-khe-sanh', 'place-khe-sanh'], provinces: [], districts: [], borders: [] } }, ['duplicate-entry links.places[1]']],
    ['missing link list', { links: { places: [], provinces: [], districts: [] } }, ['required links.borders']],
    ['link id with a separator', { links: { places: ['a;b'], provinces: [], districts: [], borders: [] } }, ['bad-format links.places[0]']],
    ['dateNote with an unknown language', { dateNote: { fr: 'a', en: 'b', vi: 'c', de: 'd' } }, ['unknown-field dateNote.de']],
    ['inForce with a span', { inForce: { from: '2026-01-15/2026-01-20' } }, ['date-format inForce.from']],
    ['inForce without from', { inForce: { until: '2027' } }, ['required inForce.from']],
    ['unknown status', { status: 'rumoured' }, ['unknown-value status']],
    ['unknown dateBasis', { dateBasis: 'guess' }, ['unknown-value dateBasis']],
    ['bad article stem', { source: { ...(VALID.source as object), article: '../etc/passwd' } }, ['bad-format source.article']],
    ['source language outside the set', { source: { ...(VALID.source as object), language: 'de' } }, ['unknown-value source.language']],
    ['publisher not a string', { source: { ...(VALID.source as object), publisher: 7 } }, ['wrong-type source.publisher']],
    // Names per language (issue 16): each language optional, none at all is a problem.
    ['actor names, no language', { actors: [{ name: 'Nguyên Tân Cuong', names: {} }] }, ['too-few actors[0].names']],
    ['actor names, unknown language', { actors: [{ name: 'X', names: { de: 'Y' } }] }, ['unknown-field actors[0].names.de']],
    ['actor names, not NFC', { actors: [{ name: 'X', names: { vi: 'Nguye\u0302\u0303n' } }] }, ['not-nfc actors[0].names.vi']],
    ['actor titles without a title', { actors: [{ name: 'X', titles: { en: 'Minister' } }] }, ['required actors[0].title']],
  ])('%s', (_name, changes, expected) => {
    expect(codes(withChanges(changes))).toEqual(expected);
  });

  describe('EDTF dates bounded by their article (issue 16; the fixture\'s article is dated 2026-01-15)', () => {
    it.each([
      ['a day', '2026-01-15'],
      ['a month, approximate', '2025-12~'],
      ['a year, uncertain', '2025?'],
      ['a month, approximate and uncertain', '2025-12%'],
      ['an interval of months', '2025-10/2025-12'],
      ['an interval ending on the article\'s day', '2025-12-20/2026-01-15'],
      ['an open start', '../2025-12'],
      ['an unknown start', '/2026-01-15'],
      ['an open end, read as ending at the article', '2025-12/..'],
      ['an unknown end', '2025-12/'],
      ['one of a range of days', '[2026-01-14..2026-01-15]'],
    ])('accepts a held event dated by %s (%s)', (_name, date) => {
      expect(codes(withChanges({ date }))).toEqual([]);
    });

    it.each([
      ['a year that runs past the article', '2026'],
      ['its own month, which runs past the article\'s day', '2026-01'],
      ['an interval that ends after it', '2026-01-10/2026-02'],
      ['a span past it', '2026-01-14/2026-01-16'],
      ['an approximate month past it', '2026-02~'],
      ['an open end that starts after it', '2026-02/..'],
      ['an unknown end that starts after it', '2026-01-16/'],
    ])('rejects a held event dated by %s (%s)', (_name, date) => {
      expect(codes(withChanges({ date }))).toEqual(['held-after-article date']);
    });

    it.each([
      ['an interval from the article\'s day', '2026-01-15/2026-12', []],
      ['an open start, read as starting at the article', '../2026-12', []],
      ['an open end', '2026-02/..', []],
      ['a year that starts before the article', '2026', ['planned-before-article date']],
      ['an interval that starts before it', '2026-01/2026-06', ['planned-before-article date']],
      ['an open start that ends before it', '../2025-12', ['planned-before-article date']],
      ['an unknown start that ends before it', '/2026-01-14', ['planned-before-article date']],
      ['an unknown start ending on the article\'s day', '/2026-01-15', []],
    ])('a planned event dated by %s (%s)', (_name, date, expected) => {
      expect(codes(withChanges({ date, status: 'planned' }))).toEqual(expected);
    });

    it('says where, with the line, in words', () => {
      const result = validateEvents([{ raw: withChanges({ date: '2026' }), line: 40 }], { file: 'events.json', geo: fixtureGeo });
      const [p] = result.problems;
      expect(`${p?.file}:${p?.line} ${p?.field}`).toBe('events.json:40 date');
      expect(problemMessage(p!)).toBe("a held event must end by its article's date (2026-01-15), but 2026 may run past it; write the latest day the text allows (e.g. an interval ending on the article's month)");
    });

    it.each([['/', 'date-format'], ['../..', 'date-format'], ['2026-01-15/2026-01-15', 'date-end-before-start'], ['[2026..2025]', 'date-end-before-start']])(
      'refuses %s', (date, code) => {
        expect(codes(withChanges({ date }))).toEqual([`${code} date`]);
      },
    );
  });

  describe('every event draws something (issue 13)', () => {
    const NO_LINKS = { places: [], provinces: [], districts: [], borders: [] };

    it('rejects an event with no link and no country pair the map draws, with a line-numbered message', () => {
      const raw = withChanges({ countries: ['LA', 'KH'], links: NO_LINKS, actors: [] });
      const result = validateEvents([{ raw, line: 12 }], { file: 'events.json', geo: fixtureGeo });
      expect(result.value).toEqual([]);
      expect(result.problems.map((p) => `${p.file}:${p.line} ${p.code} ${p.field}`)).toEqual(['events.json:12 no-geography links']);
      expect(problemMessage(result.problems[0]!)).toContain('its countries (LA, KH) include no country pair the map draws (VN-LA, VN-CN)');
    });

    it.each([
      ['Vietnam–Laos, drawn on their border', ['VN', 'LA'], NO_LINKS],
      ['Vietnam–China, drawn on their border', ['VN', 'CN'], NO_LINKS],
      ['Vietnam–Laos–Cambodia, which holds the Vietnam–Laos pair', ['VN', 'LA', 'KH'], NO_LINKS],
      ['Laos–Cambodia with a province', ['LA', 'KH'], { ...NO_LINKS, provinces: ['la-savannakhet'] }],
    ])('accepts %s', (_name, countries, links) => {
      expect(codes(withChanges({ countries, links, actors: [] }))).toEqual([]);
    });
  });

  it('keeps an actor with a name in some languages only', () => {
    const actors = [{ name: 'Nguyên Tân Cuong', names: { vi: 'Nguyễn Tân Cương' }, title: 'ministre', titles: { en: 'Minister' } }];
    const result = validateEvent(withChanges({ actors }), { line: 7 }, fixtureGeo);
    expect(result.problems).toEqual([]);
    expect(result.value?.actors).toEqual(actors);
  });

  it('names the event by its raw id even when the id is malformed', () => {
    const problems = validateEvent(withChanges({ id: 'Bad Id' }), { file: 'f.json', line: 3 }, fixtureGeo).problems;
    expect(problems.map((p) => [p.eventId, p.code, p.field, p.line, p.file])).toEqual([['Bad Id', 'bad-format', 'id', 3, 'f.json']]);
  });

  it('does not check links against a layer that was not loaded', () => {
    const withoutPlaces = buildGeoIndex(FIXTURE_GEO_SOURCES.filter((s) => s.layer !== 'places')).value;
    const raw = withChanges({ links: { places: ['place-nowhere'], provinces: ['la-nowhere'], districts: [], borders: [] } });
    expect(codes(raw, withoutPlaces)).toEqual(['unknown-id links.provinces[0]']);
  });
});

describe('validateEvents on a very broken file', () => {
  it('stops listing after the limit, counts the rest, and still returns every valid event', () => {
    const bad = (line: number) => ({ raw: withChanges({ id: `bad-${line}`, type: 'summit', status: 'rumoured' }), line });
    const good = (line: number) => ({ raw: withChanges({ id: `good-${line}` }), line });
    const items = [bad(1), good(2), bad(3), bad(4), good(5), bad(6)];
    const result = validateEvents(items, { geo: fixtureGeo, maxProblems: 3 });
    expect(result.value.map((e) => e.id)).toEqual(['good-2', 'good-5']);
    expect(result.problems.map((p) => `${p.line} ${p.code}`)).toEqual([
      '1 unknown-type',
      '1 unknown-value',
      '3 unknown-type',
      '3 unknown-value',
      '4 too-many-problems',
    ]);
    expect(problemMessage(result.problems.at(-1)!)).toBe('4 more problems in 2 more events from here on are not listed (the list stops after 3)');
  });
});

describe('validateEvents onValid (issue 18: the worker sends events on while it validates)', () => {
  it('hands on each valid event as soon as it is checked, before reading the next, never a duplicate or an invalid one', () => {
    const log: string[] = [];
    function* items() {
      const raws = [withChanges({ id: 'a-1' }), withChanges({ id: 'a-1' }), withChanges({ id: 'b-2', date: 'soon' }), withChanges({ id: 'c-3' })];
      for (const [i, raw] of raws.entries()) {
        log.push(`read ${i}`);
        yield { raw, line: i + 1 };
      }
    }
    const result = validateEvents(items(), { geo: fixtureGeo, onValid: (e) => log.push(`valid ${e.id}`) });
    expect(log).toEqual(['read 0', 'valid a-1', 'read 1', 'read 2', 'read 3', 'valid c-3']);
    expect(result.value.map((e) => e.id)).toEqual(['a-1', 'c-3']);
  });
});
