import { shallow } from 'zustand/shallow';
import { serializeUrlState } from '../store/urlState';
import { urlStateOf } from '../store/viewLink';
import type { ViewerState, ViewerStore } from '../store/viewerStore';

/** Browsers cap history.replaceState (Chrome: 100 calls in 10 s; Safari: 100 in 30 s): write at most this often. */
export const URL_WRITE_INTERVAL_MS = 400;

// Moved to the store layer, where the UI can use it too (the slide export's link).
export { urlStateOf };

/** What the address carries: a change of any of these writes it (compared with `shallow`). */
export const addressParts = (s: ViewerState) => [s.cursor, s.selectedId, s.filters, s.display, s.lang, s.mode, s.camera] as const;

export interface UrlSync {
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
 * The camera is the store's (`camera`, set where the map reports a move).
 */
export function syncUrl(store: ViewerStore, win: Pick<Window, 'location' | 'history' | 'setTimeout' | 'clearTimeout'>, data: string | undefined): UrlSync {
  let timer: number | null = null;
  let lastWrite = 0;
  const listeners = new Set<(href: string) => void>();
  const write = () => {
    timer = null;
    lastWrite = Date.now();
    const { search, hash } = serializeUrlState(urlStateOf(store.getState(), store.getState().camera, data), new URLSearchParams(win.location.search));
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
  const unsubscribe = store.subscribe(addressParts, schedule, { equalityFn: shallow });
  return {
    subscribe(listener) { listeners.add(listener); return () => { listeners.delete(listener); }; },
    stop() { unsubscribe(); listeners.clear(); if (timer !== null) win.clearTimeout(timer); },
  };
}
