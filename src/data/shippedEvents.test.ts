// @vitest-environment node
import edtf from 'edtf';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../domain/calendarDate.ts';
import { EVENT_ID_PATTERN } from '../domain/event.ts';
import { eventsToCsv } from './eventsToCsv.ts';
import { GEO_LAYERS, type GeoSource, buildGeoIndex } from './geoIndex.ts';
import { jsonArrayLines } from './jsonArrayLines.ts';
import { parseEvents } from './parseEvents.ts';

/** The shipped dataset, checked against the real geography in data/*.geojson. */
const DATA = path.resolve(__dirname, '../../data');
const eventsText = fs.readFileSync(path.join(DATA, 'events.json'), 'utf8');
const missingGeo = GEO_LAYERS.filter((layer) => !fs.existsSync(path.join(DATA, `${layer}.geojson`)));

const realGeo = () => {
  const sources: GeoSource[] = GEO_LAYERS.map((layer) => {
    const text = fs.readFileSync(path.join(DATA, `${layer}.geojson`), 'utf8');
    return { layer, file: `data/${layer}.geojson`, data: JSON.parse(text) as unknown, featureLines: jsonArrayLines(text, 'features') };
  });
  return buildGeoIndex(sources);
};

describe('data/events.json', () => {
  it.skipIf(missingGeo.length > 0)(
    `is valid against the real geography${missingGeo.length > 0 ? ` (skipped: data/${missingGeo.join(', ')}.geojson not generated yet)` : ''}`,
    () => {
      const geo = realGeo();
      expect(geo.problems).toEqual([]);
      const result = parseEvents(eventsText, { format: 'json', file: 'data/events.json', geo: geo.value });
      expect(result.problems).toEqual([]);
      const raw = JSON.parse(eventsText) as { events: unknown[] };
      expect(result.value).toHaveLength(raw.events.length);
    },
  );

  it('has well-formed ids, dates and short quotes in every event (no geography needed)', () => {
    const { events } = JSON.parse(eventsText) as {
      events: { id: string; date: string; source: { quote: string; article: string } }[];
    };
    expect(events.length).toBeGreaterThanOrEqual(20);
    const ids = new Set<string>();
    for (const e of events) {
      expect(e.id).toMatch(EVENT_ID_PATTERN);
      expect(ids.has(e.id)).toBe(false);
      ids.add(e.id);
      expect(parseCalendarDate(e.date).ok, e.id).toBe(true);
      expect(e.source.quote.length).toBeLessThanOrEqual(300);
      expect(e.source.quote).not.toMatch(/^\s|\s$/);
      expect(e.source.article).toMatch(/^00[0-4]_[0-9a-f]{16}$/);
    }
  });

  // Issue 16: French typography (a narrow no-break space before : ; ? ! and inside « »)
  // and Vietnamese quotation marks (“ ”) in the record's own words; the article's words
  // (quote, headline, an actor's name and title as written) stay as the article has them.
  const COUNTRY_PAIR_HYPHEN = /\b(Vietnam|Viet Nam|Laos|Chin[ae]|Cambod(ge|ia))-(Vietnam|Viet Nam|Laos|Chin[ae]|Cambod(ge|ia))\b/;
  it('writes French and Vietnamese texts with their own typography, in the events and the example briefing', () => {
    const briefing = fs.readFileSync(path.join(DATA, 'briefing.example.json'), 'utf8');
    const faults: string[] = [];
    const verbatim = /\.(quote|headline)$|^events\[\d+\]\.actors\[\d+\]\.(name|title)$/;
    const walk = (value: unknown, at: string): void => {
      if (typeof value === 'string') {
        if (verbatim.test(at)) return;
        if (/\.fr$/.test(at) && /[ \u00a0][:;?!]|«[ \u00a0]|[ \u00a0]»|[^\s\u202f]»|«[^\s\u202f]/.test(value)) faults.push(`${at}: ${value}`);
        if (/\.vi$/.test(at) && /["«»]/.test(value)) faults.push(`${at}: ${value}`);
        // Two countries' border or relations, in the record's own French and English words, join with an
        // en dash as the interface writes them ("frontière Vietnam–Laos"; session 9 review: titles mixed both).
        if (/\.(fr|en)$/.test(at) && COUNTRY_PAIR_HYPHEN.test(value)) faults.push(`${at}: ${value}`);
        return;
      }
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}[${i}]`));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, at ? `${at}.${key}` : key);
    };
    walk(JSON.parse(eventsText), '');
    walk(JSON.parse(briefing), '');
    expect(faults).toEqual([]);
  });

  // Issue 16: the shipped dates, read by the app's subset, mean the same days as in the
  // Library of Congress grammar (the `edtf` package, a dev dependency only).
  it('dates every event in EDTF, to the same days as the edtf package reads', () => {
    const { events } = JSON.parse(eventsText) as { events: { id: string; date: string }[] };
    const toDay = (ms: number | null, side: -1 | 1) => (ms === null || !Number.isFinite(ms) ? side * Infinity : Math.floor(ms / 86_400_000));
    for (const e of events) {
      const ours = parseCalendarDate(e.date);
      if (!ours.ok) throw new Error(`${e.id}: ${e.date}`);
      const theirs = edtf(e.date) as { type: string; min: number | null; max: number | null };
      const ends = e.date.startsWith('[')
        ? e.date.slice(1, -1).split('..').map((end, i) => toDay(i === 0 ? edtf(end).min : edtf(end).max, i === 0 ? -1 : 1))
        : [toDay(theirs.min, -1), toDay(theirs.max, 1)];
      expect([ours.value.start, ours.value.end], `${e.id}: ${e.date}`).toEqual(ends);
    }
  });

  it('draws on all five articles', () => {
    const { events } = JSON.parse(eventsText) as { events: { source: { article: string } }[] };
    expect(new Set(events.map((e) => e.source.article.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003', '004']));
  });

  it.skipIf(missingGeo.length > 0)('exports to CSV and parses back identical to the JSON', () => {
    const geo = realGeo().value;
    const json = parseEvents(eventsText, { format: 'json', geo });
    const csv = parseEvents(eventsToCsv(json.value), { format: 'csv', geo });
    expect(csv.problems).toEqual([]);
    expect(csv.value).toEqual(json.value);
  });
});
