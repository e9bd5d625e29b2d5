import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '../ui/app.css';
import { loadGeography } from '../data/loadGeography';
import { pickLanguage } from '../i18n/catalogues';
import { createViewerStore } from '../store/viewerStore';
import { App } from '../ui/App';
import { StoreProvider } from '../ui/StoreContext';
import { parseMode } from './parseMode';
import { todayInIndochina } from './today';

const params = new URLSearchParams(window.location.search);
const store = createViewerStore({
  mode: parseMode(params.get('mode')),
  lang: pickLanguage(params.get('lang'), navigator.languages ?? [navigator.language]),
});

// The page's language follows the reader's choice (issue 7).
const applyLang = (lang: string) => { document.documentElement.lang = lang; };
applyLang(store.getState().lang);
store.subscribe((s) => applyLang(s.lang));

// Geography starts loading before React renders, in parallel with the code.
const geography = loadGeography(document.baseURI).then(({ value, problems }) => {
  for (const p of problems) {
    store.getState().addNotice({ id: `geo:${p.file}:${p.reason}`, kind: 'geo-failed', file: p.file, count: 1, details: [], reason: p.reason });
  }
  return value;
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App geography={geography} provinceDate={todayInIndochina()} />
      </StoreProvider>
    </StrictMode>,
  );
}
