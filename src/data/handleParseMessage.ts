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
export function parseRequest(request: Omit<ParseRequest, 'type' | 'id'>, onValid?: (event: BorderEvent) => void): ParsedEvents {
  const { value, problems } = parseEvents(request.text, {
    format: request.format,
    geo: request.geo,
    ...(request.file !== undefined ? { file: request.file } : {}),
    ...(onValid ? { onValid } : {}),
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
  const replies: ParseReply[] = [];
  streamParseMessage(data, (reply) => replies.push(reply));
  return replies;
}

/**
 * The same replies, each handed to `post` as soon as it is ready (issue 18):
 * a part goes as soon as EVENTS_PER_PART events are valid, so the page reads
 * it while the worker validates the rest, instead of reading every part after
 * the last event is checked. `done` counts the events parseEvents returned:
 * if that ever differed from those sent, the page would parse again itself.
 */
export function streamParseMessage(data: unknown, post: (reply: ParseReply) => void): void {
  const request = readParseRequest(data);
  if (!request) return;
  let part: BorderEvent[] = [];
  const send = () => {
    if (part.length === 0) return;
    const json = JSON.stringify(part);
    post(request.fingerprints
      ? { type: PARSE_REPLY, id: request.id, part: 'events', json, prints: part.map(eventFingerprint) }
      : { type: PARSE_REPLY, id: request.id, part: 'events', json });
    part = [];
  };
  const { value, problems } = parseRequest({ ...request, fingerprints: false }, (event) => {
    part.push(event);
    if (part.length === EVENTS_PER_PART) send();
  });
  send();
  post({ type: PARSE_REPLY, id: request.id, part: 'done', count: value.length, problems });
}
