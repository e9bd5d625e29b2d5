import type { Language, LocalizedText, PartialLocalizedText } from '../domain/event.ts';
import { LANGUAGES } from '../domain/event.ts';
import { type TextRule, checkText } from './checkText.ts';
import type { ProblemCode, ProblemParams } from './problems.ts';

export type Report = (code: ProblemCode, field: string, params?: ProblemParams) => void;
export type UnknownRecord = Readonly<Record<string, unknown>>;

export const isRecord = (value: unknown): value is UnknownRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export const joinPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Reads typed fields out of untrusted parsed input, reporting each problem
 * with the field's model path. Never throws and never writes to its input:
 * the caller builds fresh domain objects from what it returns.
 */
export class FieldReader {
  constructor(readonly report: Report) {}

  record(value: unknown, field: string): UnknownRecord | undefined {
    if (isRecord(value)) return value;
    this.report('wrong-type', field, { expected: 'an object', found: describeType(value) });
    return undefined;
  }

  /** Reports keys that are not part of the model, so a misspelt field is never dropped silently. */
  knownKeys(obj: UnknownRecord, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) if (!allowed.includes(key)) this.report('unknown-field', joinPath(path, key));
  }

  /** The raw value of a field, reporting `required` when it is absent and not optional. */
  field(obj: UnknownRecord, key: string, path: string, optional = false): unknown {
    const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
    if (value === undefined && !optional) this.report('required', joinPath(path, key));
    return value;
  }

  textValue(value: unknown, field: string, rule: TextRule): string | undefined {
    if (typeof value !== 'string') {
      this.report('wrong-type', field, { expected: 'a string', found: describeType(value) });
      return undefined;
    }
    const issue = checkText(value, rule);
    if (issue) {
      this.report(issue.code, field, issue.params);
      return undefined;
    }
    return value;
  }

  text(obj: UnknownRecord, key: string, path: string, rule: TextRule, optional = false): string | undefined {
    const value = this.field(obj, key, path, optional);
    return value === undefined ? undefined : this.textValue(value, joinPath(path, key), rule);
  }

  /** A string matching `pattern` (ids, codes); `form` describes the pattern to people. */
  patternValue(value: unknown, field: string, pattern: RegExp, form: string, max: number): string | undefined {
    const text = this.textValue(value, field, { max });
    if (text === undefined) return undefined;
    if (!pattern.test(text)) {
      this.report('bad-format', field, { value: text, form });
      return undefined;
    }
    return text;
  }

  /** A field that must match `pattern`, reporting `required` when absent and not optional. */
  pattern(obj: UnknownRecord, key: string, path: string, pattern: RegExp, form: string, max: number, optional = false): string | undefined {
    const value = this.field(obj, key, path, optional);
    return value === undefined ? undefined : this.patternValue(value, joinPath(path, key), pattern, form, max);
  }

  oneOf<T extends string>(
    obj: UnknownRecord,
    key: string,
    path: string,
    allowed: readonly T[],
    code: 'unknown-type' | 'unknown-value' = 'unknown-value',
  ): T | undefined {
    const value = this.field(obj, key, path);
    if (value === undefined) return undefined;
    const field = joinPath(path, key);
    if (typeof value !== 'string') {
      this.report('wrong-type', field, { expected: 'a string', found: describeType(value) });
      return undefined;
    }
    const match = allowed.find((candidate) => candidate === value);
    if (match === undefined) this.report(code, field, { value, allowed: allowed.join(', ') });
    return match;
  }

  /** A list whose items are read by `item`; undefined if any item is bad, so nothing is dropped silently. */
  list<T>(value: unknown, field: string, item: (value: unknown, field: string) => T | undefined): T[] | undefined {
    if (!Array.isArray(value)) {
      this.report('wrong-type', field, { expected: 'an array', found: describeType(value) });
      return undefined;
    }
    const result: T[] = [];
    let ok = true;
    value.forEach((entry: unknown, index) => {
      const read = item(entry, `${field}[${index}]`);
      if (read === undefined) ok = false;
      else result.push(read);
    });
    return ok ? result : undefined;
  }

  /** Reports entries listed twice; returns whether all are distinct. */
  distinct(values: readonly string[], field: string): boolean {
    const seen = new Set<string>();
    let ok = true;
    values.forEach((value, index) => {
      if (seen.has(value)) {
        this.report('duplicate-entry', `${field}[${index}]`, { value });
        ok = false;
      }
      seen.add(value);
    });
    return ok;
  }

  /** `{ fr, en, vi }`, each required and checked by `rule`. */
  localized(obj: UnknownRecord, key: string, path: string, rule: TextRule, optional = false): LocalizedText | undefined {
    const value = this.field(obj, key, path, optional);
    if (value === undefined) return undefined;
    const field = joinPath(path, key);
    const texts = this.record(value, field);
    if (!texts) return undefined;
    this.knownKeys(texts, LANGUAGES, field);
    const fr = this.text(texts, 'fr', field, rule);
    const en = this.text(texts, 'en', field, rule);
    const vi = this.text(texts, 'vi', field, rule);
    return fr !== undefined && en !== undefined && vi !== undefined ? { fr, en, vi } : undefined;
  }

  /** Like `localized`, but each language is optional (a name where one is established); `{}` is a problem. */
  someLanguages(obj: UnknownRecord, key: string, path: string, rule: TextRule): PartialLocalizedText | undefined {
    const value = this.field(obj, key, path, true);
    if (value === undefined) return undefined;
    const field = joinPath(path, key);
    const texts = this.record(value, field);
    if (!texts) return undefined;
    this.knownKeys(texts, LANGUAGES, field);
    const out: Partial<Record<Language, string>> = {};
    let ok = true;
    for (const lang of LANGUAGES) {
      if (texts[lang] === undefined) continue;
      const text = this.text(texts, lang, field, rule);
      if (text === undefined) ok = false;
      else out[lang] = text;
    }
    if (Object.keys(texts).length === 0) {
      this.report('too-few', field, { min: 1, found: 0 });
      return undefined;
    }
    return ok && Object.keys(texts).every((k) => (LANGUAGES as readonly string[]).includes(k)) ? out : undefined;
  }
}
