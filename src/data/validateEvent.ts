import { parseCalendarDate } from '../domain/calendarDate.ts';
import {
  ARTICLE_PATTERN,
  type Actor,
  type BorderEvent,
  COUNTRY_CODE_PATTERN,
  DATE_BASES,
  EVENT_ID_PATTERN,
  EVENT_LIMITS as L,
  EVENT_STATUSES,
  EVENT_TYPES,
  type EventLinks,
  type EventSource,
  type InForce,
  LANGUAGES,
  LINK_FIELDS,
  LINK_ID_PATTERN,
} from '../domain/event.ts';
import { COUNTRY_PAIRS, countryPairs } from '../domain/timeline.ts';
import { FieldReader, type Report, type UnknownRecord, joinPath } from './fieldReader.ts';
import type { GeoIndex } from './geoIndex.ts';
import { type Problem, problem } from './problems.ts';
import { type EventDate, validateCountries, validateLinks } from './validateLinks.ts';

const COUNTRY_CODE_FORM = 'an ISO 3166-1 alpha-2 code such as "VN"';

export const EVENT_KEYS = [
  'id', 'type', 'countries', 'actors', 'date', 'dateBasis', 'dateNote', 'status',
  'links', 'placeNote', 'inForce', 'title', 'summary', 'source',
] as const;
const ACTOR_KEYS = ['name', 'names', 'title', 'titles', 'country'] as const;
const IN_FORCE_KEYS = ['from', 'until'] as const;
const SOURCE_KEYS = ['article', 'publisher', 'headline', 'date', 'language', 'quote'] as const;

const DATE_FORMS = 'EDTF: YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~, ? or %; an interval A/B (an end may be open, .., or unknown, empty); or [A..B]';
const BOUND_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';
const NOTE = { max: L.noteMaxLength, multiline: true } as const;

export interface EventLocation {
  readonly file?: string;
  readonly line: number;
}

/**
 * Validates one event from untrusted parsed input (a JSON value, or the
 * object a CSV row maps to). Returns a fresh BorderEvent only when there is
 * no problem; every reason it is invalid becomes a problem. Never throws,
 * never writes to `raw`.
 */
export function validateEvent(
  raw: unknown,
  at: EventLocation,
  geo: GeoIndex,
  collect = true,
): { value?: BorderEvent; id?: string; problems: Problem[]; problemCount: number } {
  const problems: Problem[] = [];
  let problemCount = 0;
  let eventId: string | undefined;
  // With `collect` false only the count is kept: building messages is the costly part on huge bad files.
  const report: Report = (code, field, params) => {
    problemCount += 1;
    if (collect) problems.push(problem(code, { ...at, ...(eventId !== undefined ? { eventId } : {}) }, field, params));
  };
  const r = new FieldReader(report);

  const obj = r.record(raw, 'event');
  if (!obj) return { problems, problemCount };
  // Name the event in its problems even when its id is malformed: that is how the author finds it.
  if (typeof obj.id === 'string' && obj.id.trim() !== '') eventId = obj.id;
  r.knownKeys(obj, EVENT_KEYS, '');

  const id = r.pattern(obj, 'id', '', EVENT_ID_PATTERN, 'a lowercase slug (a-z, 0-9, single hyphens)', L.idMaxLength);
  const type = r.oneOf(obj, 'type', '', EVENT_TYPES, 'unknown-type');
  const countries = readCountries(r, obj, geo, report);
  const actors = readActors(r, obj, countries);
  const date = readDate(r, obj, 'date', '', true, report);
  const dateBasis = r.oneOf(obj, 'dateBasis', '', DATE_BASES);
  const dateNote = r.localized(obj, 'dateNote', '', NOTE, true);
  if (dateBasis === 'article-date' && obj.dateNote === undefined) report('date-note-required', 'dateNote');
  const status = r.oneOf(obj, 'status', '', EVENT_STATUSES);
  const links = readLinks(r, obj, date, geo, report);
  // Every event must draw something on the map (issue 13): a place, province,
  // district or border, or a country pair the map draws events on (their
  // shared border, where unplaced events are shown).
  if (links && countries && LINK_FIELDS.every((field) => links[field].length === 0) && countryPairs(countries).length === 0) {
    report('no-geography', 'links', { countries: countries.join(', '), pairs: COUNTRY_PAIRS.join(', ') });
  }
  const placeNote = r.localized(obj, 'placeNote', '', NOTE, true);
  const inForce = readInForce(r, obj, report);
  const title = r.localized(obj, 'title', '', { max: L.titleMaxLength });
  const summary = r.localized(obj, 'summary', '', { max: L.summaryMaxLength, multiline: true });
  const source = readSource(r, obj, report);

  if (date && source && status) {
    // Dates bounded by their source (issue 16): what happened ended by the article's
    // date at the latest; what is announced starts on it at the earliest. An open or
    // unknown end is read against the article (eventDayRange): a held `2025-12/..`
    // ends at the article, so it passes, but a held `2026-03/..` written after an
    // article of January 2026 would start after its own end, and is refused like any
    // held date past the article (likewise a planned `../2025-12`).
    const articleDate = parseCalendarDate(source.value.date, { allowSpan: false });
    if (articleDate.ok) {
      const params = { date: date.text, articleDate: source.value.date };
      const { start, end } = date.value;
      if (status === 'held' && (Number.isFinite(end) ? end : start) > articleDate.value.end) report('held-after-article', 'date', params);
      if (status === 'planned' && (Number.isFinite(start) ? start : end) < articleDate.value.start) report('planned-before-article', 'date', params);
    }
  }

  if (problemCount > 0) return { problems, problemCount, ...(id !== undefined ? { id } : {}) };
  if (!id || !type || !countries || !actors || !date || !dateBasis || !status || !links || !title || !summary || !source) {
    // Unreachable: each missing part reported a problem above. Kept so a future slip cannot return a partial event.
    report('internal-error', 'event', { reason: 'a required part was not read' });
    return { problems, problemCount };
  }
  const value: BorderEvent = {
    id,
    type,
    countries,
    actors,
    date: date.text,
    dateBasis,
    ...(dateNote ? { dateNote } : {}),
    status,
    links,
    ...(placeNote ? { placeNote } : {}),
    ...(inForce ? { inForce } : {}),
    title,
    summary,
    source: source.value,
  };
  return { value, id, problems, problemCount };
}

