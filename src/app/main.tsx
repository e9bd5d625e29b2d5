import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '../ui/app.css';
import '../ui/timeline.css';
import { buildAnchorIndex } from '../domain/anchors';
import { pickLanguage } from '../i18n/catalogues';
import type { MapHandle } from '../map';
import { attachPlayback } from '../store/playback';
import { createViewerStore } from '../store/viewerStore';
import { App } from '../ui/App';
import { StoreProvider } from '../ui/StoreContext';
import { connectMap } from './connectMap';
import { loadRecord } from './loadRecord';
import { parseMode } from './parseMode';

const params = new URLSearchParams(window.location.search);
const store = createViewerStore({
  mode: parseMode(params.get('mode')),
  lang: pickLanguage(params.get('lang'), navigator.languages ?? [navigator.language]),
});

// The page's language follows the reader's choice (issue 7).
const applyLang = (lang: string) => { document.documentElement.lang = lang; };
applyLang(store.getState().lang);
store.subscribe((s, prev) => { if (s.lang !== prev.lang) applyLang(s.lang); });
attachPlayback(store);

// Geography and events start loading before React renders, in parallel with the code.
const record = loadRecord(store, document.baseURI, params.get('data'));
const anchors = record.geography.then(buildAnchorIndex);
const onMapReady = (handle: MapHandle): (() => void) => {
  let disconnect: (() => void) | null = null;
  let cancelled = false;
  void Promise.all([anchors, record.events]).then(([a]) => { if (!cancelled) disconnect = connectMap(store, handle, a); });
  return () => { cancelled = true; disconnect?.(); };
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App geography={record.geography} names={record.names} onMapReady={onMapReady} />
      </StoreProvider>
    </StrictMode>,
  );
}
