import type { BorderEvent } from '../domain/event.ts';
import type { GeoIndex } from './geoIndex.ts';
import { type EventsFormat, parseEvents } from './parseEvents.ts';
import { type ParseResult, problem } from './problems.ts';

/** The part of `fetch` this module uses, so tests can pass a small fake. */
export interface FetchResponseLike {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText?: string;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (url: string) => Promise<FetchResponseLike>;

export interface LoadEventsOptions {
  readonly fetch: FetchLike;
  readonly geo: GeoIndex;
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
  const at = { file: url, line: 1 };
  let response: FetchResponseLike;
  let text: string;
  try {
    response = await options.fetch(url);
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { value: [], problems: [problem('http-error', at, 'file', { status })] };
    }
    text = await response.text();
  } catch (error) {
    return { value: [], problems: [problem('fetch-failed', at, 'file', { reason: describeError(error) })] };
  }
  const contentType = safeHeader(response, 'content-type');
  const format = formatOf(url, contentType);
  if (!format) {
    const reason = `content type "${contentType ?? 'none'}" and no .json or .csv extension`;
    return { value: [], problems: [problem('unknown-format', at, 'file', { reason })] };
  }
  return parseEvents(text, { format, file: url, geo: options.geo });
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
