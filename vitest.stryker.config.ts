import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// For mutation testing (stryker.config.mjs): the unit tests next to the code of
// one folder of src/, named by STRYKER_FOLDER. Vitest's own reports stay off.
const folder = process.env.STRYKER_FOLDER ?? 'store';
// STRYKER_BEFORE=1 leaves out the *.mutants.test.ts files (issue 17), to measure the score without them.
const before = process.env.STRYKER_BEFORE === '1';
// These folders' tests need no DOM: Node's environment spares each mutant run a jsdom start-up.
const needsDom = ['app', 'data'].includes(folder);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [`src/${folder}/**/*.test.{ts,tsx}`],
    environment: needsDom ? 'jsdom' : 'node',
    exclude: ['**/node_modules/**', ...(before ? ['**/*.mutants.test.ts'] : [])],
    reporters: ['default'],
    // Instrumented code with per-test coverage, on a shared machine: src/data's round trip of the
    // whole record took over the default 30 s in the initial run and stopped Stryker.
    testTimeout: 120_000,
    // Stryker runs Vitest in worker threads, where a change of process.env.TZ does not
    // reach the clock: calendarDate's test that switches zones would fail there, so it
    // sits out the mutation runs (it still runs in npm test).
    testNamePattern: /^(?!time-zone independence)/,
  },
});
