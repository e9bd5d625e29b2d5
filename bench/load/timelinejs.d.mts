// Types for bench/load/timelinejs.mjs (test/unit/benchLoad.test.ts).
export function tlDate(edtf: string): { year: string; month?: string; day?: string } | null;
export function timelineData(events: unknown[], lang?: string): { title: unknown; events: { unique_id: string; start_date: { year: string; month?: string; day?: string }; text: { headline: string; text: string } }[] };
export function buildTimelineJsPage(outDir?: string): string;
