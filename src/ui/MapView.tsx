import { useEffect, useRef, useState } from 'react';
import type { Geography } from '../domain/geography';
import { isNoWebglError, mountMap, type MapHandle, type MapUiStrings } from '../map';
import type { MessageKey } from '../i18n/locales/en';
import { dayToIso } from '../domain/dayNumber';
import { EventMarkers } from './EventMarkers';
import { LocatorInset } from './inset/LocatorInset';
import { StoryCaption } from './caption/StoryCaption';
import { OpeningLede } from './caption/OpeningLede';
import { NoMatch } from './caption/NoMatch';
import { useViewer, useViewerStoreApi } from './StoreContext';
import { useT } from './useT';
import { afterPaint } from './afterPaint';
import { useMap, useMapRegistration } from './MapHandleContext';
import { errorText } from '../domain/errorText';

type MapStatus = { state: 'loading' } | { state: 'ready' } | { state: 'no-webgl' } | { state: 'failed'; reason: string };

export type MapElement = HTMLDivElement & { mapHandle?: MapHandle };

const COUNTRY_KEYS: Record<string, MessageKey> = {
  VN: 'country.VN', LA: 'country.LA', CN: 'country.CN', TH: 'country.TH', KH: 'country.KH',
};

interface Props {
  geography: Geography;
  camera?: { zoom: number; lat: number; lng: number };
  onCameraChange?: (camera: { zoom: number; lat: number; lng: number }) => void;
}

/** MapLibre's own words, from our catalogues (issue 13: the zoom buttons said "Zoom in" in every language). */
function mapUiStrings(t: ReturnType<typeof useT>): MapUiStrings {
  return {
    zoomIn: t('map.zoomIn'), zoomOut: t('map.zoomOut'), canvas: t('map.canvas'),
    gestureWindows: t('map.gestureWindows'), gestureMac: t('map.gestureMac'), gestureMobile: t('map.gestureMobile'),
  };
}

export function MapView({ geography, camera, onCameraChange }: Props) {
  const t = useT();
  // Only an embed's gestures differ: entering or leaving a presentation keeps the same map.
  const cooperative = useViewer((s) => s.mode === 'embed');
  const containerRef = useRef<MapElement>(null);
  const [status, setStatus] = useState<MapStatus>({ state: 'loading' });
  // The handle is held by MapProvider (one holder, issue 17): this view registers the map it creates.
  const handle = useMap();
  const register = useMapRegistration();
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const store = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const hovered = useViewer((s) => (hover ? s.events.find((e) => e.event.id === hover.id)?.event : undefined));
  // No tooltip for the selected event, whose card shows its title (issue 14 journalist review, 320 px:
  // the tooltip stayed over the card after a click, cut at the frame's right edge).
  const selectedId = useViewer((s) => s.selectedId);
  const [wrapWidth, setWrapWidth] = useState(0);
  // The map is created once per mount; language and time changes reach the
  // live map through its controller, never by re-creating it.
  const initial = useRef({ t, register, store, camera, onCameraChange });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let created: MapHandle | null = null;
    const { t: t0, register: ready, store: st, camera: camera0, onCameraChange: onCamera } = initial.current;
    let disconnect: (() => void) | undefined;
    // The story paints first; then the map library is fetched and started (issue 18).
    afterPaint().then(() => mountMap({
      container,
      geography,
      provinceDate: dayToIso(st.getState().cursor),
      onSelectEvent: (id) => st.getState().select(id),
      onHoverEvent: (h) => { setWrapWidth(container.clientWidth); setHover(h); },
      ...(camera0 ? { camera: camera0 } : {}),
      ...(onCamera ? { onCameraChange: onCamera } : {}),
      attribution: t0('map.attribution', { credits: t0('map.credits') }),
      creditsLabels: { show: t0('map.creditsShow'), hide: t0('map.creditsHide') },
      uiStrings: mapUiStrings(t0),
      cooperativeGestures: cooperative,
      // The embed is a locator map: a step keeps its wide frame of the region (issue 14).
      wideIsStory: cooperative,
      // One rule for an explicit camera (issue 17): the store says when it is held.
      cameraHeld: () => st.getState().cameraHeld,
    }))
      .then((h) => {
        created = h;
        if (cancelled) { h.controller.destroy(); return; }
        container.mapHandle = h;
        setStatus({ state: 'ready' });
        disconnect = ready?.(h);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setStatus(isNoWebglError(e) ? { state: 'no-webgl' } : { state: 'failed', reason: errorText(e) });
      });
    return () => {
      cancelled = true;
      disconnect?.();
      delete container.mapHandle;
      created?.controller.destroy();
    };
  }, [geography, cooperative]);

  useEffect(() => {
    if (!handle) return;
    const names: Record<string, string> = {};
    for (const [code, key] of Object.entries(COUNTRY_KEYS)) names[code] = t(key);
    handle.controller.setCountryNames(names);
  }, [handle, t]);

  // Place, water and road names in the reader's language (issue 13).
  useEffect(() => { handle?.setLanguage?.(lang); }, [handle, lang]);
  useEffect(() => { handle?.setUiStrings?.(mapUiStrings(t)); }, [handle, t]);


  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map-canvas" role="region" aria-label={t('map.label')} data-map-state={status.state} />
      {handle && <EventMarkers />}
      {handle && <LocatorInset />}
      <StoryCaption />
      {/* With the story, not after the map: the lede is part of the first paint (issue 18's LCP). */}
      {(status.state === 'loading' || status.state === 'ready') && <OpeningLede />}
      {/* The filters left no event: said over the map (issue 13, session 11 review). */}
      <NoMatch />
      {hover && hovered && hover.id !== selectedId && (
        // On the side of the pointer with more room, so it stays inside a narrow frame.
        <div className={hover.x > wrapWidth / 2 ? 'map-tooltip map-tooltip-left' : 'map-tooltip'} role="tooltip" style={{ left: hover.x, top: hover.y }}>
          {hovered.title[lang as keyof typeof hovered.title] ?? hovered.title.fr}
        </div>
      )}
      {status.state === 'loading' && <p className="map-status" role="status">{t('map.loading')}</p>}
      {status.state === 'no-webgl' && <p className="map-status map-status-error" role="alert">{t('map.noWebgl')}</p>}
      {status.state === 'failed' && <p className="map-status map-status-error" role="alert">{t('map.failed', { reason: status.reason })}</p>}
    </div>
  );
}
