import { PARSE_REPLY, type ParseReply, readParseRequest } from './eventsWorkerProtocol.ts';
import { parseEvents } from './parseEvents.ts';

/**
 * What the events worker does with one message: the reply to a well-formed
 * parse request, or null for anything else (ignored). Never throws:
 * parseEvents turns any failure into a problem. Kept apart from the worker
 * entry so it is tested (and fuzzed) without a worker.
 */
export function handleParseMessage(data: unknown): ParseReply | null {
  const request = readParseRequest(data);
  if (!request) return null;
  const result = parseEvents(request.text, {
    format: request.format,
    geo: request.geo,
    ...(request.file !== undefined ? { file: request.file } : {}),
  });
  return { type: PARSE_REPLY, id: request.id, value: result.value, problems: result.problems };
}
