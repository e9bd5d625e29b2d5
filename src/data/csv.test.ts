// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

const simple = (text: string) => parseCsv(text).map((row) => ({ line: row.line, cells: row.cells, issues: row.issues.map((i) => `${i.code}@${i.line}`) }));

describe('parseCsv', () => {
  it.each([
    ['a,b\nc,d\n', [{ line: 1, cells: ['a', 'b'], issues: [] }, { line: 2, cells: ['c', 'd'], issues: [] }]],
    ['a,b\r\nc,d', [{ line: 1, cells: ['a', 'b'], issues: [] }, { line: 2, cells: ['c', 'd'], issues: [] }]],
    ['\ufeffa,b\rc,d\r', [{ line: 1, cells: ['a', 'b'], issues: [] }, { line: 2, cells: ['c', 'd'], issues: [] }]],
    ['"x, y","say ""hi"""\n', [{ line: 1, cells: ['x, y', 'say "hi"'], issues: [] }]],
    ['"two\r\nlines",z\nnext\n', [{ line: 1, cells: ['two\r\nlines', 'z'], issues: [] }, { line: 3, cells: ['next'], issues: [] }]],
    ['a,,\n', [{ line: 1, cells: ['a', '', ''], issues: [] }]],
    ['a\n\n\nb\n', [{ line: 1, cells: ['a'], issues: [] }, { line: 4, cells: ['b'], issues: [] }]],
    ['""\n', [{ line: 1, cells: [''], issues: [] }]],
    ['ab"c,d\n', [{ line: 1, cells: ['ab"c', 'd'], issues: ['csv-stray-quote@1'] }]],
    ['"ab"c,d\n', [{ line: 1, cells: ['abc', 'd'], issues: ['csv-stray-quote@1'] }]],
    ['x\n"open,\nnever closed\n', [{ line: 1, cells: ['x'], issues: [] }, { line: 2, cells: ['open,\nnever closed\n'], issues: ['csv-unclosed-quote@2'] }]],
    ['', []],
    ['\ufeff', []],
  ])('%j', (text, expected) => expect(simple(text)).toEqual(expected));

  it('never throws, and every row starts on a line inside the text', () => {
    const csvish = fc.array(fc.oneof(fc.constantFrom('"', ',', '\n', '\r', '\r\n', '""', '\ufeff'), fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(csvish, (text) => {
        const rows = parseCsv(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const row of rows) {
          expect(row.line).toBeGreaterThanOrEqual(1);
          expect(row.line).toBeLessThanOrEqual(lines);
        }
        // Rows come in line order.
        expect(rows.map((r) => r.line)).toEqual([...rows.map((r) => r.line)].sort((a, b) => a - b));
      }),
    );
  });

  it('reads back what an RFC 4180 writer wrote', () => {
    const cell = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (table) => {
        const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
        const text = table.map((row) => row.map(quote).join(',')).join('\r\n');
        expect(parseCsv(text).map((r) => r.cells)).toEqual(table);
      }),
    );
  });
});
