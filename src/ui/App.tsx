import { lazy, Suspense, use, useCallback, useRef, useState } from 'react';
import { PlaceNameProvider, type PlaceNameLookup } from './GeographyContext';
import type { Geography } from '../domain/geography';
import type { MapHandle } from '../map';
import { LanguageSwitch } from './LanguageSwitch';
import { EventPanel } from './events/EventPanel';
import { EventTable } from './events/EventTable';
import { Filters } from './events/Filters';
import { Legend } from './Legend';
import { Timeline } from './timeline/Timeline';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { PresentButton } from './present/PresentButton';
import type { PresentStep } from '../store/presentation';
import { PanelBoundary } from './PanelBoundary';
import { OpenFullMapLink } from './share/OpenFullMapLink';
import { ShareButton } from './share/ShareButton';
import { PhoneSide } from './sheet/PhoneSide';
import { PHONE_QUERY, useMediaQuery } from './sheet/useMediaQuery';
import { useViewer } from './StoreContext';
import { useSettled } from './useSettled';
import { useT } from './useT';

interface Props {
  geography: Promise<Geography>;
  names: Promise<Map<string, { name: string; name_en: string }>>;
  onMapReady?: (handle: MapHandle) => () => void;
  camera?: { zoom: number; lat: number; lng: number };
  onCameraChange?: (camera: { zoom: number; lat: number; lng: number }) => void;
  /** A briefing script's scenes (issue 6), once loaded. */
  script?: Promise<readonly PresentStep[] | null>;
}

function GeographyMap({ geography, onMapReady, camera, onCameraChange }: Omit<Props, 'names' | 'script'>) {
  const geo = use(geography);
  return (
    <MapView geography={geo} {...(onMapReady ? { onReady: onMapReady } : {})}
      {...(camera ? { camera } : {})} {...(onCameraChange ? { onCameraChange } : {})} />
  );
}

/** Place names once the geography has loaded; ids until then, so nothing waits for it. */
function usePlaceNameLookup(names: Props['names']): PlaceNameLookup {
  const map = useSettled(names, null, null);
  // Place names keep their local form and diacritics in every language (issue 7).
  return useCallback((id: string) => map?.get(id)?.name ?? id, [map]);
}

/**
 * In an embed (issue 5) the filters and the table wait behind a disclosure,
 * so the frame stays short; its summary says when the view is filtered.
 */
function EmbedMore() {
  const t = useT();
  const shown = useViewer((s) => s.filtered.length);
  const total = useViewer((s) => s.events.length);
  return (
    <details className="embed-more">
      <summary>
        {t('embed.more')}
        {shown < total && <span className="embed-more-count"> · {t('filters.count', { count: shown, total })}</span>}
      </summary>
      <PanelBoundary name="filters"><Filters /></PanelBoundary>
      <PanelBoundary name="table"><EventTable /></PanelBoundary>
    </details>
  );
}

// The presentation (and turf, and the slide export) load only when a presentation starts.
const Presentation = lazy(() => import('./present/Presentation').then((m) => ({ default: m.Presentation })));

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
  const placeName = usePlaceNameLookup(props.names);
  const embed = mode === 'embed';
  // On a phone the side panels are bottom sheets (issue 7); an embed keeps its own one-column layout.
  const phone = useMediaQuery(PHONE_QUERY) && mode === 'explore';
  const present = mode === 'present';
  // The live map, for the presentation's camera and slide export.
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const { onMapReady } = props;
  const onReady = useCallback((h: MapHandle) => {
    setHandle(h);
    const off = onMapReady?.(h);
    return () => { setHandle(null); off?.(); };
  }, [onMapReady]);
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const mapArea = useCallback(() => mapAreaRef.current, []);
  const script = useScript(props.script);
  const timeline = (
    <div className="timeline-area">
      <PanelBoundary name="timeline"><Timeline /></PanelBoundary>
    </div>
  );
  return (
    <PlaceNameProvider lookup={placeName}>
    <div className={`app app-${mode}`}>
      {!present && <header className="app-header">
        <div className="titles">
          <h1>{t('app.title')}</h1>
          {!embed && <p className="subtitle">{t('app.subtitle')}</p>}
        </div>
        <div className="header-actions">
          {mode === 'explore' && <PresentButton />}
          <ShareButton />
          <LanguageSwitch />
        </div>
      </header>}
      <Notices />
      <main className="app-main">
        <div className="map-area" ref={mapAreaRef}>
          <PanelBoundary name="map">
            <Suspense fallback={<div className="map-wrap"><p className="map-status" role="status">{t('map.loading')}</p></div>}>
              <GeographyMap geography={props.geography} onMapReady={onReady}
                {...(props.camera ? { camera: props.camera } : {})} {...(props.onCameraChange ? { onCameraChange: props.onCameraChange } : {})} />
            </Suspense>
            {!present && <Legend />}
          </PanelBoundary>
          {present && (
            <PanelBoundary name="presentation">
              <Suspense fallback={null}>
                <Presentation geography={props.geography} handle={handle} script={script} mapArea={mapArea} />
              </Suspense>
            </PanelBoundary>
          )}
        </div>
        {/* An embed is one column: the timeline comes right under the map, in reading and Tab order too. */}
        {embed && timeline}
        {!present && <aside className={phone ? 'side phone-side' : 'side'} aria-label={t('side.label')}>
          {phone ? <PhoneSide /> : <PanelBoundary name="event"><EventPanel /></PanelBoundary>}
          {phone ? null : embed ? <EmbedMore /> : (
            <>
              <PanelBoundary name="filters"><Filters /></PanelBoundary>
              <PanelBoundary name="table"><EventTable /></PanelBoundary>
            </>
          )}
        </aside>}
        {!embed && !present && timeline}
      </main>
      {embed && (
        <footer className="embed-footer">
          <p className="embed-credits">{t('map.attribution', { credits: t('map.credits') })}</p>
          <OpenFullMapLink />
        </footer>
      )}
    </div>
    </PlaceNameProvider>
  );
}
