import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../domain/dayNumber';
import type { BorderEvent } from '../../domain/event';
import { parseCsv } from '../../data/csv';
import { validateData } from '../../../scripts/validate-data';
import { createViewerStore } from '../../store/viewerStore';
import { eventFile, eventFileName, eventsJson, shownEvents } from './eventFiles';

const ROOT = path.resolve(__dirname, '../../..');
const shipped = (JSON.parse(fs.readFileSync(path.join(ROOT, 'data/events.json'), 'utf8')) as { events: BorderEvent[] }).events;

/** A store holding the shipped events, the cursor on a day, the given filters and display. */
function storeAt(iso: [number, number, number], init: Partial<Parameters<typeof createViewerStore>[0]> = {}) {
  const store = createViewerStore({ mode: 'explore', lang: 'en', cursor: dayNumber(...iso), today: () => dayNumber(2026, 12, 31), ...init });
  store.getState().setEvents(shipped);
  return store;
}

/** Runs the project's validator on a file holding `text`, with the repository's geography. */
function validate(text: string, ext: 'json' | 'csv'): { code: number; out: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'get-the-data-'));
  const file = path.join(dir, `events.${ext}`);
  fs.writeFileSync(file, text);
  const out: string[] = [];
  const code = validateData(['--geo', path.join(ROOT, 'data'), file], { out: (l) => out.push(l), err: (l) => out.push(l) });
  fs.rmSync(dir, { recursive: true });
  return { code, out };
}

describe('shownEvents', () => {
  it('is the filtered events visible at the cursor, in date order', () => {
    const s = storeAt([2024, 1, 1]).getState();
    const ids = shownEvents(s).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(shipped.length);
    expect(ids).toEqual(s.filtered.filter((e) => e.start <= s.cursor).map((e) => e.event.id));
  });

  it('follows the filters and the display mode', () => {
    const store = storeAt([2026, 12, 31]);
    const all = shownEvents(store.getState());
    store.getState().setFilters({ types: ['twinning'] });
    const twinnings = shownEvents(store.getState());
    expect(twinnings.length).toBeGreaterThan(0);
    expect(twinnings.length).toBeLessThan(all.length);
    expect(twinnings.every((e) => e.type === 'twinning')).toBe(true);
    store.getState().setDisplay({ mode: 'window', windowMonths: 3 });
    expect(shownEvents(store.getState()).length).toBeLessThan(twinnings.length);
  });
});

describe('the files (issue 14: "Get the data")', () => {
  const s = storeAt([2025, 6, 30], { filters: { types: ['agreement', 'twinning'], pairs: [], query: '' } }).getState();
  const shown = shownEvents(s);

  it('holds exactly the events shown, as JSON the validator accepts', () => {
    const file = eventFile(s, 'json');
    expect(file.name).toBe('border-cooperation-events-2025-06-30.json');
    const parsed = JSON.parse(file.text) as { version: number; events: BorderEvent[] };
    expect(parsed.version).toBe(1);
    expect(parsed.events).toEqual(shown);
    expect(parsed.events.every((e) => e.source.quote.length > 0)).toBe(true);
    expect(validate(file.text, 'json')).toEqual({ code: 0, out: [expect.stringContaining('OK')] });
  });

  it('holds exactly the events shown, sources and quotes included, as CSV the validator accepts', () => {
    const file = eventFile(s, 'csv');
    expect(file.name).toBe('border-cooperation-events-2025-06-30.csv');
    const [header, ...rows] = parseCsv(file.text);
    const column = (name: string) => header?.cells.indexOf(name) ?? -1;
    expect(rows.map((r) => r.cells[column('id')])).toEqual(shown.map((e) => e.id));
    expect(rows.map((r) => r.cells[column('source_quote')])).toEqual(shown.map((e) => e.source.quote));
    expect(validate(file.text, 'csv').code).toBe(0);
  });

  it('writes an empty view as a valid file with no events', () => {
    expect(JSON.parse(eventsJson([]))).toEqual({ version: 1, events: [] });
    expect(eventFileName(dayNumber(2022, 1, 5), 'csv')).toBe('border-cooperation-events-2022-01-05.csv');
  });
});
