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
}

const DEFAULT: EmbedUi = { options: {}, moreOpen: false, moreId: 'embed-more', setMoreOpen: () => undefined };
const EmbedContext = createContext<EmbedUi>(DEFAULT);

export function EmbedProvider({ options, children }: { options: Readonly<EmbedOptions>; children: ReactNode }) {
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const value = useMemo(() => ({ options, moreOpen, moreId, setMoreOpen }), [options, moreOpen, moreId]);
  return <EmbedContext.Provider value={value}>{children}</EmbedContext.Provider>;
}

export function useEmbedUi(): EmbedUi {
  return useContext(EmbedContext);
}
