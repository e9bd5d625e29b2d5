// Types for the parts of render-fallbacks.mjs that TypeScript callers use (its test).
export const LANGUAGES: readonly string[];
export const WIDTH: number;
export const HEIGHT: number;
export function pngSize(bytes: Buffer): { width: number; height: number } | null;
export function absolutePreviewTags(html: string, siteUrl: string | undefined): string;
export function siteUrlWarning(siteUrl: string | undefined): string[] | null;
export const STILL_FRAME_CSS: string;
/** Frames at most this wide get a picture without the legend. */
export const LEGEND_MIN_WIDTH: number;
/** Turns the live embed on a Playwright page into its still picture (controls out; the legend open, or left out). */
export function stillFrame(page: import('@playwright/test').Page, options?: { legend?: boolean }): Promise<void>;
