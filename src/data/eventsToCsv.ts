import type { Actor, BorderEvent } from '../domain/event.ts';
import { CSV_COLUMNS, type CsvColumn } from './csvRowToRawEvent.ts';

export interface EventsToCsvOptions {
  /** Start with a UTF-8 byte order mark so spreadsheets read accents right. Default true. */
  readonly bom?: boolean;
  /** Row separator; RFC 4180 says CRLF. Default '\r\n'. */
  readonly newline?: '\r\n' | '\n';
}

const quoteCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * Writes events as CSV (the newsroom's spreadsheet form). Validated events
 * never start a cell with a formula character, so the file is safe to open.
 * parseEvents(eventsToCsv(events), { format: 'csv' }) gives the events back.
 */
export function eventsToCsv(events: readonly BorderEvent[], options: EventsToCsvOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const rows = [CSV_COLUMNS.join(',')];
  for (const event of events) {
    const cells = eventToCsvCells(event);
    rows.push(CSV_COLUMNS.map((column) => quoteCell(cells[column])).join(','));
  }
  return `${options.bom === false ? '' : '\ufeff'}${rows.join(newline)}${newline}`;
}

const escapeActorPart = (text: string): string => text.replace(/[\\;|]/g, (c) => `\\${c}`);

/** The actors cell: `name | title | country | name_fr | name_en | name_vi | title_fr | title_en | title_vi; …` (see ACTOR_PARTS), escaping `;`, `|` and `\\` with a backslash. */
export function encodeActors(actors: readonly Actor[]): string {
  return actors
    .map((actor) => {
      const parts = [
        actor.name, actor.title ?? '', actor.country ?? '',
        actor.names?.fr ?? '', actor.names?.en ?? '', actor.names?.vi ?? '',
        actor.titles?.fr ?? '', actor.titles?.en ?? '', actor.titles?.vi ?? '',
      ].map(escapeActorPart);
      while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
      return parts.join(' | ');
    })
    .join('; ');
}

/** The cells of one event, in CSV_COLUMNS order. */
function eventToCsvCells(event: BorderEvent): Record<CsvColumn, string> {
  const list = (values: readonly string[]): string => values.join(';');
  return {
    id: event.id,
    type: event.type,
    countries: list(event.countries),
    date: event.date,
    date_basis: event.dateBasis,
    date_note_fr: event.dateNote?.fr ?? '',
    date_note_en: event.dateNote?.en ?? '',
    date_note_vi: event.dateNote?.vi ?? '',
    status: event.status,
    places: list(event.links.places),
    provinces: list(event.links.provinces),
    districts: list(event.links.districts),
    borders: list(event.links.borders),
    place_note_fr: event.placeNote?.fr ?? '',
    place_note_en: event.placeNote?.en ?? '',
    place_note_vi: event.placeNote?.vi ?? '',
    in_force_from: event.inForce?.from ?? '',
    in_force_until: event.inForce?.until ?? '',
    title_fr: event.title.fr,
    title_en: event.title.en,
    title_vi: event.title.vi,
    summary_fr: event.summary.fr,
    summary_en: event.summary.en,
    summary_vi: event.summary.vi,
    actors: encodeActors(event.actors),
    source_article: event.source.article,
    source_publisher: event.source.publisher ?? '',
    source_headline: event.source.headline,
    source_date: event.source.date,
    source_language: event.source.language,
    source_quote: event.source.quote,
  };
}
