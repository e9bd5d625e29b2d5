import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth } from '../domain/dayNumber.ts';
import { EVENT_TYPES } from '../domain/event.ts';
import { COUNTRY_PAIRS, DISPLAY_MODES } from '../domain/timeline.ts';
import { checkText } from './checkText.ts';
import { PROBLEM_MESSAGES, type ParseResult, problemMessage } from './problems.ts';
import { CAMERA_LIMITS, SCENE_LIMITS, SCENE_WINDOW_MONTHS, type Scene, type SceneScript, parseSceneScript } from './sceneScript.ts';

type Json = Record<string, unknown>;
const IDS = ['2026-01-15-twinning', '2022-06-visit', 'vn-cn-agreement'];
const eventIds = new Set(IDS);

const safeText = (max: number) =>
  fc.string({ minLength: 1, maxLength: Math.min(max, 40) }).filter((s) => checkText(s, { max, multiline: true }) === undefined);
const number = (range: { min: number; max: number }) =>
  fc.double({ min: range.min, max: range.max, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const day = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, d }) => {
    const dd = Math.min(d, daysInMonth(year, month));
    const text = `${year}-${String(month).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    return { text, cursor: dayNumber(year, month, dd) };
  });

/** A valid scene as the file writes it, and the Scene it must become (without its index). */
const validScene = fc
  .record(
    {
      event: fc.constantFrom(...IDS),
      date: day,
      types: fc.subarray([...EVENT_TYPES]),
      pairs: fc.subarray([...COUNTRY_PAIRS]),
      query: safeText(SCENE_LIMITS.queryMaxLength).filter((s) => !s.includes('\n')),
      view: fc.oneof(
        fc.constantFrom(...DISPLAY_MODES).map((display) => ({ display })),
        fc.constantFrom(...SCENE_WINDOW_MONTHS).map((windowMonths) => ({ display: 'window' as const, windowMonths })),
      ),
      camera: fc.record({ zoom: number(CAMERA_LIMITS.zoom), lat: number(CAMERA_LIMITS.lat), lng: number(CAMERA_LIMITS.lng) }),
      caption: fc.record({ fr: safeText(400), en: safeText(400), vi: safeText(400) }),
      seconds: number(SCENE_LIMITS.seconds),
    },
    { requiredKeys: [] },
  )
  .filter((s) => s.event !== undefined || s.date !== undefined)
  .map(({ date, view, ...rest }) => {
    const raw: Json = { ...rest, ...(date ? { date: date.text } : {}), ...view };
    const scene: Omit<Scene, 'index'> = { ...rest, ...(date ? { cursor: date.cursor } : {}), ...view };
    return { raw, scene };
  });

/** Ways to break a scene; each returns the broken raw value. */
const BREAKS: ReadonlyArray<{ name: string; apply: (s: Json) => unknown }> = [
  { name: 'unknown event', apply: (s) => ({ ...s, event: 'no-such-event' }) },
  { name: 'impossible date', apply: (s) => ({ ...s, date: '2026-02-30' }) },
  { name: 'no event or date', apply: ({ event: _e, date: _d, ...s }) => s },
  { name: 'camera out of range', apply: (s) => ({ ...s, camera: { zoom: 30, lat: 0, lng: 0 } }) },
  { name: 'unknown field', apply: (s) => ({ ...s, colour: 'red' }) },
  { name: 'bidi caption', apply: (s) => ({ ...s, caption: { fr: 'a\u202eb', en: 'x', vi: 'y' } }) },
  { name: 'seconds as text', apply: (s) => ({ ...s, seconds: '10' }) },
  { name: 'not an object', apply: () => 42 },
];

/** The JSON text built by hand, recording where each scene starts: an oracle independent of the scanner. */
function scriptWithLines(scenes: readonly unknown[]): { text: string; starts: number[] } {
  const lines = ['{', '  "version": 1,', '  "scenes": ['];
  const starts: number[] = [];
  scenes.forEach((s, i) => {
    starts.push(lines.length + 1);
    const block = JSON.stringify(s, null, 2).split('\n').map((l) => `    ${l}`);
    if (i < scenes.length - 1) block[block.length - 1] += ',';
    lines.push(...block);
  });
  lines.push('  ]', '}');
  return { text: lines.join('\n'), starts };
}

/** What every result must satisfy, whatever the input. */
function wellFormed(result: ParseResult<SceneScript>, text: string): void {
  expect(Array.isArray(result.value.scenes)).toBe(true);
  const lineCount = text.split('\n').length;
  for (const p of result.problems) {
    expect(Object.hasOwn(PROBLEM_MESSAGES, p.code), p.code).toBe(true);
    expect(problemMessage(p).length).toBeGreaterThan(0);
    expect(problemMessage(p)).not.toMatch(/[\r\n]/);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount);
  }
  result.value.scenes.forEach((s, i, all) => {
    expect(s.event !== undefined || s.cursor !== undefined).toBe(true);
    if (i > 0) expect(s.index).toBeGreaterThan(all[i - 1]?.index ?? -1);
  });
}

describe('parseSceneScript never loses a valid scene', () => {
  it('returns every valid scene, in order, and a problem on the line of every broken one', () => {
    const mixed = fc.array(fc.tuple(validScene, fc.option(fc.constantFrom(...BREAKS), { nil: undefined, freq: 2 })), { maxLength: 12 });
    fc.assert(
      fc.property(mixed, (items) => {
        const raws = items.map(([{ raw }, b]) => (b ? b.apply(raw) : raw));
        const { text, starts } = scriptWithLines(raws);
        const result = parseSceneScript(text, { eventIds });
        wellFormed(result, text);
        const expected = items.flatMap(([{ scene }, b], index) => (b ? [] : [{ index, ...scene }]));
        expect(result.value.scenes).toEqual(expected);
        items.forEach(([, b], i) => {
          if (!b) return;
          const named = result.problems.filter((p) => p.line === starts[i] && p.field.startsWith(`scenes[${i}]`));
          expect(named.length, `${b.name} in scene ${i}`).toBeGreaterThan(0);
        });
        const validLines = new Set(starts.filter((_, i) => !items[i]?.[1]));
        for (const p of result.problems) expect(validLines.has(p.line), problemMessage(p)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseSceneScript never throws', () => {
  const check = (text: string, ids?: ReadonlySet<string>) => {
    const result = parseSceneScript(text, ids ? { eventIds: ids } : {});
    wellFormed(result, text);
  };

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check(text, eventIds)));
  });

  it('on arbitrary JSON values: alone, as the scenes array, as scenes, and as the title', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check(JSON.stringify(value) ?? '', eventIds);
        check(JSON.stringify({ version: 1, scenes: Array.isArray(value) ? value : [value] }), eventIds);
        check(JSON.stringify({ version: value, title: value, scenes: [value, { date: '2026-01-01' }] }));
      }),
    );
  });

  it('on valid scenes with fields replaced by arbitrary JSON values, naming every scene it leaves out', () => {
    const keys = fc.constantFrom('event', 'date', 'types', 'pairs', 'query', 'display', 'windowMonths', 'camera', 'caption', 'seconds', 'zoom', '__proto__', 'constructor');
    fc.assert(
      fc.property(fc.array(validScene, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(keys, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), (scenes, edits) => {
        const raws: Json[] = scenes.map(({ raw }) => ({ ...raw }));
        edits.forEach(([key, value], i) => {
          const target = raws[i % raws.length];
          if (target) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
        });
        const { text, starts } = scriptWithLines(raws);
        const result = parseSceneScript(text, { eventIds });
        wellFormed(result, text);
        const returned = new Set(result.value.scenes.map((s) => s.index));
        const problemLines = new Set(result.problems.map((p) => p.line));
        raws.forEach((_, i) => expect(returned.has(i) || problemLines.has(starts[i] ?? -1), `scene ${i}`).toBe(true));
      }),
      { numRuns: 150 },
    );
  });

  it('on JSON-ish text built from the format\'s own tokens', () => {
    const token = fc.oneof(
      fc.constantFrom('{', '}', '[', ']', ',', ':', '"scenes"', '"version"', '1', '"event"', '"date"', '"2026-02-30"', '"camera"', '"\\u202e"', '\ufeff', '\n', 'null', '1e999', '-0'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (tokens) => check(tokens.join(''), eventIds)));
  });
});
