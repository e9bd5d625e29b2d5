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

export function App(props: Props) {
  const t = useT();
  const mode = useViewer((s) => s.mode);
  const placeName = usePlaceNameLookup(props.names);
  return (
    <PlaceNameProvider lookup={placeName}>
    <div className={`app app-${mode}`}>
      <header className="app-header">
        <div className="titles">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch />
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
        <aside className="side" aria-label={t('side.label')}>
          <PanelBoundary name="event"><EventPanel /></PanelBoundary>
          <PanelBoundary name="filters"><Filters /></PanelBoundary>
          <PanelBoundary name="table"><EventTable /></PanelBoundary>
        </aside>
        <div className="timeline-area">
          <PanelBoundary name="timeline"><Timeline /></PanelBoundary>
        </div>
      </main>
    </div>
    </PlaceNameProvider>
  );
}
