import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
// Noto Sans subset to the app's glyphs at build time, one file per face, shared with the map (issue 18).
import 'noto-subset/fonts.css';
import '../ui/app.css';
import '../ui/sheet/sheet.css';
import '../ui/timeline.css';
import { buildAnchorIndex } from '../domain/anchors';
import { DEFAULT_LANGUAGE, LANGUAGES, loadLanguage, pickLanguage } from '../i18n/catalogues';
import { attachPlayback } from '../store/playback';
import { parseUrlState, type Camera } from '../store/urlState';
import { App } from '../ui/App';
import { loadExplorerChrome, type ExplorerChromeModule } from '../ui/loadExplorerChrome';
import { StoreProvider } from '../ui/StoreContext';
import { AddressProvider } from '../ui/share/AddressContext';
import { followLanguage, onMapReadyWith, reportUnknownEvent, storeFromLink } from './boot';
import { connectMap } from './connectMap';
import type { StartedEmbed } from './embed/startEmbed';
import { loadRecord } from './loadRecord';
import { createAddressFeed, syncUrl } from './urlSync';

// Everything the link says, validated; what could not be used is reported, the rest applies.
const { state: link, rejected } = parseUrlState(window.location.search, window.location.hash, LANGUAGES);
const store = storeFromLink(link, rejected, (asked) => pickLanguage(asked, navigator.languages ?? [navigator.language]));
followLanguage(store, document.documentElement);
attachPlayback(store);

// Geography and events start loading before React renders, in parallel with the code.
// With `live` in the link, the events file is then followed (issue 5).
const record = loadRecord(store, document.baseURI, link.data ?? null, link.live);
const anchors = record.placement.then(buildAnchorIndex);
// A briefing script (issue 6), once the events it names are in.
// Its parser is fetched only when a link names a script.
const scriptParam = link.script;
const script = scriptParam !== undefined
  ? import('./loadScript').then((m) => m.loadScript(store, document.baseURI, scriptParam, record.events))
  : undefined;
// The address follows the view once the events are in (until then the link stays as given);
// the camera is the store's, set where the map reports a move the reader made.
// The address as last written, for the Share dialog and an embed's mirror: subscribers from the start.
const address = createAddressFeed(window);
void record.events.then((events) => {
  reportUnknownEvent(store, link.event, rejected, events);
  syncUrl(store, window, link.data).subscribe(address.publish);
});
const onCameraChange = (c: Camera) => store.getState().setCamera(c);

// An embed (issues 5 and 14): drawn as its src says (height, controls, theme, transparent),
// telling the page around it its height, and driven by that page if it asks; all of it in
// a module that only embeds fetch (src/app/embed/startEmbed.ts).
const root = document.getElementById('root');
const isEmbed = store.getState().mode === 'embed';
const embed: Promise<StartedEmbed> | null = isEmbed && root
  ? import('./embed/startEmbed').then((m) => m.startEmbed(window, {
    store, options: link.embed ?? {}, root, languages: LANGUAGES, events: record.events, subscribeAddress: address.subscribe,
  }))
  : null;

// Connected to the store once the events and their anchors are in (boot.ts).
const onMapReady = onMapReadyWith({
  anchors, events: record.events, embed,
  connect: (handle, a) => connectMap(store, handle, a),
});

/** Outside an embed, nothing wraps the app. */
function Passthrough({ children }: { options: unknown; children: ReactNode }) { return children; }

// The reader's language (its own chunk) comes first, in parallel with the data; the
// default language if it cannot be had. Only if no language loads at all is the page
// left with a plain message (there are no translated words to say it with).
const languageReady = loadLanguage(store.getState().lang)
  .catch(() => loadLanguage(DEFAULT_LANGUAGE).then((pack) => { store.getState().setLang(pack.code); return pack; }));
// The explorer's panels (a chunk the briefing mode does without, issue 8) come in the same
// round trip, so the title, timeline and table still paint together, before the map library.
// If they cannot be had, the page renders without them and says so (App retries).
// An embed has panels of its own (src/ui/embed/EmbedChrome.tsx: the same parts, laid over its map).
const chromeReady: Promise<ExplorerChromeModule | undefined> = store.getState().mode === 'present'
  ? Promise.resolve(undefined)
  : (isEmbed ? import('../ui/embed/EmbedChrome') : loadExplorerChrome()).catch(() => (isEmbed ? loadExplorerChrome() : undefined)).catch(() => undefined);
if (root) {
  // An embed paints once its frame is set up (its dark styles in, if drawn dark).
  // If its module cannot be had, the embed still paints, with its defaults.
  const embedReady = embed?.then((e) => e.ready.then(() => e)).catch(() => null) ?? Promise.resolve(null);
  void Promise.all([languageReady, chromeReady, embedReady]).then(([, chrome, started]) => {
    const Wrap = started?.Provider ?? Passthrough;
    createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <AddressProvider source={address}>
        <Wrap options={link.embed ?? {}}>
        <App geography={record.geography} names={record.names} onMapReady={onMapReady} {...(script ? { script } : {})}
          onCameraChange={onCameraChange} {...(link.camera ? { camera: link.camera } : {})} {...(chrome ? { chrome } : {})} />
        </Wrap>
        </AddressProvider>
      </StoreProvider>
    </StrictMode>,
    );
  }, () => { root.textContent = 'Impossible de charger les textes de la page ; rechargez-la. / This page could not load its texts; reload to try again. / Không tải được nội dung chữ của trang; hãy tải lại trang.'; });
}
