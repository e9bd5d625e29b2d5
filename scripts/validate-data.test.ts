// @vitest-environment node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateData } from './validate-data.ts';

const REPO = path.resolve(__dirname, '..');
const FIXTURES = 'test/fixtures/events';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-data-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = REPO) {
  const out: string[] = [];
  const err: string[] = [];
  const code = validateData(args, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out, err };
}

/** A throwaway repository with only the geography files we give it. */
function fakeRepo(layers: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'repo-'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{}');
  fs.mkdirSync(path.join(dir, 'data'));
  for (const layer of layers) fs.copyFileSync(path.join(REPO, 'data', `${layer}.geojson`), path.join(dir, 'data', `${layer}.geojson`));
  fs.copyFileSync(path.join(REPO, FIXTURES, 'valid.json'), path.join(dir, 'data', 'events.json'));
  return dir;
}

const geoPresent = ['countries', 'provinces', 'borders', 'places'].every((l) => fs.existsSync(path.join(REPO, 'data', `${l}.geojson`)));

describe('validate-data', () => {
  it.skipIf(!geoPresent)('exits 0 with one OK line for the shipped data', () => {
    const { code, out } = run(['data/events.json']);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^OK: \d+ valid events in data\/events\.json$/);
  });

  it.skipIf(!geoPresent)('prints every problem as FILE:LINE: [event-id] field: message and exits 1', () => {
    const { code, out } = run([`${FIXTURES}/unknown-type.json`, `${FIXTURES}/formula-cell.csv`]);
    expect(code).toBe(1);
    expect(out).toEqual([
      `${FIXTURES}/unknown-type.json:49: [2026-01-15-summit] type: unknown event type "summit"; allowed: twinning, joint-patrol, agreement, high-level-meeting, exchange, joint-operation`,
      `${FIXTURES}/formula-cell.csv:2: [2026-01-15-formula-title] title.fr: starts with "=", which spreadsheets run as a formula`,
      `${FIXTURES}/formula-cell.csv:3: [2026-01-15-formula-summary] summary.en: starts with "@", which spreadsheets run as a formula`,
      `${FIXTURES}/formula-cell.csv:5: [2026-01-15-minus-text] title.en: starts with "-", which spreadsheets run as a formula`,
    ]);
  });

  it('turns unreadable input into problem lines, never a crash', () => {
    fs.writeFileSync(path.join(tmp, 'binary.json'), Buffer.from([0x7b, 0x00, 0xff, 0xfe]));
    fs.writeFileSync(path.join(tmp, 'latin1.csv'), Buffer.from([0x69, 0x64, 0x0a, 0xe9]));
    fs.writeFileSync(path.join(tmp, 'empty.json'), '');
    fs.writeFileSync(path.join(tmp, 'notes.txt'), 'hello');
    const { code, out } = run(['missing.json', '.', 'binary.json', 'latin1.csv', 'empty.json', 'notes.txt'], tmp);
    expect(code).toBe(1);
    expect(out).toHaveLength(6);
    expect(out.join('\n')).toContain('missing.json:1: file: cannot read the file: no such file');
    expect(out.join('\n')).toContain('.:1: file: cannot read the file: it is a directory');
    expect(out.join('\n')).toContain('binary.json:1: file: the file is not UTF-8 text (it contains NUL bytes)');
    expect(out.join('\n')).toContain('latin1.csv:1: file: the file is not UTF-8 text (invalid UTF-8)');
    expect(out.join('\n')).toContain('empty.json:1: file: not valid JSON');
    expect(out.join('\n')).toContain('notes.txt:1: file: cannot tell whether this is JSON or CSV');
  });

  it.skipIf(!geoPresent)('reports a missing geography file as a problem of its own, and still checks the rest', () => {
    const repo = fakeRepo(['countries', 'provinces', 'borders']);
    const { code, out } = run(['data/events.json'], repo);
    expect(code).toBe(1);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^data\/places\.geojson:1: file: geography file missing, so links to places are not checked: no such file$/);
  });

  it.skipIf(!geoPresent)('finds the geography of the repository that holds the events file, or --geo DIR', () => {
    const repo = fakeRepo(['countries', 'provinces', 'borders', 'places']);
    expect(run([path.join(repo, 'data', 'events.json')], tmp).code).toBe(0);
    const empty = fs.mkdtempSync(path.join(tmp, 'nogeo-'));
    const { code, out } = run(['--geo', empty, path.join(repo, 'data', 'events.json')], tmp);
    expect(code).toBe(1);
    expect(out.filter((l) => l.includes('geography file missing'))).toHaveLength(4);
  });

  it.skipIf(!geoPresent)('validates the shipped briefing script, told apart from events by its shape', () => {
    const { code, out } = run(['data/events.json', 'data/briefing.example.json']);
    expect(code).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^OK: \d+ valid events, \d+ valid scenes in data\/events\.json, data\/briefing\.example\.json$/)]);
  });

  it.skipIf(!geoPresent)('checks a script\'s event ids against the events of its repository, or --events FILE', () => {
    const repo = fakeRepo(['countries', 'provinces', 'borders', 'places']);
    const script = JSON.stringify({ version: 1, scenes: [{ event: '2022-06-fixture-talks' }, { event: '2026-01-15-elsewhere' }] }, null, 2);
    fs.writeFileSync(path.join(repo, 'data', 'briefing.json'), script);
    const { code, out, err } = run(['data/briefing.json'], repo);
    expect(code).toBe(1);
    expect(out).toEqual(['data/briefing.json:7: scenes[1].event: "2026-01-15-elsewhere" is not the id of any loaded event']);
    expect(err).toEqual(['validate-data: 1 problem listed, 1 valid scene']);
    fs.renameSync(path.join(repo, 'data', 'events.json'), path.join(repo, 'other.json'));
    const missing = run(['data/briefing.json'], repo);
    expect(missing.out).toEqual([
      'data/briefing.json:1: file: events file missing, so the scenes\' event ids are not checked: data/events.json: no such file',
    ]);
    expect(run(['--events', 'other.json', 'data/briefing.json'], repo).out).toEqual(out);
  });

  it('prints usage and exits 1 without files', () => {
    const { code, err } = run([]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^usage:/);
  });

  it('prints the JSON Schema', () => {
    const { code, out } = run(['--print-schema']);
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });

  it('prints the JSON Schema of a briefing script', () => {
    const { code, out } = run(['--print-scene-schema']);
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ $id: 'briefing.schema.json', required: ['version', 'scenes'] });
  });

  it('sets the process exit code when run as a script', () => {
    const script = path.join(REPO, 'scripts/validate-data.ts');
    const bad = spawnSync(process.execPath, ['--import', 'tsx', script, 'no/such/file.json'], { cwd: REPO, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('no/such/file.json:1: file: cannot read the file: no such file\n');
  });
});
