/**
 * Follows a live events file (issue 5, "As it happens"): re-fetches it
 * every `intervalMs`, politely. Requests are conditional (the last ETag
 * and Last-Modified are sent back, so an unchanged file costs a 304), one
 * at a time, spaced further apart after each failure (doubling, up to
 * MAX_BACKOFF_MS) so a struggling server is not hammered, and paused while
 * the page is hidden, with one fetch on return if one fell due meanwhile.
 *
 * Clock, request and page visibility are injected so the schedule is
 * tested with fakes; this module touches no DOM and no network itself.
 */

export const MAX_BACKOFF_MS = 15 * 60 * 1000;

export interface Validators { etag: string | null; lastModified: string | null }

/** How one request ended, as the poller needs to know it. */
export type LiveResponse =
  | { kind: 'changed'; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified' }
  | { kind: 'failed' };

export interface LiveClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PageVisibility {
  hidden(): boolean;
  /** Calls back on every visibility change; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export interface LivePollerDeps {
  intervalMs: number;
  clock: LiveClock;
  visibility: PageVisibility;
  /** Makes one request with these headers and applies what changed; must not reject (a rejection counts as a failure). */
  fetch(headers: Record<string, string>): Promise<LiveResponse>;
  /** Validators of the first load, so even the first poll can be answered with a 304. */
  initial?: Validators;
  /**
   * Told after every poll how things stand: failures in a row (0 after a
   * success, a 304 included) and when the next poll is due (clock time).
   * Lets the app say that updates could not be fetched (issue 5).
   */
  onStatus?(status: LiveStatus): void;
}

export interface LiveStatus { failures: number; nextPollAt: number }

export interface LivePoller { stop(): void }

export function conditionalHeaders(v: Validators): Record<string, string> {
  const headers: Record<string, string> = {};
  if (v.etag) headers['If-None-Match'] = v.etag;
  if (v.lastModified) headers['If-Modified-Since'] = v.lastModified;
  return headers;
}

export function startLivePoller(deps: LivePollerDeps): LivePoller {
  const { clock, visibility, intervalMs } = deps;
  let validators: Validators = deps.initial ?? { etag: null, lastModified: null };
  let delay = intervalMs;
  let dueAt = clock.now() + delay;
  let timer: unknown = null;
  let inFlight = false;
  let stopped = false;
  let failures = 0;

  const schedule = () => {
    if (timer !== null) clock.clearTimeout(timer);
    dueAt = clock.now() + delay;
    timer = clock.setTimeout(onTimer, delay);
  };

  const poll = async () => {
    // One request at a time: a slow answer is never overtaken by the next poll.
    if (inFlight || stopped) return;
    inFlight = true;
    let response: LiveResponse;
    try {
      response = await deps.fetch(conditionalHeaders(validators));
    } catch {
      response = { kind: 'failed' };
    }
    inFlight = false;
    if (stopped) return;
    if (response.kind === 'failed') {
      failures += 1;
      delay = Math.min(delay * 2, MAX_BACKOFF_MS);
    } else {
      failures = 0;
      delay = intervalMs;
      // A 304 may carry no validators: keep the ones that earned it.
      if (response.kind === 'changed') validators = { etag: response.etag, lastModified: response.lastModified };
    }
    schedule();
    try {
      deps.onStatus?.({ failures, nextPollAt: dueAt });
    } catch {
      // A listener's failure must not stop the polling.
    }
  };

  function onTimer() {
    timer = null;
    // Hidden: the poll waits for the reader to come back (see the visibility listener below).
    if (!visibility.hidden()) void poll();
  }

  const unsubscribe = visibility.onChange(() => {
    if (stopped || visibility.hidden() || inFlight) return;
    if (timer === null && clock.now() >= dueAt) void poll();
  });

  schedule();

  return {
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
