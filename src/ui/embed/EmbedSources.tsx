import { useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { formatDateText } from '../../i18n/formatDate';
import { GetTheData } from '../data/GetTheData';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { embedSources } from './embedSources';

/**
 * The embed's sources (issue 14 review: the footer had no source line, where
 * Datawrapper has "Source: … · Get the data"): the news articles the events
 * come from, each with its publisher where named, date and headline, and
 * "Get the data". A panel over the map, as the filters and list are, so the
 * frame's height never changes; Escape or Close gives focus back.
 * `focusData`: opened by "Get the data", focus goes to its first button.
 */
export function EmbedSources({ id, focusData, onClose }: { id: string; focusData: boolean; onClose: () => void }) {
  const t = useT();
  const headingId = useId();
  const events = useViewer((s) => s.events);
  const lang = useViewer((s) => s.lang);
  const articles = useMemo(() => embedSources(events), [events]);
  const ref = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  useLayoutEffect(() => {
    opener.current = document.activeElement;
    ref.current?.querySelector<HTMLElement>(focusData ? '.get-data-button' : '.embed-more-close')?.focus();
    return () => {
      const back = opener.current;
      window.setTimeout(() => { if (back instanceof HTMLElement && back.isConnected && (document.activeElement === document.body || document.activeElement === null)) back.focus(); }, 0);
    };
    // Once, on opening.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') { e.preventDefault(); onClose(); }
  };
  return (
    <section id={id} ref={ref} className="embed-more-panel embed-sources" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="embed-more-head">
        <h2 id={headingId}>{t('embed.sourcesTitle')}</h2>
        <button type="button" className="embed-more-close" onClick={onClose}>{t('share.close')}</button>
      </div>
      <ol className="embed-sources-list">
        {articles.map((a) => (
          <li key={a.article}>
            <span className="embed-source-meta">{a.publisher ? `${a.publisher}, ` : ''}{formatDateText(a.date, lang)} · {t('embed.sourceEvents', { count: a.events })}</span>
            <span className="embed-source-headline" lang={a.language}>{a.headline}</span>
          </li>
        ))}
      </ol>
      <GetTheData />
    </section>
  );
}
