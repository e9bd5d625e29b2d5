import { useEffect, useRef, useState, type RefObject } from 'react';
import type { TimedEvent } from '../../domain/timeline';
import { formatCalendarDate } from '../../i18n/formatDate';
import { speedById } from '../../store/speeds';
import { useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { localized } from '../events/localized';
import { enteredEvents } from './enteredEvents';

/** During continuous playback, at most one announcement this often, so a fast sweep does not flood the reader. */
const MIN_GAP_MS = 1500;

interface Props {
  /** True while Timeline's own step runs: steps are announced even when not playing. */
  stepping: RefObject<boolean>;
}

/**
 * A polite live region that says only the new event's title and date when
 * stepping or playback brings an event into view (issue 4); scrubbing the
 * slider is left to its aria-valuetext.
 */
export function EventAnnouncer({ stepping }: Props) {
  const t = useT();
  const api = useViewerStoreApi();
  const [message, setMessage] = useState('');
  const flip = useRef(false);

  useEffect(() => {
    let lastAt = -Infinity;
    let pending: { newest: TimedEvent; count: number } | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const flush = () => {
      timer = null;
      if (!pending) return;
      const { newest, count } = pending;
      pending = null;
      lastAt = Date.now();
      const lang = api.getState().lang;
      const params = { title: localized(newest.event.title, lang).text, date: formatCalendarDate(newest, lang) };
      const text = count > 1 ? t('timeline.announceMore', { ...params, count: count - 1 }) : t('timeline.announce', params);
      // A repeated message would not be read again; a trailing no-break space makes it new.
      flip.current = !flip.current;
      setMessage(flip.current ? text : `${text}\u00a0`);
    };

    const unsubscribe = api.subscribe((s, prev) => {
      if (s.cursor === prev.cursor) return;
      const byStep = stepping.current === true;
      if (!byStep && !s.playing) return;
      const events = enteredEvents(s, prev.cursor);
      const newest = events.at(-1);
      if (!newest) return;
      pending = { newest, count: (pending?.count ?? 0) + events.length };
      const throttled = !byStep && speedById(s.speed).kind === 'continuous';
      const wait = lastAt + MIN_GAP_MS - Date.now();
      if (!throttled || wait <= 0) {
        if (timer) clearTimeout(timer);
        flush();
      } else if (!timer) {
        timer = setTimeout(flush, wait);
      }
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [api, t, stepping]);

  return <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{message}</p>;
}
