import type { BorderEvent } from '../domain/event.ts';
import type { GeoIndex } from './geoIndex.ts';
import type { EventsFormat, ParseEventsOptions } from './parseEvents.ts';
import { type ParseResult, type Problem, problem } from './problems.ts';

/** The part of `fetch` this module uses, so tests can pass a small fake. */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText?: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (url: string, init?: { headers: Record<string, string> }) => Promise<FetchResponseLike>;

export interface LoadEventsOptions {
  readonly fetch: FetchLike;
  readonly geo: GeoIndex;
  /** Extra request headers, e.g. the validators of a conditional request (If-None-Match, If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Parses the fetched text. The app passes parseEventsOffMainThread, so a big
   * file is parsed in a worker, and the validator ships once, in the worker's
   * script (issue 8); tests and tools pass parseEvents.
   */
  readonly parse: (text: string, options: ParseEventsOptions) => ParseResult<BorderEvent[]> | Promise<ParseResult<BorderEvent[]>>;
}

/**
 * What a fetch of the events file came to, with the response's validators
 * so the next request can be conditional (issue 5, live files):
 * `loaded` (parsed, problems included), `not-modified` (HTTP 304: nothing
 * to apply) or `failed` (network, HTTP error, unknown format: the problem says which).
 */
export interface EventsFetch extends ParseResult<BorderEvent[]> {
  readonly outcome: 'loaded' | 'not-modified' | 'failed';
  /** The HTTP status, or null when no response came. */
  readonly status: number | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** JSON or CSV from the content type, else from the URL's extension. */
export function formatOf(url: string, contentType: string | null): EventsFormat | undefined {
  const type = (contentType ?? '').toLowerCase();
  if (/\bcsv\b/.test(type)) return 'csv';
  if (/\bjson\b|\+json/.test(type)) return 'json';
  const path = url.split(/[?#]/)[0] ?? '';
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.json$/i.test(path)) return 'json';
  return undefined;
}

/**
 * Fetches and parses an events file for the app. Network and HTTP errors
 * are problems like any other; this never rejects.
 */
export async function loadEvents(url: string, options: LoadEventsOptions): Promise<ParseResult<BorderEvent[]>> {
  const { value, problems } = await fetchEvents(url, options);
  return { value, problems };
}

/** As `loadEvents`, saying also how the request ended and with which validators; never rejects. */
export async function fetchEvents(url: string, options: LoadEventsOptions): Promise<EventsFetch> {
  const at = { file: url, line: 1 };
  let response: FetchResponseLike | null = null;
  let text: string;
  const failed = (p: Problem): EventsFetch => ({
    value: [], problems: [p], outcome: 'failed', status: response?.status ?? null, etag: null, lastModified: null,
  });
  try {
    response = await (options.headers ? options.fetch(url, { headers: { ...options.headers } }) : options.fetch(url));
    if (response.status === 304) {
      return { value: [], problems: [], outcome: 'not-modified', status: 304, ...validatorsOf(response) };
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return failed(problem('http-error', at, 'file', { status }));
    }
    text = await response.text();
  } catch (error) {
    return failed(problem('fetch-failed', at, 'file', { reason: describeError(error) }));
  }
  const contentType = safeHeader(response, 'content-type');
  const format = formatOf(url, contentType);
  if (!format) {
    const reason = `content type "${contentType ?? 'none'}" and no .json or .csv extension`;
    return failed(problem('unknown-format', at, 'file', { reason }));
  }
  const { parse } = options;
  let parsed: ParseResult<BorderEvent[]>;
  try {
    parsed = await parse(text, { format, file: url, geo: options.geo });
  } catch (error) {
    // parseEvents never throws; a parser passed in might, and this function never rejects.
    parsed = { value: [], problems: [problem('internal-error', at, 'file', { reason: describeError(error) })] };
  }
  // Only the value and problems: a parser's extra fields (e.g. how it ran) are not part of a fetch's answer.
  return { value: parsed.value, problems: parsed.problems, outcome: 'loaded', status: response.status, ...validatorsOf(response) };
}

function validatorsOf(response: FetchResponseLike): { etag: string | null; lastModified: string | null } {
  return { etag: safeHeader(response, 'etag'), lastModified: safeHeader(response, 'last-modified') };
}

function safeHeader(response: FetchResponseLike, name: string): string | null {
  try {
    return response.headers.get(name);
  } catch {
    return null;
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
