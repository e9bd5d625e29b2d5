// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 13, session 8: the record's own French uses the typographic apostrophe, and every
 *  alt text spells the province as the app's i18n does (Savannakhet in en, fr and vi). */
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('reader-facing spelling', () => {
  it('writes French summaries with the typographic apostrophe (quotes stay verbatim)', () => {
    const { events } = JSON.parse(read('data/events.json')) as { events: { id: string; summary: { fr: string } }[] };
    const straight = events.filter((e) => e.summary.fr.includes("'")).map((e) => e.id);
    expect(straight).toEqual([]);
    // The elisions are there, just typographic (the check would pass on a dataset without any).
    expect(events.some((e) => e.summary.fr.includes('d\u2019'))).toBe(true);
  });

  // Session 9 (reader9): the titles and the date and place notes too; only text inside « » (a
  // quotation) keeps its straight apostrophe.
  it('writes French titles, date notes and place notes with the typographic apostrophe', () => {
    type Fr = { fr: string } | undefined;
    const { events } = JSON.parse(read('data/events.json')) as { events: { id: string; title: Fr; dateNote?: Fr; placeNote?: Fr }[] };
    const outsideQuotes = (s: string) => s.replace(/«[^»]*»/g, '');
    const straight = events.flatMap((e) => (['title', 'dateNote', 'placeNote'] as const)
      .filter((k) => outsideQuotes(e[k]?.fr ?? '').includes("'")).map((k) => `${e.id} ${k}`));
    expect(straight).toEqual([]);
    expect(events.some((e) => (e.placeNote?.fr ?? '').includes('L\u2019article'))).toBe(true);
  });

  // Session 10 (session 9 reader review: "Vietnam's" beside "Outhakaysone’s" in English titles): the
  // record's own English, like its French, uses the typographic apostrophe and ‘ ’ quotation marks.
  it('writes the record\u2019s English with typographic apostrophes and quotation marks', () => {
    type En = { en: string } | undefined;
    const { events } = JSON.parse(read('data/events.json')) as { events: { id: string; title: En; summary: En; dateNote?: En; placeNote?: En }[] };
    const straight = events.flatMap((e) => (['title', 'summary', 'dateNote', 'placeNote'] as const)
      .filter((k) => (e[k]?.en ?? '').includes("'")).map((k) => `${e.id} ${k}`));
    expect(straight).toEqual([]);
    expect(events.some((e) => (e.title?.en ?? '').includes('Vietnam\u2019s'))).toBe(true);
  });

  // Session 9 (analyst review): the example briefing's own captions (our text, shown in the room).
  it('writes the example briefing\u2019s French and English captions with the typographic apostrophe', () => {
    const { scenes } = JSON.parse(read('data/briefing.example.json')) as { scenes: { caption?: Record<string, string> }[] };
    const straight = scenes.flatMap((s, i) => Object.entries(s.caption ?? {}).filter(([, text]) => text.includes("'")).map(([lang]) => `${i} ${lang}`));
    expect(straight).toEqual([]);
    expect(scenes.some((s) => (s.caption?.fr ?? '').includes('s\u2019accordent'))).toBe(true);
  });

  it('spells Savannakhet as the app does in the page meta alts and the fallback image alts', () => {
    const html = read('index.html');
    const alts = [...html.matchAll(/<meta [^>]*image:alt" content="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(alts).toHaveLength(2);
    // The noscript picture at the top of the body too (session 8, embed8).
    const imgAlts = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(imgAlts.length).toBeGreaterThan(0);
    alts.push(...imgAlts);
    for (const lang of ['en', 'fr', 'vi']) {
      const line = read(`src/i18n/locales/${lang}.ts`).split('\n').find((l) => l.includes("'embed.fallbackAlt'")) ?? '';
      alts.push(line);
    }
    for (const alt of alts) {
      expect(alt).toContain('Savannakhet');
      expect(alt).not.toContain('Savannakhét');
    }
  });
});
