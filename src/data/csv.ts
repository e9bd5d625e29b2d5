/**
 * A small RFC 4180 CSV reader that never throws. Cells are separated by
 * commas, rows by CRLF, LF or a lone CR; quoted cells may hold commas,
 * doubled quotes and line breaks. A leading UTF-8 BOM is ignored. Each row
 * keeps the physical line it starts on, counting line breaks inside quoted
 * cells, so problems can point at the row as an editor shows it.
 * Broken quoting is reported on the row and read as leniently as possible,
 * so the caller can still name the row (by its id cell) in the problem.
 */

export type CsvIssueCode = 'csv-unclosed-quote' | 'csv-stray-quote';

export interface CsvIssue {
  readonly code: CsvIssueCode;
  readonly line: number;
}

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  readonly line: number;
  readonly cells: readonly string[];
  readonly issues: readonly CsvIssue[];
}

const UNQUOTED_RUN = /[^,\r\n"]*/y;
const QUOTED_RUN = /[^"\r\n]*/y;

export function parseCsv(text: string): CsvRow[] {
  return [...csvRows(text)];
}

/** The rows one by one, so a huge file need not be held as rows all at once. */
export function* csvRows(text: string): Generator<CsvRow, void, undefined> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  const readRun = (pattern: RegExp): string => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    const run = match ? match[0] : '';
    i += run.length;
    return run;
  };
  const readLineBreak = (): string => {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      line += 1;
      return '\r\n';
    }
    const c = text[i] ?? '';
    i += 1;
    line += 1;
    return c;
  };

  let issues: CsvIssue[] = [];
  // One issue per kind and line is enough to point the author at it.
  const addIssue = (code: CsvIssueCode, at: number): void => {
    if (!issues.some((issue) => issue.code === code && issue.line === at)) issues.push({ code, line: at });
  };
  const readUnquotedTail = (): string => {
    let value = '';
    for (;;) {
      value += readRun(UNQUOTED_RUN);
      if (text[i] !== '"') return value;
      // A quote inside an unquoted cell: keep it literally and report it.
      addIssue('csv-stray-quote', line);
      value += '"';
      i += 1;
    }
  };

  while (i < n) {
    const rowLine = line;
    const cells: string[] = [];
    issues = [];
    let sawQuotes = false;
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        sawQuotes = true;
        const openLine = line;
        let closed = false;
        i += 1;
        while (i < n) {
          value += readRun(QUOTED_RUN);
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
            } else {
              i += 1;
              closed = true;
              break;
            }
          } else if (c === '\r' || c === '\n') {
            value += readLineBreak();
          }
        }
        if (!closed) addIssue('csv-unclosed-quote', openLine);
        // Text after the closing quote (`"ab"c`): keep it, but say the quoting is broken.
        if (closed && i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          addIssue('csv-stray-quote', line);
          value += readUnquotedTail();
        }
      } else {
        value = readUnquotedTail();
      }
      cells.push(value);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      break;
    }
    if (i < n) readLineBreak();
    const blank = cells.length === 1 && cells[0] === '' && !sawQuotes;
    if (!blank) yield { line: rowLine, cells, issues };
  }
}
