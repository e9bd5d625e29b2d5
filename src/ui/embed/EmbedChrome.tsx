import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { LanguageSwitch } from '../LanguageSwitch';
import { useMap } from '../MapHandleContext';
import { EventPanel } from '../events/EventPanel';
import { useFilterCount } from '../events/useFilterCount';
import { Legend as SharedLegend } from '../Legend';
import { PanelBoundary } from '../PanelBoundary';
import { OpenFullMapLink } from '../share/OpenFullMapLink';
import { ShareButton } from '../share/ShareButton';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useVisibleCount } from '../events/useVisibleEvents';
import { Timeline } from '../timeline/Timeline';
import { useT } from '../useT';
import { cardPadding, topCover, withSpread } from './cardPadding';
import { openLegendCover, openingTopRoom } from './legendCover';
import { useEmbedUi } from './EmbedContext';
import { useOneOverlay } from './useOneOverlay';
import '../embed.css';

/**
 * The embed's panels (issue 14), in place of ExplorerChrome.tsx and with the
 * same exports, so App lays them out the same way. The frame has a fixed
 * height (embed.css) that nothing a reader does changes: the selected
 * event's details are a card over the map, the filters and the list a panel
 * over it, scrolling inside. The language menu and the playback options are
 * shown only with `controls=full`; the full map has them all.
 */

import { EmbedMorePanel } from './EmbedMorePanel';
import { EmbedSources } from './EmbedSources';
import { embedSources } from './embedSources';

// No lazy parts here, and the explorer's panels whole (its TimelineArea below): fetching parts
// on demand, or importing them apart, split the explorer's chunk, which cost the explorer's
// page load 1 to 5 kB of gzip (measured). The embed uses that chunk, and adds this small one.

export function HeaderActions() {
  const { options } = useEmbedUi();
  return (
    <div className="header-actions">
      <ShareButton />
      {options.controls === 'full' && <LanguageSwitch />}
    </div>
  );
}

/**
 * The legend over the map: the explorer's, open at first with `legend=open`. Its map symbols
 * wait behind their disclosure (issue 14 review: open, it covered half a 680 px map), so the
 * open legend is the events' key, in a card never taller than half the map (embed.css).
 */
export function Legend({ placement }: { placement: 'panel' | 'map' }) {
  const { legendOpen, setLegendOpen } = useEmbedUi();
  useFrameBelowLegend(legendOpen);
  return <SharedLegend placement={placement} open={legendOpen} onOpenChange={setLegendOpen} foldMap foldLabel="legend.mapSymbols" />;
}

/**
 * The story framed in the part of the map the legend leaves free (issue 14 journalist review: open
 * at 680 × 560 it hid the story's north). The first frame is connectMap's; opening or closing the
 * legend frames it again, easing, as long as the camera is still the app's own: nothing selected,
 * no border ticked, not moved by the reader, a link or the host page (store `camera`).
 */
function useFrameBelowLegend(open: boolean) {
  const handle = useMap();
  const api = useViewerStoreApi();
  const was = useRef(open);
  useEffect(() => {
    if (was.current === open) return;
    was.current = open;
    const s = api.getState();
    if (!handle || s.selectedId !== null || s.camera !== null || s.filters.pairs.length > 0) return;
    const c = handle.controller;
    c.frameOpening(c.visibleIds(), { coveredTop: openLegendCover(document), padding: openingTopRoom(), animate: true });
  }, [open, handle, api]);
}

/** Over the map: the selected event's card, and the filters and list once opened. */
export function Side() {
  const t = useT();
  const { moreOpen, moreId, setMoreOpen, sourcesOpen, sourcesId, setSourcesOpen, sourcesFocusData } = useEmbedUi();
  const selectedId = useViewer((s) => s.selectedId);
  // The card shows the event's title, date, type and the start of its quote; "Read more" opens
  // the rest, for that event (session 10 journalist review: whole, it covered half a 680 px map).
  const [fullFor, setFullFor] = useState<string | null>(null);
  const full = selectedId !== null && fullFor === selectedId;
  // One overlay at a time (choosing an event in the list shows its card on the map: the panel gives way).
  useOneOverlay();
  const card = useRef<HTMLDivElement>(null);
  const handle = useMap();
  // The selected symbol beside the card (issue 14 review: the card covered it): once the card
  // is drawn, and again once the camera rests (the map's own follow may still be moving), the
  // camera brings the symbol into the part of the map the card leaves free.
  // A camera a link or a host page's view set is kept until the reader acts (the map's one rule, issue 17).
  useEffect(() => {
    if (selectedId === null || !handle || handle.controller.cameraHeld()) return;
    let live = true, settled = false;
    const keepInView = () => {
      const el = card.current, mapEl = el?.closest('.app-main')?.querySelector('.map-area');
      if (!live || !el || !mapEl) return;
      const m = mapEl.getBoundingClientRect();
      const covered = cardPadding(el.getBoundingClientRect(), m);
      if (!covered) return;
      // Nor under the controls along the map's top (the legend's button, the north arrow).
      const top = topCover([...mapEl.querySelectorAll('.legend-map .legend-head, .offscreen-north')].map((e) => e.getBoundingClientRect()), m);
      const padding = m.height - covered.bottom - Math.max(covered.top, top) >= 48 ? { ...covered, top: Math.max(covered.top, top) } : covered;
      const symbol = handle.controller.visiblePoints((lon, lat) => handle.project(lon, lat), Infinity)?.find((p) => p.id === selectedId);
      const pad = symbol ? withSpread(padding, symbol.x - symbol.ax, symbol.y - symbol.ay, m.width, m.height) : padding;
      // Drawn in the free part already: the camera stays where the reader left it.
      if (symbol && symbol.x >= pad.left && symbol.x <= m.width - pad.right && symbol.y >= pad.top && symbol.y <= m.height - pad.bottom) return;
      // Out of view (or not drawn): the map's follow brings it in, zooming as it must.
      const inView = symbol && symbol.x >= 0 && symbol.x <= m.width && symbol.y >= 0 && symbol.y <= m.height;
      if (!inView) { if (!settled) handle.controller.follow([selectedId], { padding: pad }); return; }
      // In view, under the card: pan, at the same zoom, to put it in the free part's middle
      // (issue 14 journalist review: the follow zoomed a 680 px map out from the focus provinces).
      handle.controller.panPoint({ x: symbol.x, y: symbol.y }, { x: (pad.left + m.width - pad.right) / 2, y: (pad.top + m.height - pad.bottom) / 2 });
    };
    const frame = requestAnimationFrame(() => {
      keepInView();
      void handle.whenIdle().then(() => { settled = true; keepInView(); });
    });
    return () => { live = false; cancelAnimationFrame(frame); };
  }, [selectedId, handle, full]);
  return (
    <aside className="side embed-side" aria-label={t('side.label')}>
      {selectedId !== null && (
        <div className={full ? 'embed-card embed-card-full' : 'embed-card'} ref={card}>
          <PanelBoundary name="event"><EventPanel /></PanelBoundary>
          {!full && <button type="button" className="embed-link-button embed-card-more" aria-expanded="false" onClick={() => setFullFor(selectedId)}>{t('embed.readMore')}</button>}
        </div>
      )}
      {moreOpen && <EmbedMorePanel id={moreId} onClose={() => setMoreOpen(false)} />}
      {sourcesOpen && <EmbedSources id={sourcesId} focusData={sourcesFocusData} onClose={() => setSourcesOpen(false)} />}
    </aside>
  );
}

