import {
  ARTICLE_PATTERN,
  COUNTRY_CODE_PATTERN,
  DATE_BASES,
  EVENT_ID_PATTERN,
  EVENT_LIMITS as L,
  EVENT_STATUSES,
  EVENT_TYPES,
  EVENT_TYPE_DEFINITIONS,
  LANGUAGES,
  LINK_FIELDS,
  LINK_ID_PATTERN,
} from '../domain/event.ts';

export type JsonSchema = Readonly<Record<string, unknown>>;

// Text rules of checkText.ts as far as a regular expression can say them: no control
// characters, no leading or trailing whitespace, no spreadsheet-formula start.
// (NFC form and unpaired surrogates are checked by the validator only.)
const SAFE_START = '^(?![=+@\\s]|-(?!\\d+(?:[.,]\\d+)?$))';
const SINGLE_LINE = `${SAFE_START}[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]$`;
const MULTILINE = `${SAFE_START}[^\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]$`;

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY_OF_MONTH = '(?:0[1-9]|[12]\\d|3[01])';
const BOUND = `^\\d{4}(?:-${MONTH}(?:-${DAY_OF_MONTH})?)?$`;
const UNIT = `\\d{4}(?:-${MONTH}(?:-${DAY_OF_MONTH})?)?`;
const QUALIFIED = `${UNIT}[~?%]?`;
const EDTF_DATE = `^${QUALIFIED}$|^(?:${QUALIFIED}|\\.\\.)?/(?:${QUALIFIED}|\\.\\.)?$|^\\[${UNIT}\\.\\.${UNIT}\\]$`;

/** The text-safety patterns, exported so a test can hold them to checkText. */
export const SCHEMA_TEXT_PATTERNS = { singleLine: SINGLE_LINE, multiline: MULTILINE } as const;

const text = (max: number, multiline = false): JsonSchema => ({
  type: 'string',
  minLength: 1,
  maxLength: max,
  pattern: multiline ? MULTILINE : SINGLE_LINE,
});
const localized = (max: number, multiline: boolean): JsonSchema => ({
  type: 'object',
  required: [...LANGUAGES],
  additionalProperties: false,
  properties: Object.fromEntries(LANGUAGES.map((lang) => [lang, text(max, multiline)])),
});
const someLanguages = (max: number): JsonSchema => ({
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: Object.fromEntries(LANGUAGES.map((lang) => [lang, text(max)])),
});
const source = (pattern: RegExp): string => pattern.source;

/**
 * The JSON Schema (draft 2020-12) of data/events.json, built from the same
 * constants as the validator so the two cannot drift. Written to
 * data/events.schema.json by `npx tsx scripts/validate-data.ts --print-schema`.
 * Rules a schema cannot state (real calendar dates, unique ids, links known
 * to the geography, province validity) are in the descriptions and enforced
 * by the validator.
 */
export function eventsJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'events.schema.json',
    title: 'Border cooperation events',
    description:
      'Events of Vietnam–Laos–China border cooperation drawn from news articles. See data/README.md. ' +
      'The validator (npm run validate-data) also checks what a schema cannot: real calendar dates, unique ids, ' +
      'geography links and their validity dates, NFC text, and dates against the article date.',
    type: 'object',
    required: ['version', 'events'],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      version: { const: 1 },
      events: { type: 'array', items: { $ref: '#/$defs/event' } },
    },
    $defs: {
      event: {
        type: 'object',
        required: ['id', 'type', 'countries', 'actors', 'date', 'dateBasis', 'status', 'links', 'title', 'summary', 'source'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', maxLength: L.idMaxLength, pattern: source(EVENT_ID_PATTERN), description: 'Readable slug, unique in the file.' },
          type: { oneOf: EVENT_TYPES.map((type) => ({ const: type, description: EVENT_TYPE_DEFINITIONS[type] })) },
          countries: {
            type: 'array',
            minItems: L.minCountries,
            uniqueItems: true,
            items: { $ref: '#/$defs/country' },
          },
          actors: { type: 'array', items: { $ref: '#/$defs/actor' } },
          date: {
            type: 'string',
            pattern: EDTF_DATE,
            description:
              'EDTF (ISO 8601-2) subset: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~ (approximate), ? (uncertain) or % (both); ' +
              'an interval A/B (day ends: a span of days; coarser ends: some time between), either end open (..) or unknown (empty), not both; ' +
              'or [A..B], one of the days, months or years from A to B. A real calendar date; a held event ends by its article\'s date, a planned one starts on or after it.',
          },
          dateBasis: {
            oneOf: [
              { const: DATE_BASES[0], description: 'The article states the date (read against its date line where it omits the year).' },
              { const: DATE_BASES[1], description: "The text gives no date: the date is the article's date line or coarser; dateNote says so." },
            ],
          },
          dateNote: { $ref: '#/$defs/note' },
          status: { enum: [...EVENT_STATUSES] },
          links: {
            type: 'object',
            required: [...LINK_FIELDS],
            additionalProperties: false,
            properties: Object.fromEntries(
              LINK_FIELDS.map((field) => [field, { type: 'array', uniqueItems: true, items: { $ref: '#/$defs/geoId' } }]),
            ),
            description: 'Geography ids: places (capitals, towns, border gates), provinces, districts (places of kind district), borders.',
          },
          placeNote: { $ref: '#/$defs/note' },
          inForce: {
            type: 'object',
            required: ['from'],
            additionalProperties: false,
            properties: { from: { $ref: '#/$defs/bound' }, until: { $ref: '#/$defs/bound' } },
            description: 'For lasting things; from must not be after until.',
          },
          title: localized(L.titleMaxLength, false),
          summary: localized(L.summaryMaxLength, true),
          source: { $ref: '#/$defs/source' },
        },
      },
      country: { type: 'string', pattern: source(COUNTRY_CODE_PATTERN), description: 'ISO 3166-1 alpha-2.' },
      geoId: { type: 'string', maxLength: L.linkIdMaxLength, pattern: source(LINK_ID_PATTERN) },
      bound: { type: 'string', pattern: BOUND, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' },
      note: localized(L.noteMaxLength, true),
      actor: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { ...text(L.actorNameMaxLength), description: "As the source writes it (the article's language)." },
          names: { ...someLanguages(L.actorNameMaxLength), description: 'The established name in each language that has one; the UI shows the source wording, marked, in the others.' },
          title: { ...text(L.actorTitleMaxLength), description: 'Verbatim from the article (French).' },
          titles: { ...someLanguages(L.actorTitleMaxLength), description: 'The title in each language where it is translated; needs title.' },
          country: { $ref: '#/$defs/country', description: "One of the event's countries." },
        },
      },
      source: {
        type: 'object',
        required: ['article', 'headline', 'date', 'language', 'quote'],
        additionalProperties: false,
        properties: {
          article: { type: 'string', maxLength: L.articleMaxLength, pattern: source(ARTICLE_PATTERN), description: 'File stem of the article.' },
          publisher: { ...text(L.publisherMaxLength), description: 'Only where the article names it.' },
          headline: text(L.headlineMaxLength),
          date: { $ref: '#/$defs/bound', description: "The article's date line." },
          language: { enum: [...LANGUAGES] },
          quote: { ...text(L.quoteMaxLength), description: 'Verbatim from the article; […] may skip words.' },
        },
      },
    },
  };
}
