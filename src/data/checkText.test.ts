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
