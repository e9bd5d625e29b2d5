import fs from 'node:fs';
import { dayToIso } from '../../src/domain/dayNumber';
import type { BorderEvent } from '../../src/domain/event';
import { timeEvents } from '../../src/domain/timeline';

/**
 * The shipped record's events on the time axis, read by the domain itself:
 * EDTF dates (`../2024-08`, `[2022-06-01..2022-06-02]`, intervals) are not
 * for a spec to re-parse by hand. Specs derive expected dates from this.
 */
const raw = (JSON.parse(fs.readFileSync('data/events.json', 'utf8')) as { events: BorderEvent[] }).events;
export const TIMED = timeEvents(raw);

/** An event's first day on the timeline, `YYYY-MM-DD`. */
export function startIso(id: string): string {
  const timed = TIMED.find((t) => t.event.id === id);
  if (!timed) throw new Error(`no event ${id} in data/events.json`);
  return dayToIso(timed.start);
}

/** The first event start strictly after `iso` (where Next event goes). */
export function nextStartAfter(iso: string): string {
  const next = TIMED.map((t) => dayToIso(t.start)).filter((d) => d > iso).sort()[0];
  if (!next) throw new Error(`no event starts after ${iso}`);
  return next;
}

/** A day as the English interface writes it: "4 December 2023". */
export const inWordsEn = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The English titles of the events whose first day is `iso`. */
export function titlesStartingOn(iso: string): string[] {
  return TIMED.filter((t) => dayToIso(t.start) === iso).map((t) => t.event.title.en);
}
