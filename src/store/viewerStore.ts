import { createStore, type StoreApi } from 'zustand/vanilla';

export type AppMode = 'explore' | 'embed' | 'present';

export interface Notice {
  id: string;
  /** Message key and parameters, translated when shown. */
  kind: 'problems' | 'geo-failed';
  file: string;
  count: number;
  details: string[];
  reason?: string;
}

export interface ViewerState {
  mode: AppMode;
  lang: string;
  notices: Notice[];
  setLang(lang: string): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
}

export type ViewerInit = Pick<ViewerState, 'mode' | 'lang'>;
export type ViewerStore = StoreApi<ViewerState>;

/** One store per app instance: one news page can hold two embeds (HOUSE_STYLE). */
export function createViewerStore(init: ViewerInit): ViewerStore {
  return createStore<ViewerState>()((set) => ({
    ...init,
    notices: [],
    setLang: (lang) => set({ lang }),
    addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  }));
}
