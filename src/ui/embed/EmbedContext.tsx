import { createContext, useContext, useId, useMemo, useState, type ReactNode } from 'react';
import type { EmbedOptions } from '../../store/urlState';

/**
 * How this embed is drawn (issue 14), as its iframe's `src` said
 * (src/store/urlState.ts), and whether its "Filters and list" panel is
 * open: the footer's button opens it, the map's overlay shows it. Given by
 * the embed's entry (src/app/main.tsx); outside an embed, the defaults.
 */
export interface EmbedUi {
  options: Readonly<EmbedOptions>;
  moreOpen: boolean;
  /** The panel's element id, for the button's aria-controls. */
  moreId: string;
  setMoreOpen(open: boolean): void;
  /** The footer's source line opens the sources and "Get the data" over the map (one panel at a time). */
  sourcesOpen: boolean;
  sourcesId: string;
  /** Opened by "Get the data": focus on its first button rather than on Close. */
  sourcesFocusData: boolean;
  setSourcesOpen(open: boolean, focusData?: boolean): void;
  /** The legend over the map (open at first with `legend=open`): one overlay at a time (useOneOverlay.ts). */
  legendOpen: boolean;
  setLegendOpen(open: boolean): void;
}

const DEFAULT: EmbedUi = {
  options: {}, moreOpen: false, moreId: 'embed-more', setMoreOpen: () => undefined,
  sourcesOpen: false, sourcesId: 'embed-sources', sourcesFocusData: false, setSourcesOpen: () => undefined,
  legendOpen: false, setLegendOpen: () => undefined,
};
const EmbedContext = createContext<EmbedUi>(DEFAULT);

export function EmbedProvider({ options, children }: { options: Readonly<EmbedOptions>; children: ReactNode }) {
  const [open, setOpen] = useState<'more' | 'sources' | null>(null);
  const moreId = useId();
  const sourcesId = useId();
  const [focusData, setFocusData] = useState(false);
  // `legend=open` opens it at every width: in a frame 480 px wide or less as one row of the key that
  // scrolls sideways (embed.css; session 11 journalist review: it opened closed there, the parameter
  // silently ignored, after the whole key had covered most of a narrow map).
  const [legendOpen, setLegendOpen] = useState(() => options.legend === 'open');
  const value = useMemo(() => ({
    options, moreId, sourcesId,
    moreOpen: open === 'more', setMoreOpen: (on: boolean) => setOpen((o) => (on ? 'more' : o === 'more' ? null : o)),
    sourcesOpen: open === 'sources', sourcesFocusData: focusData,
    setSourcesOpen: (on: boolean, data = false) => { setFocusData(data); setOpen((o) => (on ? 'sources' : o === 'sources' ? null : o)); },
    legendOpen, setLegendOpen,
  }), [options, open, moreId, sourcesId, focusData, legendOpen]);
  return <EmbedContext.Provider value={value}>{children}</EmbedContext.Provider>;
}

export function useEmbedUi(): EmbedUi {
  return useContext(EmbedContext);
}
