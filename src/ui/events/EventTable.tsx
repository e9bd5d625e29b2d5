import { useEffect, useMemo, useRef } from 'react';
import { EMPHASIS_DAYS, type TimedEvent } from '../../domain/timeline';
import { formatCalendarDate, formatDateText } from '../../i18n/formatDate';
import type { Translate } from '../../i18n/translate';
import { usePlaceName, type PlaceNameLookup } from '../GeographyContext';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { EVENT_STATUS_KEYS, EVENT_TYPE_KEYS } from './eventLabels';
import { localized } from './localized';
import { eventPlaceNames } from './placeNames';
import { TypeIcon } from './TypeIcon';
import { useNewestVisible, useVisibleCount } from './useVisibleEvents';

/**
 * At most this many rows: a table of thousands of rows helps nobody and
 * would cost a long render each time an event enters; the rest is reached
 * by filtering or moving the date.
 */
export const TABLE_ROW_LIMIT = 200;

/**
 * The filtered events visible at the cursor, newest first (issue 4). It
 * reads the visible set, not the cursor, so scrubbing and playback do not
 * re-render it until an event appears or disappears.
 */
export function EventTable() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const selectedId = useViewer((s) => s.selectedId);
  const newSince = useViewer((s) => s.newSince);
  const select = useViewer((s) => s.select);
  const placeName = usePlaceName();
  const visible = useNewestVisible(TABLE_ROW_LIMIT);
  const total = useVisibleCount();
  const noMatch = useViewer((s) => s.events.length > 0 && s.filtered.length === 0);
  const wrapRef = useRef<HTMLDivElement>(null);

  // A selection made elsewhere (the map, the panel's arrows) scrolls its row into view; a row
  // just chosen here is in view already, and scrolling again would move the event panel's
  // heading out of the side column (issue 13).
  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap || wrap.contains(document.activeElement)) return;
    const row = wrap.querySelector<HTMLElement>('tr[aria-current="true"]');
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  const rows = useMemo(() => {
    const newest = visible[0]?.start;
    return visible.map((e) => (
      <EventRow key={e.event.id} e={e} lang={lang} t={t} placeName={placeName} selected={e.event.id === selectedId}
        isNew={newSince.has(e.event.id)} emphasised={newest !== undefined && e.start >= newest - EMPHASIS_DAYS} onSelect={select} />
    ));
  }, [visible, lang, t, placeName, selectedId, newSince, select]);

  return (
    <div className="event-table-wrap" ref={wrapRef}>
      {visible.length === 0 ? (
        // No event at all under these filters: the map's words (issue 13, session 11 review).
        <p className="event-table-empty">{t(noMatch ? 'filters.noMatch' : 'table.empty')}</p>
      ) : (
        <table className="event-table">
          <caption>{t('table.caption', { count: total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.date')}</th>
              <th scope="col">{t('table.type')}</th>
              <th scope="col">{t('table.title')}</th>
              <th scope="col">{t('table.places')}</th>
              <th scope="col">{t('table.source')}</th>
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      )}
      {total > visible.length && <p className="event-table-note">{t('table.limited', { shown: visible.length })}</p>}
    </div>
  );
}

interface RowProps {
  e: TimedEvent;
  lang: string;
  t: Translate;
  placeName: PlaceNameLookup;
  selected: boolean;
  /** Added or corrected since the page opened (a live file, issue 5). */
  isNew: boolean;
  emphasised: boolean;
  onSelect: (id: string) => void;
}

function EventRow({ e, lang, t, placeName, selected, isNew, emphasised, onSelect }: RowProps) {
  const { event } = e;
  const title = localized(event.title, lang);
  const planned = event.status === 'planned';
  // Short forms ("4 Dec 2023", "4 déc. 2023", "4/12/2023"): one line above the title (issue 13 review).
  const articleDate = formatDateText(event.source.date, lang, 'short');
  const date = formatCalendarDate(e, lang, 'short');
  return (
    <tr aria-current={selected ? 'true' : undefined} data-visibility={emphasised ? 'emphasised' : 'faded'}
      className={selected ? 'event-row is-selected' : 'event-row'}>
      <td className="event-date">{date}</td>
      <td className="event-type">
        <span className="type-label"><TypeIcon type={event.type} planned={planned} /><span>{t(EVENT_TYPE_KEYS[event.type])}</span></span>
        {planned && <span className="status-badge">{t(EVENT_STATUS_KEYS.planned)}</span>}
      </td>
      {/* In a narrow column the date (and "Planned") is drawn as a line above the title from
          data-date (CSS, with empty alternative text: the Date and Type cells, clipped, still speak
          them), and the Type cell shows its symbol only. Design review of issue 13: an 85 px Date
          column wrapped it to five lines; rows were 73–110 px tall. */}
      <th scope="row" className="event-title" data-date={planned ? `${date}\u00a0·\u00a0${nbsp(t(EVENT_STATUS_KEYS.planned))}` : date}>
        <button type="button" className="event-title-button" onClick={() => onSelect(event.id)}
          lang={title.lang === lang ? undefined : title.lang}>
          {title.text}
        </button>
        {/* Said in words, not by colour alone; outside the button so its name stays the title. */}
        {isNew && <> <span className="status-badge new-badge">{t('table.new')}</span></>}
      </th>
      <td className="event-places">{eventPlaceNames(event, placeName, lang).join(', ')}</td>
      <td className="event-source">
        {event.source.publisher
          ? t('table.sourceWithPublisher', { publisher: event.source.publisher, date: articleDate })
          : t('table.sourceArticle', { date: articleDate })}
      </td>
    </tr>
  );
}

/** "· Dự kiến" stays on one line with its date's end (issue 13 review: it broke across lines in Vietnamese). */
function nbsp(text: string): string {
  return text.replace(/ /g, '\u00a0');
}
