/**
 * Functions that run INSIDE the page (Playwright serialises them: each must
 * be self-contained). Two targets are driven the same way:
 * - `app`: the built app, through the map handle it exposes for tests
 *   (`.map-canvas`.mapHandle: controller.setTime, whenIdle);
 * - `naive`: bench/naive/, the same base map with a GeoJSON circle layer
 *   rebuilt and `setData`-ed on every step (window.naiveBench).
 *
 * "Plain repaint" of the app is `mapHandle.whenIdle()`, which is
 * `map.once('idle')` + `map.triggerRepaint()`: the handle has no bare
 * triggerRepaint (bench/README.md asks for a `debugMap` hook).
 */

/** Init script: timestamps (ms since navigation start) of the load milestones, in window.__bench. */
export function loadProbe() {
  const marks = {};
  const b = { marks, done: false, visibleAtLoad: 0, sliderSeen: false };
  window.__bench = b;
  const mark = (k) => { if (!(k in marks)) marks[k] = performance.now(); };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') marks.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  // Main-thread responsiveness while loading: every task over 50 ms until the
  // events are drawn (Long Tasks API). A reader's click waits out the longest.
  b.longTasks = [];
  new PerformanceObserver((list) => {
    if (b.done) return;
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    if (document.querySelector('h1')) mark('title');
    const slider = document.querySelector('input[type=range]');
    if (slider) { b.sliderSeen = true; if (!slider.disabled) mark('timelineUsable'); }
    const h = document.querySelector('.map-canvas')?.mapHandle;
    if (h && !('mapHandle' in marks)) {
      mark('mapHandle');
      h.whenIdle().then(() => mark('mapFirstIdle'));
    }
    if (h && !('eventsOnMap' in marks)) {
      const n = h.controller.visibleIds().length;
      if (n > 0) {
        mark('eventsOnMap');
        b.visibleAtLoad = n;
        h.whenIdle().then(() => { mark('eventsIdle'); b.done = true; });
      }
    }
    if (!b.done) setTimeout(poll, 10);
  };
  poll();
}

/** One measuring operation on the app or the naive page; returns raw samples (statistics are done in Node). */
export async function benchOp(op) {
  const target = (() => {
    if (op.target === 'naive') {
      const n = window.naiveBench;
      return { step: (c, d) => n.step(c, d), repaint: () => n.repaint(), whenIdle: () => n.whenIdle() };
    }
    const h = document.querySelector('.map-canvas').mapHandle;
    return { step: (c, d) => h.controller.setTime(c, d), repaint: () => { void h.whenIdle(); }, whenIdle: () => h.whenIdle() };
  })();
  const display = op.display;
  const nextCursor = (c) => (c + op.stride > op.end ? op.start : c + op.stride);
  const task = () => new Promise((r) => setTimeout(r, 0));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  await target.whenIdle();

  if (op.kind === 'step-cost') {
    // Back-to-back steps: the main-thread cost of the call. `ms`: the call
    // itself. `withMicrotasks`: until the promise jobs it queued have run too
    // (maplibre's setData hands the data to its worker a few microtasks
    // later, so the naive call alone would hide that part).
    const ms = [], withMicrotasks = [];
    let c = op.start;
    for (let i = 0; i < op.steps; i++) {
      c = nextCursor(c);
      const t0 = performance.now();
      target.step(c, display);
      ms.push(performance.now() - t0);
      for (let k = 0; k < 50; k++) await null;
      withMicrotasks.push(performance.now() - t0);
    }
    await target.whenIdle();
    return { ms, withMicrotasks };
  }

  if (op.kind === 'on-screen') {
    // A single step from an idle map: until the next frame's callbacks have
    // run; until the map fires `idle` (its draw calls for the result are
    // issued); and until the GPU has executed them ("drawn": a 1-pixel
    // readPixels in the idle handler, before the frame is composited, waits
    // for the GPU, which with SwiftShader is most of the cost at 100k).
    const canvas = document.querySelector(op.target === 'naive' ? '#map canvas' : '.map-canvas canvas');
    const gl = canvas.getContext('webgl2');
    const pixel = new Uint8Array(4);
    const nextFrame = [], idle = [], drawn = [];
    let c = op.start;
    for (let i = 0; i < op.reps; i++) {
      // Start from a quiet pipeline: idle, the GPU done, one empty frame.
      await target.whenIdle().then(() => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel));
      await frame();
      await task();
      c = nextCursor(c);
      const t0 = performance.now();
      target.step(c, display);
      const idleP = target.whenIdle().then(() => {
        idle.push(performance.now() - t0);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        drawn.push(performance.now() - t0);
      });
      await frame();
      nextFrame.push(performance.now() - t0);
      await idleP;
    }
    return { nextFrame, idle, drawn };
  }

  if (op.kind === 'frames') {
    // Alternating windows of plain repaints and scrubbing (one step per
    // animation frame), so that load from other processes falls on both
    // alike. The first interval of each window is the switch; dropped.
    const out = { repaint: [], scrub: [], calls: [], stepsMade: 0, appliedBefore: window.naiveBench?.applied ?? 0 };
    let c = op.start;
    for (const mode of op.windows) {
      const stamps = [];
      await new Promise((resolve) => {
        const tick = (ts) => {
          stamps.push(ts);
          if (ts - stamps[0] >= op.windowMs) { resolve(); return; }
          if (mode === 'scrub') {
            c = nextCursor(c);
            const t0 = performance.now();
            target.step(c, display);
            out.calls.push(performance.now() - t0);
            out.stepsMade++;
          } else {
            target.repaint();
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      out[mode].push(...stamps.slice(2).map((t, i) => t - stamps[i + 1]));
      out[`${mode}Ms`] = (out[`${mode}Ms`] ?? 0) + (stamps[stamps.length - 1] - stamps[0]);
      if (mode === 'scrub') {
        // How long the last step takes to be fully drawn once scrubbing stops.
        const t0 = performance.now();
        await target.whenIdle();
        out.catchUp = [...(out.catchUp ?? []), performance.now() - t0];
      }
    }
    out.applied = (window.naiveBench?.applied ?? 0) - out.appliedBefore;
    return out;
  }

  throw new Error(`unknown op ${op.kind}`);
}
