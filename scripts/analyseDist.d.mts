// Types for the parts of analyseDist.mjs that TypeScript callers use (test/e2e/page-weight.spec.ts).
export interface FileSum { files: string[]; bytes: number; gz: number }
export interface Chunk { file: string; bytes: number; gz: number; kind: string; vendors: string[]; firstPaint: boolean; lazy: boolean }
export interface DistAnalysis {
  dist: string;
  entry: string[];
  chunks: Chunk[];
  /** maplibre-gl's worker (named by URL). */
  worker: FileSum;
  /** The app's own workers (the events parser). */
  appWorkers: FileSum;
  [figure: string]: unknown;
}
export const ON_DEMAND_MODULES: string[];
export type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; isDynamicEntry?: boolean }>;
export function readManifest(dist: string): Manifest;
export function pageLoadFiles(manifest: Manifest, language: string | null, onDemand?: string[]): Set<string>;
export function staleOnDemand(manifest: Manifest, onDemand?: string[]): string[];
export function chunkName(file: string): string;
export function analyseDist(dist: string): DistAnalysis;