function readCountries(r: FieldReader, obj: UnknownRecord, geo: GeoIndex, report: Report): string[] | undefined {
  const value = r.field(obj, 'countries', '');
  if (value === undefined) return undefined;
  const codes = r.list(value, 'countries', (item, field) =>
    r.patternValue(item, field, COUNTRY_CODE_PATTERN, COUNTRY_CODE_FORM, 2),
  );
  if (!codes) return undefined;
  let ok = r.distinct(codes, 'countries');
  if (codes.length < L.minCountries) {
    report('too-few', 'countries', { min: L.minCountries, found: codes.length });
    ok = false;
  }
  return validateCountries(codes, geo, report) && ok ? codes : undefined;
}

function readActors(r: FieldReader, obj: UnknownRecord, countries: readonly string[] | undefined): Actor[] | undefined {
  const value = r.field(obj, 'actors', '');
  if (value === undefined) return undefined;
  return r.list(value, 'actors', (item, field): Actor | undefined => {
    const actor = r.record(item, field);
    if (!actor) return undefined;
    r.knownKeys(actor, ACTOR_KEYS, field);
    const name = r.text(actor, 'name', field, { max: L.actorNameMaxLength });
    const names = r.someLanguages(actor, 'names', field, { max: L.actorNameMaxLength });
    const title = r.text(actor, 'title', field, { max: L.actorTitleMaxLength }, true);
    const titles = r.someLanguages(actor, 'titles', field, { max: L.actorTitleMaxLength });
    if (actor.titles !== undefined && actor.title === undefined) r.report('required', joinPath(field, 'title'));
    const countryField = joinPath(field, 'country');
    const country = r.pattern(actor, 'country', field, COUNTRY_CODE_PATTERN, COUNTRY_CODE_FORM, 2, true);
    if (country !== undefined && countries && !countries.includes(country)) {
      r.report('country-not-listed', countryField, { value: country });
      return undefined;
    }
    const bad =
      name === undefined ||
      (actor.title !== undefined && title === undefined) ||
      (actor.names !== undefined && names === undefined) ||
      (actor.titles !== undefined && (titles === undefined || title === undefined)) ||
      (Object.hasOwn(actor, 'country') && actor.country !== undefined && country === undefined) ||
      Object.keys(actor).some((key) => !(ACTOR_KEYS as readonly string[]).includes(key));
    if (bad) return undefined;
    return {
      name,
      ...(names !== undefined ? { names } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(titles !== undefined ? { titles } : {}),
      ...(country !== undefined ? { country } : {}),
    };
  });
}

function readDate(
  r: FieldReader,
  obj: UnknownRecord,
  key: string,
  path: string,
  allowSpan: boolean,
  report: Report,
): EventDate | undefined {
  const value = r.field(obj, key, path);
  if (value === undefined) return undefined;
  const field = joinPath(path, key);
  const text = r.textValue(value, field, { max: 48 });
  if (text === undefined) return undefined;
  const parsed = parseCalendarDate(text, { allowSpan });
  if (!parsed.ok) {
    report(parsed.error, field, { value: text, forms: allowSpan ? DATE_FORMS : BOUND_FORMS });
    return undefined;
  }
  return { text, value: parsed.value };
}

function readLinks(
  r: FieldReader,
  obj: UnknownRecord,
  date: EventDate | undefined,
  geo: GeoIndex,
  report: Report,
): EventLinks | undefined {
  const value = r.field(obj, 'links', '');
  if (value === undefined) return undefined;
  const links = r.record(value, 'links');
  if (!links) return undefined;
  r.knownKeys(links, LINK_FIELDS, 'links');
  const lists: Partial<Record<(typeof LINK_FIELDS)[number], string[]>> = {};
  let ok = true;
  for (const key of LINK_FIELDS) {
    const field = `links.${key}`;
    const list = r.field(links, key, 'links');
    const ids =
      list === undefined
        ? undefined
        : r.list(list, field, (item, itemField) =>
            r.patternValue(item, itemField, LINK_ID_PATTERN, 'a geography id such as "vn-quang-tri"', L.linkIdMaxLength),
          );
    if (ids && r.distinct(ids, field)) lists[key] = ids;
    else ok = false;
  }
  const { places, provinces, districts, borders } = lists;
  if (!ok || !places || !provinces || !districts || !borders) return undefined;
  const result: EventLinks = { places, provinces, districts, borders };
  return validateLinks(result, date, geo, report) ? result : undefined;
}

function readInForce(r: FieldReader, obj: UnknownRecord, report: Report): InForce | undefined {
  const value = r.field(obj, 'inForce', '', true);
  if (value === undefined) return undefined;
  const inForce = r.record(value, 'inForce');
  if (!inForce) return undefined;
  r.knownKeys(inForce, IN_FORCE_KEYS, 'inForce');
  const from = readDate(r, inForce, 'from', 'inForce', false, report);
  const until = inForce.until === undefined ? undefined : readDate(r, inForce, 'until', 'inForce', false, report);
  if (from && until && until.value.end < from.value.start) {
    report('in-force-until-before-from', 'inForce.until', { from: from.text, until: until.text });
    return undefined;
  }
  if (!from || (inForce.until !== undefined && !until)) return undefined;
  return { from: from.text, ...(until ? { until: until.text } : {}) };
}

function readSource(r: FieldReader, obj: UnknownRecord, report: Report): { value: EventSource } | undefined {
  const value = r.field(obj, 'source', '');
  if (value === undefined) return undefined;
  const source = r.record(value, 'source');
  if (!source) return undefined;
  r.knownKeys(source, SOURCE_KEYS, 'source');
  const article = r.pattern(source, 'article', 'source', ARTICLE_PATTERN, 'a file stem such as "000_76e267069441fbc5"', L.articleMaxLength);
  const publisher = r.text(source, 'publisher', 'source', { max: L.publisherMaxLength }, true);
  const headline = r.text(source, 'headline', 'source', { max: L.headlineMaxLength });
  const date = readDate(r, source, 'date', 'source', false, report);
  const language = r.oneOf(source, 'language', 'source', LANGUAGES);
  const quote = r.text(source, 'quote', 'source', { max: L.quoteMaxLength });
  if (!article || !headline || !date || !language || !quote) return undefined;
  if (source.publisher !== undefined && publisher === undefined) return undefined;
  return {
    value: { article, ...(publisher !== undefined ? { publisher } : {}), headline, date: date.text, language, quote },
  };
}
