/**
 * The events worker: parses and validates an events file off the main
 * thread (issue 8) and posts back the events (as JSON, in parts) and the problems.
 * Started by parseEventsOffMainThread.ts, one worker per file; messages of
 * any other shape are ignored.
 *
 * The same built file is the main thread's parser when the worker cannot
 * run: parseEventsOffMainThread.ts then imports it for `parseRequest`, so
 * the app ships the validator once, here, rather than once for the worker
 * and once more as chunks of its own (issue 8, bundle budget). Imported
 * there, it must not listen for messages: that would take over the page's
 * `window.onmessage`.
 */
import { acceptedReply, readParseRequest } from './eventsWorkerProtocol.ts';
import { streamParseMessage } from './handleParseMessage.ts';

export { parseRequest } from './handleParseMessage.ts';

// The project's lib is DOM, not WebWorker: name the members used here.
const scope = globalThis as unknown as {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
  /** Defined in every worker scope (module workers included), never on a page. */
  importScripts?: unknown;
};

if (typeof scope.importScripts === 'function') {
  scope.onmessage = (event) => {
    // Say at once that the worker runs: parsing a big file may take a while before the first part.
    const request = readParseRequest(event.data);
    if (request) scope.postMessage(acceptedReply(request.id));
    // Each part as soon as it is validated: the page reads it while the rest is checked (issue 18).
    streamParseMessage(event.data, (reply) => scope.postMessage(reply));
  };
}
