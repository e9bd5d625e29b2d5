import { useViewer } from '../StoreContext';
import { useT } from '../useT';

/**
 * Over the explorer's map when the filters and the search leave no event at all (issue 13, session 11
 * review: the map went blank with no word why while the lede still said "26 cooperation events"),
 * with a Clear filters button that brings every event back. The region is always in the page, so that
 * its words are announced when they appear (role status is polite: the reader may be typing). The
 * list says the same words (EventTable).
 */
export function NoMatch() {
  const t = useT();
  const explorer = useViewer((s) => s.mode === 'explore');
  const none = useViewer((s) => s.events.length > 0 && s.filtered.length === 0);
  const setFilters = useViewer((s) => s.setFilters);
  if (!explorer) return null;
  const clear = () => {
    setFilters({ types: [], pairs: [], query: '' });
    // The button goes with the message: focus goes to the timeline (the skip link's target, there at every width), never <body>.
    window.setTimeout(() => document.querySelector<HTMLElement>('.timeline-area')?.focus(), 0);
  };
  return (
    // Clicks pass through the empty region to the map (pointer-events: none in app.css).
    <div className="no-match" role="status">
      {none && (
        <div className="no-match-card">
          <p className="no-match-title">{t('filters.noMatch')}</p>
          {/* The filters' own Clear button's look. */}
          <button type="button" className="filters-clear" onClick={clear}>{t('filters.clear')}</button>
        </div>
      )}
    </div>
  );
}
