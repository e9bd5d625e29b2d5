import { dayToIso, type DayNumber } from '../../domain/dayNumber';
import type { BorderEvent } from '../../domain/event';
import { isVisible } from '../../domain/timeline';
import { eventsToCsv } from '../../data/eventsToCsv';
import type { ViewerState } from '../../store/viewerStore';

export type EventFileFormat = 'csv' | 'json';

/** The events the reader sees: those the filters leave, visible at the cursor under the display mode, in date order. */
export function shownEvents(s: Pick<ViewerState, 'filtered' | 'cursor' | 'display'>): BorderEvent[] {
  return s.filtered.filter((e) => isVisible(e, s.cursor, s.display)).map((e) => e.event);
}

/**
 * The events as an events file in the validator's own format (data/README.md):
 * `npm run validate-data` accepts it as it is, and `?data=` can open it.
 * No `$schema`: the schema's relative path would not resolve next to a download.
 */
export function eventsJson(events: readonly BorderEvent[]): string {
  return `${JSON.stringify({ version: 1, events }, null, 2)}\n`;
}

/** `border-cooperation-events-2026-02-05.csv`: the moment the file holds. */
export function eventFileName(cursor: DayNumber, format: EventFileFormat): string {
  return `border-cooperation-events-${dayToIso(cursor)}.${format}`;
}

/**
 * "Get the data" (issue 14): the events shown, as a file made in the browser.
 * The CSV starts with a byte order mark so spreadsheets read the accents.
 */
export function eventFile(s: Pick<ViewerState, 'filtered' | 'cursor' | 'display'>, format: EventFileFormat): { name: string; type: string; text: string } {
  const events = shownEvents(s);
  return format === 'csv'
    ? { name: eventFileName(s.cursor, 'csv'), type: 'text/csv;charset=utf-8', text: eventsToCsv(events) }
    : { name: eventFileName(s.cursor, 'json'), type: 'application/json', text: eventsJson(events) };
}

/** Offers the file as a download; nothing leaves the browser. */
export function downloadEventFile(s: Pick<ViewerState, 'filtered' | 'cursor' | 'display'>, format: EventFileFormat): void {
  const file = eventFile(s, format);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
