// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText, codePointLength } from './checkText.ts';
import { SCHEMA_TEXT_PATTERNS } from './eventsJsonSchema.ts';

const code = (value: string, multiline = false) => checkText(value, { max: 20, multiline })?.code ?? 'ok';

const CASES: ReadonlyArray<readonly [string, boolean, string]> = [
  ['Quảng Trị', false, 'ok'],
  ['Hội đàm 5/2', false, 'ok'],
  ['« Ces derniers »', false, 'ok'],
  ['-12', false, 'ok'],
  ['-3,5', false, 'ok'],
  ['a\nb', true, 'ok'],
  ['', false, 'empty-text'],
  ['   ', false, 'empty-text'],
  ['x'.repeat(21), false, 'too-long'],
  ['=1+1', false, 'formula-start'],
  ['+33 1 23', false, 'formula-start'],
  ['@SUM(A1)', false, 'formula-start'],
  ['-2+3+cmd', false, 'formula-start'],
  ['- list item', false, 'formula-start'],
  ['\tTab', false, 'control-character'],
  ['\rCR', false, 'control-character'],
  ['bell\u0007', false, 'control-character'],
  ['c1\u0085', false, 'control-character'],
  ['a\nb', false, 'control-character'],
  ['a\r\nb', true, 'control-character'],
  ['lone \ud800', false, 'bad-unicode'],
  ['Tri\u0323', false, 'not-nfc'],
  [' lead', false, 'untrimmed'],
  ['trail ', false, 'untrimmed'],
  ['\nlead', true, 'untrimmed'],
];

describe('checkText', () => {
  it.each(CASES)('%j (multiline %s) → %s', (value, multiline, expected) => expect(code(value, multiline)).toBe(expected));

  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('😀😀')).toBe(2);
    expect(checkText('😀'.repeat(20), { max: 20 })).toBeUndefined();
    expect(checkText('😀'.repeat(21), { max: 20 })?.params).toEqual({ length: 21, max: 20 });
  });

  it('agrees with the text patterns of the JSON Schema on everything a pattern can express', () => {
    const single = new RegExp(SCHEMA_TEXT_PATTERNS.singleLine, 'u');
    const multi = new RegExp(SCHEMA_TEXT_PATTERNS.multiline, 'u');
    for (const [value, multiline, expected] of CASES) {
      if (expected === 'too-long' || expected === 'not-nfc' || expected === 'bad-unicode') continue;
      const pattern = multiline ? multi : single;
      expect(pattern.test(value), JSON.stringify(value)).toBe(expected === 'ok');
    }
  });
});

describe('bidirectional controls', () => {
  it.each(['\u202e', '\u202a', '\u2066', '\u2069'])('rejects U+%s in text', (c) => {
    expect(checkText(`A${c}B`, { max: 100 })?.code).toBe('control-character');
  });
});

/** checkText as it was before its one-pass fast path for plain text (issue 18): the reference. */
function referenceCheck(value: string, rule: { max: number; multiline?: boolean }) {
  // eslint-disable-next-line no-control-regex -- the reference's own rule
  const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  if (value.length === 0 || value.trim().length === 0) return { code: 'empty-text' };
  const length = codePointLength(value);
  if (length > rule.max) return { code: 'too-long', params: { length, max: rule.max } };
  const found = control.exec(value) ?? (rule.multiline ? null : /\n/.exec(value));
  if (found) return { code: 'control-character', params: { codePoint: `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } };
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) return { code: 'bad-unicode' };
  if (value.normalize('NFC') !== value) return { code: 'not-nfc' };
  if (value.trim() !== value) return { code: 'untrimmed' };
  if (/^[=+@]/.test(value) || (value.startsWith('-') && !/^-\d+(?:[.,]\d+)?$/.test(value))) return { code: 'formula-start', params: { char: value.charAt(0) } };
  return undefined;
}

describe('checkText fast path for plain text', () => {
  // Characters around every boundary the fast path tests: controls, line feed, DEL and C1,
  // U+00A0 (trimmed), U+02FF / U+0300 (NFC), combining marks, surrogates, bidi controls.
  const alphabet = fc.constantFrom('a', 'Z', '1', ' ', '-', '=', '+', '@', ',', '.', '\n', '\r', '\t', '\u0000', '\u001f', '\u007e', '\u007f', '\u009f',
    '\u00a0', '\u00e9', '\u02ff', '\u0300', '\u0323', 'ả', 'Ư', '\u202e', '\u2066', '\ud83d', '\ude00', '😀', '\ufeff');
  it('gives the same answer as the full checks for any text, length limit and line rule', () => {
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 8 }).map((a) => a.join('')), fc.integer({ min: 0, max: 9 }), fc.boolean(), (value, max, multiline) => {
      expect(checkText(value, { max, multiline })).toEqual(referenceCheck(value, { max, multiline }));
    }), { numRuns: 3000 });
  });
});
