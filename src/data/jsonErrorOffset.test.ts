import fc from 'fast-check';
import { parse, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lineOfError } from './jsonArrayLines.ts';
import { jsonErrorOffset, lineAt } from './jsonErrorOffset.ts';

/** jsonc-parser in strict mode: the first error's offset, or null. */
function oracle(text: string): number | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? null;
}

const failsToParse = (text: string) => { try { JSON.parse(text); return false; } catch { return true; } };

// A valid document, pretty-printed so errors fall on different lines, with one character inserted, deleted or replaced.
const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(',', '}', ']', '{', '[', ':', '"', 'x', '0', '-', '.', 'e', '\\', '\n', ' '))
  .map(([json, at, how, ch]) => {
    const text = JSON.stringify(JSON.parse(json), null, 2);
    const k = at % (text.length + 1);
    if (how === 'insert') return text.slice(0, k) + ch + text.slice(k);
    if (how === 'delete') return text.slice(0, k) + text.slice(k + 1);
    return text.slice(0, k) + ch + text.slice(k + 1);
  });

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":1}', null],
    [' [1, 2.5e-3, "x\\u00e9", true, false, null, {}] ', null],
    ['{"a":1,}', 7],
    ['[1,2,,3]', 5],
    ['{"a":tru}', 8],
    ['{"a":1', 6],
    ['{"a":01}', 6],
    ['{"a" 1}', 5],
    ['{"a":1}}', 7],
    ['{"a":"\\q"}', 7],
    ['{"a":"x\ny"}', 7],
    ['', 0],
    ['[', 1],
    ['-', 1],
    ['1.', 2],
    ['"\\u12G4"', 5],
  ])('%j → %j', (text, offset) => expect(jsonErrorOffset(text)).toBe(offset));

  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), broken, fc.string()), (text) => {
      expect(jsonErrorOffset(text) === null).toBe(!failsToParse(text));
    }), { numRuns: 2000 });
  });

  it('names the same line as jsonc-parser, a maintained parser that reports offsets', () => {
    fc.assert(fc.property(broken, (text) => {
      fc.pre(failsToParse(text));
      const expected = oracle(text);
      fc.pre(expected !== null);
      expect(lineAt(text, jsonErrorOffset(text) ?? -1)).toBe(lineAt(text, expected));
    }), { numRuns: 2000 });
  });

  it('copes with nesting deeper than any stack', () => {
    expect(jsonErrorOffset('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
    expect(jsonErrorOffset('['.repeat(100_000))).toBe(100_000);
  });
});

describe('lineOfError', () => {
  it('finds the line when the engine message names no position (V8: "Unexpected token", Safari: never)', () => {
    const text = '{\n  "events": [\n    {"id": "a"},,\n  ]\n}';
    expect(lineOfError(text, 'Unexpected token \',\', "..." is not valid JSON')).toBe(3);
    expect(lineOfError(text, 'JSON Parse error: Unexpected comma at the end of array')).toBe(3);
  });
  it('falls back to the message for text the scan accepts', () => {
    expect(lineOfError('{\n}', 'Maximum nesting at line 2 column 1')).toBe(2);
    expect(lineOfError('{\n}', 'too deep at position 2')).toBe(2);
    expect(lineOfError('{\n}', 'too deep')).toBe(1);
  });
});
