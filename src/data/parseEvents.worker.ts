/**
 * The events worker: parses and validates an events file off the main
 * thread (issue 8) and posts back `{ value, problems }` by structured clone.
 * Started by parseEventsOffMainThread.ts, one worker per file; messages of
 * any other shape are ignored.
 */
import { handleParseMessage } from './handleParseMessage.ts';

// The project's lib is DOM, not WebWorker: name the two members used here.
const scope = self as unknown as {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const reply = handleParseMessage(event.data);
  if (reply) scope.postMessage(reply);
};
