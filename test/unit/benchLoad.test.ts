// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spliceReport, summarise } from '../../bench/load/run.mjs';
import { timelineData, tlDate } from '../../bench/load/timelinejs.mjs';

describe('bench:load (issue 18)', () => {
  it('gives TimelineJS the same events, each with its date', () => {
    const { events } = JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: { id: string; title: { en: string } }[] };
    const data = timelineData(events, 'en');
    expect(data.events.map((e) => e.unique_id)).toEqual(events.map((e) => e.id));
    expect(tlDate('2026-02-05/2026-12')).toEqual({ year: '2026', month: '2', day: '5' });
    expect(tlDate('../2024-08')).toEqual({ year: '2024', month: '8' });
    expect(tlDate('[2022-06-01..2022-06-02]')).toEqual({ year: '2022', month: '6', day: '1' });
    // Titles as text, never as markup (TimelineJS renders HTML).
    expect(timelineData([{ ...events[0], title: { en: '<b>x</b>' } }], 'en').events[0]?.text.headline).toBe('&lt;b&gt;x&lt;/b&gt;');
  });

  it('keeps medians and spreads per page and form factor, skipping failed runs', () => {
    const s = summarise([
      { page: 'explorer', form: 'mobile', lcpMs: 3000 }, { page: 'explorer', form: 'mobile', lcpMs: 1000 },
      { page: 'explorer', form: 'mobile', lcpMs: 2000 }, { page: 'explorer', form: 'mobile', error: 'x' },
    ]);
    expect(s['explorer/mobile']?.lcpMs).toEqual({ median: 2000, range: [1000, 3000], n: 3 });
  });

  it('replaces its own section of REPORT.md and leaves the rest alone', () => {
    const section = '<!-- bench:load start x -->\nnew\n<!-- bench:load end -->';
    expect(spliceReport('# Bench\n\ntable\n', section)).toBe(`# Bench\n\ntable\n\n${section}\n`);
    expect(spliceReport(`# Bench\n<!-- bench:load start y -->\nold\n<!-- bench:load end -->\ntail\n`, section)).toBe(`# Bench\n${section}\ntail\n`);
  });
});
