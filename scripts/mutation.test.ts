import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { scoreOf } from './mutation.mjs';

describe('mutation score', () => {
  it('counts killed and timed-out mutants over every valid one, static (ignored) ones left out', () => {
    const m = (status: string) => ({ status });
    const report = { files: {
      'a.ts': { mutants: [m('Killed'), m('Killed'), m('Timeout'), m('Survived')] },
      'b.ts': { mutants: [m('NoCoverage'), m('Ignored'), m('Killed')] },
    } };
    const s = scoreOf(report);
    expect(s.valid).toBe(6);
    expect(s.score).toBeCloseTo((4 / 6) * 100);
    expect(s.coveredScore).toBeCloseTo((4 / 5) * 100);
    expect(s.counts.Ignored).toBe(1);
  });
});
