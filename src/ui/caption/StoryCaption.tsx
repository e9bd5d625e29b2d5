import { lazy, Suspense, useEffect, useState } from 'react';
import { captionChoice } from '../../domain/captionChoice';
import { isVisible, stepCursor, type TimedEvent } from '../../domain/timeline';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { enteredEvents } from '../timeline/enteredEvents';

// The card loads the first time there is something to show (StoryCaptionCard.tsx).
const StoryCaptionCard = lazy(() => import('./StoryCaptionCard'));

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
 *
 * This part, in the page's first load, only decides which event to show;
 * the card (StoryCaptionCard.tsx) is a chunk fetched the first time.
 */
export function StoryCaption() {
  const api = useViewerStoreApi();
  const present = useViewer((s) => s.mode === 'present');
  const [id, setId] = useState<string | null>(null);
  // How many other events the same step brought in, placed by the timeline at the same day as the named one
  // (a month-dated event at the month's first day) (session 18 review: one Next to
  // 1–4 June 2022 added four events and the card named one, with no word of the rest).
  // Their ids, counted as the reader's filters stand now: a filter or search that hides some tells of fewer (session 18 review).
  const [others, setOthers] = useState<readonly string[]>([]);
  const more = useViewer((s) => others.filter((o) => s.filtered.some((e) => e.event.id === o && isVisible(e, s.cursor, s.display))).length);
  const [closed, setClosed] = useState(false);
  const selected = useViewer((s) => s.selectedId !== null);
  // The event itself, from the filtered events: a filter that hides it hides the card.
  const current = useViewer((s) => (id === null ? undefined : s.filtered.find((e) => e.event.id === id)));

  useEffect(() => {
    const choose = (entered: readonly TimedEvent[]): TimedEvent | undefined => {
      const chosen = captionChoice(entered);
      if (chosen) { setId(chosen.event.id); setOthers(entered.filter((e) => e !== chosen && e.start === chosen.start).map((e) => e.event.id)); }
      return chosen;
    };
    return api.subscribe((s, prev) => {
      // One selected event at a time (issue 13's review): the panel's event and the caption's must
      // never both look chosen. Choosing an event (list, map, badge) while Play runs pauses it, and
      // the caption closes unless it names that same event; Play started with the panel open closes
      // the panel, so the caption it brings is the only event singled out.
      if (s.mode !== 'present') {
        if (s.selectedId !== null && s.selectedId !== prev.selectedId) {
          if (s.playing) s.setPlaying(false);
          setId((shown) => (shown === s.selectedId ? shown : null));
          return;
        }
        if (s.playing && !prev.playing && s.selectedId !== null) s.select(null);
      }
      if (s.playing && !prev.playing) setClosed(false);
      // Play from the first step (or from the end, which starts again there): the first step is
      // told too, not only the steps after it (reader review: December 2021 was never captioned).
      if (s.playing && (!prev.playing || s.cursor !== prev.cursor) && s.span && stepCursor(s.filtered, s.cursor, -1) === null) {
        if (choose(enteredEvents(s, s.cursor))) return;
      }
      if (s.cursor === prev.cursor) return;
      // A move to the next or previous event date is a step (the buttons, the keys, event-by-event
      // playback); any other move, outside playback, is the reader scrubbing: the card goes.
      const stepped = s.cursor === stepCursor(prev.filtered, prev.cursor, 1) || s.cursor === stepCursor(prev.filtered, prev.cursor, -1);
      if (!s.playing && !stepped) { setId(null); return; }
      if (stepped && !s.playing) setClosed(false);
      // Continuous playback between two events keeps the last one; a step that shows nothing clears it.
      if (!choose(enteredEvents(s, prev.cursor)) && stepped) setId(null);
    });
  }, [api]);

  // One place for the chosen event (session 8 review: desktop showed it twice, in the card and the
  // side panel): while the panel (or the phone's sheet) shows a selection, the card steps aside; it
  // comes back, on the same event, when the panel closes.
  if (present || closed || !current || selected) return null;
  return (
    <Suspense fallback={null}>
      <StoryCaptionCard current={current} more={more} onClose={() => setClosed(true)} />
    </Suspense>
  );
}
