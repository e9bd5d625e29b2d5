// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedSources } from './embedSources';

let n = 0;
const ev = (article: string, date: string, publisher?: string) => ({
  event: {
    id: `e${++n}`, title: { fr: `t${n}`, en: `t${n}`, vi: `t${n}` },
    source: { article, date, headline: `h-${article}`, language: 'fr' as const, quote: `q${n}`, ...(publisher ? { publisher } : {}) },
  },
});

describe('embedSources (the embed\'s source line and list)', () => {
  it('lists each article once, with its events counted, newest first', () => {
    const list = embedSources([ev('a', '2024-05-01', 'VNA'), ev('b', '2026-01-20'), ev('a', '2024-05-01', 'VNA'), ev('c', '2025')]);
    expect(list.map((a) => [a.article, a.events, a.publisher ?? null])).toEqual([['b', 1, null], ['c', 1, null], ['a', 2, 'VNA']]);
    expect(list[2]?.headline).toBe('h-a');
  });
  it('gives each article the events it backs, with their quotes, in the order given', () => {
    n = 0;
    const list = embedSources([ev('a', '2024-05-01'), ev('b', '2026-01-20'), ev('a', '2024-05-01')]);
    expect(list.map((a) => [a.article, a.quotes.map((q) => [q.eventId, q.quote, q.title.en])])).toEqual([
      ['b', [['e2', 'q2', 't2']]], ['a', [['e1', 'q1', 't1'], ['e3', 'q3', 't3']]],
    ]);
  });
  it('is empty without events', () => {
    expect(embedSources([])).toEqual([]);
  });
});
