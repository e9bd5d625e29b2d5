import type { ProblemCode, ProblemParams } from './problems.ts';

export interface TextRule {
  /** Maximum length in Unicode code points. */
  readonly max: number;
  /** Allow line feeds inside (summaries and notes). */
  readonly multiline?: boolean;
}

export interface TextIssue {
  readonly code: ProblemCode;
  readonly params?: ProblemParams;
}

// C0 controls, DEL and C1 controls. LF is handled separately (allowed in multiline text).
// Also the bidirectional embedding, override and isolate controls (U+202A–U+202E,
// U+2066–U+2069): no news text needs them, and they can make text read backwards.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// OWASP "CSV injection": cells starting with these run as formulas in spreadsheets.
// Tab and CR, also on OWASP's list, are already control characters here.
const FORMULA_START = /^[=+@]/;
// A leading minus is harmless only in a plain number; text never needs one.
const SIGNED_NUMBER = /^-\d+(?:[.,]\d+)?$/;

export function codePointLength(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/**
 * The first thing wrong with a text field from untrusted input, or
 * undefined. Every string in the model goes through this, so data that
 * passes is safe to export to CSV and open in a spreadsheet.
 */
export function checkText(value: string, rule: TextRule): TextIssue | undefined {
  // Most text is plain: one pass over its code units settles length, controls, surrogates
  // and NFC without a regular expression or a normalised copy (issue 18: this ran for every
  // field of every event, and at 100k events its copies were much of the worker's garbage).
  if (plainWithin(value, rule)) return edgeIssue(value);
  if (value.length === 0 || value.trim().length === 0) return { code: 'empty-text' };
  const length = codePointLength(value);
  if (length > rule.max) return { code: 'too-long', params: { length, max: rule.max } };
  const control = CONTROL.exec(value) ?? (rule.multiline ? null : /\n/.exec(value));
  if (control) {
    const hex = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { code: 'control-character', params: { codePoint: `U+${hex}` } };
  }
  if (LONE_SURROGATE.test(value)) return { code: 'bad-unicode' };
  if (value.normalize('NFC') !== value) return { code: 'not-nfc' };
  return edgeIssue(value);
}

/**
 * True when `value` is non-empty, has at most `rule.max` code points (here: UTF-16
 * units, all below U+0300 so one each), no control character (a line feed only in
 * multiline text), no surrogate, and no code unit from U+0300 up: every character below
 * U+0300 is stable under NFC, so such text is NFC. Anything else takes the full path.
 */
function plainWithin(value: string, rule: TextRule): boolean {
  const n = value.length;
  if (n === 0 || n > rule.max) return false;
  for (let i = 0; i < n; i += 1) {
    const c = value.charCodeAt(i);
    if (c >= 0x0300 || (c >= 0x7f && c <= 0x9f)) return false;
    if (c < 0x20 && !(c === 0x0a && rule.multiline)) return false;
  }
  return true;
}

/** What is left once length, controls, Unicode and NFC are fine: blank, untrimmed, formula. */
function edgeIssue(value: string): TextIssue | undefined {
  if (value.trim().length === 0) return { code: 'empty-text' };
  if (value.trim() !== value) return { code: 'untrimmed' };
  if (FORMULA_START.test(value) || (value.startsWith('-') && !SIGNED_NUMBER.test(value))) {
    return { code: 'formula-start', params: { char: value.charAt(0) } };
  }
  return undefined;
}
