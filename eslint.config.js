import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noMaplibre = {
  name: 'maplibre-gl',
  message: 'Only src/map/ may import maplibre-gl (HOUSE_STYLE: the map adapter is the one place that touches the map library).',
};
const layerRule = (patterns) => ['error', { paths: [noMaplibre], patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'dist-*/**', '.scratch/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': layerRule([]),
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': layerRule([
        { group: ['react', 'react-dom', 'zustand', '**/data/**', '**/store/**', '**/map/**', '**/ui/**', '**/app/**'], message: 'src/domain is pure logic: it imports nothing else from src/ and no React/DOM/map code.' },
      ]),
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': layerRule([
        { group: ['react', 'react-dom', 'zustand', '**/store/**', '**/map/**', '**/ui/**', '**/app/**'], message: 'src/data parses untrusted input into domain types; it depends on src/domain only.' },
      ]),
    },
  },
  {
    files: ['src/ui/**', 'src/store/**'],
    rules: {
      'no-restricted-imports': layerRule([
        { group: ['**/map/mapController*', '**/map/layers*', '**/map/eventLayer*'], message: 'UI and store talk to the map through plain values (src/map/index exports), never its internals.' },
      ]),
    },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
