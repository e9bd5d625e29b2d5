import { describe, expect, it } from 'vitest';
import { embedSources } from './embedSources';

const ev = (article: string, date: string, publisher?: string) => ({
  event: { source: { article, date, headline: `h-${article}`, language: 'fr' as const, ...(publisher ? { publisher } : {}) } },
});

describe('embedSources (the embed\'s source line and list)', () => {
  it('lists each article once, with its events counted, newest first', () => {
    const list = embedSources([ev('a', '2024-05-01', 'VNA'), ev('b', '2026-01-20'), ev('a', '2024-05-01', 'VNA'), ev('c', '2025')]);
    expect(list.map((a) => [a.article, a.events, a.publisher ?? null])).toEqual([['b', 1, null], ['c', 1, null], ['a', 2, 'VNA']]);
    expect(list[2]?.headline).toBe('h-a');
  });
  it('is empty without events', () => {
    expect(embedSources([])).toEqual([]);
  });
});
