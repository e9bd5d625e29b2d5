import type { BorderEvent } from '../domain/event.ts';
import { type CsvRow, csvRows } from './csv.ts';
import { CSV_COLUMNS, type CsvColumn, REQUIRED_CSV_COLUMNS, csvRowToRawEvent } from './csvRowToRawEvent.ts';
import { describeType, isRecord } from './fieldReader.ts';
import type { GeoIndex } from './geoIndex.ts';
import { jsonArrayLines, lineOfError } from './jsonArrayLines.ts';
import { type ParseResult, type Problem, problem } from './problems.ts';
import { type RawEvent, type ReadIssue, validateEvents } from './validateEvents.ts';
import { errorText } from '../domain/errorText';

export type EventsFormat = 'json' | 'csv';

export interface ParseEventsOptions {
  readonly format: EventsFormat;
  /** Named in every problem, e.g. the path or URL. */
  readonly file?: string;
  readonly geo: GeoIndex;
  /** Each valid event as soon as it is validated, in order (see ValidateEventsOptions.onValid). */
  readonly onValid?: (event: BorderEvent) => void;
}

/** Top-level keys of the JSON form; `$schema` lets editors find data/events.schema.json. */
const TOP_KEYS = ['$schema', 'version', 'events'];

/**
 * Parses an events file (JSON or CSV, see data/README.md) into valid
 * BorderEvents and problems. Never throws on any input, never drops a row
 * silently: each invalid event yields at least one problem with its line,
 * and every valid event is returned, in file order.
 */
export function parseEvents(text: string, options: ParseEventsOptions): ParseResult<BorderEvent[]> {
  const at = { ...(options.file !== undefined ? { file: options.file } : {}), line: 1 };
  try {
    if (typeof text !== 'string') {
      return { value: [], problems: [problem('wrong-type', at, 'file', { expected: 'a string', found: describeType(text) })] };
    }
    return options.format === 'csv' ? parseCsvEvents(text, options) : parseJsonEvents(text, options);
  } catch (error) {
    // Belt and braces: the readers are written not to throw; if one ever does, it is a problem, not a crash.
    return { value: [], problems: [problem('internal-error', at, 'file', { reason: String(error) })] };
  }
}

function parseJsonEvents(text: string, options: ParseEventsOptions): ParseResult<BorderEvent[]> {
  const file = options.file !== undefined ? { file: options.file } : {};
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = errorText(error);
    return { value: [], problems: [problem('json-syntax', { ...file, line: lineOfError(body, detail) }, 'file', { detail })] };
  }
  const top = { ...file, line: 1 };
  if (!isRecord(data) || !Array.isArray(data.events)) {
    const found = isRecord(data) ? `an object without an "events" array` : describeType(data);
    return { value: [], problems: [problem('json-shape', top, 'file', { expected: 'an object with an "events" array', found })] };
  }
  const problems: Problem[] = [];
  if (data.version !== 1) {
    problems.push(problem('unsupported-version', top, 'version', { found: JSON.stringify(data.version) ?? 'nothing' }));
  }
  for (const key of Object.keys(data)) if (!TOP_KEYS.includes(key)) problems.push(problem('unknown-field', top, key));
  const lines = jsonArrayLines(body, 'events');
  // The scanner and JSON.parse agree on valid JSON; the fallback only guards against surprises.
  const items: RawEvent[] = data.events.map((raw: unknown, index) => ({ raw, line: lines[index] ?? 1 }));
  const result = validateEvents(items, options);
  return { value: result.value, problems: [...problems, ...result.problems] };
}


function parseCsvEvents(text: string, options: ParseEventsOptions): ParseResult<BorderEvent[]> {
  const file = options.file !== undefined ? { file: options.file } : {};
  const rows = csvRows(text);
  const first = rows.next();
  if (first.done) return { value: [], problems: [problem('csv-empty', { ...file, line: 1 }, 'header')] };
  const header = first.value;
  const problems: Problem[] = [];
  const headerAt = { ...file, line: header.line };
  for (const issue of header.issues) problems.push(problem(issue.code, headerAt, 'header', { at: issue.line }));
  const index = new Map<CsvColumn, number>();
  header.cells.forEach((name, i) => {
    const column = CSV_COLUMNS.find((candidate) => candidate === name.trim().toLowerCase());
    if (!column) problems.push(problem('csv-unknown-column', headerAt, 'header', { column: name }));
    else if (index.has(column)) problems.push(problem('csv-duplicate-column', headerAt, 'header', { column }));
    else index.set(column, i);
  });
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!index.has(column)) problems.push(problem('csv-missing-column', headerAt, 'header', { column }));
  }

  const itemOf = (row: CsvRow): RawEvent => {
    const get = (column: CsvColumn): string | undefined => {
      const i = index.get(column);
      return i === undefined ? undefined : row.cells[i];
    };
    const { raw, issues } = csvRowToRawEvent(get);
    const rowIssues: ReadIssue[] = row.issues.map((issue) => ({ code: issue.code, field: 'row', params: { at: issue.line } }));
    if (row.cells.length !== header.cells.length) {
      rowIssues.push({ code: 'csv-cell-count', field: 'row', params: { found: row.cells.length, expected: header.cells.length } });
    }
    return { raw, line: row.line, issues: [...rowIssues, ...issues] };
  };
  // Rows are read and validated one at a time: a huge file is never held as rows and raw events at once.
  function* items(): Generator<RawEvent> {
    for (const row of rows) yield itemOf(row);
  }
  const result = validateEvents(items(), options);
  return { value: result.value, problems: [...problems, ...result.problems] };
}
