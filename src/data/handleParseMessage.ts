import { EVENTS_PER_PART, PARSE_REPLY, type ParseReply, readParseRequest } from './eventsWorkerProtocol.ts';
import { parseEvents } from './parseEvents.ts';

/**
 * What the events worker does with one message: the parts of its reply to a
 * well-formed parse request (see ParseReply), or none for anything else
 * (ignored). Never throws: parseEvents turns any failure into a problem.
 * Kept apart from the worker entry so it is tested (and fuzzed) without a worker.
 */
export function handleParseMessage(data: unknown): ParseReply[] {
  const request = readParseRequest(data);
  if (!request) return [];
  const { value, problems } = parseEvents(request.text, {
    format: request.format,
    geo: request.geo,
    ...(request.file !== undefined ? { file: request.file } : {}),
  });
  const replies: ParseReply[] = [];
  for (let i = 0; i < value.length; i += EVENTS_PER_PART) {
    replies.push({ type: PARSE_REPLY, id: request.id, part: 'events', json: JSON.stringify(value.slice(i, i + EVENTS_PER_PART)) });
  }
  replies.push({ type: PARSE_REPLY, id: request.id, part: 'done', count: value.length, problems });
  return replies;
}
