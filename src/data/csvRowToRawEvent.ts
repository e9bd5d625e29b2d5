import type { ReadIssue } from './validateEvents.ts';

/**
 * The CSV form of events: one row per event, these columns (documented in
 * data/README.md). Lists are separated by `;`. Actors are `name | title |
 * country` separated by `;`, with `\` escaping a literal `;`, `|` or `\`.
 * An empty cell means "absent".
 */
export const CSV_COLUMNS = [
  'id', 'type', 'countries', 'date', 'date_basis', 'date_note_fr', 'date_note_en', 'date_note_vi', 'status',
  'places', 'provinces', 'districts', 'borders', 'place_note_fr', 'place_note_en', 'place_note_vi',
  'in_force_from', 'in_force_until', 'title_fr', 'title_en', 'title_vi', 'summary_fr', 'summary_en', 'summary_vi',
  'actors', 'source_article', 'source_publisher', 'source_headline', 'source_date', 'source_language', 'source_quote',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a header must have; the others may be left out (read as empty). */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = [
  'id', 'type', 'countries', 'date', 'date_basis', 'status', 'title_fr', 'title_en', 'title_vi',
  'summary_fr', 'summary_en', 'summary_vi', 'source_article', 'source_headline', 'source_date',
  'source_language', 'source_quote',
];

/** Splits on unescaped `separator`, undoing `\` escapes in each part. */
function splitEscaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < text.length) {
      current += text.charAt(i + 1);
      i += 1;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * The parts of one actor in the actors cell, in order; trailing empty parts
 * may be left out. The last six are the name and title in each language
 * where one is established (`Actor.names`, `Actor.titles`).
 */
export const ACTOR_PARTS = ['name', 'title', 'country', 'name_fr', 'name_en', 'name_vi', 'title_fr', 'title_en', 'title_vi'] as const;

const LANGUAGE_ORDER = ['fr', 'en', 'vi'] as const;

function someLanguages(parts: readonly string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  parts.forEach((part, i) => { const lang = LANGUAGE_ORDER[i]; if (part && lang) out[lang] = part; });
  return Object.keys(out).length > 0 ? out : undefined;
}

type RawActor = Record<string, string | Record<string, string>>;

/** Reads the actors cell into raw actor objects for the validator. */
export function decodeActors(cell: string): { actors: RawActor[]; issues: ReadIssue[] } {
  const actors: RawActor[] = [];
  const issues: ReadIssue[] = [];
  // Split actors first on unescaped ';' while keeping the escapes for the '|' split.
  const chunks: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i += 1) {
    const c = cell.charAt(i);
    if (c === '\\' && i + 1 < cell.length) {
      current += c + cell.charAt(i + 1);
      i += 1;
    } else if (c === ';') {
      chunks.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  chunks.push(current);
  for (const chunk of chunks) {
    if (chunk.trim() === '') continue;
    const parts = splitEscaped(chunk, '|').map((part) => part.trim());
    if (parts.length > ACTOR_PARTS.length) {
      issues.push({ code: 'bad-format', field: `actors[${actors.length}]`, params: { value: chunk.trim(), form: ACTOR_PARTS.join(' | ') } });
    }
    const [name = '', title = '', country = '', ...inLanguages] = parts;
    const names = someLanguages(inLanguages.slice(0, 3));
    const titles = someLanguages(inLanguages.slice(3, 6));
    actors.push({
      name,
      ...(names ? { names } : {}),
      ...(title ? { title } : {}),
      ...(titles ? { titles } : {}),
      ...(country ? { country } : {}),
    });
  }
  return { actors, issues };
}

const splitList = (cell: string): string[] =>
  cell
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * Maps one CSV row (cells by column; undefined when the header lacks the
 * column) to the raw object the JSON form would hold, for the same
 * validator. Line breaks inside cells become `\n`, as in JSON.
 */
export function csvRowToRawEvent(get: (column: CsvColumn) => string | undefined): {
  raw: Record<string, unknown>;
  issues: ReadIssue[];
} {
  const cell = (column: CsvColumn): string => (get(column) ?? '').replace(/\r\n?/g, '\n');
  const optional = (column: CsvColumn): string | undefined => cell(column) || undefined;
  const localized = (prefix: string, keepEmpty: boolean): Record<string, string> | undefined => {
    const texts: Record<string, string> = {};
    for (const lang of ['fr', 'en', 'vi'] as const) {
      const text = cell(`${prefix}_${lang}` as CsvColumn);
      if (text) texts[lang] = text;
    }
    return keepEmpty || Object.keys(texts).length > 0 ? texts : undefined;
  };
  const { actors, issues } = decodeActors(cell('actors'));
  const inForceFrom = optional('in_force_from');
  const inForceUntil = optional('in_force_until');
  const raw: Record<string, unknown> = {
    id: optional('id'),
    type: optional('type'),
    countries: splitList(cell('countries')),
    actors,
    date: optional('date'),
    dateBasis: optional('date_basis'),
    dateNote: localized('date_note', false),
    status: optional('status'),
    links: {
      places: splitList(cell('places')),
      provinces: splitList(cell('provinces')),
      districts: splitList(cell('districts')),
      borders: splitList(cell('borders')),
    },
    placeNote: localized('place_note', false),
    inForce: inForceFrom || inForceUntil ? { from: inForceFrom, until: inForceUntil } : undefined,
    title: localized('title', true),
    summary: localized('summary', true),
    source: {
      article: optional('source_article'),
      publisher: optional('source_publisher'),
      headline: optional('source_headline'),
      date: optional('source_date'),
      language: optional('source_language'),
      quote: optional('source_quote'),
    },
  };
  return { raw: dropUndefined(raw), issues };
}

function dropUndefined(obj: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    const isPlain = typeof value === 'object' && value !== null && !Array.isArray(value);
    result[key] = isPlain ? dropUndefined(value as Record<string, unknown>) : value;
  }
  return result;
}
