import { Suspense, use } from 'react';
import type { Geography } from '../domain/geography';
import type { MapHandle } from '../map';
import { LanguageSwitch } from './LanguageSwitch';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { Notices } from './Notices';
import { PanelBoundary } from './PanelBoundary';
import { useViewer } from './StoreContext';
import { useT } from './useT';

interface Props {
  geography: Promise<Geography>;
  provinceDate: string;
  onMapReady?: (handle: MapHandle) => void;
}

function GeographyMap({ geography, provinceDate, onMapReady }: Props) {
  const geo = use(geography);
  return <MapView geography={geo} provinceDate={provinceDate} {...(onMapReady ? { onReady: onMapReady } : {})} />;
}

export function App(props: Props) {
  const t = useT();
  const mode = useViewer((s) => s.mode);
  return (
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
        <PanelBoundary name="map">
          <Suspense fallback={<div className="map-wrap"><p className="map-status" role="status">{t('map.loading')}</p></div>}>
            <GeographyMap {...props} />
          </Suspense>
          <Legend />
        </PanelBoundary>
      </main>
    </div>
  );
}
