// Types for scripts/precompress.mjs (its test).
export const TEXT_ASSET: RegExp;
export const MIN_BYTES: number;
export function precompress(dir: string): Promise<{ file: string; bytes: number; br: number | null; gz: number | null }[]>;
