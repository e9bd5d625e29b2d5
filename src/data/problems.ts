/**
 * Problems are data, not exceptions: every parser and validator in src/data
 * returns them next to its value. `code` is a closed union so the UI can
 * translate messages later; `message` is plain English, rendered from the
 * template for the code with the problem's params.
 */

export const PROBLEM_MESSAGES = {
  // Reading the input
  'file-unreadable': 'cannot read the file: {reason}',
  'file-not-text': 'the file is not UTF-8 text ({reason})',
  'file-too-large': 'the file is {size} bytes; the limit is {limit}',
  'unknown-format': 'cannot tell whether this is JSON or CSV ({reason})',
  'fetch-failed': 'could not fetch the events: {reason}',
  'http-error': 'the server answered HTTP {status}',
  'internal-error': 'unexpected error while validating: {reason}',
  'too-many-problems': '{count} more problems in {events} more events from here on are not listed (the list stops after {max})',
  // JSON
  'json-syntax': 'not valid JSON: {detail}',
  'json-shape': 'expected {expected}, found {found}',
  'unsupported-version': 'version must be 1, found {found}',
  // CSV
  'csv-empty': 'the CSV has no header row',
  'csv-unclosed-quote': 'a quoted cell opened on line {at} is never closed',
  'csv-stray-quote': 'line {at} has a double quote inside an unquoted cell or after a closing quote; quote the whole cell and double the quotes inside it',
  'csv-missing-column': 'the header has no column {column}, which is required',
  'csv-unknown-column': 'unknown column {column}',
  'csv-duplicate-column': 'column {column} appears more than once; only the first is read',
  'csv-cell-count': 'the row has {found} cells but the header has {expected}',
  // Shape and text of fields
  required: 'is required',
  'wrong-type': 'must be {expected}, found {found}',
  'unknown-field': 'is not a field of the model',
  'empty-text': 'must not be empty',
  'too-long': 'is {length} characters long; the limit is {max}',
  'formula-start': 'starts with "{char}", which spreadsheets run as a formula',
  'control-character': 'contains the control character {codePoint}',
  'bad-unicode': 'contains an unpaired UTF-16 surrogate',
  'not-nfc': 'is not in Unicode NFC form (write composed letters such as "ị", not "i" plus a combining mark)',
  untrimmed: 'starts or ends with whitespace',
  'bad-format': '"{value}" does not have the form {form}',
  'too-few': 'needs at least {min} entries, found {found}',
  'duplicate-entry': '"{value}" is listed more than once',
  'unknown-type': 'unknown event type "{value}"; allowed: {allowed}',
  'unknown-value': '"{value}" is not one of {allowed}',
  // Dates
  'date-format': '"{value}" is not a date of the form {forms}',
  'date-impossible': '"{value}" is not a real calendar date',
  'date-end-before-start': 'the interval "{value}" ends on or before the day it starts',
  'in-force-until-before-from': 'until "{until}" is before from "{from}"',
  'date-note-required': 'a date taken from the article\'s date line needs a dateNote saying so',
  'held-after-article': 'a held event must end by its article\'s date ({articleDate}), but {date} may run past it; write the latest day the text allows (e.g. an interval ending on the article\'s month)',
  'planned-before-article': 'a planned event must start on or after its article\'s date ({articleDate}), but {date} may start before it; write an interval starting on the article\'s date',
  'country-not-listed': '"{value}" is not one of the event\'s countries',
  'duplicate-id': 'id "{id}" is already used by the event on line {firstLine}',
  // Geography
  'unknown-id': '"{id}" is not a known {expected} id in the geography',
  'wrong-kind': '"{id}" is a {kind}, not a {expected}',
  'not-valid-on-date': '"{id}" exists only {validity}, which does not meet the event\'s date {date}',
  'no-geography': 'links no place, province, district or border, and its countries ({countries}) include no country pair the map draws ({pairs}): the event would show nowhere',
  'geo-file-missing': 'geography file missing, so links to {layer} are not checked: {reason}',
  'geo-invalid': 'geography: {detail}',
  'geo-duplicate-id': 'geography: feature id "{id}" appears more than once',
  // Briefing scripts (src/data/sceneScript.ts)
  'unknown-event': '"{id}" is not the id of any loaded event',
  'event-or-date-required': 'a scene needs an "event" or a "date"',
  'too-many': 'has {found} entries; only the first {max} are read',
  'out-of-range': 'is {value}; it must be from {min} to {max}',
  'applies-only-with': 'applies only when {field} is "{value}"',
  'problems-cut': '{count} more problems from here on are not listed (the list stops after {max})',
  'events-file-missing': 'events file missing, so the scenes\' event ids are not checked: {reason}',
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;
// Pure: a bundle that never lists the codes (the app's) leaves the English messages out.
export const PROBLEM_CODES = /* @__PURE__ */ Object.keys(PROBLEM_MESSAGES) as readonly ProblemCode[];

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  readonly file?: string;
  /** 1-based line where the row or event starts; 1 for problems with a whole file. */
  readonly line: number;
  readonly eventId?: string;
  /** Model path such as `title.vi` or `links.places[1]`; `file`, `header` or `row` for the container. */
  readonly field: string;
  readonly code: ProblemCode;
  readonly params?: ProblemParams;
}

export interface ProblemLocation {
  readonly file?: string;
  readonly line: number;
  readonly eventId?: string;
}

const PARAM_MAX = 80;
// Controls, line separators and lone surrogates (a cut may split a pair).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Makes a value from untrusted input safe to print on one terminal line:
 * control characters escaped, long values cut.
 */
export function printable(value: string): string {
  const cut = value.length > PARAM_MAX ? `${value.slice(0, PARAM_MAX)}…` : value;
  return cut.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderMessage(code: ProblemCode, params: ProblemParams = {}): string {
  return PROBLEM_MESSAGES[code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** A problem's English message (the CLI's; the app words problems by code in the reader's language). */
export function problemMessage(p: Pick<Problem, 'code' | 'params'>): string {
  return renderMessage(p.code, p.params);
}

/**
 * Builds a problem: its code and params, which every reader words in its
 * own way (problemMessage for the CLI, the catalogues for the app); params
 * from input are made printable.
 */
export function problem(code: ProblemCode, at: ProblemLocation, field: string, params?: ProblemParams): Problem {
  const safe: Record<string, string | number> | undefined = params && {};
  if (params && safe) {
    for (const [key, value] of Object.entries(params)) safe[key] = typeof value === 'string' ? printable(value) : value;
  }
  return {
    ...(at.file !== undefined ? { file: at.file } : {}),
    line: at.line,
    ...(at.eventId !== undefined ? { eventId: printable(at.eventId) } : {}),
    field,
    code,
    ...(safe ? { params: safe } : {}),
  };
}

/** `FILE:LINE: [event-id] field: message`, the CLI's one-line form. */
export function formatProblem(p: Problem): string {
  const id = p.eventId !== undefined ? `[${p.eventId}] ` : '';
  return `${printable(p.file ?? '<input>')}:${p.line}: ${id}${p.field}: ${problemMessage(p)}`;
}

/** Stable order for reports: files in order of first appearance, then by line, keeping the order found within a line. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const fileOrder = new Map<string | undefined, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (fileOrder.get(a.p.file) ?? 0) - (fileOrder.get(b.p.file) ?? 0) || a.p.line - b.p.line || a.i - b.i)
    .map(({ p }) => p);
}

/** What every parser in src/data returns: the valid part, and every problem found. */
export interface ParseResult<T> {
  readonly value: T;
  readonly problems: Problem[];
}
