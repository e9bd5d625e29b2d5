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
  if (value.trim() !== value) return { code: 'untrimmed' };
  if (FORMULA_START.test(value) || (value.startsWith('-') && !SIGNED_NUMBER.test(value))) {
    return { code: 'formula-start', params: { char: value.charAt(0) } };
  }
  return undefined;
}
