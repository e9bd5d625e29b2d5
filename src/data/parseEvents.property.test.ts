// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validEvents } from '../../test/fixtures/events/eventArbitraries.ts';
import { fixtureGeo } from '../../test/fixtures/events/fixtureGeo.ts';
import type { BorderEvent } from '../domain/event.ts';
import { eventsToCsv } from './eventsToCsv.ts';
import { parseEvents } from './parseEvents.ts';
import { validateEvents } from './validateEvents.ts';
import { problemMessage } from './problems.ts';

type Json = Record<string, unknown>;
const clone = (e: BorderEvent): Json => JSON.parse(JSON.stringify(e)) as Json;

/** Ways to break an event; `csv` says whether the break survives the CSV form. */
const BREAKS: ReadonlyArray<{ name: string; csv: boolean; apply: (e: Json) => void }> = [
  { name: 'unknown type', csv: true, apply: (e) => void (e.type = 'summit') },
  { name: 'impossible date', csv: true, apply: (e) => void (e.date = '2026-02-30') },
  { name: 'formula title', csv: true, apply: (e) => void ((e.title as Json).fr = '=HYPERLINK("x")') },
  { name: 'unknown place', csv: true, apply: (e) => void ((e.links as Json).places = ['place-atlantis']) },
  { name: 'one country', csv: true, apply: (e) => void (e.countries = ['VN']) },
  { name: 'missing quote', csv: false, apply: (e) => void delete (e.source as Json).quote },
  { name: 'unknown field', csv: false, apply: (e) => void (e.colour = 'red') },
  { name: 'wrong type', csv: false, apply: (e) => void (e.actors = 'nobody') },
];

const mixed = (csv: boolean) =>
  validEvents(8).chain((events) =>
    fc.tuple(
      fc.constant(events),
      fc.array(fc.option(fc.constantFrom(...BREAKS.filter((b) => !csv || b.csv)), { nil: undefined, freq: 2 }), {
        minLength: events.length,
        maxLength: events.length,
      }),
    ),
  );

/** Builds the JSON text by hand, recording where each event starts: an oracle independent of the scanner. */
function jsonWithLines(events: readonly Json[]): { text: string; starts: number[] } {
  const lines = ['{', '  "version": 1,', '  "events": ['];
  const starts: number[] = [];
  events.forEach((e, i) => {
    starts.push(lines.length + 1);
    const block = JSON.stringify(e, null, 2).split('\n').map((l) => `    ${l}`);
    if (i < events.length - 1) block[block.length - 1] += ',';
    lines.push(...block);
  });
  lines.push('  ]', '}');
  return { text: lines.join('\n'), starts };
}

function csvWithLines(events: readonly Json[]): { text: string; starts: number[] } {
  const header = eventsToCsv([], { bom: true });
  let text = header;
  let line = 2;
  const starts: number[] = [];
  for (const e of events) {
    const row = eventsToCsv([e as unknown as BorderEvent], { bom: false }).slice(header.length - 1);
    starts.push(line);
    text += row;
    line += (row.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return { text, starts };
}

describe.each([
  ['json', jsonWithLines],
  ['csv', csvWithLines],
] as const)('parseEvents (%s) never loses a valid event', (format, build) => {
  it('returns every valid event and a problem on the line of every invalid one', () => {
    fc.assert(
      fc.property(mixed(format === 'csv'), ([events, breaks]) => {
        const raw = events.map((e, i) => {
          const copy = clone(e);
          breaks[i]?.apply(copy);
          return copy;
        });
        const { text, starts } = build(raw);
        const result = parseEvents(text, { format, geo: fixtureGeo });
        const expectedValid = events.filter((_, i) => !breaks[i]);
        expect(result.value).toEqual(expectedValid);
        const problemLines = new Set(result.problems.map((p) => p.line));
        breaks.forEach((b, i) => {
          if (b) expect(problemLines.has(starts[i] ?? -1), `${b.name} at line ${starts[i]}`).toBe(true);
        });
        const validLines = new Set(starts.filter((_, i) => !breaks[i]));
        for (const p of result.problems) expect(validLines.has(p.line), problemMessage(p)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('parseEvents never throws', () => {
  const noThrow = (text: string, format: 'json' | 'csv') => {
    const result = parseEvents(text, { format, geo: fixtureGeo });
    expect(Array.isArray(result.value)).toBe(true);
    for (const p of result.problems) expect(p.line).toBeGreaterThanOrEqual(1);
  };

  it('on arbitrary strings, as JSON and as CSV', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        noThrow(text, 'json');
        noThrow(text, 'csv');
      }),
    );
  });

  it('on arbitrary JSON values, alone or as the events array', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        noThrow(JSON.stringify(value), 'json');
        noThrow(JSON.stringify({ version: 1, events: Array.isArray(value) ? value : [value] }), 'json');
      }),
    );
  });

  it('on valid events with a field replaced by an arbitrary JSON value', () => {
    fc.assert(
      fc.property(validEvents(3), fc.array(fc.tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))), (events, edits) => {
        const raw = events.map(clone);
        edits.forEach(([key, value], i) => {
          const target = raw[i % Math.max(raw.length, 1)];
          const keys = target ? Object.keys(target) : [];
          if (target) target[keys[key.length % keys.length] ?? key] = value;
        });
        const { text, starts } = jsonWithLines(raw);
        const result = parseEvents(text, { format: 'json', geo: fixtureGeo });
        // Nothing vanishes: each event is either returned or named by a problem on its own line.
        const returned = new Set(result.value.map((e) => e.id));
        const problemLines = new Set(result.problems.map((p) => p.line));
        raw.forEach((event, i) => {
          const id = event.id;
          expect(problemLines.has(starts[i] ?? -1) || (typeof id === 'string' && returned.has(id))).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('on CSV-ish text built from separators, quotes and header names', () => {
    const header = eventsToCsv([], { bom: false }).trim();
    const token = fc.oneof(fc.constantFrom('"', ',', ';', '|', '\\', '\n', '\r\n', '\r', '""', '=1', 'VN;LA', '2026-02-30', '\ufeff'), fc.string({ maxLength: 5 }));
    fc.assert(
      fc.property(fc.boolean(), fc.array(token, { maxLength: 80 }), (withHeader, tokens) => {
        noThrow(`${withHeader ? `${header}\n` : ''}${tokens.join('')}`, 'csv');
      }),
    );
  });
});

describe('validation does not mutate its input', () => {
  const deepFreeze = <T>(value: T): T => {
    if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  };

  it('accepts deeply frozen raw events and returns fresh objects', () => {
    fc.assert(
      fc.property(validEvents(3), (events) => {
        const raw = deepFreeze(events.map(clone));
        const before = JSON.stringify(raw);
        const result = validateEvents(raw.map((r, i) => ({ raw: r, line: i + 1 })), { geo: fixtureGeo });
        expect(JSON.stringify(raw)).toBe(before);
        expect(result.value).toEqual(raw);
        result.value.forEach((e, i) => expect(e).not.toBe(raw[i]));
      }),
      { numRuns: 40 },
    );
  });
});
