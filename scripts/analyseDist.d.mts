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
export const ON_DEMAND_CHUNKS: string[];
export function chunkName(file: string): string;
export function analyseDist(dist: string): DistAnalysis;
