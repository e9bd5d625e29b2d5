import { useCallback, useSyncExternalStore } from 'react';
import { useViewer } from '../StoreContext';

/** Whether a CSS media query matches now, following changes (rotation, resize). False where matchMedia is missing (jsdom). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback((onChange: () => void) => {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    list?.addEventListener('change', onChange);
    return () => list?.removeEventListener('change', onChange);
  }, [query]);
  return useSyncExternalStore(subscribe, () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false), () => false);
}

/** Phones (issue 7): the timeline's and the header's phone layouts. The same width as the CSS phone rules. */
export const PHONE_QUERY = '(max-width: 600px)';

/**
 * The explorer's one-column layout: the map over the timeline, the side panels and the legend as
 * bottom sheets from the bar (issue 7). Phones, and windows and tablets up to 900 px (issue 13 review:
 * at 680 × 560 the side column left the map 390 × 240). App.tsx sets .app-compact for app.css.
 */
export const COMPACT_EXPLORER_QUERY = '(max-width: 900px)';

/**
 * Whether the explorer shows its one-column layout now. App's .app-compact class and the side
 * panel's choice of sheets read this one hook, so the CSS and the sheets cannot disagree. The
 * embed and the briefing keep their own layouts at every width.
 */
export function useCompactExplorer(): boolean {
  const explore = useViewer((s) => s.mode === 'explore');
  return useMediaQuery(COMPACT_EXPLORER_QUERY) && explore;
}
