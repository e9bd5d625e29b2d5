// StrykerJS over one folder of src/ at a time (issue 17); scripts/mutation.mjs
// runs it per folder and writes test/MUTATION.md. The folder comes from
// STRYKER_FOLDER (store, app, map, domain or data); its mutants are judged by
// the unit tests in that folder (vitest.stryker.config.ts), the tests next to the code.
const folder = process.env.STRYKER_FOLDER ?? 'store';
// STRYKER_BEFORE=1: without the *.mutants.test.ts files (issue 17), reported apart.
// STRYKER_FILES=a.ts,b.ts: only these files of the folder (still judged by the folder's
// tests), reported apart too, so a part never stands for the folder's row.
const files = (process.env.STRYKER_FILES ?? '').split(',').filter(Boolean);
const tag = process.env.STRYKER_BEFORE === '1' ? `${folder}.before` : files.length ? `${folder}.files` : folder;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: files.length ? files : [
    `src/${folder}/**/*.{ts,tsx}`,
    `!src/${folder}/**/*.test.{ts,tsx}`,
    // A stand-in for maplibre's Map used only by tests: mutating it tests nothing.
    '!src/map/fakeMap.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) each need the whole folder's suite: skipped, and counted as such.
  ignoreStatic: true,
  // Two cores shared with others.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  incremental: true,
  incrementalFile: `reports/stryker/${tag}.incremental.json`,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/stryker/${tag}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  ignorePatterns: ['dist', 'dist-*', 'dist-single', 'reports', 'test-results', 'playwright-report', 'bench/tmp', '.scratch', 'coverage'],
  // The initial run of a jsdom folder (src/app, src/data) took over Stryker's default 5 minutes on the shared machine.
  dryRunTimeoutMinutes: 30,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  thresholds: { high: 80, low: 60, break: null },
};
