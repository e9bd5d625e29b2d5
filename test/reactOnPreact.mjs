/**
 * `react` as the unit tests see it: preact/compat, plus what tests import
 * from `react` that compat does not have (see scripts/preactAliases.ts):
 * React 19's `act` (from preact/test-utils) and `Profiler`.
 */
import { options } from 'preact';
import { act as preactAct } from 'preact/test-utils';

export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * React's `act`: after an async callback, React keeps flushing while the
 * microtasks it queued settle (a promise a component awaits, then its
 * state update). Preact's flushes once; a second act over a few microtask
 * turns does what React's loop does. Synchronous callbacks as Preact's.
 */
export function act(cb) {
  const result = preactAct(cb);
  if (!result || typeof result.then !== 'function') return result;
  return result.then(async (value) => {
    await preactAct(async () => { for (let i = 0; i < 10; i++) await Promise.resolve(); });
    return value;
  });
}

/**
 * React's <Profiler>: `onRender(id)` once per commit in which a component
 * under it rendered (mount included), as React calls it. Read from Preact's
 * hooks: `diffed` for each vnode rendered, `__c` (options._commit) once per
 * commit; `__` is a vnode's parent (Preact's mangled names).
 */
export function Profiler({ children }) {
  return children;
}
const rendered = new Set();
const prevDiffed = options.diffed;
options.diffed = (vnode) => {
  if (typeof vnode.type === 'function' && vnode.type !== Profiler) {
    for (let v = vnode.__; v; v = v.__) if (v.type === Profiler) { rendered.add(v); break; }
  }
  prevDiffed?.(vnode);
};
const prevCommit = options.__c;
options.__c = (root, queue) => {
  prevCommit?.(root, queue);
  const done = [...rendered];
  rendered.clear();
  for (const v of done) v.props.onRender?.(v.props.id, 'update');
};
