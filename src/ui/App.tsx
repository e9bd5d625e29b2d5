import { lazy, Suspense, use, useCallback, useMemo, useRef } from 'react';
import { PlaceNameProvider, type PlaceNameLookup } from './GeographyContext';
import type { Geography } from '../domain/geography';
import { loadPart } from '../i18n/catalogues';
import { placeNameLookup, type PlaceNameRecord } from './placeNameLookup';
import type { MapHandle } from '../map';
import { MapView } from './MapView';
import { MapProvider } from './MapHandleContext';
import { Notices } from './Notices';
import type { PresentStep } from '../store/presentation';
import { PanelBoundary } from './PanelBoundary';
import { loadExplorerChrome, type ExplorerChromeModule } from './loadExplorerChrome';
import { embedTitleKey } from './embed/embedTitle';
import { useViewer } from './StoreContext';
import { useCompactExplorer } from './sheet/useMediaQuery';
import { useRetryable } from './useRetryable';
import { useSettled } from './useSettled';
import { useT } from './useT';

interface Props {
  geography: Promise<Geography>;
  names: Promise<Map<string, PlaceNameRecord>>;
  /** The page's wiring when the map is drawn (MapProvider calls it; the returned function when the map goes). */
  onMapReady?: (handle: MapHandle) => () => void;
  camera?: { zoom: number; lat: number; lng: number };
  onCameraChange?: (camera: { zoom: number; lat: number; lng: number }) => void;
  /** A briefing script's scenes (issue 6), once loaded. */
  script?: Promise<readonly PresentStep[] | null>;
  /** The explorer's panels, when the page loaded them before the first render (not in the briefing mode). */
  chrome?: ExplorerChromeModule;
}

function GeographyMap({ geography, camera, onCameraChange }: Omit<Props, 'names' | 'script' | 'onMapReady'>) {
  const geo = use(geography);
  return (
    <MapView geography={geo} {...(camera ? { camera } : {})} {...(onCameraChange ? { onCameraChange } : {})} />
  );
}

/** Place names once the geography has loaded; ids until then, so nothing waits for it. */
function usePlaceNameLookup(names: Props['names']): PlaceNameLookup {
  const map = useSettled(names, null, null);
  return useMemo(() => placeNameLookup(map), [map]);
}

// The presentation (and turf, and the slide export, and present mode's words: issue 18) load only when a presentation starts.
const Presentation = lazy(() => Promise.all([import('./present/Presentation'), loadPart('present')]).then(([m]) => ({ default: m.Presentation })));

/**
 * The explorer's panels (ExplorerChrome.tsx): given at start, or fetched when
 * the mode first needs them (leaving a briefing that the page opened in).
 */
function useExplorerChrome(needed: boolean, initial: ExplorerChromeModule | undefined) {
  const { state, retried, retry } = useRetryable(needed && !initial ? 'explorer' : null, loadExplorerChrome);
  return { chrome: initial ?? (state === 'pending' ? null : state), retried, retry };
}

/**
 * The script's scenes once loaded; 'pending' while it loads; null without a
 * script, or when nothing in it could be used (the presentation then steps
 * through the events, and a notice says why).
 */
function useScript(script: Props['script']): readonly PresentStep[] | null | 'pending' {
  const steps = useSettled(script, script ? 'pending' as const : null, null);
  return steps === 'pending' || steps === null ? steps : steps.length > 0 ? steps : null;
}

export function App(props: Props) {
  const t = useT();
  const mode = useViewer((s) => s.mode);
  // The explorer's one-column layout (useMediaQuery.ts), phones and narrow windows alike.
  const compact = useCompactExplorer();
  const placeName = usePlaceNameLookup(props.names);
  const embed = mode === 'embed';
  // An embed filtered to one border says which (issue 14, session 8).
  const title = useViewer((s) => (s.mode === 'embed' ? embedTitleKey(s.filters.pairs) : 'app.title'));
  const present = mode === 'present';
  const { chrome, retry, retried } = useExplorerChrome(!present, props.chrome);
  const ui = chrome === null || chrome === 'failed' ? null : chrome;
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const mapArea = useCallback(() => mapAreaRef.current, []);
  const script = useScript(props.script);
  // Until the explorer's panels are in (only when leaving a briefing the page opened in), or if they cannot be had.
  const chromeStatus = present || ui ? null : chrome === 'failed'
    ? (
      <div role="alert" className="panel-error">
        <p>{t('error.panel', { name: 'explorer' })}</p>
        <button type="button" onClick={retry}>{t('error.retry')}</button>
        {retried && <button type="button" onClick={() => window.location.reload()}>{t('error.reload')}</button>}
      </div>
    )
    : <p role="status" className="panel-status">{t('app.loading')}</p>;
  return (
    <PlaceNameProvider lookup={placeName}>
    <MapProvider onReady={props.onMapReady}>
    <div className={`app app-${mode}${compact ? ' app-compact' : ''}`}>
      {!embed && !present && ui && <SkipToTimeline />}
      {!present && <header className="app-header">
        <div className="titles">
          <h1 title={t(title)}>{t(title)}</h1>
          {!embed && <p className="subtitle">{t('app.subtitle')}</p>}
        </div>
        {ui && <ui.HeaderActions />}
      </header>}
      <Notices />
      <main className="app-main">
        <div className="map-area" ref={mapAreaRef}>
          <PanelBoundary name="map">
            <Suspense fallback={<div className="map-wrap"><p className="map-status" role="status">{t('map.loading')}</p></div>}>
              <GeographyMap geography={props.geography}
                {...(props.camera ? { camera: props.camera } : {})} {...(props.onCameraChange ? { onCameraChange: props.onCameraChange } : {})} />
            </Suspense>
            {/* The embed's legend is over its map; the explorer's is in its side panel or a phone's sheet. */}
            {embed && ui && <ui.Legend placement="map" />}
          </PanelBoundary>
          {present && (
            <PanelBoundary name="presentation">
              <Suspense fallback={null}>
                <Presentation geography={props.geography} script={script} mapArea={mapArea} />
              </Suspense>
            </PanelBoundary>
          )}
        </div>
        {/* The timeline comes right after the map, in reading and Tab order, in the embed and in the
            explorer too (session 8 review: Play was 46 Tab presses on, behind the panel's filters and
            list); the explorer's grid still draws the panel beside the map and the timeline under it. */}
        {!present && ui && <ui.TimelineArea />}
        {!present && ui && <ui.Side />}
        {chromeStatus}
      </main>
      {embed && ui && <ui.EmbedFooter />}
    </div>
    </MapProvider>
    </PlaceNameProvider>
  );
}

/**
 * The first Tab stop (issue 13 review: Play took 50 Tab presses at 1440, the table's 26 rows came
 * first). A button, not a link: the address's #fragment holds the camera. Seen when focused.
 */
export function SkipToTimeline() {
  const t = useT();
  return (
    <button type="button" className="skip-link"
      onClick={() => document.querySelector<HTMLElement>('.timeline-area')?.focus()}>
      {t('app.skipToTimeline')}
    </button>
  );
}
