// Types for the parts of check-budgets.mjs that TypeScript callers use (test/e2e/page-weight.spec.ts).
export { analyseDist, ON_DEMAND_MODULES, type DistAnalysis } from './analyseDist.mjs';
export const BUNDLE_BUDGETS: { ownCodeKb: number; allOwnCodeKb: number; embedLoaderKb: number };
export const GEO_BUDGETS_KB: Record<string, number>;
export const FIRST_LOAD_BROTLI_KB: number;
export const FIRST_LOAD_TARGET_KB: number;
export const LATER_DATA: RegExp[];
export function firstLoad(dist: string, analysis: import('./analyseDist.mjs').DistAnalysis): { files: { file: string; br: number }[]; br: number };
export const FIRST_VIEW_GEO_FILE: string;
export function checkGeography(dist: string): Array<{ name: string; ok: boolean; measured: string; limit: string; note?: string }>;
export const FONTS_KB: number;
export const HANDOUT_FONTS_KB: number;
export const LIGHTHOUSE_BUDGETS: { mobileLcpMs: number; mobileTbtMs: number; mobilePerformance: number; desktopPerformance: number };
export function checkTiming(results: unknown): Array<{ name: string; ok: boolean; measured: string; limit: string; note?: string }>;
