// Types for the pure parts of bench/load/run.mjs (test/unit/benchLoad.test.ts).
export function spliceReport(report: string, section: string): string;
export function summarise(runs: Record<string, unknown>[]): Record<string, Record<string, { median: number; range: [number, number]; n: number }>>;
