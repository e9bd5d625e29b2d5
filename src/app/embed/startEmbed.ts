import type { MapHandle } from '../../map';
import type { Camera, EmbedOptions } from '../../store/urlState';
import type { ViewerStore } from '../../store/viewerStore';
import { EmbedProvider } from '../../ui/embed/EmbedContext';
import { embedFrame } from './embedFrame';
import { embedIdFrom } from './embedId';
import { hostApi } from './hostApi';
import { reportHeight } from './reportHeight';

export interface StartedEmbed {
  /** Wraps the app: the embed's options and its panels' shared state (src/ui/embed). */
  Provider: typeof EmbedProvider;
  /** Resolves when the frame can paint: its dark styles are in if it is drawn dark. */
  ready: Promise<unknown>;
  /** The map is up: it follows the frame's theme and the host page's camera. Returns the function that lets it go. */
  attachMap(handle: MapHandle): () => void;
}

interface Deps {
  store: ViewerStore;
  options: Readonly<EmbedOptions>;
  root: HTMLElement;
  languages: readonly string[];
  /** The events are in the store. */
  events: Promise<unknown>;
  /** The address feed, for the opt-in mirror (src/app/urlSync.ts). */
  subscribeAddress: (listener: (href: string) => void) => () => void;
}

/**
 * Everything only an embed does (issues 5 and 14), in a module of its own so
 * that the explorer's and the briefing's page loads do without it: the
 * frame's attributes and theme (embedFrame.ts), the dark styles when drawn
 * dark, the height messages to the page around it, the opt-in mirror, and
 * the host API that lets that page drive the map.
 */
export function startEmbed(win: Window, { store, options, root, languages, events, subscribeAddress }: Deps): StartedEmbed {
  const frame = embedFrame(win, options);
  let themeCss: Promise<unknown> | null = null;
  // src/ui/theme.css, fetched only by a frame drawn dark, before it paints, or when it turns dark later.
  const darkStyles = () => (themeCss ??= import('../../ui/theme.css').catch(() => { themeCss = null; }));
  if (frame.dark()) void darkStyles();
  frame.subscribe((dark) => { if (dark) void darkStyles(); });

  const embedId = embedIdFrom(win.location.search);
  reportHeight(win, root, embedId);
  // Fetched only when the page asked for it (most embeds do not).
  if (new URLSearchParams(win.location.search).has('mirror')) {
    void import('./mirrorState').then((m) => m.mirrorState(win, embedId, subscribeAddress));
  }

  let map: MapHandle | null = null;
  let cameraWanted: Camera | null = null;
  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  hostApi(win, store, {
    languages,
    ready: events,
    moveCamera: (c) => { if (map) map.flyTo(c, !reducedMotion()); else cameraWanted = c; },
    setTheme: (theme) => frame.setTheme(theme),
  });

  return {
    Provider: EmbedProvider,
    ready: themeCss ?? Promise.resolve(),
    attachMap(handle) {
      map = handle;
      const off = frame.subscribe((dark) => handle.setTheme?.(dark));
      if (frame.dark()) handle.setTheme?.(true);
      if (cameraWanted) { handle.flyTo(cameraWanted, false); cameraWanted = null; }
      return () => { off(); if (map === handle) map = null; };
    },
  };
}