export function TimelineArea() {
  const { options } = useEmbedUi();
  // `controls=none`: the map alone, which the host page drives; the timeline stays for its state, out of sight.
  // Its own area, as the explorer's (ExplorerChrome.tsx): importing that module pulled the whole explorer chunk
  // (header with Present and its hooks, phone sheets) into every embed load (issue 18, session 8).
  const area = <div className="timeline-area" tabIndex={-1}><PanelBoundary name="timeline"><Timeline /></PanelBoundary></div>;
  return options.controls === 'none' ? <div hidden>{area}</div> : area;
}

/**
 * The footer: ONE line at 680 px (issue 14 review: two footer rows and a two-row timeline left
 * the map 61% of a 680 × 560 frame), as Datawrapper's "Source: … · Get the data", then
 * "Filters and list" and the way to the full map. At 480 px and less it wraps to two lines,
 * the sources on the first (embed.css).
 */
export function EmbedFooter() {
  const t = useT();
  const { options, moreOpen, moreId, setMoreOpen } = useEmbedUi();
  const { shown, total } = useFilterCount();
  return (
    <footer className="embed-footer">
      <div className="embed-footer-row">
        {options.controls === 'full' && <p className="embed-credits">{t('map.attribution', { credits: t('map.credits') })}</p>}
        <SourceLine />
        {options.controls !== 'none' && (
          <span className="embed-footer-item">
            <span className="embed-sep" aria-hidden="true">·</span>
            <button type="button" className="embed-link-button embed-more-button" aria-expanded={moreOpen} aria-controls={moreId}
              onClick={() => setMoreOpen(!moreOpen)}>
              {t(options.controls === 'full' ? 'embed.more' : 'embed.moreShort')}
              {shown < total && (
                <span className="embed-more-count">
                  <span aria-hidden="true"> · {shown}/{total}</span>
                  <span className="visually-hidden"> · {t('filters.count', { count: shown, total })}</span>
                </span>
              )}
            </button>
          </span>
        )}
        <span className="embed-footer-item embed-footer-full">
          <span className="embed-sep" aria-hidden="true">·</span>
          <OpenFullMapLink />
        </span>
      </div>
    </footer>
  );
}

/**
 * The source line under the map, as Datawrapper's "Source: … · Get the data" (issue 14
 * review): how many news articles the record's events come from, opening their list, and
 * the data, downloaded in one click as CSV (the events shown, as the list's "Get the data").
 */
function SourceLine() {
  const t = useT();
  const api = useViewerStoreApi();
  const { sourcesOpen, sourcesId, setSourcesOpen } = useEmbedUi();
  // The articles behind the events the frame can show (`pairs=VN-CN`: that border's), as the panel lists them.
  const filtered = useViewer((s) => s.filtered);
  const shown = useVisibleCount();
  const count = useMemo(() => embedSources(filtered).length, [filtered]);
  const busy = useRef(false);
  const csvId = useId();
  if (count === 0) return null;
  const download = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const { downloadEventFile } = await import('../data/eventFiles');
      downloadEventFile(api.getState(), 'csv');
    } catch (e) {
      console.warn('data download failed', e);
    } finally {
      busy.current = false;
    }
  };
  return (
    <>
    <p className="embed-source-line">
      {/* aria-controls only while the panel exists (axe: aria-valid-attr-value). */}
      <button type="button" className="embed-link-button" aria-expanded={sourcesOpen} aria-controls={sourcesOpen ? sourcesId : undefined} onClick={() => setSourcesOpen(!sourcesOpen)}>
        {t('embed.sources', { count })}
      </button>
      <span aria-hidden="true"> · </span>
      {/* What it does, as its description (hidden, after the line: the line reads "… · Get the data"). */}
      <button type="button" className="embed-link-button embed-get-data" aria-describedby={csvId} onClick={() => void download()}>
        {t('data.title')}
      </button>
    </p>
    <span id={csvId} hidden>{t('data.csvLabel', { count: shown })}</span>
    </>
  );
}
