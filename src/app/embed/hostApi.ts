import { parseViewMessage, EMBED_THEMES, type Camera, type EmbedTheme } from '../../store/urlState';
import type { ViewerStore } from '../../store/viewerStore';

/** The messages a host page may send its embed (README, "Driving the map from the article"). */
export const HOST_MESSAGES = { view: 'border-map:view', play: 'border-map:play', pause: 'border-map:pause', theme: 'border-map:theme' } as const;

/** What the embed tells its parent once it listens: a host page (re)sends its theme or view then. */
export const READY_MESSAGE = { type: 'border-map:ready' } as const;

type HostWindow = Pick<Window, 'parent' | 'addEventListener' | 'removeEventListener'>;

export interface HostApiDeps {
  languages: readonly string[];
  /** Resolves once the events are in the store: a view that names an event waits for them. */
  ready: Promise<unknown>;
  moveCamera(camera: Camera): void;
  setTheme(theme: EmbedTheme): void;
}

/**
 * The embed's host API (issue 14): the article around an embed moves it as
 * its reader scrolls. Only the window that holds the frame is listened to
 * (`event.source === window.parent`), whatever its origin (an article may be
 * on any site; what it can ask is no more than what a link can say). A view
 * is read as a link's parameters are (src/store/urlState.ts) and applied
 * whole or not at all: an unknown key, a bad value or an event that is not
 * in the data changes nothing. Returns the function that stops listening.
 */
export function hostApi(win: HostWindow, store: ViewerStore, deps: HostApiDeps): () => void {
  if (win.parent === (win as unknown)) return () => undefined;
  let loaded = false;
  let queued: Record<string, unknown> | null = null;
  void deps.ready.then(() => {
    loaded = true;
    if (queued) applyView(queued);
    queued = null;
  });

  const applyView = (view: Record<string, unknown>) => {
    // `event: ''` clears the selection (a link has no way to say it; a host page needs one).
    const clears = view.event === '';
    const rest = clears ? Object.fromEntries(Object.entries(view).filter(([k]) => k !== 'event')) : view;
    const parsed = parseViewMessage(rest, deps.languages);
    if (!parsed) return;
    const s = store.getState();
    const chosen = parsed.event === undefined ? undefined : s.events.find((e) => e.event.id === parsed.event);
    if (parsed.event !== undefined && !chosen) return;
    if (s.playing) s.setPlaying(false);
    if ('types' in rest || 'pairs' in rest || 'q' in rest) {
      s.setFilters({
        ...('types' in rest ? { types: parsed.types ?? [] } : {}),
        ...('pairs' in rest ? { pairs: parsed.pairs ?? [] } : {}),
        ...('q' in rest ? { query: parsed.query ?? '' } : {}),
      });
    }
    if (parsed.display !== undefined || parsed.windowMonths !== undefined) {
      s.setDisplay({ ...(parsed.display ? { mode: parsed.display } : {}), ...(parsed.windowMonths !== undefined ? { windowMonths: parsed.windowMonths } : {}) });
    }
    // An event without a date opens the timeline on it, as a link's does.
    const cursor = parsed.cursor ?? chosen?.start;
    if (cursor !== undefined) s.setCursor(cursor);
    if (chosen) s.select(chosen.event.id);
    else if (clears) s.select(null);
    // A view that names its camera keeps it (the store's cameraHeld): no follow moves it,
    // the embed's card included, until the reader acts.
    if (parsed.camera) { s.holdCamera(parsed.camera); deps.moveCamera(parsed.camera); }
  };

  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const data: unknown = e.data;
    if (typeof data !== 'object' || data === null) return;
    const { type } = data as { type?: unknown };
    if (type === HOST_MESSAGES.view) {
      const { view } = data as { view?: unknown };
      if (typeof view !== 'object' || view === null || Array.isArray(view)) return;
      if (loaded) applyView(view as Record<string, unknown>);
      else queued = view as Record<string, unknown>; // the latest wins, once the events are in
    } else if (type === HOST_MESSAGES.play) {
      if (store.getState().filtered.length > 0) store.getState().setPlaying(true);
    } else if (type === HOST_MESSAGES.pause) {
      store.getState().setPlaying(false);
    } else if (type === HOST_MESSAGES.theme) {
      const { theme } = data as { theme?: unknown };
      const valid = EMBED_THEMES.find((t) => t === theme);
      if (valid) deps.setTheme(valid);
    }
  };
  win.addEventListener('message', onMessage);
  // A message the article sent before this listener was added (its dark theme on load, say) is
  // lost: say that the embed listens now, so the article can send it again. It carries nothing
  // but its type, so any origin may read it.
  try {
    (win.parent as Window).postMessage(READY_MESSAGE, '*');
  } catch {
    /* a parent that cannot be told still gets the embed's defaults */
  }
  return () => win.removeEventListener('message', onMessage);
}
