/**
 * `react` as the unit tests see it: preact/compat, plus React 19's `act`
 * (from preact/test-utils), which compat does not export and tests import
 * from `react`. See scripts/preactAliases.ts.
 */
export * from 'preact/compat';
export { default } from 'preact/compat';
export { act } from 'preact/test-utils';
