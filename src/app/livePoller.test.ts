// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { conditionalHeaders, MAX_BACKOFF_MS, startLivePoller, type LiveResponse } from './livePoller';

/** A clock whose time moves only when told, running due timers in order. */
function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => { const id = nextId++; timers.set(id, { at: now + ms, run }); return id; },
    clearTimeout: (id: unknown) => { timers.delete(id as number); },
    pending: () => timers.size,
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
        await flush();
      }
      now = end;
      await flush();
    },
  };
}

const flush = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };

function fakeVisibility() {
  let hidden = false;
  const listeners = new Set<() => void>();
  return {
    hidden: () => hidden,
    onChange: (l: () => void) => { listeners.add(l); return () => { listeners.delete(l); }; },
    set(h: boolean) { hidden = h; for (const l of listeners) l(); },
    listeners: () => listeners.size,
  };
}

/** A server that answers from a script, recording the headers of every request and when it came. */
function fakeServer(clock: { now(): number }, answers: Array<LiveResponse | 'hang' | 'throw'>) {
  const requests: Array<{ at: number; headers: Record<string, string> }> = [];
  const hanging: Array<(r: LiveResponse) => void> = [];
  const fetch = (headers: Record<string, string>): Promise<LiveResponse> => {
    requests.push({ at: clock.now(), headers });
    const a = answers.shift() ?? { kind: 'not-modified' };
    if (a === 'hang') return new Promise((resolve) => hanging.push(resolve));
    if (a === 'throw') return Promise.reject(new Error('boom'));
    return Promise.resolve(a);
  };
  return { fetch, requests, hanging };
}

const SECOND = 1000;

describe('conditionalHeaders', () => {
  it.each([
    [{ etag: '"a"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' }, { 'If-None-Match': '"a"', 'If-Modified-Since': 'Mon, 23 Nov 2026 10:00:00 GMT' }],
    [{ etag: '"a"', lastModified: null }, { 'If-None-Match': '"a"' }],
    [{ etag: null, lastModified: null }, {}],
  ])('%o → %o', (v, headers) => expect(conditionalHeaders(v)).toEqual(headers));
});

