// @vitest-environment node
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { BROWSER_ONLY, scoreOf, splitBrowserOnly } from './mutation.mjs';

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

describe('browser-only files (issue 17)', () => {
  it('are taken out of src/map\'s score and scored on their own; other folders keep every file', () => {
    const m = (status: string) => ({ status });
    const report = { files: {
      'src/map/mapController.ts': { mutants: [m('Killed'), m('Survived')] },
      'src/map/createMap.ts': { mutants: [m('NoCoverage'), m('NoCoverage')] },
      'src/map/index.ts': { mutants: [m('NoCoverage')] },
    } };
    const { unit, browserOnly } = splitBrowserOnly('map', report);
    expect(Object.keys(unit.files)).toEqual(['src/map/mapController.ts']);
    expect(Object.keys(browserOnly.files).sort()).toEqual(['src/map/createMap.ts', 'src/map/index.ts']);
    expect(scoreOf(unit).score).toBe(50);
    expect(scoreOf(browserOnly).counts.NoCoverage).toBe(3);
    expect(BROWSER_ONLY.map).toEqual(['createMap.ts', 'eventLayer.ts', 'fonts.ts', 'index.ts']);
    const app = splitBrowserOnly('app', { files: { 'src/app/index.ts': { mutants: [m('Killed')] } } });
    expect(Object.keys(app.unit.files)).toEqual(['src/app/index.ts']);
    expect(app.browserOnly).toBeNull();
  });
});
