import type { BorderEvent } from '../domain/event.ts';
import { PARSE_REQUEST, type ParseRequest, readParseReply } from './eventsWorkerProtocol.ts';
import type { ParseEventsOptions } from './parseEvents.ts';
import { type ParseResult, problem } from './problems.ts';

/**
 * The one seam between the app and the events worker (issue 8): loading
 * 100k events took ~29 s of main-thread parsing and validation, during which
 * the page could not answer a click. Here the text goes to a worker, which
 * parses and validates it and sends the events back as JSON in parts (each
 * a short task to read here; see eventsWorkerProtocol.ts), then the problems.
 *
 * Whenever the worker cannot do it (no Worker in this environment, a page
 * opened from file://, a CSP without worker-src 'self', the script failing
 * to load, an error inside it, a reply of the wrong shape), the same
 * parseEvents runs on the main thread instead: slower for a big file, but
 * the reader gets the same events and problems. That fallback imports the
 * parser lazily, so the page's own bundle does not carry the validator
 * twice (once for the worker, once for itself) when the worker works.
 */

/** The part of a Worker this module uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: { data?: unknown }) => void): void;
  terminate(): void;
}

export type CreateWorker = () => WorkerLike;

/** How the file was parsed: by the worker, or on the main thread after the worker could not. */
export type ParsedVia = 'worker' | 'main-thread';

export type OffThreadResult = ParseResult<BorderEvent[]> & { readonly via: ParsedVia };

/** Vite bundles the worker from this URL (a file of its own under assets/, allowed by worker-src 'self'). */
export const createEventsWorker: CreateWorker = () =>
  new Worker(new URL('./parseEvents.worker.ts', import.meta.url), { type: 'module', name: 'events-parser' });

let nextId = 1;

/**
 * A worker that has not said a word this long after the request never
 * started (its script blocked or lost): the main thread parses instead, so
 * the page does not wait for ever. The worker answers `accepted` at once.
 */
export const WORKER_START_TIMEOUT_MS = 10_000;

/**
 * Parses an events file in a fresh worker, which is ended when it answers;
 * falls back to the main thread as described above. Never rejects.
 */
export function parseEventsOffMainThread(
  text: string,
  options: ParseEventsOptions,
  createWorker: CreateWorker = createEventsWorker,
  startTimeoutMs: number = WORKER_START_TIMEOUT_MS,
): Promise<OffThreadResult> {
  const id = nextId++;
  return new Promise<OffThreadResult>((resolve) => {
    let worker: WorkerLike | null = null;
    let settled = false;
    let startTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: OffThreadResult | Promise<OffThreadResult>) => {
      if (settled) return;
      settled = true;
      clearTimeout(startTimer);
      try {
        worker?.terminate();
      } catch {
        // Already gone: nothing to end.
      }
      resolve(result);
    };
    const fallBack = () => finish(parseOnMainThread(text, options));
    try {
      worker = createWorker();
      const events: BorderEvent[] = [];
      worker.addEventListener('message', (event) => {
        if (settled) return;
        const reply = readParseReply(event.data, id);
        if (reply === null) return;
        clearTimeout(startTimer);
        if (reply === 'malformed') fallBack();
        else if (reply.part === 'accepted') return;
        else if (reply.part === 'events') events.push(...reply.events);
        // A part lost on the way would drop events silently: count them.
        else if (reply.count !== events.length) fallBack();
        else finish({ value: events, problems: reply.problems, via: 'worker' });
      });
      worker.addEventListener('messageerror', fallBack);
      worker.addEventListener('error', fallBack);
      const request: ParseRequest = {
        type: PARSE_REQUEST, id, text, format: options.format, geo: options.geo,
        ...(options.file !== undefined ? { file: options.file } : {}),
      };
      worker.postMessage(request);
      startTimer = setTimeout(fallBack, startTimeoutMs);
    } catch {
      // No Worker here, or it refused the message (e.g. DataCloneError).
      fallBack();
    }
  });
}

async function parseOnMainThread(text: string, options: ParseEventsOptions): Promise<OffThreadResult> {
  try {
    const { parseEvents } = await import('./parseEvents.ts');
    return { ...parseEvents(text, options), via: 'main-thread' };
  } catch (error) {
    // The parser's chunk failed to load (parseEvents itself never throws).
    const at = { ...(options.file !== undefined ? { file: options.file } : {}), line: 1 };
    return { value: [], problems: [problem('internal-error', at, 'file', { reason: String(error) })], via: 'main-thread' };
  }
}
