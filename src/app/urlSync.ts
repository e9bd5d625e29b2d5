import { serializeUrlState, type Camera, type UrlState } from '../store/urlState';
import type { ViewerState, ViewerStore } from '../store/viewerStore';

/** Browsers cap history.replaceState (Chrome: 100 calls in 10 s; Safari: 100 in 30 s): write at most this often. */
export const URL_WRITE_INTERVAL_MS = 400;

export function urlStateOf(s: ViewerState, camera: Camera | null, data: string | undefined): UrlState {
  return {
    ...(s.span ? { cursor: s.cursor } : {}),
    ...(s.selectedId ? { event: s.selectedId } : {}),
    ...(s.filters.types.length ? { types: [...s.filters.types] } : {}),
    ...(s.filters.pairs.length ? { pairs: [...s.filters.pairs] } : {}),
    ...(s.filters.query.trim() ? { query: s.filters.query.trim().slice(0, 100) } : {}),
    mode: s.mode,
    display: s.display.mode,
    windowMonths: s.display.windowMonths,
    lang: s.lang,
    ...(data ? { data } : {}),
    ...(camera ? { camera } : {}),
  };
}

export interface UrlSync {
  setCamera(camera: Camera): void;
  stop(): void;
}

/**
 * Keeps the address in step with the view (issue 5): `replaceState` only,
 * so Back still leaves the page, throttled with a trailing write so the
 * last state always lands. Parameters the app does not own are kept.
 */
export function syncUrl(store: ViewerStore, win: Pick<Window, 'location' | 'history' | 'setTimeout' | 'clearTimeout'>, data: string | undefined, initialCamera: Camera | null): UrlSync {
  let camera = initialCamera;
  let timer: number | null = null;
  let lastWrite = 0;
  const write = () => {
    timer = null;
    lastWrite = Date.now();
    const { search, hash } = serializeUrlState(urlStateOf(store.getState(), camera, data), new URLSearchParams(win.location.search));
    const next = `${win.location.pathname}${search}${hash}`;
    if (next !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
      try { win.history.replaceState(win.history.state, '', next); } catch { /* a sandboxed or file:// page may refuse: the view still works */ }
    }
  };
  const schedule = () => {
    if (timer !== null) return;
    const wait = Math.max(0, URL_WRITE_INTERVAL_MS - (Date.now() - lastWrite));
    timer = win.setTimeout(write, wait) as unknown as number;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.cursor !== prev.cursor || s.selectedId !== prev.selectedId || s.filters !== prev.filters || s.display !== prev.display || s.lang !== prev.lang || s.mode !== prev.mode) schedule();
  });
  return {
    setCamera(c) { camera = c; schedule(); },
    stop() { unsubscribe(); if (timer !== null) win.clearTimeout(timer); },
  };
}
