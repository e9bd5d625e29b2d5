// @vitest-environment node
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/ci-summary.mjs: the one line CI reads, summed over every report.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ci-summary-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: unknown) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(body));
  return file;
};
const summary = (...files: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/ci-summary.mjs', ...files], { encoding: 'utf8' });
  return { line: r.stdout.trim().split('\n').at(-1), out: r.stdout, status: r.status };
};

const vitest = write('vitest.json', { numPassedTests: 10, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0, numTotalTests: 11 });
const playwright = write('playwright.json', { stats: { expected: 5, unexpected: 0, skipped: 2, flaky: 0 } });
const engines = write('engines.json', { kind: 'engines', versions: { firefox: '140' }, stats: { expected: 15, unexpected: 0, skipped: 0, flaky: 0 }, tests: [] });

describe('ci-summary', () => {
  it('sums Vitest, Playwright and the engine suite', () => {
    expect(summary(vitest, playwright, engines)).toMatchObject({ line: '30 passed, 0 failed, 3 skipped', status: 0 });
  });

  it('counts an engine scenario that failed, and fails', () => {
    const bad = write('engines-bad.json', { kind: 'engines', stats: { expected: 14, unexpected: 1, skipped: 0, flaky: 0 }, tests: [] });
    expect(summary(vitest, playwright, bad)).toMatchObject({ line: '29 passed, 1 failed, 3 skipped', status: 1 });
  });

  it('counts a missing engine report (the suite never ran) as a failure', () => {
    const r = summary(vitest, playwright, path.join(dir, 'absent.json'));
    expect(r).toMatchObject({ line: '15 passed, 1 failed, 3 skipped', status: 1 });
    expect(r.out).toContain('missing or unreadable report');
  });

  it('counts an engine report in which nothing ran as a failure', () => {
    const empty = write('engines-empty.json', { kind: 'engines', stats: { expected: 0, unexpected: 0, skipped: 0, flaky: 0 }, tests: [] });
    expect(summary(empty)).toMatchObject({ line: '0 passed, 1 failed, 0 skipped', status: 1 });
  });

  it('counts a Playwright test that passed on its retry as passed, and names it', () => {
    const flaky = write('playwright-flaky.json', {
      stats: { expected: 4, unexpected: 0, skipped: 0, flaky: 1 },
      suites: [{ title: 'video.spec.ts', file: 'video.spec.ts', specs: [
        { title: 'records a WebM', file: 'video.spec.ts', line: 55, tests: [{ status: 'flaky' }] },
        { title: 'records an MP4', file: 'video.spec.ts', line: 80, tests: [{ status: 'expected' }] },
      ] }],
    });
    const r = summary(flaky);
    expect(r).toMatchObject({ line: '5 passed, 0 failed, 0 skipped', status: 0 });
    expect(r.out).toContain('[ci] flaky (failed, then passed on retry): video.spec.ts:55 › records a WebM');
    expect(r.out).not.toContain('records an MP4');
  });

  it('a Playwright test that failed on its retry too fails the run', () => {
    const bad = write('playwright-bad.json', { stats: { expected: 4, unexpected: 1, skipped: 0, flaky: 0 } });
    expect(summary(bad)).toMatchObject({ line: '4 passed, 1 failed, 0 skipped', status: 1 });
  });
});
