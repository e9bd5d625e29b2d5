import type { BorderEvent } from '../domain/event.ts';
import { eventFingerprint } from '../domain/eventFingerprint.ts';
import { EVENTS_PER_PART, PARSE_REPLY, type ParseReply, type ParseRequest, readParseRequest } from './eventsWorkerProtocol.ts';
import { parseEvents } from './parseEvents.ts';
import type { ParseResult } from './problems.ts';

/** What a request is parsed into: the events and problems, and each event's fingerprint when asked. */
export type ParsedEvents = ParseResult<BorderEvent[]> & { readonly prints?: number[] };

/**
 * Parses the text of a request. The worker runs it for each message, and the
 * main thread runs this same function, imported from the same built file,
 * when the worker cannot (see parseEventsOffMainThread.ts), so both give the
 * same events, problems and fingerprints. Never throws.
 */
export function parseRequest(request: Omit<ParseRequest, 'type' | 'id'>): ParsedEvents {
  const { value, problems } = parseEvents(request.text, {
    format: request.format,
    geo: request.geo,
    ...(request.file !== undefined ? { file: request.file } : {}),
  });
  return request.fingerprints ? { value, problems, prints: value.map(eventFingerprint) } : { value, problems };
}

/**
 * What the events worker does with one message: the parts of its reply to a
 * well-formed parse request (see ParseReply), or none for anything else
 * (ignored). Never throws: parseEvents turns any failure into a problem.
 * Kept apart from the worker entry so it is tested (and fuzzed) without a worker.
 */
export function handleParseMessage(data: unknown): ParseReply[] {
  const request = readParseRequest(data);
  if (!request) return [];
  const { value, problems, prints } = parseRequest(request);
  const replies: ParseReply[] = [];
  for (let i = 0; i < value.length; i += EVENTS_PER_PART) {
    const json = JSON.stringify(value.slice(i, i + EVENTS_PER_PART));
    replies.push(prints
      ? { type: PARSE_REPLY, id: request.id, part: 'events', json, prints: prints.slice(i, i + EVENTS_PER_PART) }
      : { type: PARSE_REPLY, id: request.id, part: 'events', json });
  }
  replies.push({ type: PARSE_REPLY, id: request.id, part: 'done', count: value.length, problems });
  return replies;
}
