import { useEffect, useState } from 'react';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';

/** The first and last year the events' dates name (`YYYY…`, or a range `a/b`); null without events. */
export function yearSpan(dates: readonly string[]): { from: number; to: number } | null {
  const years = dates.flatMap((d) => d.split('/')).map((d) => Number(d.slice(0, 4))).filter((y) => Number.isInteger(y) && y > 0);
  return years.length ? { from: Math.min(...years), to: Math.max(...years) } : null;
}

/**
 * The opening view's one line (issue 13, session 7 review: "no single subject"): what the reader
 * is looking at and what to do, as a news map's lede does: "26 cooperation events, 2021–2026,
 * along the Vietnam–Laos and Vietnam–China borders. Press Play." At the map's top left, clear of
 * the focus provinces (bottom centre); gone at the first press, key or wheel anywhere, and not
 * shown when the link opens on an event, in a briefing or in an embed (its own title and footer).
 */
export function OpeningLede() {
  const t = useT();
  const api = useViewerStoreApi();
  const explorer = useViewer((s) => s.mode === 'explore');
  const total = useViewer((s) => s.events.length);
  // What the filters keep (issue 13, session 11 review: it said "26" beside "0 of 26 events match").
  const events = useViewer((s) => s.filtered);
  const span = yearSpan(events.map((e) => e.event.date));
  // Only a plain opening: not a link to an event, not already playing.
  const [shown, setShown] = useState(() => { const s = api.getState(); return s.selectedId === null && !s.playing; });

  useEffect(() => {
    if (!shown) return;
    const hide = () => setShown(false);
    const opts = { capture: true, once: true } as const;
    document.addEventListener('pointerdown', hide, opts);
    document.addEventListener('keydown', hide, opts);
    document.addEventListener('wheel', hide, opts);
    // The cursor the record sets as it arrives is not the reader's move: only a change once events are there.
    const off = api.subscribe((s, prev) => { if (s.playing || s.selectedId !== prev.selectedId || (prev.events.length > 0 && s.cursor !== prev.cursor)) hide(); });
    return () => {
      document.removeEventListener('pointerdown', hide, opts);
      document.removeEventListener('keydown', hide, opts);
      document.removeEventListener('wheel', hide, opts);
      off();
    };
  }, [api, shown]);

  const count = events.length;
  // No event left: the map's NoMatch card says so instead.
  if (!shown || !explorer || count === 0 || !span) return null;
  // One year said once ("(2026)", not "2026–2026").
  const years = span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
  const params = { count, total, years, from: String(span.from), to: String(span.to) };
  // A border's name never breaks after its dash ("Vietnam–" / "Chine": session 9 review): a word joiner after it.
  const text = t(count < total ? 'filters.ledeShown' : 'lede.opening', params).replace(/–(?=\p{L})/gu, '–\u2060');
  return <p className="opening-lede">{text}</p>;
}
