// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import { parseEvents } from './parseEvents.ts';
import { problemMessage } from './problems.ts';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/events');

/** One fixture per kind of bad input: the valid events that must come back, and the exact problems. */
const CASES: ReadonlyArray<{ file: string; valid: readonly string[]; problems: readonly string[] }> = [
  { file: 'valid.json', valid: ['2026-01-15-fixture-twinning', '2022-06-fixture-talks'], problems: [] },
  { file: 'valid-bom-crlf.csv', valid: ['2026-01-15-fixture-twinning', '2022-06-fixture-talks'], problems: [] },
  { file: 'bad-json.json', valid: [], problems: ['21 json-syntax file'] },
  { file: 'not-an-object.json', valid: [], problems: ['1 json-shape file'] },
  { file: 'unknown-type.json', valid: ['2022-06-fixture-talks'], problems: ['49 unknown-type type [2026-01-15-summit]'] },
  {
    file: 'impossible-date.json',
    valid: ['2024-02-29-leap-day'],
    problems: ['4 date-impossible date [2026-02-30-no-such-day]', '55 date-impossible date [2025-02-29-not-leap]'],
  },
  {
    file: 'end-before-start.json',
    valid: [],
    problems: ['4 date-end-before-start date [2026-01-reversed-span]', '55 date-end-before-start date [2026-01-one-day-span]'],
  },
  { file: 'in-force-reversed.json', valid: [], problems: ['4 in-force-until-before-from inForce.until [2026-in-force-reversed]'] },
  {
    file: 'unknown-id.json',
    valid: [],
    problems: ['4 unknown-id links.places[0] [2026-01-15-unknown-place]', '4 unknown-id links.borders[0] [2026-01-15-unknown-place]'],
  },
  {
    file: 'wrong-kind-id.json',
    valid: [],
    problems: [
      '4 wrong-kind links.places[0] [2026-01-15-wrong-kinds]',
      '4 wrong-kind links.places[1] [2026-01-15-wrong-kinds]',
      '4 wrong-kind links.provinces[0] [2026-01-15-wrong-kinds]',
    ],
  },
  {
    file: 'province-not-valid.json',
    valid: ['2025-year-either-province'],
    problems: [
      '4 not-valid-on-date links.provinces[0] [2026-01-15-old-province]',
      '94 not-valid-on-date links.provinces[0] [2024-new-province-too-early]',
    ],
  },
  {
    file: 'duplicate-id.json',
    valid: ['2026-01-15-fixture-twinning', '2022-06-fixture-talks'],
    problems: ['100 duplicate-id id [2026-01-15-fixture-twinning]'],
  },
  {
    file: 'missing-quote.json',
    valid: [],
    problems: ['4 required source.quote [2026-01-15-no-quote]', '54 required source [2026-01-15-no-source]'],
  },
  {
    file: 'missing-translation.json',
    valid: [],
    problems: ['4 required title.vi [2026-01-15-no-vi]', '4 empty-text summary.en [2026-01-15-no-vi]'],
  },
  {
    file: 'over-long-text.json',
    valid: [],
    problems: ['4 too-long title.fr [2026-01-15-long-title]', `55 too-long id [2026-01-15-long-id-${'x'.repeat(61)}…]`],
  },
  {
    file: 'wrong-types.json',
    valid: [],
    problems: [
      '4 wrong-type countries [2026-01-15-wrong-types]',
      '4 wrong-type actors [2026-01-15-wrong-types]',
      '4 wrong-type date [2026-01-15-wrong-types]',
      '4 wrong-type status [2026-01-15-wrong-types]',
      '46 wrong-type event',
      '47 wrong-type event',
    ],
  },
  { file: 'unknown-field.json', valid: [], problems: ['4 unknown-field titel [2026-01-15-misspelt]'] },
  { file: 'article-date-without-note.json', valid: [], problems: ['4 date-note-required dateNote [2026-01-article-date]'] },
  {
    file: 'held-after-article.json',
    valid: [],
    problems: ['4 held-after-article date [2026-03-held-too-late]', '52 planned-before-article date [2025-planned-too-early]'],
  },
  {
    file: 'bad-text.json',
    valid: [],
    problems: ['4 control-character title.fr [2026-01-15-bell]', '4 not-nfc title.vi [2026-01-15-bell]', '55 untrimmed summary.fr [2026-01-15-spaces]'],
  },
  {
    file: 'formula-cell.csv',
    valid: ['2022-06-fixture-talks'],
    problems: [
      '2 formula-start title.fr [2026-01-15-formula-title]',
      '3 formula-start summary.en [2026-01-15-formula-summary]',
      '5 formula-start title.en [2026-01-15-minus-text]',
    ],
  },
  {
    file: 'bad-csv-quoting.csv',
    valid: ['2022-06-fixture-talks-ok'],
    problems: [
      '2 csv-stray-quote row [2022-06-fixture-talks-stray]',
      '4 csv-unclosed-quote row [2022-06-fixture-talks-unclosed]',
      '4 control-character source.quote [2022-06-fixture-talks-unclosed]',
    ],
  },
  { file: 'csv-cell-count.csv', valid: ['2022-06-fixture-talks-ok'], problems: ['3 csv-cell-count row [2022-06-fixture-talks-extra]'] },
  {
    file: 'csv-missing-column.csv',
    valid: [],
    problems: ['1 csv-unknown-column header', '1 csv-missing-column header', '2 required source.quote [2022-06-fixture-talks]'],
  },
];

