import { useEffect, useState } from 'react';
import { stepCursor } from '../../domain/timeline';
import { formatCalendarDate, PRECISION_KEYS } from '../../i18n/formatDate';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { TypeIcon } from '../events/TypeIcon';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { enteredEvents } from '../timeline/enteredEvents';
import { useT } from '../useT';
import './storyCaption.css';

/**
 * The story caption (issue 13): while Play runs, and after Next/Previous,
 * a compact card over the top of the map names the event the timeline has
 * just reached: type (icon and label), date with its precision, title, as
 * Flourish and NYT timeline maps do while stepping through a story.
 *
 * - It stays when playback pauses or ends (the reader often pauses to read
 *   it) and goes when the reader drags the slider away, or closes it; once
 *   closed it stays closed until the next Play or step.
 * - Choosing it pauses playback and opens the event's details.
 * - It is not a live region: the timeline's EventAnnouncer already reads the
 *   same event out, politely; a second region would say it twice.
 * - Not in the presentation, whose slides have their own caption.
 */
export function StoryCaption() {
  const t = useT();
  const api = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const present = useViewer((s) => s.mode === 'present');
  const [id, setId] = useState<string | null>(null);
  const [closed, setClosed] = useState(false);
  // The event itself, from the filtered events: a filter that hides it hides the card.
  const current = useViewer((s) => (id === null ? undefined : s.filtered.find((e) => e.event.id === id)));

  useEffect(() => api.subscribe((s, prev) => {
    if (s.playing && !prev.playing) setClosed(false);
    if (s.cursor === prev.cursor) return;
    // A move to the next or previous event date is a step (the buttons, the keys, event-by-event
    // playback); any other move, outside playback, is the reader scrubbing: the card goes.
    const stepped = s.cursor === stepCursor(prev.filtered, prev.cursor, 1) || s.cursor === stepCursor(prev.filtered, prev.cursor, -1);
    if (!s.playing && !stepped) { setId(null); return; }
    if (stepped && !s.playing) setClosed(false);
    const newest = enteredEvents(s, prev.cursor).at(-1);
    // Continuous playback between two events keeps the last one; a step that shows nothing clears it.
    if (newest) setId(newest.event.id);
    else if (stepped) setId(null);
  }), [api]);

  if (present || closed || !current) return null;
  const { event } = current;
  const title = localized(event.title, lang);
  const precisionKey = current.precision === 'day' ? undefined : PRECISION_KEYS[current.precision];
  const open = () => {
    const s = api.getState();
    if (s.playing) s.setPlaying(false);
    s.select(event.id);
  };
  return (
    // A layer as wide as the map: the card sizes and places itself against the map, not the window.
    <div className="story-caption-layer">
      <aside className="story-caption" aria-label={t('caption.label')}
        onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); setClosed(true); } }}>
        <button type="button" className="story-caption-open" onClick={open}>
          <span className="story-caption-meta">
            <span className="story-caption-type">
              <TypeIcon type={event.type} planned={event.status === 'planned'} size={14} />
              <span>{t(EVENT_TYPE_KEYS[event.type])}</span>
            </span>
            <span className="story-caption-date">
              {formatCalendarDate(current, lang)}
              {precisionKey && <span className="story-caption-precision"> ({t(precisionKey)})</span>}
            </span>
          </span>
          <span className="story-caption-title" lang={title.lang}>{title.text}</span>
          <span className="story-caption-more">{t('caption.open')}</span>
        </button>
        <button type="button" className="story-caption-close" aria-label={t('caption.close')} title={t('caption.close')}
          onClick={() => setClosed(true)}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
            <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </aside>
    </div>
  );
}
