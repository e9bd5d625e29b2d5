import { Suspense, use, useCallback, useEffect, useState } from 'react';
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
import { PanelBoundary } from './PanelBoundary';
import { OpenFullMapLink } from './share/OpenFullMapLink';
import { ShareButton } from './share/ShareButton';
import { PhoneSide } from './sheet/PhoneSide';
import { PHONE_QUERY, useMediaQuery } from './sheet/useMediaQuery';
import { useViewer } from './StoreContext';
import { useT } from './useT';

interface Props {
  geography: Promise<Geography>;
  names: Promise<Map<string, { name: string; name_en: string }>>;
  onMapReady?: (handle: MapHandle) => () => void;
  camera?: { zoom: number; lat: number; lng: number };
  onCameraChange?: (camera: { zoom: number; lat: number; lng: number }) => void;
}

function GeographyMap({ geography, onMapReady, camera, onCameraChange }: Omit<Props, 'names'>) {
  const geo = use(geography);
  return (
    <MapView geography={geo} {...(onMapReady ? { onReady: onMapReady } : {})}
      {...(camera ? { camera } : {})} {...(onCameraChange ? { onCameraChange } : {})} />
  );
}

/** Place names once the geography has loaded; ids until then, so nothing waits for it. */
function usePlaceNameLookup(names: Props['names']): PlaceNameLookup {
  const [map, setMap] = useState<Map<string, { name: string; name_en: string }> | null>(null);
  useEffect(() => {
    let live = true;
    names.then((m) => { if (live) setMap(m); }, () => undefined);
    return () => { live = false; };
  }, [names]);
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

export function App(props: Props) {
  const t = useT();
  const mode = useViewer((s) => s.mode);
  const placeName = usePlaceNameLookup(props.names);
  const embed = mode === 'embed';
  // On a phone the side panels are bottom sheets (issue 7); an embed keeps its own one-column layout.
  const phone = useMediaQuery(PHONE_QUERY) && mode === 'explore';
  const timeline = (
    <div className="timeline-area">
      <PanelBoundary name="timeline"><Timeline /></PanelBoundary>
    </div>
  );
  return (
    <PlaceNameProvider lookup={placeName}>
    <div className={`app app-${mode}`}>
      <header className="app-header">
        <div className="titles">
          <h1>{t('app.title')}</h1>
          {!embed && <p className="subtitle">{t('app.subtitle')}</p>}
        </div>
        <div className="header-actions">
          {mode !== 'present' && <ShareButton />}
          <LanguageSwitch />
        </div>
      </header>
      <Notices />
      <main className="app-main">
        <div className="map-area">
          <PanelBoundary name="map">
            <Suspense fallback={<div className="map-wrap"><p className="map-status" role="status">{t('map.loading')}</p></div>}>
              <GeographyMap geography={props.geography} {...(props.onMapReady ? { onMapReady: props.onMapReady } : {})}
                {...(props.camera ? { camera: props.camera } : {})} {...(props.onCameraChange ? { onCameraChange: props.onCameraChange } : {})} />
            </Suspense>
            <Legend />
          </PanelBoundary>
        </div>
        {/* An embed is one column: the timeline comes right under the map, in reading and Tab order too. */}
        {embed && timeline}
        <aside className={phone ? 'side phone-side' : 'side'} aria-label={t('side.label')}>
          {phone ? <PhoneSide /> : <PanelBoundary name="event"><EventPanel /></PanelBoundary>}
          {phone ? null : embed ? <EmbedMore /> : (
            <>
              <PanelBoundary name="filters"><Filters /></PanelBoundary>
              <PanelBoundary name="table"><EventTable /></PanelBoundary>
            </>
          )}
        </aside>
        {!embed && timeline}
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
