import { useEffect, useState } from 'react';
import { GetTheData } from '../data/GetTheData';
import { EventTable } from '../events/EventTable';
import { Filters } from '../events/Filters';
import { useFilterCount } from '../events/useFilterCount';
import { useViewer } from '../StoreContext';
import { PanelBoundary } from '../PanelBoundary';
import { DisplayModeControls } from '../timeline/DisplayModeControls';
import { useT } from '../useT';
import { useEmbedUi } from './EmbedContext';
import { EmbedPanel } from './EmbedPanel';

/**
 * The embed's filters, display choice and list of events (issue 14): a panel
 * over the map (EmbedPanel) that scrolls inside, so opening it never changes the frame's
 * height. Escape or Close gives focus back to the footer's button.
 */
export function EmbedMorePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const { options } = useEmbedUi();
  const { shown, total } = useFilterCount();
  // The list first, the filters folded over it (session 14 journalist review: the panel opened on its
  // filters, and at 320 px showed no event at all); open when the link or the reader has set some.
  const active = useViewer((s) => s.filters.types.length > 0 || s.filters.pairs.length > 0 || s.filters.query.trim() !== '' || s.display.mode !== 'cumulative');
  const [foldedOpen] = useState(active);
  // The selected event's row first, whole, under the panel's head (session 11 journalist review: the
  // list scrolled it in at the bottom, and the row at the top was cut under the head). After the
  // list's own scroll (a child's effect runs first).
  useEffect(() => {
    const panel = document.getElementById(id);
    const row = panel?.querySelector('tr[aria-current="true"]');
    const head = panel?.querySelector('.embed-more-head');
    if (!panel || !row || !head) return;
    const under = () => head.getBoundingClientRect().bottom;
    panel.scrollTop += row.getBoundingClientRect().top - under();
    // Near the list's end the panel stops short: the row cut under the head comes down whole.
    const cut = [...panel.querySelectorAll('tbody tr')].find((r) => { const b = r.getBoundingClientRect(); return b.top < under() - 0.5 && b.bottom > under(); });
    if (cut) panel.scrollTop -= under() - cut.getBoundingClientRect().top;
  }, [id]);
  return (
    <EmbedPanel id={id} title={t('embed.more')} onClose={onClose}>
      <details className="embed-more-filters" open={foldedOpen}>
        <summary>
          {t('filters.title')}
          {shown < total && <span className="embed-more-count"> · {t('filters.count', { count: shown, total })}</span>}
        </summary>
        <PanelBoundary name="filters"><Filters titled={false} /></PanelBoundary>
        {/* With `controls=full` the timeline already offers it. */}
        {options.controls !== 'full' && <div className="embed-more-display"><DisplayModeControls /></div>}
      </details>
      <PanelBoundary name="table"><EventTable /></PanelBoundary>
      {/* "Get the data" for the events the list shows (issue 14 review: the embed had none). */}
      <GetTheData />
    </EmbedPanel>
  );
}
