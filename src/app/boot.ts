import type { AnchorIndex } from '../domain/anchors';
import type { BorderEvent } from '../domain/event';
import { DEFAULT_DISPLAY } from '../domain/viewLimits';
import type { MapHandle } from '../map';
import type { UrlRejection, UrlState } from '../store/urlState';
import { createViewerStore, type ViewerStore } from '../store/viewerStore';

// The explorer's start-up steps that decide something (issue 17: main.tsx kept
// them inline, where no unit test reached them); main.tsx only wires them to
// the page.

/** What could not be used from a link, as the notice lines show it (`param=value`). */
const ignoredLines = (rejected: readonly UrlRejection[]) => rejected.map((r) => `${r.param}=${r.value}`);

/**
 * The store as the link says, validated: its mode, view, filters, selection
 * and camera; the language is the link's or the reader's browser's
 * (`pickLang`). What the link said that could not be used is reported in a
 * notice, the rest applies.
 */
export function storeFromLink(link: UrlState, rejected: readonly UrlRejection[], pickLang: (asked: string | undefined) => string): ViewerStore {
  const store = createViewerStore({
    mode: link.mode ?? 'explore',
    lang: pickLang(link.lang),
    ...(link.cursor !== undefined ? { cursor: link.cursor } : {}),
    display: { mode: link.display ?? DEFAULT_DISPLAY.mode, windowMonths: link.windowMonths ?? DEFAULT_DISPLAY.windowMonths },
    filters: { types: link.types ?? [], pairs: link.pairs ?? [], query: link.query ?? '' },
    ...(link.event ? { selectedId: link.event } : {}),
    ...(link.camera ? { camera: link.camera } : {}),
  });
  if (rejected.length > 0) {
    store.getState().addNotice({ id: 'link', kind: 'link-ignored', file: '', count: rejected.length, details: ignoredLines(rejected) });
  }
  return store;
}

/**
 * Once the events are in: an event id the link gave that is well formed but
 * not in the data is ignored too, and said so in the same notice.
 */
export function reportUnknownEvent(store: ViewerStore, event: string | undefined, rejected: readonly UrlRejection[], events: readonly BorderEvent[]): void {
  if (!event || events.some((e) => e.id === event)) return;
  const ignored = [...ignoredLines(rejected), `event=${event}`];
  store.getState().addNotice({ id: 'link', kind: 'link-ignored', file: '', count: ignored.length, details: ignored });
}

/** The page's language follows the reader's choice (issue 7); returns the unsubscribe function. */
export function followLanguage(store: ViewerStore, root: { lang: string }): () => void {
  root.lang = store.getState().lang;
  return store.subscribe((s) => s.lang, (lang) => { root.lang = lang; });
}

export interface MapReadyDeps {
  /** Feeds the map from the store (connectMap); returns the disconnect function. */
  connect(handle: MapHandle, anchors: AnchorIndex): () => void;
  /** Where events are placed, once known. */
  anchors: Promise<AnchorIndex>;
  /** The events, once in the store. */
  events: Promise<unknown>;
  /** An embed, once started: its map follows its theme and the host page (attachMap returns the detach function). */
  embed?: Promise<{ attachMap(handle: MapHandle): () => void }> | null;
  /** Runs the connection in a task of its own (default: setTimeout 0). */
  defer?: (run: () => void) => void;
}

/**
 * What the app does when its map is ready, and undoes when the map goes:
 * connects it to the store once the events and their anchors are in, in a
 * task of its own after the one that put the events in the store (at 100k
 * events each costs about a second of main thread, and together they made
 * one 2.8 s long task, issue 8). An embed's map is attached to the embed.
 * Nothing is connected or attached after the returned cleanup ran.
 */
export function onMapReadyWith(deps: MapReadyDeps): (handle: MapHandle) => () => void {
  const defer = deps.defer ?? ((run: () => void) => { setTimeout(run, 0); });
  return (handle) => {
    let disconnect: (() => void) | null = null;
    let detach: (() => void) | null = null;
    let cancelled = false;
    void deps.embed?.then((e) => { if (!cancelled) detach = e.attachMap(handle); });
    void Promise.all([deps.anchors, deps.events]).then(([a]) => defer(() => { if (!cancelled) disconnect = deps.connect(handle, a); }));
    return () => { cancelled = true; disconnect?.(); detach?.(); };
  };
}
