import { createContext, useContext, type ReactNode } from 'react';

/** Looks up a geography id's name in the reader's language; returns the id itself while the geography loads. */
export type PlaceNameLookup = (id: string, lang: string) => string;

const fallback: PlaceNameLookup = (id) => id;
const PlaceNameContext = createContext<PlaceNameLookup>(fallback);

export function PlaceNameProvider({ lookup, children }: { lookup: PlaceNameLookup; children: ReactNode }) {
  return <PlaceNameContext.Provider value={lookup}>{children}</PlaceNameContext.Provider>;
}

export function usePlaceName(): PlaceNameLookup {
  return useContext(PlaceNameContext);
}
