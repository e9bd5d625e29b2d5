import type { BorderEvent } from '../domain/event.ts';
import { GEO_LAYERS, type GeoIndex, type GeoLayer, type GeoValidity } from './geoIndex.ts';
import type { EventsFormat } from './parseEvents.ts';
import type { Problem } from './problems.ts';

/**
 * The messages between the app and the events worker (parseEvents.worker.ts,
 * issue 8: a 100k-event file must not freeze the page while it is parsed).
 * Both ends check what they receive with the readers below, so a message of
 * the wrong shape is ignored (the worker) or makes the client fall back to
 * parsing on the main thread; neither throws on any input (fuzzed with
 * fast-check in eventsWorkerProtocol.test.ts).
 */

export const PARSE_REQUEST = 'parse-events';
export const PARSE_REPLY = 'parsed-events';

export interface ParseRequest {
  readonly type: typeof PARSE_REQUEST;
  readonly id: number;
  readonly text: string;
  readonly format: EventsFormat;
  readonly file?: string;
  /** Structured clone keeps its Maps and Sets. */
  readonly geo: GeoIndex;
  /** Also send each valid event's eventFingerprint (a live file: what a reload changed, issue 5). */
  readonly fingerprints?: boolean;
}

/**
 * The worker answers in parts: the valid events as JSON text, EVENTS_PER_PART
 * at a time, then `done` with the problems and the number of events sent.
 * Measured with 100k synthetic events (bench/REPORT.md): receiving them by
 * structured clone cost the main thread one task of several seconds, about
 * three times what JSON.parse of the same events costs; in parts, each
 * JSON.parse is a short task and the page answers input in between.
 */
export const EVENTS_PER_PART = 2000;

export type ParseReply =
  | { readonly type: typeof PARSE_REPLY; readonly id: number; readonly part: 'accepted' }
  /** `prints[i]` is the eventFingerprint of the part's event i, when the request asked for them. */
  | { readonly type: typeof PARSE_REPLY; readonly id: number; readonly part: 'events'; readonly json: string; readonly prints?: number[] }
  | { readonly type: typeof PARSE_REPLY; readonly id: number; readonly part: 'done'; readonly count: number; readonly problems: Problem[] };

/** One part of the answer, as the client reads it. */
export type ReplyPart =
  | { readonly part: 'accepted' }
  | { readonly part: 'events'; readonly events: BorderEvent[]; readonly prints?: number[] }
  | { readonly part: 'done'; readonly count: number; readonly problems: Problem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function isGeoIndex(value: unknown): value is GeoIndex {
  if (!isRecord(value)) return false;
  const { layers, idsByKind, validity } = value;
  if (!(layers instanceof Set) || !(idsByKind instanceof Map) || !(validity instanceof Map)) return false;
  for (const layer of layers) if (!GEO_LAYERS.includes(layer as GeoLayer)) return false;
  for (const [kind, ids] of idsByKind) {
    if (typeof kind !== 'string' || !(ids instanceof Set)) return false;
    for (const id of ids) if (typeof id !== 'string') return false;
  }
  for (const [id, range] of validity) {
    if (typeof id !== 'string' || !isRecord(range)) return false;
    const { validFrom, validTo } = range as GeoValidity;
    if ((validFrom !== undefined && typeof validFrom !== 'string') || (validTo !== undefined && typeof validTo !== 'string')) return false;
  }
  return true;
}

/** The worker's first word on a request, before it parses: it is running (the client stops waiting for it to start). */
export function acceptedReply(id: number): ParseReply {
  return { type: PARSE_REPLY, id, part: 'accepted' };
}

/** The request, if `data` is one; otherwise null. Never throws. */
export function readParseRequest(data: unknown): ParseRequest | null {
  try {
    if (!isRecord(data) || data.type !== PARSE_REQUEST || !isId(data.id)) return null;
    const { text, format, file, geo, fingerprints } = data;
    if (typeof text !== 'string' || (format !== 'json' && format !== 'csv')) return null;
    if (file !== undefined && typeof file !== 'string') return null;
    if (fingerprints !== undefined && typeof fingerprints !== 'boolean') return null;
    if (!isGeoIndex(geo)) return null;
    return {
      type: PARSE_REQUEST, id: data.id, text, format, ...(file !== undefined ? { file } : {}), geo,
      ...(fingerprints !== undefined ? { fingerprints } : {}),
    };
  } catch {
    // A getter or proxy cannot reach here through structured clone, but a direct caller could pass one.
    return null;
  }
}

/**
 * A part of the reply to request `id`, if `data` is one: `null` when the
 * message is not a reply to it (ignored), `'malformed'` when it is one but
 * its payload has the wrong shape. Events and problems are the worker's own
 * output (a dedicated worker can only be messaged by this page), so only
 * their containers are checked here: re-validating 100k events on the main
 * thread would undo the point of the worker.
 */
export function readParseReply(data: unknown, id: number): ReplyPart | 'malformed' | null {
  try {
    if (!isRecord(data) || data.type !== PARSE_REPLY || data.id !== id) return null;
    if (data.part === 'accepted') return { part: 'accepted' };
    if (data.part === 'events') {
      if (typeof data.json !== 'string') return 'malformed';
      let events: unknown;
      try {
        events = JSON.parse(data.json);
      } catch {
        return 'malformed';
      }
      if (!Array.isArray(events) || !events.every(isRecord)) return 'malformed';
      const { prints } = data;
      if (prints === undefined) return { part: 'events', events: events as unknown[] as BorderEvent[] };
      if (!Array.isArray(prints) || prints.length !== events.length || !prints.every(isFingerprint)) return 'malformed';
      return { part: 'events', events: events as unknown[] as BorderEvent[], prints: prints as number[] };
    }
    if (data.part === 'done') {
      const { count, problems } = data;
      if (!isId(count) || !Array.isArray(problems) || !problems.every(isProblemLike)) return 'malformed';
      return { part: 'done', count, problems: problems as Problem[] };
    }
    return 'malformed';
  } catch {
    return null;
  }
}

function isProblemLike(value: unknown): boolean {
  return isRecord(value) && typeof value.code === 'string'
    && typeof value.line === 'number' && typeof value.field === 'string';
}

const isFingerprint = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