describe('parseEvents on fixtures', () => {
  it('has a case for every fixture file', () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => /\.(json|csv)$/.test(f));
    expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  it.each(CASES)('$file', ({ file, valid, problems }) => {
    const text = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
    const result = parseEvents(text, { format: file.endsWith('.csv') ? 'csv' : 'json', file, geo: fixtureGeo });
    expect(result.value.map((e) => e.id)).toEqual(valid);
    const summary = result.problems.map((p) => `${p.line} ${p.code} ${p.field}${p.eventId ? ` [${p.eventId}]` : ''}`);
    expect(summary).toEqual(problems);
    for (const p of result.problems) {
      expect(p.file).toBe(file);
      expect(problemMessage(p).length).toBeGreaterThan(0);
    }
  });

  it('reads the BOM+CRLF CSV exactly as the equivalent JSON', () => {
    const csv = parseEvents(fs.readFileSync(path.join(FIXTURES, 'valid-bom-crlf.csv'), 'utf8'), { format: 'csv', geo: fixtureGeo });
    const json = parseEvents(fs.readFileSync(path.join(FIXTURES, 'valid.json'), 'utf8'), { format: 'json', geo: fixtureGeo });
    const [first, second] = csv.value;
    expect(first).toEqual(json.value[0]);
    expect(second?.summary.en).toBe('Talks in Hanoi.\nThe two sides agreed, "in principle", to more patrols.');
    expect({ ...second, summary: json.value[1]?.summary }).toEqual(json.value[1]);
  });
});

describe('parseEvents on odd input', () => {
  const run = (text: string, format: 'json' | 'csv' = 'json') => parseEvents(text, { format, geo: fixtureGeo });
  it.each([
    ['', 'json-syntax'],
    ['null', 'json-shape'],
    ['{"version": 1}', 'json-shape'],
    ['{"version": 1, "events": {}}', 'json-shape'],
  ])('%j → %s', (text, code) => {
    expect(run(text).problems.map((p) => p.code)).toEqual([code]);
  });

  it('reports a wrong version and unknown top-level keys but still reads the events', () => {
    const result = run('{"version": 2, "extra": true, "$schema": "x", "events": []}');
    expect(result.problems.map((p) => `${p.code} ${p.field}`)).toEqual(['unsupported-version version', 'unknown-field extra']);
  });

  it('treats a non-string input as a problem, not a crash', () => {
    const result = parseEvents(42 as unknown as string, { format: 'json', geo: fixtureGeo });
    expect(result.problems.map((p) => p.code)).toEqual(['wrong-type']);
  });

  it('reports an empty CSV and a header-only CSV differently', () => {
    expect(run('\ufeff', 'csv').problems.map((p) => p.code)).toEqual(['csv-empty']);
    expect(run('id,type\n', 'csv').problems.map((p) => p.code)).toContain('csv-missing-column');
  });
});
