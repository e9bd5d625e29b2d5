// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// Issue 16: a place reads the same in Vietnamese on the map, in the record and in the example briefing
// (the analyst review found Sepon/Nong/Samouay in a caption, Sê Pôn/Noòng/Sa Muội in the text, Xê Pôn on the map).
const places = JSON.parse(fs.readFileSync('data/places.geojson', 'utf8')) as { features: { properties: Record<string, unknown> }[] };
const events = fs.readFileSync('data/events.json', 'utf8');
const briefing = JSON.parse(fs.readFileSync('data/briefing.example.json', 'utf8')) as unknown;

const viTexts = (node: unknown, out: string[] = []): string[] => {
  if (Array.isArray(node)) for (const n of node) viTexts(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'vi' && typeof v === 'string') out.push(v);
      else viTexts(v, out);
    }
  }
  return out;
};

describe('Lao district names in Vietnamese (issue 16)', () => {
  const districts = places.features.map((f) => f.properties).filter((p) => p.kind === 'district' && p.country === 'LA');

  it('every Lao district on the map has a Vietnamese label, and the record writes it the same way', () => {
    expect(districts.length).toBeGreaterThanOrEqual(3);
    for (const d of districts) {
      expect(typeof d.label_vi, String(d.id)).toBe('string');
      expect(events.includes(String(d.label_vi)), `${String(d.id)}: ${String(d.label_vi)} not in data/events.json`).toBe(true);
    }
  });

  it('the example briefing\'s Vietnamese captions use the map\'s forms, not the French spellings', () => {
    const text = viTexts(briefing).join('\n');
    for (const d of districts) {
      const en = String(d.label_en ?? d.name_en);
      if (text.includes(String(d.label_vi))) continue;
      expect(text.includes(en), `${en} in a Vietnamese caption where ${String(d.label_vi)} is meant`).toBe(false);
    }
    expect(text).toContain('Sa Muội');
  });
});
