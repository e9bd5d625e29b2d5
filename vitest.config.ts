import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { PREACT_ALIASES } from './scripts/preactAliases.ts';

export default defineConfig({
  plugins: [react({ refreshExclude: /./ })],
  // The tests run the app on Preact as the build does (scripts/preactAliases.ts). The packages
  // that import React are bundled by Vite, not loaded by Node, so that the aliases reach them.
  // Testing Library's ES build, so that its `react` imports meet the aliases (its main file is CommonJS).
  resolve: { alias: [
    // The font subset is built by scripts/viteFontPlugin.ts, which the tests do without: main.tsx's import of it meets an empty sheet.
    { find: /^noto-subset\/fonts\.css$/, replacement: fileURLToPath(new URL('./test/stubs/noto-subset-fonts.css', import.meta.url)) },
    { find: /^react$/, replacement: fileURLToPath(new URL('./test/reactOnPreact.mjs', import.meta.url)) }, ...PREACT_ALIASES, { find: /^@testing-library\/react$/, replacement: fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url)) }] },
  test: {
    server: { deps: { inline: ['zustand', /@testing-library[\\/]react/] } },
    // jsdom for the tests of components and the glue; a test file that touches no DOM starts with
    // `// @vitest-environment node` (session 19: jsdom's setup was most of the run's time; 87 files in
    // Node took the whole run from 222 s to 134 s here).
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // The geography invariants run turf over every polygon: seconds on 2 cores, more under load.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one, on this 2-core machine and CI's.
    // Two workers take each core (session 12: CI's 90 minutes; measured in the note).
    maxWorkers: 2,
    reporters: process.env.CI_REPORT ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
