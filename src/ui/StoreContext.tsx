import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ViewerState, ViewerStore } from '../store/viewerStore';

const StoreContext = createContext<ViewerStore | null>(null);

export function StoreProvider({ store, children }: { store: ViewerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The instance's store; fails loudly outside a provider rather than using a hidden global. */
export function useViewerStoreApi(): ViewerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useViewer must be used inside <StoreProvider>');
  return store;
}

export function useViewer<T>(selector: (s: ViewerState) => T): T {
  return useStore(useViewerStoreApi(), selector);
}
