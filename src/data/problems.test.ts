// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, PROBLEM_MESSAGES, formatProblem, printable, problem, renderMessage, sortProblems } from './problems.ts';

describe('problems', () => {
  it('has an English template for every code, in plain words', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(30);
    for (const code of PROBLEM_CODES) expect(PROBLEM_MESSAGES[code]).toMatch(/^[a-z"{]/);
  });

  it('renders templates with params and leaves unknown placeholders visible', () => {
    expect(renderMessage('too-long', { length: 141, max: 140 })).toBe('is 141 characters long; the limit is 140');
    expect(renderMessage('unknown-id', { id: 'x' })).toBe('"x" is not a known {expected} id in the geography');
  });

  it('formats one line per problem, as the CLI prints it', () => {
    const p = problem('required', { file: 'data/events.json', line: 12, eventId: 'e-1' }, 'source.quote');
    expect(formatProblem(p)).toBe('data/events.json:12: [e-1] source.quote: is required');
    expect(formatProblem(problem('csv-empty', { line: 1 }, 'header'))).toBe('<input>:1: header: the CSV has no header row');
  });

  it('keeps hostile input on one printable line', () => {
    expect(printable('a\nb\u0007\u2028')).toBe('a\\u000ab\\u0007\\u2028');
    expect(printable('x'.repeat(200))).toHaveLength(81);
    expect(printable(`${'x'.repeat(79)}😀`)).toBe(`${'x'.repeat(79)}\\ud83d…`);
    const p = problem('unknown-type', { line: 3, eventId: 'bad\nid' }, 'type', { value: 'a\r\nb', allowed: 'x' });
    expect(formatProblem(p)).not.toMatch(/[\r\n]/);
  });

  it('sorts by file in order of appearance, then line', () => {
    const at = (file: string, line: number) => problem('required', { file, line }, 'id');
    const sorted = sortProblems([at('b', 9), at('a', 3), at('b', 2), at('a', 1)]);
    expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(['b:2', 'b:9', 'a:1', 'a:3']);
  });
});
