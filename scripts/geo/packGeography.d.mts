// Types for the parts of packGeography.mjs that TypeScript callers use (scripts/packGeography.test.ts).
export const FIRST_VIEW_FILE: string;
export const LATER_FILE: string;
export const LAYERS: readonly string[];
export function quantisedTopology(collections: Record<string, unknown>): object;
export function packGeography(geo: Record<string, unknown>): { first: object; later: object };
export function serializeTopology(topo: object): string;
export function packDataDir(dir: string): Record<string, string>;