describe('startLivePoller', () => {
  const setup = (answers: Array<LiveResponse | 'hang' | 'throw'>, intervalMs = 60 * SECOND) => {
    const clock = fakeClock();
    const visibility = fakeVisibility();
    const server = fakeServer(clock, answers);
    const poller = startLivePoller({
      intervalMs, clock, visibility, fetch: server.fetch, initial: { etag: '"v1"', lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT' },
    });
    return { clock, visibility, server, poller };
  };

  it('waits one interval, then sends the last validators, and the new ones after a change', async () => {
    const { clock, server } = setup([{ kind: 'changed', etag: '"v2"', lastModified: null }, { kind: 'not-modified' }, { kind: 'not-modified' }]);
    await clock.advance(59 * SECOND);
    expect(server.requests).toEqual([]);
    await clock.advance(1 * SECOND);
    await clock.advance(60 * SECOND);
    await clock.advance(60 * SECOND);
    expect(server.requests).toEqual([
      { at: 60 * SECOND, headers: { 'If-None-Match': '"v1"', 'If-Modified-Since': 'Mon, 23 Nov 2026 10:00:00 GMT' } },
      { at: 120 * SECOND, headers: { 'If-None-Match': '"v2"' } },
      // A 304 keeps the validators that earned it.
      { at: 180 * SECOND, headers: { 'If-None-Match': '"v2"' } },
    ]);
  });

  it('doubles the wait after each failure up to 15 minutes, and resets it on success', async () => {
    const answers: Array<LiveResponse | 'throw'> = [
      { kind: 'failed' }, 'throw', ...Array<LiveResponse>(6).fill({ kind: 'failed' }), { kind: 'not-modified' }, { kind: 'not-modified' },
    ];
    const { clock, server } = setup(answers);
    await clock.advance(3 * 60 * 60 * SECOND);
    const gaps = server.requests.slice(1).map((r, i) => (r.at - server.requests[i]!.at) / SECOND);
    expect(gaps.slice(0, 10)).toEqual([120, 240, 480, 900, 900, 900, 900, 900, 60, 60]);
    expect(MAX_BACKOFF_MS).toBe(900 * SECOND);
  });

  it('never overlaps requests: a slow answer holds the next poll back', async () => {
    const { clock, visibility, server } = setup(['hang', { kind: 'not-modified' }]);
    await clock.advance(60 * SECOND);
    expect(server.requests).toHaveLength(1);
    await clock.advance(10 * 60 * SECOND);
    // Coming back to the page while a request is out does not start another.
    visibility.set(true);
    visibility.set(false);
    await flush();
    expect(server.requests).toHaveLength(1);
    server.hanging[0]!({ kind: 'not-modified' });
    await flush();
    await clock.advance(59 * SECOND);
    expect(server.requests).toHaveLength(1);
    await clock.advance(1 * SECOND);
    expect(server.requests).toHaveLength(2);
  });

  it('pauses while the page is hidden and polls once on return if a poll fell due', async () => {
    const { clock, visibility, server } = setup([]);
    visibility.set(true);
    await clock.advance(10 * 60 * SECOND);
    expect(server.requests).toEqual([]);
    visibility.set(false);
    await flush();
    expect(server.requests.map((r) => r.at)).toEqual([600 * SECOND]);
    // Hiding and showing again before the next one is due costs nothing.
    visibility.set(true);
    visibility.set(false);
    await flush();
    expect(server.requests).toHaveLength(1);
    await clock.advance(60 * SECOND);
    expect(server.requests.map((r) => r.at)).toEqual([600 * SECOND, 660 * SECOND]);
  });

  it('does not poll on return when nothing is due yet', async () => {
    const { clock, visibility, server } = setup([]);
    await clock.advance(30 * SECOND);
    visibility.set(true);
    visibility.set(false);
    await flush();
    expect(server.requests).toEqual([]);
    await clock.advance(30 * SECOND);
    expect(server.requests).toHaveLength(1);
  });

  it('reports failures in a row and the next poll time after every poll, back to 0 on success', async () => {
    const clock = fakeClock();
    const server = fakeServer(clock, [{ kind: 'failed' }, 'throw', { kind: 'not-modified' }, { kind: 'failed' }]);
    const statuses: Array<{ failures: number; nextPollAt: number }> = [];
    startLivePoller({ intervalMs: 60 * SECOND, clock, visibility: fakeVisibility(), fetch: server.fetch, onStatus: (s) => statuses.push(s) });
    await clock.advance((60 + 120 + 240 + 60) * SECOND);
    expect(statuses).toEqual([
      { failures: 1, nextPollAt: (60 + 120) * SECOND },
      { failures: 2, nextPollAt: (180 + 240) * SECOND },
      { failures: 0, nextPollAt: (420 + 60) * SECOND },
      { failures: 1, nextPollAt: (480 + 120) * SECOND },
    ]);
  });

  it('keeps polling when the status listener throws', async () => {
    const clock = fakeClock();
    const server = fakeServer(clock, []);
    startLivePoller({ intervalMs: 60 * SECOND, clock, visibility: fakeVisibility(), fetch: server.fetch, onStatus: () => { throw new Error('listener'); } });
    await clock.advance(180 * SECOND);
    expect(server.requests).toHaveLength(3);
  });

  it('stops: no timer, no listener, and a late answer is ignored', async () => {
    const { clock, visibility, server, poller } = setup(['hang']);
    await clock.advance(60 * SECOND);
    poller.stop();
    server.hanging[0]!({ kind: 'changed', etag: '"v9"', lastModified: null });
    await flush();
    expect(clock.pending()).toBe(0);
    expect(visibility.listeners()).toBe(0);
    await clock.advance(60 * 60 * SECOND);
    expect(server.requests).toHaveLength(1);
  });
});
