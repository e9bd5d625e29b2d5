/**
 * The events worker: parses and validates an events file off the main
 * thread (issue 8) and posts back the events (as JSON, in parts) and the problems.
 * Started by parseEventsOffMainThread.ts, one worker per file; messages of
 * any other shape are ignored.
 */
import { acceptedReply, readParseRequest } from './eventsWorkerProtocol.ts';
import { handleParseMessage } from './handleParseMessage.ts';

// The project's lib is DOM, not WebWorker: name the two members used here.
const scope = self as unknown as {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  // Say at once that the worker runs: parsing a big file may take a while before the first part.
  const request = readParseRequest(event.data);
  if (request) scope.postMessage(acceptedReply(request.id));
  for (const reply of handleParseMessage(event.data)) scope.postMessage(reply);
};
