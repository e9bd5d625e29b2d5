import { LanguageSwitch } from './LanguageSwitch';
import { EventPanel } from './events/EventPanel';
import { EventTable } from './events/EventTable';
import { Filters } from './events/Filters';
import { Legend } from './Legend';
import { Timeline } from './timeline/Timeline';
import { PresentButton } from './present/PresentButton';
import { PanelBoundary } from './PanelBoundary';
import { OpenFullMapLink } from './share/OpenFullMapLink';
import { ShareButton } from './share/ShareButton';
import { PhoneSide } from './sheet/PhoneSide';
import { useCompactExplorer } from './sheet/useMediaQuery';
import { useViewer } from './StoreContext';
import { useFilterCount } from './events/useFilterCount';
import { useT } from './useT';
import { GetTheData } from './data/GetTheData';
import { selectedEventFocus } from './events/selectedEventFocus';

/**
 * Everything around the map that the explorer and the embed show and the
 * briefing mode does not: header actions, legend, event panel, filters,
 * table, timeline, the embed's footer. It is a chunk of its own (issue 8),
 * so a briefing page load does not download the explorer's panels; the
 * explorer and the embed fetch it in parallel with their language and data
 * and render once it is in (src/app/main.tsx), so their first paint is
 * unchanged. See loadExplorerChrome.ts.
 *
 * The module is used whole, as one namespace (App renders `ui.Side`,
 * `ui.TimelineArea`, …), hence several named exports in one file.
 */

export function HeaderActions() {
  const mode = useViewer((s) => s.mode);
  return (
    <div className="header-actions">
      {mode === 'explore' && <PresentButton />}
      <ShareButton />
      <LanguageSwitch />
    </div>
  );
}

export { Legend };

/**
 * In an embed (issue 5) the filters and the table wait behind a disclosure,
 * so the frame stays short; its summary says when the view is filtered.
 */
function EmbedMore() {
  const t = useT();
  const { shown, total } = useFilterCount();
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

/** The side panel: event details, filters and table; bottom sheets on a phone (issue 7). */
export function Side() {
  const t = useT();
  const mode = useViewer((s) => s.mode);
  const embed = mode === 'embed';
  // An embed keeps its own one-column layout, phone or not; the explorer's is App's .app-compact.
  const phone = useCompactExplorer();
  return (
    <aside className={phone ? 'side phone-side' : 'side'} aria-label={t('side.label')}>
      {/* Beside the map, never over it, whatever the camera frames (issue 13); on a phone, a sheet from the bar. */}
      {!phone && !embed && <Legend placement="panel" />}
      {/* At the column's head, not after the table's rows (issue 13 review: buried after 26 rows). */}
      {!phone && !embed && <GetTheData />}
      {phone ? <PhoneSide /> : <PanelBoundary name="event"><EventPanel fallbackFocus={selectedEventFocus} /></PanelBoundary>}
      {phone ? null : embed ? <EmbedMore /> : (
        <>
          <PanelBoundary name="filters"><Filters /></PanelBoundary>
          <PanelBoundary name="table"><EventTable /></PanelBoundary>
        </>
      )}
    </aside>
  );
}

export function TimelineArea() {
  return (
    <div className="timeline-area" tabIndex={-1}>
      <PanelBoundary name="timeline"><Timeline /></PanelBoundary>
    </div>
  );
}

export function EmbedFooter() {
  const t = useT();
  return (
    <footer className="embed-footer">
      <p className="embed-credits">{t('map.attribution', { credits: t('map.credits') })}</p>
      <GetTheData compact />
      <OpenFullMapLink />
    </footer>
  );
}
