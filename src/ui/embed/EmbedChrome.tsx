import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { LanguageSwitch } from '../LanguageSwitch';
import { useFilterCount } from '../events/useFilterCount';
import { PanelBoundary } from '../PanelBoundary';
import { OpenFullMapLink } from '../share/OpenFullMapLink';
import { ShareButton } from '../share/ShareButton';
import { useViewer } from '../StoreContext';
import { Timeline } from '../timeline/Timeline';
import { useT } from '../useT';
import { useEmbedUi } from './EmbedContext';
import '../embed.css';

/**
 * The embed's panels (issue 14), in place of ExplorerChrome.tsx and with the
 * same exports, so App lays them out the same way. The frame has a fixed
 * height (embed.css) that nothing a reader does changes: the selected
 * event's details are a card over the map, the filters and the list a panel
 * over it, scrolling inside. The language menu and the playback options are
 * shown only with `controls=full`; the full map has them all.
 */

// Fetched when first needed: many readers of an article never open the list, the legend or an
// event, and an embed's page load has a budget of its own (issue 14: 60 kB of own code).
const EmbedMorePanel = lazy(() => import('./EmbedMorePanel').then((m) => ({ default: m.EmbedMorePanel })));
const EventPanel = lazy(() => import('../events/EventPanel').then((m) => ({ default: m.EventPanel })));
const LegendBody = lazy(() => import('../Legend').then((m) => ({ default: m.LegendBody })));

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
 * The legend over the map, as src/ui/Legend.tsx draws it (the same classes), open at
 * first with `legend=open`; its rows are fetched when it first opens.
 */
export function Legend({ placement }: { placement: 'panel' | 'map' }) {
  const t = useT();
  const { options } = useEmbedUi();
  const [open, setOpen] = useState(options.legend === 'open');
  const bodyId = useId();
  return (
    <section className={`legend legend-${placement}`} aria-labelledby={`${bodyId}-title`}>
      <h2 className="legend-head" id={`${bodyId}-title`}>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span>{t('legend.title')}</span>
          <span className="legend-chevron" aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
      </h2>
      {open ? <Suspense fallback={<div id={bodyId} className="legend-body" />}><LegendBody id={bodyId} /></Suspense> : <div id={bodyId} className="legend-body" hidden />}
    </section>
  );
}

/** Over the map: the selected event's card, and the filters and list once opened. */
export function Side() {
  const t = useT();
  const { moreOpen, moreId, setMoreOpen } = useEmbedUi();
  const selectedId = useViewer((s) => s.selectedId);
  // Choosing an event in the list shows its card on the map: the panel gives way.
  const shown = useRef(selectedId);
  useEffect(() => {
    if (selectedId !== shown.current && selectedId !== null) setMoreOpen(false);
    shown.current = selectedId;
  }, [selectedId, setMoreOpen]);
  return (
    <aside className="side embed-side" aria-label={t('side.label')}>
      {selectedId !== null && (
        <div className="embed-card"><PanelBoundary name="event"><Suspense fallback={null}><EventPanel /></Suspense></PanelBoundary></div>
      )}
      {moreOpen && (
        <Suspense fallback={<p role="status" className="embed-more-panel">{t('app.loading')}</p>}>
          <EmbedMorePanel id={moreId} onClose={() => setMoreOpen(false)} />
        </Suspense>
      )}
    </aside>
  );
}

export function TimelineArea() {
  const { options } = useEmbedUi();
  // `controls=none`: the map alone, which the host page drives; the timeline stays for the announcer, out of sight.
  return (
    <div className="timeline-area" hidden={options.controls === 'none'}>
      <PanelBoundary name="timeline"><Timeline /></PanelBoundary>
    </div>
  );
}

/** "Filters and list" (with how many the filters leave), and the way to the full map. */
export function EmbedFooter() {
  const t = useT();
  const { options, moreOpen, moreId, setMoreOpen } = useEmbedUi();
  const { shown, total } = useFilterCount();
  return (
    <footer className="embed-footer">
      {options.controls === 'full' && <p className="embed-credits">{t('map.attribution', { credits: t('map.credits') })}</p>}
      {options.controls !== 'none' && (
        <button type="button" className="embed-more-button" aria-expanded={moreOpen} aria-controls={moreId}
          onClick={() => setMoreOpen(!moreOpen)}>
          {t(options.controls === 'full' ? 'embed.more' : 'embed.moreShort')}
          {shown < total && (
            <span className="embed-more-count">
              <span aria-hidden="true"> · {shown}/{total}</span>
              <span className="visually-hidden"> · {t('filters.count', { count: shown, total })}</span>
            </span>
          )}
        </button>
      )}
      <OpenFullMapLink />
    </footer>
  );
}
