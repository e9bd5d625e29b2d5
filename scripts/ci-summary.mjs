// Sums the JSON reports of Vitest, Playwright and the three-engine suite
// (test/engines/run.mjs) into the one plain line CI
// reads: `N passed, N failed, N skipped`. Exits 1 when a report is missing
// (a step that never ran is a failure, not a pass) or anything failed.
import fs from 'node:fs';

let passed = 0, failed = 0, skipped = 0, missing = 0;

function read(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { console.log(`[ci] missing or unreadable report: ${file}`); missing++; return null; }
}

/** Titles of the Playwright tests whose outcome is "flaky", with their file and line. */
function flakyTitles(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === 'flaky') out.push(`${spec.file}:${spec.line} › ${[...path, spec.title].join(' › ')}`);
    }
    for (const child of suite.suites ?? []) walk(child, suite.file === child.file && child.title !== child.file ? [...path, child.title] : path);
  };
  for (const s of report.suites ?? []) walk(s, []);
  return out;
}

for (const file of process.argv.slice(2)) {
  const r = read(file);
  if (!r) continue;
  if ('numPassedTests' in r) {
    // Vitest (jest-compatible JSON)
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.numTotalTests === 0) { console.log(`[ci] ${file}: no test ran`); missing++; }
  } else if (r.kind === 'engines' && r.stats) {
    // The three-engine smoke suite: one test per engine and scenario.
    passed += r.stats.expected ?? 0; failed += r.stats.unexpected ?? 0; skipped += r.stats.skipped ?? 0;
    if ((r.stats.expected ?? 0) + (r.stats.unexpected ?? 0) === 0) { console.log(`[ci] ${file}: no test ran`); missing++; }
  } else if (r.stats) {
    // Playwright
    // A flaky test failed once and passed on its retry (playwright.config.ts): it counts as passed,
    // and is named here so that nobody mistakes it for a clean pass.
    passed += (r.stats.expected ?? 0) + (r.stats.flaky ?? 0); failed += r.stats.unexpected ?? 0; skipped += r.stats.skipped ?? 0;
    for (const title of flakyTitles(r)) console.log(`[ci] flaky (failed, then passed on retry): ${title}`);
    if ((r.stats.expected ?? 0) + (r.stats.unexpected ?? 0) + (r.stats.flaky ?? 0) === 0) { console.log(`[ci] ${file}: no test ran`); missing++; }
  } else {
    console.log(`[ci] ${file}: unknown report format`); missing++;
  }
}
if (missing) failed += missing;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
