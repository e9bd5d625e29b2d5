// Types for bench/loadBudgets.mjs (test/unit/loadBudgets.test.ts).
export interface BudgetLine { name: string; ok: boolean; measured: string; limit: string; note?: string }
export const LOAD_BUDGETS: { usableMs: { '10k': number; '100k': number }; longestTaskAfterFileMs: number };
export function afterFile(load: unknown): { fileToUsableMs: number; longestTaskMs: number; longTasks: number } | null;
export function checkLoadCurve(results: unknown): BudgetLine[];
