/**
 * The growing record's loading budgets (issue 18, "And as the record grows"):
 * from the moment the events file has arrived, how long until the timeline
 * slider works, and the longest main-thread task in between. Read from
 * bench/results.json (`load[size]`, written by bench/run.mjs); checked by
 * `npm run check:budgets` with the other timing budgets.
 */

/** Timeline usable (ms from navigation start) and the longest task after the file arrived, per size. */
export const LOAD_BUDGETS = {
  usableMs: { '10k': 2500, '100k': 6000 },
  /** No main-thread task over this long between the file's arrival and a working slider. */
  longestTaskAfterFileMs: 200,
};

/**
 * What one load measured after the events file arrived, from the marks and
 * long tasks bench/measure.mjs's loadProbe recorded (ms from navigation
 * start). A task that started before the file arrived and was still running
 * counts too: the slider waited for it. Null when a figure is missing.
 */
export function afterFile(load) {
  const arrived = load?.eventsFile?.loaded;
  const usable = load?.marks?.timelineUsable;
  if (!Number.isFinite(arrived) || !Number.isFinite(usable)) return null;
  const tasks = (load.longTasks?.all ?? []).filter((t) => t.start + t.ms > arrived && t.start < usable);
  return {
    fileToUsableMs: Math.max(0, usable - arrived),
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
    longTasks: tasks.length,
  };
}

/** Budget lines (the shape check-budgets.mjs prints) for the 10k and 100k loads; broken when a figure is missing. */
export function checkLoadCurve(results) {
  const lines = [];
  for (const [size, limit] of Object.entries(LOAD_BUDGETS.usableMs)) {
    const load = results?.load?.[size];
    const usable = load?.marks?.timelineUsable;
    const after = afterFile(load);
    if (!Number.isFinite(usable) || !after) {
      lines.push({ name: `loading ${size} events: timeline usable`, ok: false, measured: `no usable figure at load.${size}`, limit: `<= ${limit} ms`, note: 'run npm run bench with this size and commit bench/results.json' });
      continue;
    }
    lines.push({
      name: `loading ${size} events: timeline usable (from navigation start)`,
      ok: usable <= limit, measured: `${Math.round(usable)} ms (${Math.round(after.fileToUsableMs)} ms after the file arrived)`, limit: `<= ${limit} ms`,
    });
    lines.push({
      name: `loading ${size} events: longest main-thread task from the file's arrival to a working timeline`,
      ok: after.longestTaskMs <= LOAD_BUDGETS.longestTaskAfterFileMs,
      measured: `${Math.round(after.longestTaskMs)} ms (${after.longTasks} tasks over 50 ms)`, limit: `<= ${LOAD_BUDGETS.longestTaskAfterFileMs} ms`,
    });
  }
  return lines;
}
