// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { afterFile, checkLoadCurve, LOAD_BUDGETS } from '../../bench/loadBudgets.mjs';
import { checkTiming } from '../../scripts/check-budgets.mjs';

interface Line { name: string; ok: boolean; measured: string }

/** One load as bench/run.mjs records it: marks and long tasks in ms from navigation start. */
const load = (arrived: number, usable: number, tasks: Array<[number, number]> = []) => ({
  marks: { timelineUsable: usable },
  eventsFile: { requested: 100, loaded: arrived },
  longTasks: { all: tasks.map(([start, ms]) => ({ start, ms })) },
});

const lines = (results: unknown): Line[] => checkLoadCurve(results);
const named = (all: Line[], size: string, what: string) => all.find((l) => l.name.includes(`${size} events`) && l.name.includes(what));

describe('the growing record\'s loading budgets (issue 18)', () => {
  it('measures from the file\'s arrival: time to a working slider and the tasks in between (one running when it arrived counts)', () => {
    const a = afterFile(load(1000, 2300, [[400, 100], [950, 120], [1500, 180], [2400, 900]]));
    expect(a).toEqual({ fileToUsableMs: 1300, longestTaskMs: 180, longTasks: 2 });
  });

  it('holds when both sizes are usable in time with short tasks', () => {
    const all = lines({ load: { '10k': load(500, 2400, [[800, 150]]), '100k': load(2000, 5900, [[3000, 199]]) } });
    expect(all).toHaveLength(4);
    expect(all.every((l) => l.ok)).toBe(true);
  });

  it('breaks at 10k past 2.5 s and at 100k past 6 s from navigation start', () => {
    const all = lines({ load: { '10k': load(500, LOAD_BUDGETS.usableMs['10k'] + 1), '100k': load(2000, LOAD_BUDGETS.usableMs['100k'] + 1) } });
    expect(named(all, '10k', 'usable')?.ok).toBe(false);
    expect(named(all, '100k', 'usable')?.ok).toBe(false);
    expect(named(all, '10k', 'usable')?.measured).toBe('2501 ms (2001 ms after the file arrived)');
  });

  it('breaks when one task after the file arrived is over 200 ms, not for a longer one before it or after the slider works', () => {
    const early = lines({ load: { '10k': load(500, 2000, [[100, 350], [2100, 900]]), '100k': load(500, 2000) } });
    expect(named(early, '10k', 'longest')?.ok).toBe(true);
    const late = lines({ load: { '10k': load(500, 2000, [[1200, 201]]), '100k': load(500, 2000) } });
    expect(named(late, '10k', 'longest')).toMatchObject({ ok: false, measured: '201 ms (1 tasks over 50 ms)' });
  });

  it('fails loudly when a size was not measured or its slider never worked', () => {
    const all = lines({ load: { '10k': { marks: {}, eventsFile: { loaded: 500 } } } });
    expect(all.filter((l) => !l.ok).map((l) => l.name)).toEqual(['loading 10k events: timeline usable', 'loading 100k events: timeline usable']);
  });

  it('is part of npm run check:budgets\'s timing lines', () => {
    const names = checkTiming({ load: {} }).map((l) => l.name);
    // Without the step figures the timing check stops at one line; with them, the load lines follow.
    expect(names).toEqual(['timing results']);
    const app = { stepMs: { median: 1 }, onScreenMs: { drawn: { median: 10 } }, scrub: { repaintFrameMs: { mean: 10 }, ratio: 1, catchUpMs: { median: 10 } } };
    const naive = { onScreenMs: { drawn: { median: 100 } }, scrub: { catchUpMs: { median: 100 } } };
    const full = checkTiming({ sizes: { '100k': { app, naive } }, load: { '10k': load(500, 9000), '100k': load(500, 2000) } });
    expect(full.find((l) => l.name.startsWith('loading 10k events: timeline usable'))?.ok).toBe(false);
    expect(full.find((l) => l.name.startsWith('loading 100k events: timeline usable'))?.ok).toBe(true);
  });
});
