/**
 * React's import names resolved to Preact's compatibility layer (issue 18:
 * React and React DOM were 56.7 kB of the first load, brotli; Preact with
 * preact/compat is about 5 kB). The source still imports `react`; its types
 * stay @types/react. Used by vite.config.ts (the build and the dev server)
 * and vitest.config.ts (with Testing Library, whose `act` comes from
 * preact/test-utils through `react-dom/test-utils`).
 */
export const PREACT_ALIASES = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];
