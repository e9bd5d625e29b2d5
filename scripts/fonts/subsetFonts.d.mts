// Types for scripts/fonts/subsetFonts.mjs (used by scripts/viteFontPlugin.ts and the tests).
export interface Face { file: string; weight: number; style: 'normal' | 'italic'; mapFamily: string; source: string; text: 'page' | 'water' }
export const FACES: Face[];
export const TTF_FACES: { file: string; source: string; text: 'page' }[];
export const CACHE_DIR: string;
export function pageSources(repo?: string): string[];
export function waterSources(repo?: string): string[];
export function uniqueChars(text: string): string;
export function faceText(kind: 'page' | 'water', repo?: string): string;
export function fontCss(prefix?: string): string;
export function subsetFonts(outDir: string, repo?: string): Promise<{ cached: boolean; faces: { file: string; bytes: number; chars: number }[] }>;
