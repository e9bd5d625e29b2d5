import type { Ref } from 'react';
import { dayToIso } from '../../domain/dayNumber';
import type { TimedEvent } from '../../domain/timeline';
import { formatCalendarDate, formatDateText } from '../../i18n/formatDate';
import type { PresentStep } from '../../store/presentation';
import { EVENT_TYPE_KEYS } from '../events/eventLabels';
import { localized } from '../events/localized';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { quoteLanguageMark } from '../events/eventLabels';
import { HEADLINE_MAX_CHARS, keepPairsTogether, shortQuote } from './shortQuote';

interface Props {
  captionRef: Ref<HTMLElement>;
  captionId: string;
  step: PresentStep | undefined;
  event: TimedEvent | undefined;
  count: number;
  pending: boolean;
}

/**
 * The briefing's caption (issue 15): one headline (the scene's caption, else
 * the event's title), a secondary date and type line, and the event's own
 * words with who published them when. Opaque, for 7:1 contrast over any map.
 */
export function PresentCaption({ captionRef, captionId, step, event, count, pending }: Props) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const title = event ? localized(event.event.title, lang) : null;
  const caption = step?.caption ? (typeof step.caption === 'string' ? { text: step.caption, lang } : localized(step.caption, lang)) : null;
  // A scene's caption replaces the event's title (issue 15: the title repeated it).
  const heading = caption ?? title;
  const source = event?.event.source;
  const mark = (l: string) => (l === lang ? undefined : l);
  const quoteMark = source ? quoteLanguageMark(source.language, lang, t) : null;
  return (
    <section ref={captionRef} className="present-caption" aria-labelledby={captionId}>
      {count === 0 ? (
        <p id={captionId} className="present-empty" role="status">{pending ? t('app.loading') : t('present.empty')}</p>
      ) : (
        <>
          {/* Only the heading and date are announced at each step, not the whole caption. */}
          <div aria-live="polite" aria-atomic="true">
            {heading ? (
              <h2 id={captionId} className={caption ? 'present-title present-scene' : 'present-title'} lang={mark(heading.lang)}>{keepPairsTogether(heading.text)}</h2>
            ) : (
              <h2 id={captionId} className="present-title">{step ? formatDateText(dayToIso(step.cursor), lang) : ''}</h2>
            )}
            {event && (
              <p className="present-date">
                {formatCalendarDate(event, lang)}
                <span className="present-type"> · {t(EVENT_TYPE_KEYS[event.event.type])}</span>
              </p>
            )}
          </div>
          {/* The event's own words, with who published them when (issue 15: not the article's headline, five times over);
              an unnamed publisher's article by its headline, shortened (never a bare "— August 2024"). */}
          {source && (
            <p className="present-source">
              {/* Before the quote, so the two-line clamp never cuts it (issue 15, session 11 review). */}
              {quoteMark && <span className="present-quote-lang">{quoteMark} </span>}
              <span lang={source.language} title={source.quote}>{`«\u202f${shortQuote(source.quote)}\u202f»`}</span>{' '}
              <span className="present-by" title={source.headline}>{source.publisher
                ? t('present.source', { publisher: source.publisher, date: formatDateText(source.date, lang) })
                : inLanguage(t('present.sourceNoPublisher', { date: formatDateText(source.date, lang), headline: HEADLINE_SLOT }), shortQuote(source.headline, HEADLINE_MAX_CHARS), source.language)}</span>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Stands for the headline while the sentence around it is translated, so the headline alone can carry its language. */
const HEADLINE_SLOT = '\u0001';

/** The sentence with the article's words in their own language (issue 15 review: a French headline read out as English). */
function inLanguage(sentence: string, words: string, language: string) {
  const [before, ...after] = sentence.split(HEADLINE_SLOT);
  if (!after.length) return sentence;
  return <>{before}<span lang={language}>{words}</span>{after.join(words)}</>;
}
