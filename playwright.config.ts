import { defineConfig } from '@playwright/test';
import { WORKERS } from './test/e2e/workers';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT and PW_DIST let several checkouts or builds be tested side by side
// (e.g. `vite build --outDir dist-x && PW_DIST=dist-x PW_PORT=4190 npx playwright test`).
const port = Number(process.env.PW_PORT ?? 4173);
const dist = process.env.PW_DIST ?? 'dist';

// Debian's Chromium: Playwright cannot download its own browsers here
// (TOOLCHAIN.md). The flags keep Chromium off the closed network.
export default defineConfig({
  testDir: 'test/e2e',
  // A session's scratch spec (*.tmp.spec.ts, git-ignored) never runs with the suite.
  testIgnore: '**/*.tmp.spec.ts',
  // Two workers, one spec file each (session 12: one worker took about 80 minutes for the 369 tests
  // here, past CI's 90-minute limit with the rest of npm test; two took 20% less wall time on the same
  // specs, this machine's two cores drawing WebGL in software). Each test then runs up to twice as long
  // as alone: its time limits scale with the workers (here, and slowTest in test/e2e/helpers.ts).
  // PW_WORKERS=1 runs them one at a time.
  timeout: 60_000 * WORKERS,
  expect: { timeout: 10_000 * WORKERS },
  fullyParallel: false,
  workers: WORKERS,
  // On CI, one retry: a test that fails, then passes, is reported as flaky by name in CI's log
  // (scripts/ci-summary.mjs); one that fails twice fails the run. Locally none, so a flake shows.
  // Session 17: the two CI rehearsals before failed on three different tests, each a time limit
  // reached on a machine drawing WebGL in software, each passing when run again.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI_REPORT
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--disable-default-apps', '--disable-extensions',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
