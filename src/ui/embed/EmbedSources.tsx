import { useMemo } from 'react';
import { formatDateText } from '../../i18n/formatDate';
import { GetTheData } from '../data/GetTheData';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { EmbedPanel } from './EmbedPanel';
import { embedSources } from './embedSources';

/**
 * The embed's sources (issue 14 review: the footer had no source line, where
 * Datawrapper has "Source: … · Get the data"): the news articles the events
 * the frame can show come from (the filters, `pairs=` among them: a
 * Vietnam–China frame lists that border's articles only), each with its
 * publisher (or "publisher not named": the record does not name it), date,
 * how many of those events it backs, the headline's language when it is not
 * the reader's, and the headline itself in its own language (lang attribute).
 * The articles have no address to link to (the record keeps none), so each
 * one opens (a disclosure) on the quotes it backs, each under its event's
 * title: the reader reads the sources here. Then "Get the data". A panel
 * over the map, as the filters and list are, so the frame's height never
 * changes; Escape or Close gives focus back (EmbedPanel). `focusData`:
 * opened by "Get the data", focus goes to its first button.
 */
export function EmbedSources({ id, focusData, onClose }: { id: string; focusData: boolean; onClose: () => void }) {
  const t = useT();
  const filtered = useViewer((s) => s.filtered);
  const lang = useViewer((s) => s.lang);
  const articles = useMemo(() => embedSources(filtered), [filtered]);
  return (
    <EmbedPanel id={id} title={t('embed.sourcesTitle')} className="embed-sources" focus={focusData ? '.get-data-button' : undefined} onClose={onClose}>
      <ol className="embed-sources-list">
        {articles.map((a) => (
          <li key={a.article}>
            <details className="embed-source">
              <summary>
                {/* Session 8 review: publisher, date, then the headline in its own language, said in the reader's. */}
                <span className="embed-source-meta">
                  {a.publisher ?? t('embed.sourceNoPublisher')}, {formatDateText(a.date, lang)} · {t('embed.sourceEvents', { count: a.events })}
                  {a.language !== lang && <> · {t(`embed.sourceIn.${a.language}`)}</>}
                </span>
                <span className="embed-source-headline" lang={a.language}>{a.headline}</span>
              </summary>
              <ul className="embed-source-quotes" aria-label={t('embed.sourceQuotes')}>
                {a.quotes.map((q) => (
                  <li key={q.eventId}>
                    <span className="embed-source-event">{q.title[lang as keyof typeof q.title] ?? q.title.fr}</span>
                    <q lang={a.language}>{q.quote}</q>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      <GetTheData />
    </EmbedPanel>
  );
}
