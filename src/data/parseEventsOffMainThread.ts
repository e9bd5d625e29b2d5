import type { BorderEvent } from '../domain/event.ts';
import { PARSE_REQUEST, type ParseRequest, readParseReply } from './eventsWorkerProtocol.ts';
import type { ParsedEvents } from './handleParseMessage.ts';
import type { ParseEventsOptions } from './parseEvents.ts';
import eventsWorkerUrl from './parseEvents.worker.ts?worker&url';
import { problem } from './problems.ts';

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
 * worker's own script as a module (it exports its parser and listens for
 * messages only inside a worker), so the validator ships once, in that file,
 * and is fetched on the main thread only when the worker cannot run.
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

export type OffThreadResult = ParsedEvents & { readonly via: ParsedVia };

export interface OffThreadOptions extends ParseEventsOptions {
  /** Also compute each event's eventFingerprint (`prints`, in the order of the events): a live file. */
  readonly fingerprints?: boolean;
}

/** What the main thread needs of the worker's module when it parses instead. */
export type LoadParser = () => Promise<{ readonly parseRequest: (request: Omit<ParseRequest, 'type' | 'id'>) => ParsedEvents }>;

/**
 * Vite bundles the worker (format 'es', see vite.config.ts) into a file of
 * its own under assets/, allowed by worker-src 'self'; a module script
 * under script-src 'self' when imported.
 */
export const createEventsWorker: CreateWorker = () => new Worker(eventsWorkerUrl, { type: 'module', name: 'events-parser' });

/** The worker's script, as a module on the main thread (its parser, no message listener). */
export const loadWorkerModule: LoadParser = () => import(/* @vite-ignore */ eventsWorkerUrl);

let nextId = 1;

/**
 * A worker started before the file is there (issue 18): its script is fetched
 * and compiled while the geography and the file load, instead of after. At 10k
 * events that start cost about 0.3 s between the file's arrival and the worker's
 * first word. Taken by the next parseEventsOffMainThread that uses the default
 * worker; one at a time.
 */
let spare: { worker: WorkerLike; failed: boolean } | null = null;

/** Starts the events worker ahead of the first file (see `spare`); never throws. */
export function startEventsWorkerEarly(createWorker: CreateWorker = createEventsWorker): void {
  if (spare) return;
  try {
    const entry = { worker: createWorker(), failed: false };
    // Its script failed to load before anyone listened: the parse starts a fresh one, whose error it hears.
    entry.worker.addEventListener('error', () => { entry.failed = true; });
    spare = entry;
  } catch {
    spare = null;
  }
}

/**
 * The worker started early, or a new one when none was. One whose script
 * already failed to load throws, as a Worker that cannot start would: the
 * main thread parses at once (a second worker would fail the same way).
 */
export const takeEventsWorker: CreateWorker = () => {
  const taken = spare;
  spare = null;
  if (!taken) return createEventsWorker();
  if (!taken.failed) return taken.worker;
  try {
    taken.worker.terminate();
  } catch {
    // Already gone.
  }
  throw new Error('the events worker failed to load');
};

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
  options: OffThreadOptions,
  createWorker: CreateWorker = takeEventsWorker,
  startTimeoutMs: number = WORKER_START_TIMEOUT_MS,
  loadParser: LoadParser = loadWorkerModule,
): Promise<OffThreadResult> {
  const id = nextId++;
  const request: ParseRequest = {
    type: PARSE_REQUEST, id, text, format: options.format, geo: options.geo,
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.fingerprints ? { fingerprints: true } : {}),
  };
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
    const fallBack = () => finish(parseOnMainThread(request, loadParser));
    try {
      worker = createWorker();
      const events: BorderEvent[] = [];
      const prints: number[] = [];
      worker.addEventListener('message', (event) => {
        if (settled) return;
        const reply = readParseReply(event.data, id);
        if (reply === null) return;
        clearTimeout(startTimer);
        if (reply === 'malformed') fallBack();
        else if (reply.part === 'accepted') return;
        else if (reply.part === 'events') {
          // A part without the fingerprints asked for: the worker is not the one this page expects.
          if (request.fingerprints && !reply.prints) { fallBack(); return; }
          events.push(...reply.events);
          if (reply.prints) prints.push(...reply.prints);
        }
        // A part lost on the way would drop events silently: count them.
        else if (reply.count !== events.length) fallBack();
        else finish({ value: events, problems: reply.problems, ...(request.fingerprints ? { prints } : {}), via: 'worker' });
      });
      worker.addEventListener('messageerror', fallBack);
      worker.addEventListener('error', fallBack);
      worker.postMessage(request);
      startTimer = setTimeout(fallBack, startTimeoutMs);
    } catch {
      // No Worker here, or it refused the message (e.g. DataCloneError).
      fallBack();
    }
  });
}

async function parseOnMainThread(request: ParseRequest, loadParser: LoadParser): Promise<OffThreadResult> {
  try {
    const { parseRequest } = await loadParser();
    return { ...parseRequest(request), via: 'main-thread' };
  } catch (error) {
    // The worker's script failed to load as a module too, or lacks its export (parseRequest itself never throws).
    const at = { ...(request.file !== undefined ? { file: request.file } : {}), line: 1 };
    return { value: [], problems: [problem('internal-error', at, 'file', { reason: String(error) })], via: 'main-thread' };
  }
}
