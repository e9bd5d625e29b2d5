import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Where the UI learns the page's address as the app writes it (issue 5). The
 * address is written outside React, throttled (src/app/urlSync.ts); the entry
 * point hands its feed down here, so the UI never imports src/app.
 */
export interface AddressSource {
  current(): string;
  subscribe(listener: () => void): () => void;
}

/** Without a provider (tests, a page that never syncs its address): the address as it is, unchanging. */
const STATIC: AddressSource = { current: () => window.location.href, subscribe: () => () => undefined };

const AddressContext = createContext<AddressSource>(STATIC);

export function AddressProvider({ source, children }: { source: AddressSource; children: ReactNode }) {
  return <AddressContext.Provider value={source}>{children}</AddressContext.Provider>;
}

/** The page's address, re-rendering when the app writes a new one; no polling. */
export function useAddress(): string {
  const source = useContext(AddressContext);
  return useSyncExternalStore(source.subscribe, source.current);
}
