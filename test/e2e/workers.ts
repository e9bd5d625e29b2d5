/**
 * How many Playwright workers run side by side (PW_WORKERS). Two by default: this machine's
 * two cores draw WebGL in software, so each test beside another takes up to twice as long as
 * alone (session 12). playwright.config.ts and helpers.ts's slowTest scale time limits by it.
 */
export const WORKERS = Math.max(1, Number(process.env.PW_WORKERS ?? 2) || 1);
