import { serializeUrlState, type Camera } from '../store/urlState';
import { urlStateOf } from '../store/viewLink';
import type { ViewerStore } from '../store/viewerStore';

/** Browsers cap history.replaceState (Chrome: 100 calls in 10 s; Safari: 100 in 30 s): write at most this often. */
export const URL_WRITE_INTERVAL_MS = 400;

// Moved to the store layer, where the UI can use it too (the slide export's link).
export { urlStateOf };

export interface UrlSync {
  setCamera(camera: Camera): void;
  /** Calls `listener` with the new address each time one is written; returns the unsubscribe function. */
  subscribe(listener: (href: string) => void): () => void;
  stop(): void;
}

/**
 * The address as the app last wrote it, for whoever shows or forwards it
 * (the Share dialog, an embed's mirror): it exists from the start, before
 * syncing begins, and is fed by `UrlSync.subscribe` once it does.
 */
export interface AddressFeed {
  current(): string;
  subscribe(listener: (href: string) => void): () => void;
  publish(href: string): void;
}

export function createAddressFeed(win: { location: Pick<Location, 'href'> }): AddressFeed {
  let href: string | null = null;
  const listeners = new Set<(href: string) => void>();
  return {
    current: () => href ?? win.location.href,
    subscribe(listener) { listeners.add(listener); return () => { listeners.delete(listener); }; },
    publish(next) {
      href = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
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
  const listeners = new Set<(href: string) => void>();
  const write = () => {
    timer = null;
    lastWrite = Date.now();
    const { search, hash } = serializeUrlState(urlStateOf(store.getState(), camera, data), new URLSearchParams(win.location.search));
    const next = `${win.location.pathname}${search}${hash}`;
    if (next !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
      try { win.history.replaceState(win.history.state, '', next); } catch { /* a sandboxed or file:// page may refuse: the view still works */ }
      // Told even when the browser refused to write: the address is what the view is.
      const href = new URL(next, win.location.href).href;
      for (const listener of [...listeners]) listener(href);
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
    subscribe(listener) { listeners.add(listener); return () => { listeners.delete(listener); }; },
    stop() { unsubscribe(); listeners.clear(); if (timer !== null) win.clearTimeout(timer); },
  };
}
